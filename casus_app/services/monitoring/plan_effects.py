"""Effecten from the doorbraakplannen: how the households' zelfredzaamheid went, and goals reached.

Two count tables, protected like every other count (disclosure.protect):

- `zelfredzaamheid_verandering`: households (doorbraakplannen) whose case's einddatum lies in the
  period, by the direction of their scores per leefgebied (zelfredzaamheid) from the first to the
  last measurement (domain/plan_outcomes.score_direction); a household without a leefgebied scored
  on two dates is not counted.
- `casussen_afgesloten_doel_bereikt`: cases whose einddatum lies in the period and whose
  doorbraakplan's evaluation says the goal was reached, with or without a gezinscoach (as
  `doorbraakplannen_opgesteld`; a plan belongs to a doorbraak case, so soort would split nothing).

Both count closed cases only, each once, in the period of its einddatum: quarters add up to halves
and years. A retention purge keeps each plan's direction and goal in its stub, so the counts read
the live plans and the stubs and add them up.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain.disclosure.tables import CountTable
from casus_app.domain.errors import marked
from casus_app.domain.periods import Period
from casus_app.domain.plan_outcomes import DIRECTION_OF_SIGN, DIRECTIONS, EQUAL, IMPROVED, WORSE
from casus_app.services.monitoring.indicator import Indicator
from casus_app.services.monitoring.rows import LIVE, SOURCES, STUBS, Rows
from casus_app.services.privacy.statistical_stubs import plan_outcomes
from casus_app.storage.models import BreakthroughPlan, Case, StubCase, StubPlan

SCORES, GOALS = "zelfredzaamheid_verandering", "casussen_afgesloten_doel_bereikt"

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        SCORES,
        marked("Zelfredzaamheid van afgesloten gezinnen: eerste tegen laatste meting"),
        marked(
            "Gezinnen met een doorbraakplan waarvan de casus een einddatum in de periode heeft. Per "
            "leefgebied (zelfredzaamheid) dat op minstens twee data is gescoord: de laatste score min de "
            "eerste. Tellen die verschillen op tot meer dan 0, dan is het gezin verbeterd; minder dan 0 "
            "verslechterd; precies 0 gelijk. Gezinnen zonder leefgebied met twee metingen tellen niet mee."
        ),
        marked("verandering"),
    ),
    Indicator(
        GOALS,
        marked("Afgesloten casussen met het doel bereikt"),
        marked(
            "Casussen waarvan de einddatum in de periode ligt en bij wier doorbraakplan de evaluatie zegt "
            "dat het doel is bereikt; zonder gezinscoach als er geen gezinscoach is ingevuld."
        ),
        marked("gezinscoach"),
    ),
)
WITH_COACH, WITHOUT_COACH = "met_gezinscoach", "zonder_gezinscoach"  # as counts.py names them
DIRECTION_NAMES: Mapping[str, str] = {
    IMPROVED: marked("Verbeterd"),
    EQUAL: marked("Gelijk"),
    WORSE: marked("Verslechterd"),
}


@dataclass(frozen=True)
class ClosedPlan:
    area_id: int
    with_coach: bool
    goal_reached: bool | None
    direction: int | None


def count_tables(
    session: Session, period: Period, areas: Mapping[int, str], sources: Sequence[Rows] = SOURCES
) -> list[CountTable]:
    """The two tables for `period`: the live plans and the stubs of purged ones (of `sources`), added up."""
    coach = (WITH_COACH, WITHOUT_COACH)
    scores = {(area, column): 0 for area in areas.values() for column in DIRECTIONS}
    goals = {(area, column): 0 for area in areas.values() for column in coach}
    for plan in closed_plans(session, period, sources):
        area = areas[plan.area_id]
        if plan.direction is not None:
            scores[(area, DIRECTION_OF_SIGN[plan.direction])] += 1
        if plan.goal_reached:
            goals[(area, WITH_COACH if plan.with_coach else WITHOUT_COACH)] += 1
    rows = tuple(areas.values())
    return [CountTable(SCORES, rows, DIRECTIONS, scores), CountTable(GOALS, rows, coach, goals)]


def closed_plans(session: Session, period: Period, sources: Sequence[Rows] = SOURCES) -> Iterator[ClosedPlan]:
    """The plans of the cases closed in `period`: live ones (direction computed now), then stubs."""
    if any(source is LIVE for source in sources):
        yield from _live_plans(session, period)
    if any(source is STUBS for source in sources):
        yield from _stub_plans(session, period)


def _live_plans(session: Session, period: Period) -> Iterator[ClosedPlan]:
    live = session.execute(
        select(
            BreakthroughPlan.id,
            BreakthroughPlan.cost_years,
            BreakthroughPlan.goal_reached,
            BreakthroughPlan.family_coach,
            Case.area_id,
        )
        .join(Case, Case.id == BreakthroughPlan.case_id)
        .where(Case.end_date.between(period.begin, period.end))
    ).all()
    outcomes = plan_outcomes(session, [row.id for row in live], {row.id: row.cost_years for row in live})
    for row in live:
        # As the count of plans drawn up decides (rows.py): a name of only spaces is no coach.
        with_coach = bool((row.family_coach or "").strip(" "))
        yield ClosedPlan(row.area_id, with_coach, row.goal_reached, outcomes[row.id][0])


def _stub_plans(session: Session, period: Period) -> Iterator[ClosedPlan]:
    for stub in session.execute(
        select(StubCase.area_id, StubPlan.with_coach, StubPlan.goal_reached, StubPlan.score_direction)
        .join(StubCase, StubCase.id == StubPlan.stub_case_id)
        .where(StubCase.end_date.between(period.begin, period.end))
    ):
        yield ClosedPlan(stub.area_id, bool(stub.with_coach), stub.goal_reached, stub.score_direction)
