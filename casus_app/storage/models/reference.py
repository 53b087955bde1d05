"""Reference lists: gebieden with buurten, partner organisations and the code lists cases use."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casus_app.storage.models.base import Base


class Area(Base):
    __tablename__ = "areas"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    neighbourhoods: Mapped[list[Neighbourhood]] = relationship(
        back_populates="area", order_by="Neighbourhood.name", cascade="all, delete-orphan"
    )


class Neighbourhood(Base):
    __tablename__ = "neighbourhoods"
    __table_args__ = (UniqueConstraint("area_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id", ondelete="CASCADE"))
    name: Mapped[str]
    area: Mapped[Area] = relationship(back_populates="neighbourhoods")


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    # The case kind the category belongs to; optional in the exchange format.
    kind: Mapped[str | None] = mapped_column(String(16))


class ClosingReason(Base):
    __tablename__ = "closing_reasons"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]


class BreakthroughType(Base):
    __tablename__ = "breakthrough_types"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]


class LifeDomain(Base):
    __tablename__ = "life_domains"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)
