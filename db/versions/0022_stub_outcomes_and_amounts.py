"""Statistical stubs keep a plan's score direction and cost totals (issue 13: Effecten, Middelen).

`stub_plans` gets `score_direction` (+1, 0, -1 or empty: how the household's scores per leefgebied
went from the first to the last measurement; never a score) and `cost_current`/`cost_after` (the
plan's doormodderen and doorbreken totals; empty when the comparison was incomplete).
`stub_breakthroughs` gets `one_off_eur` and `payer_id`: the one-off cost as the comparison counts it
and who pays it. A purge then changes neither the Effecten nor the Middelen figures.

Revision ID: 0022
Revises: 0021
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


PAYER_KEY = "fk_stub_breakthroughs_payer_id_organisations"


def upgrade() -> None:
    # Plain ADD COLUMN (as migration 0014): no table is rebuilt.
    op.execute("ALTER TABLE stub_plans ADD COLUMN score_direction INTEGER")
    op.execute("ALTER TABLE stub_plans ADD COLUMN cost_current NUMERIC(14, 2)")
    op.execute("ALTER TABLE stub_plans ADD COLUMN cost_after NUMERIC(14, 2)")
    op.execute("ALTER TABLE stub_breakthroughs ADD COLUMN one_off_eur NUMERIC(12, 2)")
    op.execute(
        f"ALTER TABLE stub_breakthroughs ADD COLUMN payer_id INTEGER CONSTRAINT {PAYER_KEY} REFERENCES organisations (id)"
    )


def downgrade() -> None:
    for table, column in (
        ("stub_breakthroughs", "payer_id"),
        ("stub_breakthroughs", "one_off_eur"),
        ("stub_plans", "cost_after"),
        ("stub_plans", "cost_current"),
        ("stub_plans", "score_direction"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
