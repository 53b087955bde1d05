"""Protection across releases: a new export checked together with the earlier ones a reader holds.

The reader of spec/monitoring.md rule 5 holds every release and knows how they relate:
- a flow (counted "in P") of a period is the sum of the flows of the parts of that period: per
  position, the period's number is the sum of unknown numbers of the pieces between all the
  periods' begin and end dates (the "atoms"; a quarter inside a half year is one or two atoms);
- a stock (counted "at the end of P") is the same table for periods that end on the same day;
- the open cases at one end date are those at the previous one plus the new minus the closed
  ones in between, per gebied and soort (the closed ones per soort are unknown to the reader).
Every table adds up as in its own export, and linked tables share their row totals.

The new release's hidden numbers and those of every earlier release must stay safe in the
whole-number sense of rule 3, each with its own release's k (`trend_oracle.WitnessOracle`:
an LP, and a mixed-integer program where the LP alone is not exact). Where one is not, more of
the new release's published numbers are hidden, nearest first, and what proves unnecessary is
published again. When hiding cannot help, `JointProtectionFailed` names nothing personal.
Pure function of its input: same releases, same result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from casus_app.domain.disclosure.tables import DEFAULT_LINKED, TOTAL_COLUMN, TOTAL_ROW, ProtectedTable
from casus_app.domain.disclosure.trend_oracle import WitnessOracle
from casus_app.domain.disclosure.trend_protect import _distances, _Model, _set

Cell = tuple[str, str]
_CLEAN_UP = 12  # how many of the extra hidden numbers are tried for publishing again
_TRIALS = 16  # how many of the nearest candidates are tried one by one before hiding the nearest
VarKey = tuple[int, str, str, str]  # (release index, indicator, row, column)


@dataclass(frozen=True)
class ReleasedTables:
    """One release as the reader sees it: `values` the true numbers, `suppressed` what it hid."""

    begin: dt.date
    end: dt.date
    k: int
    tables: Sequence[ProtectedTable]


@dataclass(frozen=True)
class Relations:
    """What the reader knows about the indicators across periods."""

    flows: frozenset[str]  # counted in the period: the parts add up to the whole
    stocks: frozenset[str]  # counted at the end date: the same end, the same table
    families: Sequence[frozenset[str]]  # indicators tied by links or by the stock identity
    # (open, new, closed): open(d2) = open(d1) + new(d1, d2] - closed(d1, d2], the columns of
    # open and new being the same (soort); closed is known per gebied only.
    stock_identity: tuple[str, str, str] | None = None
    linked: Sequence[tuple[str, str]] = DEFAULT_LINKED


class JointProtectionFailed(Exception):
    """Hiding more of the new release cannot keep an earlier release's number safe."""

    def __init__(self, indicator: str) -> None:
        super().__init__(indicator)
        self.indicator = indicator


def protect_jointly(
    new: ReleasedTables, earlier: Sequence[ReleasedTables], relations: Relations
) -> list[ProtectedTable]:
    """The new release's tables with what must also be hidden, given the earlier releases."""
    result = {table.indicator: table for table in new.tables}
    names = set(result)
    done: set[str] = set()
    for family in [*relations.families, *({name} for name in sorted(names))]:
        members = sorted((family & names) - done)
        if not members:
            continue
        done.update(members)
        related = [r for r in earlier if _relates(new, r, members, relations)]
        if not related:
            continue
        builder = _Builder(new, related, members, relations)
        extra = _protect(builder)
        for key in extra:
            _, indicator, row, column = key
            table = result[indicator]
            result[indicator] = replace(table, suppressed=table.suppressed | {(row, column)})
    return [result[table.indicator] for table in new.tables]


def _relates(
    new: ReleasedTables, other: ReleasedTables, members: Sequence[str], relations: Relations
) -> bool:
    theirs = {t.indicator for t in other.tables}
    if not theirs & set(members):
        return False
    overlap = other.begin <= new.end and new.begin <= other.end
    adjacent = other.end + dt.timedelta(days=1) == new.begin or new.end + dt.timedelta(days=1) == other.begin
    identity = relations.stock_identity is not None and relations.stock_identity[0] in members
    return overlap or (adjacent and identity)


class _Builder:
    """The reader's model of one family of indicators over the new and the related releases."""

    def __init__(
        self,
        new: ReleasedTables,
        earlier: Sequence[ReleasedTables],
        members: Sequence[str],
        relations: Relations,
    ) -> None:
        self.model = _Model()
        self.releases = [new, *earlier]
        self.k: list[int] = []  # per variable: the k of its release (0 for an atom)
        self.keys: dict[int, list[VarKey]] = {}  # variable → the new release's positions it is
        self.var: dict[VarKey, int] = {}
        self.members = members
        self.relations = relations
        partner = {a: b for a, b in relations.linked} | {b: a for a, b in relations.linked}
        for index, release in enumerate(self.releases):
            by_name = {t.indicator: t for t in release.tables if t.indicator in members}
            for name in sorted(by_name):
                self._table(index, release, by_name[name], by_name.get(partner.get(name, "")), name)
        self._atoms: dict[tuple[str, dt.date], dict[Cell, int]] = {}
        boundaries = sorted(
            {r.begin for r in self.releases} | {r.end + dt.timedelta(days=1) for r in self.releases}
        )
        self.atoms = list(zip(boundaries, boundaries[1:], strict=False))  # [begin, next begin)
        self._flows()
        self._stocks()

    def _add(self, value: int, release: int, *, hidden: bool = False, free: bool = False) -> int:
        v = self.model.add(value, hidden=hidden, free=free, movable=release == 0 and not hidden and value > 0)
        self.k.append(self.releases[release].k if not free else 0)
        return v

    def _table(
        self,
        index: int,
        release: ReleasedTables,
        table: ProtectedTable,
        partner: ProtectedTable | None,
        name: str,
    ) -> None:
        for row in table.rows:
            for column in table.columns:
                key = (index, name, row, column)
                hidden = (row, column) in table.suppressed
                shared = None
                if column == TOTAL_COLUMN and partner is not None:
                    shared = self.var.get((index, partner.indicator, row, column))
                if shared is not None:
                    self.var[key] = shared
                    # A shared total published in either table is known to the reader.
                    self.model.hidden[shared] &= hidden
                    self.model.movable[shared] = (
                        index == 0 and not self.model.hidden[shared] and self.model.values[shared] > 0
                    )
                else:
                    self.var[key] = self._add(table.values[(row, column)], index, hidden=hidden)
                if index == 0:
                    self.keys.setdefault(self.var[key], []).append(key)
        self._sums(lambda row, column: self.var[(index, name, row, column)], table.rows, table.columns)

    def _sums(self, var: Callable[[str, str], int], rows: Sequence[str], columns: Sequence[str]) -> None:
        inner_rows, inner_columns = rows[:-1], columns[:-1]
        for row in rows:
            self._equation([var(row, c) for c in inner_columns], var(row, TOTAL_COLUMN))
        for column in inner_columns:
            self._equation([var(r, column) for r in inner_rows], var(TOTAL_ROW, column))

    def _equation(self, parts: Sequence[int], total: int, minus: Sequence[int] = ()) -> None:
        """sum(parts) == total + sum(minus)"""
        coefficients: dict[int, float] = {}
        for v in parts:
            coefficients[v] = coefficients.get(v, 0.0) + 1.0
        for v in (total, *minus):
            coefficients[v] = coefficients.get(v, 0.0) - 1.0
        equation = {v: c for v, c in coefficients.items() if c != 0.0}
        if equation:
            self.model.equations.append(equation)

    def _shape(self, name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        table = next((t for t in self.releases[0].tables if t.indicator == name), None)
        return None if table is None else (tuple(table.rows), tuple(table.columns))

    def _same_shape(self, index: int, name: str) -> bool:
        table = next((t for t in self.releases[index].tables if t.indicator == name), None)
        return table is not None and (tuple(table.rows), tuple(table.columns)) == self._shape(name)

    def _atom(self, name: str, begin: dt.date) -> dict[Cell, int]:
        """The unknown numbers of a flow in one atom: a whole table the reader cannot see."""
        if (name, begin) not in self._atoms:
            shape = self._shape(name)
            assert shape is not None
            rows, columns = shape
            cells = {(r, c): self._add(0, 0, free=True) for r in rows for c in columns}
            self._sums(lambda r, c: cells[(r, c)], rows, columns)
            self._atoms[(name, begin)] = cells
            # Linked flows count the same cases in every piece of time too: their row totals agree.
            for first, second in self.relations.linked:
                other = second if name == first else first if name == second else None
                if other is not None and (other, begin) in self._atoms:
                    theirs = self._atoms[(other, begin)]
                    for r in rows:
                        self._equation([cells[(r, TOTAL_COLUMN)]], theirs[(r, TOTAL_COLUMN)])
        return self._atoms[(name, begin)]

    def _flows(self) -> None:
        for name in self.members:
            if name not in self.relations.flows or self._shape(name) is None:
                continue
            for index, release in enumerate(self.releases):
                if not self._same_shape(index, name):
                    continue
                inside = [
                    b
                    for b, nxt in self.atoms
                    if release.begin <= b and nxt <= release.end + dt.timedelta(days=1)
                ]
                atoms = [self._atom(name, b) for b in inside]
                for cell in atoms[0]:
                    self._equation([a[cell] for a in atoms], self.var[(index, name, *cell)])

    def _stocks(self) -> None:
        for name in self.members:
            if name not in self.relations.stocks:
                continue
            by_end: dict[dt.date, int] = {}
            for index, release in enumerate(self.releases):
                if not self._same_shape(index, name):
                    continue
                if release.end in by_end:
                    first = by_end[release.end]
                    for row, column in _cells(self._shape(name)):
                        self._equation(
                            [self.var[(first, name, row, column)]], self.var[(index, name, row, column)]
                        )
                else:
                    by_end[release.end] = index
            if self.relations.stock_identity is not None and name == self.relations.stock_identity[0]:
                self._identity(by_end)

    def _identity(self, by_end: Mapping[dt.date, int]) -> None:
        """open(d2) + closed(d1, d2] == open(d1) + new(d1, d2], per gebied and soort."""
        assert self.relations.stock_identity is not None
        opened, new, closed = self.relations.stock_identity
        shapes = self._shape(opened), self._shape(new), self._shape(closed)
        if shapes[0] is None or shapes[1] is None or shapes[2] is None or shapes[0] != shapes[1]:
            return
        if shapes[0][0] != shapes[2][0]:
            return
        rows, columns = shapes[0]
        ends = sorted(by_end)
        for d1, d2 in zip(ends, ends[1:], strict=False):
            between = [b for b, _ in self.atoms if d1 < b <= d2]
            # The closed cases per gebied and soort in each atom: the reader knows only their sum.
            closed_by_kind = []
            for b in between:
                cells = {(r, c): self._add(0, 0, free=True) for r in rows[:-1] for c in columns[:-1]}
                atom = self._atom(closed, b)
                for r in rows[:-1]:
                    self._equation([cells[(r, c)] for c in columns[:-1]], atom[(r, TOTAL_COLUMN)])
                closed_by_kind.append(cells)
            for r in rows[:-1]:
                for c in columns[:-1]:
                    self._equation(
                        [
                            self.var[(by_end[d1], opened, r, c)],
                            *(self._atom(new, b)[(r, c)] for b in between),
                        ],
                        self.var[(by_end[d2], opened, r, c)],
                        [cells[(r, c)] for cells in closed_by_kind],
                    )


def _cells(shape: tuple[tuple[str, ...], tuple[str, ...]] | None) -> list[Cell]:
    assert shape is not None
    return [(r, c) for r in shape[0] for c in shape[1]]


def _protect(builder: _Builder) -> list[VarKey]:
    """The new release's positions to hide as well; raises when hiding cannot help."""
    model = builder.model
    oracle = WitnessOracle(model)
    # The reader without the new release: what the earlier ones give away by themselves.
    without = _Model(
        values=model.values,
        hidden=list(model.hidden),
        free=[free or v in builder.keys for v, free in enumerate(model.free)],
        movable=model.movable,
        equations=model.equations,
    )
    earlier_only = WitnessOracle(without)
    checked = [v for v in range(len(model.values)) if model.hidden[v] and not model.free[v]]
    added: list[int] = []
    while (failing := _first_failure(builder, oracle, checked)) is not None:
        if _known_anyway(builder, without, earlier_only, failing):
            # Not this export's doing: the earlier releases alone give it away. A number this
            # export hid to protect another stays published then (hiding it protects nothing).
            checked = [v for v in checked if v != failing]
            if failing in added:
                _set(model, oracle, failing, hidden=False)
                model.movable[failing] = False
                added.remove(failing)
            continue
        if not _hide_more(builder, oracle, failing, added):
            raise JointProtectionFailed(_indicator_of(builder, failing))
        checked = sorted({*checked, *added})
    # Publish again what later hiding made unnecessary, the last added first. Each try re-checks
    # the numbers whose witness it spoils, so only the last few are tried (a fixed number: the
    # same releases give the same result).
    for v in list(reversed(added))[:_CLEAN_UP]:
        _set(model, oracle, v, hidden=False)
        if _first_failure(builder, oracle, [w for w in checked if w != v]) is not None:
            _set(model, oracle, v, hidden=True)
    return sorted(key for v in added if model.hidden[v] for key in builder.keys[v])


def _safe(builder: _Builder, oracle: WitnessOracle, v: int) -> bool:
    return oracle.safe(v, builder.k[v])


def _first_failure(builder: _Builder, oracle: WitnessOracle, checked: Sequence[int]) -> int | None:
    for v in checked:
        if builder.model.hidden[v] and not _safe(builder, oracle, v):
            return v
    return None


def _known_anyway(builder: _Builder, without: _Model, oracle: WitnessOracle, v: int) -> bool:
    """Whether hidden `v` fails with the earlier releases alone: an earlier release's number
    that fails without the new one, or a new number they pin (hiding more cannot help)."""
    if v not in builder.keys:
        return not _safe(builder, oracle, v)
    _set(without, oracle, v, hidden=True, free=False)
    try:
        return not _safe(builder, oracle, v)
    finally:
        _set(without, oracle, v, free=True)


def _hide_more(builder: _Builder, oracle: WitnessOracle, failing: int, added: list[int]) -> bool:
    """Hide published numbers of the new release near `failing`, nearest and smallest first."""
    model = builder.model
    distance = _distances(model, failing)
    candidates = sorted(
        (v for v in distance if model.movable[v] and not model.hidden[v] and model.values[v] > 0),
        key=lambda v: (distance[v], model.values[v], v),
    )
    while candidates:
        for v in candidates[:_TRIALS]:
            _set(model, oracle, v, hidden=True)
            if _safe(builder, oracle, failing):
                added.append(v)
                return True
            _set(model, oracle, v, hidden=False)
        v = candidates.pop(0)
        _set(model, oracle, v, hidden=True)
        added.append(v)
        if _safe(builder, oracle, failing):
            return True
    return False


def _indicator_of(builder: _Builder, v: int) -> str:
    for key, var in builder.var.items():
        if var == v:
            return key[1]
    return ""
