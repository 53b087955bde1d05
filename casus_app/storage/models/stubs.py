"""Statistical stubs: what a retention purge keeps of a case so the monitoring counts stay the same.

Only what the counts group and filter by: dates, gebied, buurt, soort, categorie, afsluitreden,
doorbraaktype, and a keyed hash of the address (for counting distinct addresses). No person, no
name, no free text, and no id of the removed rows: a stub's id is its own, handed out in an order
that does not follow the case's (services/privacy/statistical_stubs.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Numeric, String, text
from sqlalchemy.orm import Mapped, mapped_column

from casus_app.storage.models.base import Base

# Each stub table has one index per date the counts select on, covering what they group by, as the
# live tables have (migrations 0007 and 0017): the counts then read no table row.


class StubCase(Base):
    __tablename__ = "stub_cases"
    __table_args__ = (
        Index("ix_stub_cases_start", "start_date", "area_id", "kind", "main_category_id"),
        Index("ix_stub_cases_end", "end_date", "start_date", "area_id", "kind", "closing_reason_id"),
        Index("ix_stub_cases_address", "address_key", "postcode_address", "area_id", "neighbourhood"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id"))
    neighbourhood: Mapped[str | None]  # the buurt's name, from the reference list
    main_category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    closing_reason_id: Mapped[int | None] = mapped_column(ForeignKey("closing_reasons.id"))
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    address_key: Mapped[str | None] = mapped_column(String(64))  # HMAC-SHA256, hex
    # Whether the hash is of a postcode and house number: the addresses adressen_aangepakt counts.
    postcode_address: Mapped[bool] = mapped_column(default=False, server_default=text("0"))


class StubAction(Base):
    __tablename__ = "stub_actions"
    __table_args__ = (
        Index("ix_stub_actions_agreed", "agreed_on", "stub_case_id"),
        Index("ix_stub_actions_done", "done_on", "deadline", "agreed_on", "cancelled_on", "stub_case_id"),
        Index("ix_stub_actions_agreed_type", "agreed_on", "stub_case_id", "intervention_type_id"),
        Index("ix_stub_actions_case", "stub_case_id", "agreed_on"),  # migration 0025
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    stub_case_id: Mapped[int] = mapped_column(ForeignKey("stub_cases.id", ondelete="CASCADE"))
    agreed_on: Mapped[dt.date]
    deadline: Mapped[dt.date]
    done_on: Mapped[dt.date | None]
    cancelled_on: Mapped[dt.date | None]
    intervention_type_id: Mapped[int | None] = mapped_column(ForeignKey("intervention_types.id"))


class StubDiscussion(Base):
    """A case discussed in an overleg: the overleg's date and kind only."""

    __tablename__ = "stub_discussions"
    __table_args__ = (
        Index("ix_stub_discussions_date", "meeting_date", "stub_case_id", "discussed", "meeting_cancelled"),
        Index(  # migration 0025
            "ix_stub_discussions_case", "stub_case_id", "discussed", "meeting_cancelled", "meeting_date"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    stub_case_id: Mapped[int] = mapped_column(ForeignKey("stub_cases.id", ondelete="CASCADE"))
    meeting_date: Mapped[dt.date]
    meeting_kind: Mapped[str] = mapped_column(String(32))
    discussed: Mapped[bool]
    meeting_cancelled: Mapped[bool] = mapped_column(default=False, server_default=text("0"))


class StubPlan(Base):
    __tablename__ = "stub_plans"
    __table_args__ = (Index("ix_stub_plans_drawn_up", "drawn_up_on", "stub_case_id", "with_coach"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    stub_case_id: Mapped[int] = mapped_column(ForeignKey("stub_cases.id", ondelete="CASCADE"))
    drawn_up_on: Mapped[dt.date]
    with_coach: Mapped[bool]  # whether a gezinscoach was named, never who
    goal_reached: Mapped[bool | None]
    # Migration 0021, for the Effecten and Middelen sections: the direction of the household's scores
    # (+1, 0, -1; None without two measurements), never a score; and the plan's cost comparison
    # totals (None when it was incomplete), never a helper or what the help was.
    score_direction: Mapped[int | None]
    cost_current: Mapped[float | None] = mapped_column(Numeric(14, 2, asdecimal=False))
    cost_after: Mapped[float | None] = mapped_column(Numeric(14, 2, asdecimal=False))


class StubBreakthrough(Base):
    __tablename__ = "stub_breakthroughs"
    __table_args__ = (Index("ix_stub_breakthroughs_reached", "reached_on", "stub_plan_id", "type_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    stub_plan_id: Mapped[int] = mapped_column(ForeignKey("stub_plans.id", ondelete="CASCADE"))
    type_id: Mapped[int] = mapped_column(ForeignKey("breakthrough_types.id"))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    reached_on: Mapped[dt.date | None]
    # Migration 0021: the one-off cost as the cost comparison counts it (None when it counts none:
    # not feasible, or not filled in) and the organisation that pays it.
    one_off_eur: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    payer_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
