"""Indexes for the audit trail screen: filtering by case, by user and by period stays fast at
millions of entries (a privacy officer's question is usually "who looked at this case?").

Revision ID: 0006
Revises: 0004
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_audit_case", ["case_id", "seq"]),
    ("ix_audit_user", ["user_name", "seq"]),
    ("ix_audit_at", ["at"]),
)


# Plain CREATE INDEX, not batch mode: a batch copy of audit_log would drop its append-only triggers.
def upgrade() -> None:
    for name, columns in INDEXES:
        op.create_index(name, "audit_log", columns)


def downgrade() -> None:
    for name, _ in INDEXES:
        op.drop_index(name, table_name="audit_log")
