"""Cases with their people and agreed actions (afspraken)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casus_app.storage.models.base import Base

case_categories = Table(
    "case_categories",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("categories.id"), primary_key=True),
)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint("kind IN ('leefbaarheid', 'casuistiek', 'doorbraak')", name="kind"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        CheckConstraint("(end_date IS NULL) = (closing_reason_id IS NULL)", name="closed_has_reason"),
        CheckConstraint("risk IS NULL OR risk IN ('laag', 'midden', 'hoog')", name="risk"),
        CheckConstraint("escalation IN ('groen', 'oranje', 'rood', 'donkerrood')", name="escalation"),
        # The case list pages by (start_date, id) within the user's gebieden; monitoring
        # counts by start and end date.
        Index("ix_cases_area_start", "area_id", "start_date", "id"),
        Index("ix_cases_start", "start_date", "id"),
        Index("ix_cases_end", "end_date"),
        # Case list filters, the agenda and the duplicate check of a new signal (migration 0004).
        Index("ix_cases_open_start", "end_date", "start_date", "id"),
        Index("ix_cases_lead_start", "lead_organisation_id", "start_date", "id"),
        Index("ix_cases_escalation_start", "escalation", "start_date", "id"),
        # The duplicate check finds a house by postcode and number; adressen_aangepakt reads every
        # case at a tackled address from it alone: its suffix, gebied and buurt (migration 0025).
        Index("ix_cases_address", "postcode", "house_number", "house_suffix", "area_id", "neighbourhood"),
        # The address of a case by its id, for the cases tackled in a period (migration 0025; named
        # by ADDRESS_BY_ID_INDEX in services/monitoring/performance.py, as ix_cases_grouping).
        Index("ix_cases_id_address", "id", "postcode", "house_number", "house_suffix"),
        Index(
            "ix_cases_agenda",
            "area_id",
            "kind",
            "end_date",
            "start_date",
            "escalation",
            "marked_for_discussion",
        ),
        # Covering indexes for the monitoring counts (migration 0007).
        Index("ix_cases_monitoring", "start_date", "end_date", "area_id", "kind", "main_category_id"),
        Index("ix_cases_closed", "end_date", "area_id", "closing_reason_id"),
        # The gebied and soort of a case by its id, for the counts that join afspraken, plans and
        # doorbraken to their case (migration 0016; GROUPING_INDEX in services/monitoring/rows.py).
        Index("ix_cases_grouping", "id", "area_id", "kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id"))
    neighbourhood: Mapped[str | None]
    street: Mapped[str | None]
    house_number: Mapped[str | None]
    house_suffix: Mapped[str | None]
    postcode: Mapped[str | None] = mapped_column(String(7))
    city: Mapped[str | None]
    main_category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    reported_by_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    lead_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    escalation: Mapped[str] = mapped_column(String(16), default="groen", server_default="groen")
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    closing_reason_id: Mapped[int | None] = mapped_column(ForeignKey("closing_reasons.id"))
    result: Mapped[str | None]
    referred_to_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    summary: Mapped[str | None]
    risk: Mapped[str | None] = mapped_column(String(8))
    marked_for_discussion: Mapped[bool] = mapped_column(default=False, server_default=text("0"))

    persons: Mapped[list[Person]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Person.id"
    )
    actions: Mapped[list[Action]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Action.id"
    )


class Person(Base):
    """A betrokkene: a person involved in one case, with a role."""

    __tablename__ = "persons"
    __table_args__ = (
        UniqueConstraint("case_id", "ref"),
        Index("ix_persons_case", "case_id"),
        Index("ix_persons_birth", "birth_date"),  # duplicate check (migration 0004)
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    ref: Mapped[str]
    first_name: Mapped[str | None]
    infix: Mapped[str | None]
    last_name: Mapped[str]
    birth_date: Mapped[dt.date | None]
    role: Mapped[str]
    case: Mapped[Case] = relationship(back_populates="persons")


class Action(Base):
    """An afspraak: who does what by when."""

    __tablename__ = "actions"
    __table_args__ = (
        UniqueConstraint("case_id", "ref"),
        CheckConstraint("length(trim(description)) > 0", name="description"),
        CheckConstraint("deadline >= agreed_on", name="deadline_after_agreed"),
        CheckConstraint("done_on IS NULL OR done_on >= agreed_on", name="done_after_agreed"),
        CheckConstraint("cancelled_on IS NULL OR cancelled_on >= agreed_on", name="cancelled_after_agreed"),
        CheckConstraint("done_on IS NULL OR cancelled_on IS NULL", name="done_or_cancelled"),
        # A case's afspraken; with their dates, whether a case had one before a period (migration 0025).
        Index("ix_actions_case", "case_id", "agreed_on"),
        Index("ix_actions_agreed", "agreed_on"),
        Index("ix_actions_done", "done_on"),
        Index("ix_actions_owner_deadline", "owner_id", "deadline"),
        # Covering indexes for the monitoring counts (migration 0007).
        Index("ix_actions_agreed_case", "agreed_on", "case_id"),
        Index("ix_actions_done_case", "done_on", "cancelled_on", "deadline", "agreed_on", "case_id"),
        # Mijn afspraken: the afspraken whose person is this user (migration 0013).
        Index("ix_actions_owner_user", "owner_user_id"),
        # afspraken_naar_type: agreed in the period, per gebied (via the case) and type (migration 0020).
        Index("ix_actions_agreed_type", "agreed_on", "case_id", "intervention_type_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    ref: Mapped[str]
    description: Mapped[str]
    owner_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    owner_person: Mapped[str | None]  # the person's name, also when linked to a user (below)
    # The person, where they have an account: "Mijn afspraken" follows this link, never the name.
    owner_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    agreed_on: Mapped[dt.date]
    deadline: Mapped[dt.date]
    done_on: Mapped[dt.date | None]
    cancelled_on: Mapped[dt.date | None]
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    result: Mapped[str | None]  # what came of it, in a few words
    # Out of "Mijn afspraken" until this day (some days before the deadline).
    snoozed_until: Mapped[dt.date | None]
    # What kind of intervention it is (reference list interventietypen); optional.
    intervention_type_id: Mapped[int | None] = mapped_column(ForeignKey("intervention_types.id"))
    case: Mapped[Case] = relationship(back_populates="actions")
