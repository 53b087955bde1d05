"""What the register records about its own key slots and its signed audit checkpoints.

The sidecar beside the register can be edited by anyone who can write the folder; these rows are
inside the encrypted database, so only someone holding the database key can change them.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from casus_app.storage.models.base import Base


class KeySlotRecord(Base):
    """One key slot the register knows of: a user's (of an active user) or the recovery slot."""

    __tablename__ = "key_slots"
    __table_args__ = (CheckConstraint("kind IN ('user', 'recovery')", name="kind"),)
    slot_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    user_tag: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))  # X25519, hex
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # None for the recovery slot


class AuditCheckpoint(Base):
    """An audit head (seq, hash) signed with the audit anchor by a beheerder."""

    __tablename__ = "audit_checkpoints"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    row_hash: Mapped[str] = mapped_column(String(64))
    anchor_public: Mapped[str] = mapped_column(String(64))  # Ed25519, hex
    recovery_public: Mapped[str] = mapped_column(String(64))  # the recovery slot's X25519 key, hex
    signature: Mapped[str] = mapped_column(String(128))  # hex
    signed_at: Mapped[str] = mapped_column(String(32))  # UTC ISO-8601
