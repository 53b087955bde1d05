"""Covering indexes for the monitoring counts (spec/monitoring.md).

Every indicator is one grouped query over a date range; with these indexes each reads a compact
index only, never the wide case and action rows (which SQLCipher would decrypt page by page).

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    # new (start date in the period) and open at the end of the period, per gebied, soort, category
    ("cases", "ix_cases_monitoring", ["start_date", "end_date", "area_id", "kind", "main_category_id"]),
    # closed in the period, per gebied and closing reason
    ("cases", "ix_cases_closed", ["end_date", "area_id", "closing_reason_id"]),
    ("actions", "ix_actions_agreed_case", ["agreed_on", "case_id"]),
    # done in the period (on time or late), and still open or done later (overdue at the end)
    ("actions", "ix_actions_done_case", ["done_on", "cancelled_on", "deadline", "agreed_on", "case_id"]),
)


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for table, name, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
