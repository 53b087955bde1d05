"""Reference lists: gebieden with buurten, partner organisations and the code lists cases use.

An item that is `retired` stays for the cases, afspraken and plans that use it, and in filters
and counts; it is no longer offered for new input. A code in use is never deleted."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint, false
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
