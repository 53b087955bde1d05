"""The rows the monitoring counts read: the live tables, and the stubs a retention purge kept.

Every count is written once over a `Rows`: four selectables with the same columns whatever the
source. `live()` reads the register's tables, `stubs()` the anonymous stubs of purged cases
(services/privacy/statistical_stubs.py); `SOURCES` is both, whose counts add up to what the
register held before any purge. `union` gives one selectable over both, for a count that must
see every row at once (a distinct count).

    cases          area_id, kind, category_id, reason_id, start_date, end_date
    actions        area_id, kind (of their case), agreed_on, deadline, done_on, cancelled_on
    plans          area_id, with_coach (1 or 0), drawn_up_on
    breakthroughs  area_id, type_id, reached_on
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Subquery, case, func, select, text, union_all
from sqlalchemy.orm import aliased

from casus_app.storage.models import (
    Action,
    Breakthrough,
    BreakthroughPlan,
    Case,
    StubAction,
    StubBreakthrough,
    StubCase,
    StubPlan,
)

# The counts of afspraken, plans and doorbraken need only the gebied and soort of each one's case.
# Read from the case rows, a quarter's afspraken reach cases all over the table, and SQLCipher
# decrypts every page it reads (at 100,000 cases registered in random order, 130 ms a query);
# read from this narrow index, the same join takes 20 ms. SQLite's planner prefers the rowid
# lookup in the table whatever the row's width, so the index is named (INDEXED BY); the
# subquery is flattened into the join.
GROUPING_INDEX = "ix_cases_grouping"
CaseGroup = aliased(
    Case,
    text(f"SELECT id, area_id, kind FROM cases INDEXED BY {GROUPING_INDEX}")
    .columns(Case.id, Case.area_id, Case.kind)
    .subquery("case_group"),
    adapt_on_names=True,
)


@dataclass(frozen=True)
class Rows:
    cases: Subquery
    actions: Subquery
    plans: Subquery
    breakthroughs: Subquery


def live() -> Rows:
    """The register's own tables (simple subqueries: SQLite flattens them into each count)."""
    coach = case((func.coalesce(func.trim(BreakthroughPlan.family_coach), "") == "", 0), else_=1)
    return Rows(
        cases=select(
            Case.area_id,
            Case.kind,
            Case.main_category_id.label("category_id"),
            Case.closing_reason_id.label("reason_id"),
            Case.start_date,
            Case.end_date,
        ).subquery("live_cases"),
        actions=select(
            CaseGroup.area_id,
            CaseGroup.kind,
            Action.agreed_on,
            Action.deadline,
            Action.done_on,
            Action.cancelled_on,
        )
        .select_from(Action)
        .join(CaseGroup, Action.case_id == CaseGroup.id)
        .subquery("live_actions"),
        plans=select(CaseGroup.area_id, coach.label("with_coach"), BreakthroughPlan.drawn_up_on)
        .select_from(BreakthroughPlan)
        .join(CaseGroup, BreakthroughPlan.case_id == CaseGroup.id)
        .subquery("live_plans"),
        breakthroughs=select(CaseGroup.area_id, Breakthrough.type_id, Breakthrough.reached_on)
        .select_from(Breakthrough)
        .join(BreakthroughPlan, Breakthrough.plan_id == BreakthroughPlan.id)
        .join(CaseGroup, BreakthroughPlan.case_id == CaseGroup.id)
        .subquery("live_breakthroughs"),
    )


def stubs() -> Rows:
    """The anonymous stubs of purged cases, with the same columns."""
    return Rows(
        cases=select(
            StubCase.area_id,
            StubCase.kind,
            StubCase.main_category_id.label("category_id"),
            StubCase.closing_reason_id.label("reason_id"),
            StubCase.start_date,
            StubCase.end_date,
        ).subquery("stub_case_rows"),
        actions=select(
            StubCase.area_id,
            StubCase.kind,
            StubAction.agreed_on,
            StubAction.deadline,
            StubAction.done_on,
            StubAction.cancelled_on,
        )
        .select_from(StubAction)
        .join(StubCase, StubAction.stub_case_id == StubCase.id)
        .subquery("stub_action_rows"),
        plans=select(
            StubCase.area_id,
            case((StubPlan.with_coach, 1), else_=0).label("with_coach"),
            StubPlan.drawn_up_on,
        )
        .select_from(StubPlan)
        .join(StubCase, StubPlan.stub_case_id == StubCase.id)
        .subquery("stub_plan_rows"),
        breakthroughs=select(StubCase.area_id, StubBreakthrough.type_id, StubBreakthrough.reached_on)
        .select_from(StubBreakthrough)
        .join(StubPlan, StubBreakthrough.stub_plan_id == StubPlan.id)
        .join(StubCase, StubPlan.stub_case_id == StubCase.id)
        .subquery("stub_breakthrough_rows"),
    )


def union(*sources: Rows) -> Rows:
    """One selectable per kind of row over all `sources` (UNION ALL): for counts that do not add up."""

    def each(name: str) -> Subquery:
        parts = [select(*getattr(rows, name).c) for rows in sources]
        return union_all(*parts).subquery(f"all_{name}")

    return Rows(each("cases"), each("actions"), each("plans"), each("breakthroughs"))


LIVE = live()
STUBS = stubs()
# What every count reads: the register as it is plus what purges kept. Counts over each add up.
SOURCES: tuple[Rows, ...] = (LIVE, STUBS)
