"""A password a beheerder chose (reset, reactivation) must be changed by its user at the next login.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from casus_app.storage.migration_dialect import boolean_default

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE both ways: a batch copy of `users` would drop the table that the foreign keys
# of cases, plans and the audit log point at, which SQLite refuses while they hold rows.
def upgrade() -> None:
    op.add_column(
        "users",
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=boolean_default("0")),
    )


def downgrade() -> None:
    op.drop_column("users", "must_change_password")
