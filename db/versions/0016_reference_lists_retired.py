"""Reference list items can be retired: kept for the cases that use them, no longer offered.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("areas", "neighbourhoods", "organisations", "categories", "closing_reasons", "breakthrough_types")


# Plain ALTER TABLE both ways: a batch copy would drop tables that the cases' foreign keys point at.
def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "retired")
