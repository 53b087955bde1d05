"""The trend of the monitoring report: each indicator's grand total over the last eight quarters.

Counted in the database, one grouped query per indicator (flows by quarter; stocks as one scan
with a conditional count per quarter end), then protected together with the export's tables by
`monitoring_trend_protect`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Subquery, and_, case, func, or_, select
from sqlalchemy.orm import Session

from casus_app.domain.disclosure.tables import ProtectedTable
from casus_app.domain.disclosure.trend_protect import TrendPoint, protect_trend
from casus_app.domain.periods import Period
from casus_app.services.monitoring.counts import INDICATOR_NAMES, open_at, overdue_at
from casus_app.services.monitoring.rows import SOURCES, Rows

TREND_QUARTERS = 8
# casussen_nieuw_categorie counts the same cases as casussen_nieuw, afspraken_naar_type the same
# afspraken as afspraken_gemaakt: one line serves both.
MIRRORED = {"casussen_nieuw_categorie": "casussen_nieuw", "afspraken_naar_type": "afspraken_gemaakt"}
# The nine of spec/monitoring.md in its order, and the mirrors added for the programme report.
TREND_NAMES = (*INDICATOR_NAMES[:9], *(name for name in MIRRORED if name not in INDICATOR_NAMES[:9]))


@dataclass(frozen=True)
class Trend:
    """Per indicator the published grand total of each quarter: a number, `x`, or None (not shown)."""

    quarters: tuple[Period, ...]
    points: Mapping[str, tuple[TrendPoint, ...]]


def trend_quarters(period: Period) -> tuple[Period, ...]:
    """The last eight whole quarters up to the period's end: for a date range that ends inside a
    quarter, the eight before it, so that no point claims days after the range."""
    return period.trailing_quarters(TREND_QUARTERS)


def count_trend(
    session: Session, quarters: Sequence[Period], sources: Sequence[Rows] = SOURCES
) -> dict[str, list[int]]:
    """The unprotected grand totals per quarter, for every indicator but the mirrored one.

    Counted over every source of rows (live tables and purge stubs), whose counts add up.
    """
    totals: dict[str, list[int]] = {}
    for rows in sources:
        for name, values in _source_trend(session, quarters, rows).items():
            totals[name] = [a + b for a, b in zip(totals.get(name, [0] * len(values)), values, strict=True)]
    return {name: totals[name] for name in _ORDER if name in totals}


def _source_trend(session: Session, quarters: Sequence[Period], rows: Rows) -> dict[str, list[int]]:
    cases, actions = rows.cases.c, rows.actions.c
    flows = {
        "casussen_nieuw": (rows.cases, cases.start_date),
        "casussen_afgesloten": (rows.cases, cases.end_date),
        "afspraken_gemaakt": (rows.actions, actions.agreed_on),
        "afspraken_afgerond": (rows.actions, actions.done_on),
        "doorbraakplannen_opgesteld": (rows.plans, rows.plans.c.drawn_up_on),
        "doorbraken_behaald": (rows.breakthroughs, rows.breakthroughs.c.reached_on),
    }
    result: dict[str, list[int]] = {}
    for name, (source, column) in flows.items():
        # A count per quarter range reads the covering date index and nothing else; one query
        # with a CASE per row would evaluate eight comparisons for every row of two years.
        ranges = [
            select(func.count()).select_from(source).where(column.between(q.begin, q.end)).scalar_subquery()
            for q in quarters
        ]
        result[name] = [int(n) for n in session.execute(select(*ranges)).one()]
    # Open cases follow from the first quarter end by the identity that holds for every case
    # (einddatum is never before startdatum): open(q) = open(q - 1) + new(q) - closed(q).
    opened = (
        session.scalar(select(func.count()).select_from(rows.cases).where(open_at(quarters[0].end, cases)))
        or 0
    )
    open_counts = []
    for j in range(len(quarters)):
        if j:
            opened += result["casussen_nieuw"][j] - result["casussen_afgesloten"][j]
        open_counts.append(opened)
    result["casussen_lopend"] = open_counts
    # Overdue, in the two index-friendly parts of `overdue_at`: never done, or done later. An
    # action done on time is never overdue, which leaves few rows to test in the second part.
    first_end, last_end = quarters[0].end, quarters[-1].end
    never, later = zip(*(overdue_at(q.end, actions) for q in quarters), strict=True)
    not_cancelled = or_(actions.cancelled_on.is_(None), actions.cancelled_on > first_end)
    never_done = _at_ends(
        session,
        rows.actions,
        list(never),
        and_(actions.done_on.is_(None), actions.deadline < last_end, not_cancelled),
    )
    late = and_(actions.done_on > first_end, actions.done_on > actions.deadline, actions.deadline < last_end)
    done_later = _at_ends(session, rows.actions, list(later), late)
    result["afspraken_verlopen"] = [a + b for a, b in zip(never_done, done_later, strict=True)]
    return result


def protected_trend(session: Session, period: Period, tables: Sequence[ProtectedTable], k: int) -> Trend:
    quarters = trend_quarters(period)
    # The trend follows the nine of spec/monitoring.md (and their mirrors); the other added
    # indicators have no trend line.
    nine = [table for table in tables if table.indicator in TREND_NAMES]
    points = protect_trend(period, quarters, count_trend(session, quarters), nine, k)
    for mirror, source in MIRRORED.items():
        points[mirror] = points[source]
    return Trend(quarters, {name: points[name] for name in TREND_NAMES})


def _at_ends(
    session: Session, source: Subquery, conditions: list[ColumnElement[bool]], scope: ColumnElement[bool]
) -> list[int]:
    """One scan over the rows of `source` in `scope`, counting those meeting each condition."""
    sums = [func.coalesce(func.sum(case((condition, 1), else_=0)), 0) for condition in conditions]
    row = session.execute(select(*sums).select_from(source).where(scope)).one()
    return [int(value) for value in row]


_ORDER = tuple(name for name in TREND_NAMES if name not in MIRRORED)
