"""The release ledger of the monitoring export (issue 13).

- `releases`: one row per export (period as text and as dates, k, data version, when, by whom,
  format);
- `release_values`: every number it published (indicator, gebied, uitsplitsing, value or `x`).

Revision ID: 0024
Revises: 0023
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | Sequence[str] | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=32), nullable=False),
        sa.Column("begin", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("data_version", sa.String(length=64), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=False),
        sa.Column("released_by", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.CheckConstraint("k >= 1", name=op.f("ck_releases_k")),
        sa.CheckConstraint("format IN ('csv', 'xlsx', 'pdf')", name=op.f("ck_releases_format")),
        sa.ForeignKeyConstraint(["released_by"], ["users.id"], name=op.f("fk_releases_released_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_releases")),
    )
    op.create_index(op.f("ix_releases_period"), "releases", ["period"], unique=False)
    op.create_table(
        "release_values",
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=64), nullable=False),
        sa.Column("area", sa.String(length=64), nullable=False),
        sa.Column("breakdown", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_release_values_release_id_releases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "release_id", "indicator", "area", "breakdown", name=op.f("pk_release_values")
        ),
    )


def downgrade() -> None:
    op.drop_table("release_values")
    op.drop_index(op.f("ix_releases_period"), table_name="releases")
    op.drop_table("releases")
