"""Indexes for the monitoring counts that join to the case (spec/monitoring.md).

`ix_cases_grouping` (id, area_id, kind): the counts of afspraken, plans and doorbraken need only
the gebied and soort of each one's case; read from the wide case rows, in a register whose cases
were registered in another order than their afspraken, nearly every page of the table is read
and decrypted (services/monitoring/counts.py names this index in its joins).

`doorbraakplannen_opgesteld` read every plan (no index on drawn_up_on); `doorbraken_behaald`
found its doorbraken by date but read each wide row for its plan and type. With these, both
read a compact index only, as the other seven counts do since 0007. The doorbraken's index
replaces `ix_breakthroughs_reached`, which is its first column.

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_cases_grouping", "cases", ["id", "area_id", "kind"])
    op.create_index(
        "ix_breakthrough_plans_drawn_up", "breakthrough_plans", ["drawn_up_on", "case_id", "family_coach"]
    )
    op.create_index("ix_breakthroughs_reached_plan", "breakthroughs", ["reached_on", "plan_id", "type_id"])
    op.drop_index("ix_breakthroughs_reached", table_name="breakthroughs")


def downgrade() -> None:
    op.create_index("ix_breakthroughs_reached", "breakthroughs", ["reached_on"])
    op.drop_index("ix_breakthroughs_reached_plan", table_name="breakthroughs")
    op.drop_index("ix_breakthrough_plans_drawn_up", table_name="breakthrough_plans")
    op.drop_index("ix_cases_grouping", table_name="cases")
