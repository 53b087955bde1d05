"""Key slots recorded inside the register, and signed audit checkpoints (issue 10, part 3).

The sidecar's slots are checked against `key_slots` at every unlock, so a slot planted in the
file is found and never receives a new key; `audit_checkpoints` keeps every audit head a
beheerder signed with the audit anchor. Both start empty: the first unlock after the upgrade
records the slots of the active users (see storage/keys/slot_records.py).

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "key_slots",
        sa.Column("slot_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("user_tag", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('user', 'recovery')", name=op.f("ck_key_slots_kind")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_key_slots_user_id_users")),
        sa.PrimaryKeyConstraint("slot_id", name=op.f("pk_key_slots")),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.Column("anchor_public", sa.String(length=64), nullable=False),
        sa.Column("recovery_public", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("signed_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_checkpoints")),
    )


def downgrade() -> None:
    op.drop_table("audit_checkpoints")
    op.drop_table("key_slots")
