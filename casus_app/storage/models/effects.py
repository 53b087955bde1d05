"""External effect series: monthly counts per buurt from a partner (e.g. police meldingen)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from casus_app.storage.models.base import Base


class EffectSeries(Base):
    __tablename__ = "effect_series"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    imported_on: Mapped[dt.date]


class EffectCount(Base):
    """One month of one buurt: `month` is the first day of the month."""

    __tablename__ = "effect_counts"
    __table_args__ = (CheckConstraint("count >= 0", name="count"),)
    series_id: Mapped[int] = mapped_column(
        ForeignKey("effect_series.id", ondelete="CASCADE"), primary_key=True
    )
    neighbourhood_id: Mapped[int] = mapped_column(ForeignKey("neighbourhoods.id"), primary_key=True)
    month: Mapped[dt.date] = mapped_column(primary_key=True)
    count: Mapped[int]
