"""Doorbraakplannen: the household's plan, its scores, helpers and breakthroughs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casus_app.storage.models.base import Base


class BreakthroughPlan(Base):
    __tablename__ = "breakthrough_plans"
    __table_args__ = (
        # Mijn gezinnen and every access check of a gezinscoach: their plans (migration 0009).
        Index("ix_breakthrough_plans_coach", "family_coach_user_id"),
        # covering for the monitoring count of plans drawn up in a period (migration 0016)
        Index("ix_breakthrough_plans_drawn_up", "drawn_up_on", "case_id", "family_coach"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    drawn_up_on: Mapped[dt.date]
    family_coach: Mapped[str | None]  # the coach's name as shown and printed
    # The coach's own account when they have one: what gives them access, whatever the name says.
    family_coach_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    perspective: Mapped[str | None]
    own_strength: Mapped[str | None]
    status: Mapped[str] = mapped_column(String(24), default="concept", server_default="concept")
    next_step: Mapped[str | None]
    evaluation: Mapped[str | None]
    goal_reached: Mapped[bool | None]
    quality_improved: Mapped[bool | None]
    # Over how many years doormodderen and doorbreken are compared (migration 0014).
    cost_years: Mapped[int] = mapped_column(default=1, server_default="1")
    scores: Mapped[list[PlanScore]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanScore.measured_on"
    )
    helpers: Mapped[list[PlanHelper]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanHelper.id"
    )
    breakthroughs: Mapped[list[Breakthrough]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Breakthrough.id"
    )
    issues: Mapped[list[PlanIssue]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanIssue.id"
    )


class PlanIssue(Base):
    """A knelpunt: what is stuck in one leefgebied, in plain words."""

    __tablename__ = "plan_issues"
    __table_args__ = (Index("ix_plan_issues_plan", "plan_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("breakthrough_plans.id", ondelete="CASCADE"))
    life_domain_id: Mapped[int] = mapped_column(ForeignKey("life_domains.id"))
    description: Mapped[str]
    plan: Mapped[BreakthroughPlan] = relationship(back_populates="issues")


class PlanScore(Base):
    __tablename__ = "plan_scores"
    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),
        Index("ix_plan_scores_plan", "plan_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("breakthrough_plans.id", ondelete="CASCADE"))
    life_domain_id: Mapped[int] = mapped_column(ForeignKey("life_domains.id"))
    score: Mapped[int]
    measured_on: Mapped[dt.date]
    plan: Mapped[BreakthroughPlan] = relationship(back_populates="scores")


class PlanHelper(Base):
    """A helper already involved with the household, and what the current route costs a year."""

    __tablename__ = "plan_helpers"
    __table_args__ = (CheckConstraint("cost_per_year IS NULL OR cost_per_year >= 0", name="cost"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("breakthrough_plans.id", ondelete="CASCADE"))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    what: Mapped[str | None]
    cost_per_year: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    # What this helper still costs a year once the doorbraak is reached ("doorbreken").
    cost_after_per_year: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    plan: Mapped[BreakthroughPlan] = relationship(back_populates="helpers")


class Breakthrough(Base):
    __tablename__ = "breakthroughs"
    __table_args__ = (
        UniqueConstraint("plan_id", "ref"),
        CheckConstraint("status IN ('gepland', 'behaald', 'niet_haalbaar')", name="status"),
        CheckConstraint("(status = 'behaald') = (reached_on IS NOT NULL)", name="reached_iff_status"),
        CheckConstraint("cost_eur IS NULL OR cost_eur >= 0", name="cost"),
        # covering for the monitoring count of doorbraken reached in a period (migration 0016)
        Index("ix_breakthroughs_reached_plan", "reached_on", "plan_id", "type_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("breakthrough_plans.id", ondelete="CASCADE"))
    ref: Mapped[str]
    description: Mapped[str]
    type_id: Mapped[int] = mapped_column(ForeignKey("breakthrough_types.id"))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    cost_eur: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    status: Mapped[str] = mapped_column(String(16))
    reached_on: Mapped[dt.date | None]
    legal_basis: Mapped[str | None]
    decided_by: Mapped[str | None]
    mandate_level: Mapped[str | None]
    funding: Mapped[str | None]
    # When the coach means to have it done (Mijn gezinnen's next step) and who pays the one-off cost
    # (the cost comparison per organisation); migration 0014, kept out of the exchange format.
    planned_on: Mapped[dt.date | None]
    payer_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    plan: Mapped[BreakthroughPlan] = relationship(back_populates="breakthroughs")


class FamilyContact(Base):
    """One contact of the gezinscoach with a household: a home visit, a call or an overleg.

    Kept with the case, so a household without a plan yet has its log too; the note is free text.
    """

    __tablename__ = "family_contacts"
    __table_args__ = (
        CheckConstraint("kind IN ('huisbezoek', 'telefoon', 'overleg')", name="kind"),
        Index("ix_family_contacts_case", "case_id", "contact_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    contact_on: Mapped[dt.date]
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
