"""Users, register metadata and the tamper-evident audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casus_app.storage.models.base import Base

user_areas = Table(
    "user_areas",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("area_id", ForeignKey("areas.id"), primary_key=True),
)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('beheerder', 'coordinator', 'professional', 'gezinscoach')", name="role"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str | None]
    role: Mapped[str] = mapped_column(String(16))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    active: Mapped[bool] = mapped_column(default=True)
    # Set when a beheerder chose the password (reset, reactivation); cleared when the user changes it.
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=text("0"))
    created_at: Mapped[dt.datetime]
    # How households reach their gezinscoach ('Ons plan'); checked by domain/phone.py (migration 0014).
    phone: Mapped[str | None] = mapped_column(String(20))
    areas = relationship("Area", secondary=user_areas, order_by="Area.code")


class RegisterMeta(Base):
    """Key/value facts about the register itself (id, key epoch, settings)."""

    __tablename__ = "register_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str]


class AuditEntry(Base):
    """One audit event. No case content: who, when, what, which record, for which reason."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_person", "person_id"),
        Index("ix_audit_object", "object_type", "object_id"),
        # The audit trail screen filters by case, by user and by period at millions of entries.
        Index("ix_audit_case", "case_id", "seq"),
        Index("ix_audit_user", "user_name", "seq"),
        Index("ix_audit_at", "at"),
    )
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))  # UTC ISO-8601, as hashed
    user_name: Mapped[str | None] = mapped_column(String(64))
    acting_for: Mapped[str | None]
    workstation: Mapped[str | None]
    action: Mapped[str] = mapped_column(String(32))
    object_type: Mapped[str | None] = mapped_column(String(32))
    object_id: Mapped[str | None] = mapped_column(String(64))
    person_id: Mapped[int | None]
    case_id: Mapped[int | None]
    reason: Mapped[str | None]
    outcome: Mapped[str] = mapped_column(String(16), default="ok")
    details: Mapped[str | None]
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))
