"""Reference lists: gebieden with buurten, partner organisations and the code lists cases use.

An item that is `retired` stays for the cases, afspraken and plans that use it, and in filters
and counts; it is no longer offered for new input. A code in use is never deleted."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, String, Table, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casus_app.storage.models.base import Base


class Area(Base):
    __tablename__ = "areas"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())
    neighbourhoods: Mapped[list[Neighbourhood]] = relationship(
        back_populates="area", order_by="Neighbourhood.name", cascade="all, delete-orphan"
    )


class Neighbourhood(Base):
    __tablename__ = "neighbourhoods"
    __table_args__ = (UniqueConstraint("area_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id", ondelete="CASCADE"))
    name: Mapped[str]
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())
    area: Mapped[Area] = relationship(back_populates="neighbourhoods")


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The case kind the category belongs to; optional in the exchange format.
    kind: Mapped[str | None] = mapped_column(String(16))


class ClosingReason(Base):
    __tablename__ = "closing_reasons"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())


class BreakthroughType(Base):
    __tablename__ = "breakthrough_types"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())


class LifeDomain(Base):
    __tablename__ = "life_domains"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)


class InterventionType(Base):
    """What kind of intervention an afspraak is: huisbezoek, buurtschouw, camera …"""

    __tablename__ = "intervention_types"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())


focus_area_neighbourhoods = Table(
    "focus_area_neighbourhoods",
    Base.metadata,
    Column("focus_area_id", ForeignKey("focus_areas.id", ondelete="CASCADE"), primary_key=True),
    Column("neighbourhood_id", ForeignKey("neighbourhoods.id", ondelete="CASCADE"), primary_key=True),
)


class FocusArea(Base):
    """A focusbuurt: a group of buurten the programme reports its effects on."""

    __tablename__ = "focus_areas"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())
    neighbourhoods: Mapped[list[Neighbourhood]] = relationship(
        secondary=focus_area_neighbourhoods, order_by="Neighbourhood.name"
    )
