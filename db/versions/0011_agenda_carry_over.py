"""The agenda carries over and has a size: a bespreking remembers since when it was carried over, an
overleg how many cases its agenda takes (issue 14).

Both columns are nullable, so an existing register upgrades without rewriting data: NULL means
"not carried over" and "the size of the previous overleg of this soort and gebied, else 25".

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("discussions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carried_since", sa.Date(), nullable=True))
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agenda_size", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("agenda_size")
    with op.batch_alter_table("discussions", schema=None) as batch_op:
        batch_op.drop_column("carried_since")
