"""The gezinscoach's contact log, phone number and cost comparison over years (issue 14).

A table `family_contacts` (date, kind, note per household); `users.phone` so 'Ons plan' says how
to reach the coach; a doorbraak's planned date (`planned_on`, Mijn gezinnen's next step) and who
pays its one-off cost (`payer_id`); and `breakthrough_plans.cost_years`, the years over which
doormodderen and doorbreken are compared (1 for every existing plan, as before). None of it is
part of the exchange format.

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PAYER_KEY = "fk_breakthroughs_payer_id_organisations"


def upgrade() -> None:
    op.create_table(
        "family_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("contact_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('huisbezoek', 'telefoon', 'overleg')", name=op.f("ck_family_contacts_kind")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_family_contacts_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_family_contacts_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_contacts")),
    )
    op.create_index("ix_family_contacts_case", "family_contacts", ["case_id", "contact_on"], unique=False)
    # Plain ADD COLUMNs, not batch mode: copying a table and dropping the old one would cascade to
    # the rows that refer to it (foreign keys are on), as in 0009.
    op.execute("ALTER TABLE users ADD COLUMN phone VARCHAR(20)")
    op.execute("ALTER TABLE breakthroughs ADD COLUMN planned_on DATE")
    op.execute(
        f"ALTER TABLE breakthroughs ADD COLUMN payer_id INTEGER CONSTRAINT {PAYER_KEY} REFERENCES organisations (id)"
    )
    op.execute("ALTER TABLE breakthrough_plans ADD COLUMN cost_years INTEGER NOT NULL DEFAULT '1'")


def downgrade() -> None:
    op.execute("ALTER TABLE breakthrough_plans DROP COLUMN cost_years")
    op.execute("ALTER TABLE breakthroughs DROP COLUMN payer_id")
    op.execute("ALTER TABLE breakthroughs DROP COLUMN planned_on")
    op.execute("ALTER TABLE users DROP COLUMN phone")
    op.drop_index("ix_family_contacts_case", table_name="family_contacts")
    op.drop_table("family_contacts")
