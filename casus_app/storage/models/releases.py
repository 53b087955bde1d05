"""The release ledger: every monitoring export that left Casus, and every number it published.

A reader may hold every export ever made (spec/monitoring.md rule 5), so the register remembers
what it released: a later export of the same period repeats it, and an overlapping one is
protected together with it (services/monitoring/ledger.py). Anonymous counts only, no person.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from casus_app.storage.models.base import Base


class Release(Base):
    """One export: its period (text form and dates), k, data version, when, by whom, format."""

    __tablename__ = "releases"
    __table_args__ = (
        CheckConstraint("k >= 1", name="k"),
        CheckConstraint("format IN ('csv', 'xlsx', 'pdf')", name="format"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(32), index=True)
    begin: Mapped[dt.date]
    end: Mapped[dt.date]
    k: Mapped[int]
    # SHA-256 over the unprotected counts of the period: a change in the data changes it.
    data_version: Mapped[str] = mapped_column(String(64))
    released_at: Mapped[dt.datetime]
    released_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    format: Mapped[str] = mapped_column(String(8))


class ReleaseValue(Base):
    """One published number of a release: an integer as text, or `x`."""

    __tablename__ = "release_values"
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"), primary_key=True)
    indicator: Mapped[str] = mapped_column(String(64), primary_key=True)
    area: Mapped[str] = mapped_column(String(64), primary_key=True)
    breakdown: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(32))
