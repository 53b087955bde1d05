"""The trend of the report (grand totals per quarter) is protected together with the export's tables.

Checked against an independent integer model of the reader, built here from the published
numbers: every table position, the links, every trend point, and the relations between them
(quarters add up to a half year or year; open(q) = open(q-1) + new(q) - closed(q)).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import highspy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casus_app.domain.disclosure.tables import (
    SUPPRESSED,
    TOTAL_COLUMN,
    TOTAL_ROW,
    CountTable,
    ProtectedTable,
    protect,
)
from casus_app.domain.disclosure.trend_protect import protect_trend
from casus_app.domain.periods import Period, PeriodKind
from casus_app.services.monitoring.trend import MIRRORED
from casus_app.services.monitoring.trend import TREND_NAMES as INDICATOR_NAMES  # the nine and mirrors

K = 5
BIG = 1e6
ROWS, COLUMNS = ("A", "B"), ("c1", "c2")
STOCKS = ("casussen_lopend", "afspraken_verlopen")
TREND = tuple(name for name in INDICATOR_NAMES if name not in MIRRORED)
LINKED = tuple((source, mirror) for mirror, source in MIRRORED.items())


def reader_failures(
    period: Period,
    quarters: Sequence[Period],
    tables: Sequence[ProtectedTable],
    trend: Mapping[str, Sequence[int | str | None]],
    true_trend: Mapping[str, Sequence[int]],
    k: int,
) -> list[tuple]:
    """Every hidden number (table or trend) the reader can pin, or bound below k when it is small."""
    h = highspy.Highs()
    h.silent()
    h.setOptionValue("threads", 1)
    x: dict[tuple, object] = {}
    value: dict[tuple, int] = {}
    hidden: list[tuple] = []
    for t in tables:
        for r in t.rows:
            for c in t.columns:
                key = (t.indicator, r, c)
                v = t.values[(r, c)]
                value[key] = v
                if (r, c) in t.suppressed:
                    x[key] = h.addIntegral(lb=1, ub=BIG)
                    hidden.append(key)
                else:
                    x[key] = h.addIntegral(lb=v, ub=v)
        for r in t.rows:
            h.addConstr(
                highspy.qsum(x[(t.indicator, r, c)] for c in t.columns[:-1])
                == x[(t.indicator, r, TOTAL_COLUMN)]
            )
        for c in t.columns:
            h.addConstr(
                highspy.qsum(x[(t.indicator, r, c)] for r in t.rows[:-1]) == x[(t.indicator, TOTAL_ROW, c)]
            )
    for a, b in LINKED:
        for r in ROWS + (TOTAL_ROW,):
            h.addConstr(x[(a, r, TOTAL_COLUMN)] == x[(b, r, TOTAL_COLUMN)])
    for name in TREND:
        for j, point in enumerate(trend[name]):
            key = ("trend", name, j)
            value[key] = true_trend[name][j]
            if point is None:
                x[key] = h.addIntegral(lb=0, ub=BIG)
            elif point == SUPPRESSED:
                x[key] = h.addIntegral(lb=1, ub=BIG)
                hidden.append(key)
            else:
                x[key] = h.addIntegral(lb=point, ub=point)
    in_period = [j for j, q in enumerate(quarters) if q.code in {p.code for p in period.quarters()}]
    last = len(quarters) - 1
    for name in TREND:
        grand = x[(name, TOTAL_ROW, TOTAL_COLUMN)]
        if period.kind is PeriodKind.QUARTER or name in STOCKS:
            h.addConstr(x[("trend", name, last)] == grand)
        else:
            h.addConstr(highspy.qsum(x[("trend", name, j)] for j in in_period) == grand)
    before = h.addIntegral(lb=0, ub=BIG)
    for j in range(len(quarters)):
        previous = before if j == 0 else x[("trend", "casussen_lopend", j - 1)]
        h.addConstr(
            x[("trend", "casussen_lopend", j)]
            == previous + x[("trend", "casussen_nieuw", j)] - x[("trend", "casussen_afgesloten", j)]
        )
    failures = []
    for key in hidden:
        h.minimize(x[key])
        low = h.getInfo().objective_function_value
        h.maximize(x[key])
        high = h.getInfo().objective_function_value
        if high - low < 0.5 or (value[key] < k and high < k - 0.5):
            failures.append((key, value[key], low, high))
    return failures


def build(period: Period, true_trend: Mapping[str, Sequence[int]], splits: Sequence[int]) -> list[CountTable]:
    """Tables whose grand totals agree with the trend, the cells split by `splits`."""
    quarters = period.trailing_quarters(8)
    in_period = [j for j, q in enumerate(quarters) if q.code in {p.code for p in period.quarters()}]
    draw = iter(splits)
    tables = []
    rows_of: dict[str, list[int]] = {}
    for name in INDICATOR_NAMES:
        source = MIRRORED.get(name, name)
        series = true_trend[source]
        total = (
            series[-1]
            if period.kind is PeriodKind.QUARTER or name in STOCKS
            else sum(series[j] for j in in_period)
        )
        if name in MIRRORED:
            row_totals = rows_of[
                MIRRORED[name]
            ]  # linked: the same row totals, another split over the columns
        else:
            first = next(draw) % (total + 1)
            row_totals = [first, total - first]
        rows_of[name] = row_totals
        cells = {}
        for row, row_total in zip(ROWS, row_totals, strict=True):
            part = next(draw) % (row_total + 1)
            cells[(row, "c1")], cells[(row, "c2")] = part, row_total - part
        tables.append(CountTable(name, ROWS, COLUMNS, cells))
    return tables


small = st.integers(0, 9)


@st.composite
def exports(draw):
    kind = draw(st.sampled_from(["Q", "H", "Y", "R"]))
    # R: a date range of whole quarters that is no calendar year (issue 13)
    period = Period.parse({"Q": "2026Q3", "H": "2026H2", "Y": "2026", "R": "2025-10-01..2026-09-30"}[kind])
    trend = {name: [draw(small) for _ in range(8)] for name in TREND}
    opened = draw(small)
    lopend = []
    for j in range(8):
        trend["casussen_afgesloten"][j] = min(
            trend["casussen_afgesloten"][j], opened + trend["casussen_nieuw"][j]
        )
        opened += trend["casussen_nieuw"][j] - trend["casussen_afgesloten"][j]
        lopend.append(opened)
    trend["casussen_lopend"] = lopend
    splits = draw(st.lists(st.integers(0, 1000), min_size=40, max_size=40))
    return period, trend, splits


def run(period, trend, splits, k=K):
    quarters = period.trailing_quarters(8)
    tables = protect(build(period, trend, splits), k)
    published = protect_trend(period, quarters, trend, tables, k)
    return quarters, tables, published


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(exports())
def test_no_hidden_number_can_be_worked_out_with_the_trend(export):
    period, trend, splits = export
    quarters, tables, published = run(period, trend, splits)
    for name, points in published.items():
        for point, true in zip(points, trend[name], strict=True):
            assert point in (None, SUPPRESSED, true)
            assert not (isinstance(point, int) and 1 <= point < K)  # never a published 1..k-1
    # Hidden table numbers that no trend can help are the spec's own model; the trend adds none.
    baseline = reader_failures(period, quarters, tables, {n: [None] * 8 for n in TREND}, trend, K)
    failures = reader_failures(period, quarters, tables, published, trend, K)
    assert [f for f in failures if f not in baseline] == []
    last = {t.indicator: t.published(TOTAL_ROW, TOTAL_COLUMN) for t in tables}
    if period.kind is PeriodKind.QUARTER:
        assert all(published[name][-1] == last[name] for name in TREND)


def test_a_stock_hidden_in_its_table_is_not_given_away_by_the_quarter_before():
    # 10 cases open at the end of Q2, 15 new and 22 closed in Q3: 3 open at the end of Q3, a small
    # number the table hides. Published as is, the trend would let anyone compute 10 + 15 - 22 = 3.
    period = Period.parse("2026Q3")
    trend = {name: [20] * 8 for name in TREND}
    trend["casussen_nieuw"] = [20, 20, 20, 20, 20, 20, 20, 15]
    trend["casussen_afgesloten"] = [20, 20, 20, 20, 20, 20, 20, 22]
    trend["casussen_lopend"] = [10, 10, 10, 10, 10, 10, 10, 3]
    splits = [0] * 40  # every count in one cell: the new and closed totals stay published
    quarters, tables, published = run(period, trend, splits)
    by_name = {t.indicator: t for t in tables}
    assert by_name["casussen_lopend"].published(TOTAL_ROW, TOTAL_COLUMN) == SUPPRESSED
    assert by_name["casussen_nieuw"].published(TOTAL_ROW, TOTAL_COLUMN) == 15
    assert by_name["casussen_afgesloten"].published(TOTAL_ROW, TOTAL_COLUMN) == 22
    assert published["casussen_lopend"][-1] == SUPPRESSED
    naive = {name: list(points) for name, points in trend.items()}
    naive["casussen_lopend"][-1] = SUPPRESSED
    assert reader_failures(period, quarters, tables, naive, trend, K), "the naive trend must leak"
    assert reader_failures(period, quarters, tables, published, trend, K) == []
    assert published["casussen_lopend"][6] == SUPPRESSED
    assert published["casussen_lopend"][:6] == (10,) * 6  # far from it, nothing needed hiding


def test_quarters_of_a_year_do_not_give_away_a_small_one():
    # In a year export the four quarters add up to the year's total (published, 25): one small
    # quarter hidden alone would follow from the other three.
    period = Period.parse("2026")
    trend = {name: [20] * 8 for name in TREND}
    trend["doorbraken_behaald"] = [20, 20, 20, 20, 7, 3, 8, 7]
    quarters, tables, published = run(period, trend, [500] * 40)
    points = published["doorbraken_behaald"]
    assert points[5] == SUPPRESSED
    assert sum(point == SUPPRESSED or point is None for point in points[4:]) >= 2
    assert points[:4] == (20, 20, 20, 20)  # earlier quarters have nothing to do with it
    assert reader_failures(period, quarters, tables, published, trend, K) == []


def test_same_input_same_trend():
    period = Period.parse("2026H2")
    trend = {name: [3, 8, 0, 12, 4, 6, 1, 9] for name in TREND}
    trend["casussen_lopend"] = [3, 11, 11, 20, 24, 30, 31, 40]
    trend["casussen_afgesloten"] = [0] * 8
    trend["casussen_nieuw"] = [3, 8, 0, 9, 4, 6, 1, 9]
    first = run(period, trend, list(range(40)))[2]
    assert run(period, trend, list(range(40)))[2] == first


def test_a_range_ending_inside_a_quarter_shows_the_quarters_before_it():
    """2026-01-01..2026-08-15: the trend ends with 2026Q2, whose stocks are not the table's (counted
    on 15 August) and whose flows are only part of the range's (1 July – 15 August is not in it)."""
    period = Period.parse("2026-01-01..2026-08-15")
    quarters = period.trailing_quarters(8)
    assert quarters[-1].code == "2026Q2"
    trend = {name: [20] * 8 for name in TREND}
    trend["casussen_lopend"] = [20] * 8
    tables = protect(build(period, trend, [500] * 40), K)
    # On 30 June 12 cases were open and 30 were new in 2026Q1..Q2, where the table says otherwise
    # (open on 15 August, new up to 15 August): no contradiction for a range.
    counts = {name: list(series) for name, series in trend.items()}
    counts["casussen_lopend"][-1] = 12
    counts["casussen_nieuw"][-2:] = [10, 20]
    published = protect_trend(period, quarters, counts, tables, K)
    assert published["casussen_lopend"][-1] in (12, SUPPRESSED, None)
    assert published["casussen_nieuw"][-2:] in ((10, 20), (SUPPRESSED, SUPPRESSED), (None, None))
    for name, points in published.items():
        assert not any(isinstance(p, int) and 1 <= p < K for p in points), name
