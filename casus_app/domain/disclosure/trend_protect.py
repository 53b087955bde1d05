"""Disclosure control for the trend of an export: the grand total of each indicator per quarter.

The trend adds numbers to the export that relate to its tables and to each other, so it is
checked together with them, exactly, as the reader of the whole report would work it out:
- a quarter of a half-year or year export is part of it: the quarters add up to the grand total
  of a flow indicator (new, closed, made, done, plans, breakthroughs);
- a stock at the end of a quarter is the stock a quarter earlier plus what started minus what
  closed: lopend(q) = lopend(q-1) + nieuw(q) - afgesloten(q);
- the last quarter of the export ends on the same day, so its stocks are the table's totals.
Every trend point 1..k-1 is hidden (`x`), then further points are hidden until no hidden number
(of the trend, or of a table whose grand total is hidden) can be pinned or, when small, bounded
below k. Whole numbers decide (`monitoring_trend_oracle`): these relations do not form a network
matrix, so plain LP bounds alone would not be exact. Should hiding points not be
enough, the points of that relation are left out of the report altogether (`None`), which tells
the reader nothing. Pure function of its input: same data, same result.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from casus_app.domain.disclosure.tables import (
    DEFAULT_LINKED,
    SUPPRESSED,
    TOTAL_COLUMN,
    TOTAL_ROW,
    ProtectedTable,
)
from casus_app.domain.disclosure.trend_oracle import WitnessOracle
from casus_app.domain.periods import Period

STOCKS = ("casussen_lopend", "afspraken_verlopen")
OPEN, NEW, CLOSED = "casussen_lopend", "casussen_nieuw", "casussen_afgesloten"
_CAP = 1e7  # stands for "no upper bound"; keeps every MIP bounded

TrendPoint = int | str | None  # a number, `x`, or None: not shown


@dataclass
class _Model:
    values: list[int] = field(default_factory=list)
    hidden: list[bool] = field(default_factory=list)  # the reader knows only `>= 1`
    free: list[bool] = field(default_factory=list)  # the reader knows only `>= 0` (not shown)
    movable: list[bool] = field(default_factory=list)  # a trend point this module may hide
    equations: list[dict[int, float]] = field(default_factory=list)  # sum(coef * x) == 0

    def add(self, value: int, *, hidden: bool = False, free: bool = False, movable: bool = False) -> int:
        self.values.append(value)
        self.hidden.append(hidden)
        self.free.append(free)
        self.movable.append(movable)
        return len(self.values) - 1

    def bounds(self, v: int) -> tuple[float, float]:
        if self.free[v]:
            return 0.0, _CAP
        if self.hidden[v]:
            return 1.0, _CAP
        return float(self.values[v]), float(self.values[v])


def protect_trend(
    period: Period,
    quarters: Sequence[Period],
    counts: Mapping[str, Sequence[int]],
    tables: Sequence[ProtectedTable],
    k: int,
    linked: Sequence[tuple[str, str]] = DEFAULT_LINKED,
) -> dict[str, tuple[TrendPoint, ...]]:
    """The trend as published: per indicator of `counts`, a number, `x` or None per quarter.

    `quarters` end with the last quarter of `period`; `tables` are the protected tables of the
    same export, whose protection is taken as given.
    """
    builder = _Builder(period, quarters, counts, tables, linked)
    model, points = builder.model, builder.points
    for v in range(len(model.values)):
        if model.movable[v] and 1 <= model.values[v] < k:
            model.hidden[v] = True
    oracle = WitnessOracle(model)
    exempt = _baseline_failures(model, oracle, builder.checked, k)
    checked = [v for v in builder.checked if v not in exempt]
    added: list[int] = []
    given_up: set[int] = set()
    while (failing := _first_failure(model, oracle, checked, k)) is not None:
        if not _hide_more(model, oracle, failing, k, added):
            if failing in given_up:
                # With its whole relation left out it is as safe as without a trend (the
                # baseline); failing again would be a modelling error, not something to loop on.
                raise RuntimeError(f"trend protection cannot settle variable {failing}")
            given_up.add(failing)
            for v in _component(model, failing):
                if model.movable[v]:
                    _set(model, oracle, v, free=True)
    # Publish again what later hiding made unnecessary, the last added first.
    for v in reversed(added):
        if model.free[v] or not model.hidden[v]:
            continue
        _set(model, oracle, v, hidden=False)
        if _first_failure(model, oracle, checked, k) is not None:
            _set(model, oracle, v, hidden=True)
    return {name: tuple(_published(model, v) for v in variables) for name, variables in points.items()}


class _Builder:
    """The reader's model: trend points, the tables whose grand total is hidden, and the relations."""

    def __init__(
        self,
        period: Period,
        quarters: Sequence[Period],
        counts: Mapping[str, Sequence[int]],
        tables: Sequence[ProtectedTable],
        linked: Sequence[tuple[str, str]],
    ) -> None:
        self.model = _Model()
        self.checked: list[int] = []  # hidden numbers whose protection the trend could undo
        self._coupled_cells: list[int] = []
        by_name = {table.indicator: table for table in tables}
        partner = {a: b for a, b in linked} | {b: a for a, b in linked}
        grand = self._tables(by_name, partner)
        in_period = {q.code for q in period.quarters()}
        last = len(quarters) - 1
        # A range need not end on a quarter's last day: then the trend's last quarter ends before
        # it, and its stocks are not the table's. Nor need it be the trend's quarters exactly:
        # what lies outside them is a part the reader does not know (`_rest`).
        same_end = quarters[last].end == period.end
        self.points: dict[str, list[int]] = {}
        after: dict[str, int] = {}  # flow → its unknown part after the trend's last quarter
        for name, series in counts.items():
            variables = []
            for j, value in enumerate(series):
                merged = (
                    name in grand
                    and j == last
                    and same_end
                    and (name in STOCKS or quarters[j].begin == period.begin)
                )
                if merged:
                    if grand[name][1] != value:
                        raise ValueError(f"trend of {name} differs from its table in {quarters[j].code}")
                    variables.append(grand[name][0])
                else:
                    variables.append(self.model.add(value, movable=True))
            self.points[name] = variables
            if (
                name in grand
                and name not in STOCKS
                and not (same_end and quarters[last].begin == period.begin)
            ):
                parts = [variables[j] for j, q in enumerate(quarters) if q.code in in_period]
                parts += self._rest(period, quarters, name, after)
                self._equation(parts, grand[name][0])
        if not same_end and OPEN in grand:
            self._stock_after(period, quarters, grand, after)
        if all(name in self.points for name in (OPEN, NEW, CLOSED)):
            before = self.model.add(0, free=True)  # open at the start of the first quarter
            for j in range(len(quarters)):
                previous = before if j == 0 else self.points[OPEN][j - 1]
                self._equation(
                    [previous, self.points[NEW][j]], self.points[OPEN][j], minus=self.points[CLOSED][j]
                )
        for v in range(len(self.model.values)):
            if self.model.movable[v]:
                self.checked.append(v)

    def _tables(
        self, by_name: dict[str, ProtectedTable], partner: dict[str, str]
    ) -> dict[str, tuple[int, int]]:
        """Variables for the tables; returns indicator → (grand total variable, its value)."""
        grand: dict[str, tuple[int, int]] = {}
        shared: dict[tuple[str, str], int] = {}  # (linked group, row) → row total variable
        for name, table in by_name.items():
            total = table.values[(TOTAL_ROW, TOTAL_COLUMN)]
            coupled = (TOTAL_ROW, TOTAL_COLUMN) in table.suppressed or (
                name in partner
                and partner[name] in by_name
                and (TOTAL_ROW, TOTAL_COLUMN) in by_name[partner[name]].suppressed
            )
            if not coupled:
                grand[name] = (self.model.add(total), total)
                continue
            group = min(name, partner.get(name, name))
            var = {}
            for row in table.rows:
                for column in table.columns:
                    hidden = (row, column) in table.suppressed
                    if column == TOTAL_COLUMN and (group, row) in shared:
                        var[(row, column)] = shared[(group, row)]
                        # A shared total published in either table is known to the reader.
                        self.model.hidden[var[(row, column)]] &= hidden
                        continue
                    var[(row, column)] = self.model.add(table.values[(row, column)], hidden=hidden)
                    if column == TOTAL_COLUMN:
                        shared[(group, row)] = var[(row, column)]
            inner_rows, inner_columns = table.rows[:-1], table.columns[:-1]
            for row in table.rows:
                self._equation([var[(row, c)] for c in inner_columns], var[(row, TOTAL_COLUMN)])
            for column in table.columns:
                self._equation([var[(r, column)] for r in inner_rows], var[(TOTAL_ROW, column)])
            grand[name] = (var[(TOTAL_ROW, TOTAL_COLUMN)], total)
            self._coupled_cells.extend(v for v in var.values() if v not in self._coupled_cells)
        self.checked.extend(v for v in self._coupled_cells if self.model.hidden[v])
        return grand

    def _rest(
        self, period: Period, quarters: Sequence[Period], name: str, after: dict[str, int]
    ) -> list[int]:
        """The unknown parts of a flow's period total outside the trend's quarters (none for a
        quarter, half year or year). The part after the trend's last quarter is kept in `after`
        for the stock relation."""
        end_of_trend = quarters[-1].end
        inside = [q for q in quarters if q.code in {p.code for p in period.quarters()}]
        after_days = _days(max(period.begin, end_of_trend + dt.timedelta(days=1)), period.end)
        other_days = _days(period.begin, period.end) - after_days - sum(_days(q.begin, q.end) for q in inside)
        rest = []
        if after_days:
            after[name] = self.model.add(0, free=True)
            rest.append(after[name])
        if other_days:
            rest.append(self.model.add(0, free=True))
        return rest

    def _stock_after(
        self, period: Period, quarters: Sequence[Period], grand: dict, after: dict[str, int]
    ) -> None:
        """lopend(end) = lopend(last trend quarter) + new - closed from that quarter's end to the
        period's end: the part inside the period (`after`) and any gap before the period begins."""
        if NEW not in after or CLOSED not in after or OPEN not in self.points:
            return
        equation = {self.points[OPEN][-1]: 1.0, after[NEW]: 1.0, after[CLOSED]: -1.0, grand[OPEN][0]: -1.0}
        if _days(quarters[-1].end + dt.timedelta(days=1), period.begin - dt.timedelta(days=1)):
            equation[self.model.add(0, free=True)] = 1.0  # new in the gap
            equation[self.model.add(0, free=True)] = -1.0  # closed in the gap
        self.model.equations.append(equation)

    def _equation(self, parts: Sequence[int], total: int, minus: int | None = None) -> None:
        """sum(parts) == total + minus"""
        coefficients: dict[int, float] = {}
        for v in parts:
            coefficients[v] = coefficients.get(v, 0.0) + 1.0
        coefficients[total] = coefficients.get(total, 0.0) - 1.0
        if minus is not None:
            coefficients[minus] = coefficients.get(minus, 0.0) - 1.0
        self.model.equations.append({v: c for v, c in coefficients.items() if c != 0.0})


def _days(first: dt.date, last: dt.date) -> int:
    """The number of days from `first` to `last`, both included; 0 when `last` is before `first`."""
    return max((last - first).days + 1, 0)


def _published(model: _Model, v: int) -> TrendPoint:
    if model.free[v]:
        return None
    return SUPPRESSED if model.hidden[v] else model.values[v]


def _set(
    model: _Model, oracle: WitnessOracle, v: int, *, hidden: bool | None = None, free: bool | None = None
) -> None:
    if hidden is not None:
        model.hidden[v] = hidden
    if free is not None:
        model.free[v] = free
    oracle.changed(v)


def _baseline_failures(model: _Model, oracle: WitnessOracle, checked: Sequence[int], k: int) -> set[int]:
    """Hidden table numbers that fail with no trend shown at all: not the trend's doing."""
    movable = [v for v in range(len(model.values)) if model.movable[v] and not model.free[v]]
    for v in movable:
        _set(model, oracle, v, free=True)
    try:
        return {v for v in checked if not model.movable[v] and not oracle.safe(v, k)}
    finally:
        for v in movable:
            _set(model, oracle, v, free=False)


def _first_failure(model: _Model, oracle: WitnessOracle, checked: Sequence[int], k: int) -> int | None:
    for v in checked:
        if model.hidden[v] and not model.free[v] and not oracle.safe(v, k):
            return v
    return None


def _hide_more(model: _Model, oracle: WitnessOracle, failing: int, k: int, added: list[int]) -> bool:
    """Hide published trend points near `failing`, nearest and smallest first, until it is safe."""
    distance = _distances(model, failing)
    candidates = sorted(
        (
            v
            for v in distance
            if model.movable[v] and not model.hidden[v] and not model.free[v] and model.values[v] > 0
        ),
        key=lambda v: (distance[v], model.values[v], v),
    )
    while candidates:
        # One more point that settles it, if there is one; otherwise the nearest, and look again.
        # (Taking the nearest each time would hide a whole chain of quarters where two points do.)
        for v in candidates:
            _set(model, oracle, v, hidden=True)
            if oracle.safe(failing, k):
                added.append(v)
                return True
            _set(model, oracle, v, hidden=False)
        v = candidates.pop(0)
        _set(model, oracle, v, hidden=True)
        added.append(v)
    return False


def _distances(model: _Model, start: int) -> dict[int, int]:
    neighbours: dict[int, set[int]] = {}
    for equation in model.equations:
        for v in equation:
            neighbours.setdefault(v, set()).update(equation)
    distance = {start: 0}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in sorted(neighbours.get(v, ())):
            if w not in distance:
                distance[w] = distance[v] + 1
                queue.append(w)
    return distance


def _component(model: _Model, v: int) -> list[int]:
    return sorted(_distances(model, v))
