"""Disclosure control for the monitoring export: hide counts so that no person can be singled out.

Follows `spec/monitoring.md`: primary suppression of every number 1..k-1, secondary suppression
chosen by mixed-integer programming until an exact LP audit over all tables of the export finds
nothing a reader can pin down, and no more suppression than that audit needs.
Same input, same output: every choice is made in a fixed order and HiGHS runs single-threaded.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from casus_app.domain.disclosure.attack import (
    BELOW_K,
    PINNED,
    PUBLISHED_SMALL,
    SUPPRESSED_ZERO,
    AuditFinding,
    audit_model,
)
from casus_app.domain.disclosure.model import Grid, additivity_errors, build_model
from casus_app.domain.disclosure.secondary import suppress
from casus_app.domain.errors import InvalidInput

__all__ = [
    "BELOW_K",
    "DEFAULT_LINKED",
    "MAX_K",
    "MIN_K",
    "PINNED",
    "PUBLISHED_SMALL",
    "SUPPRESSED",
    "SUPPRESSED_ZERO",
    "TOTAL_COLUMN",
    "TOTAL_ROW",
    "AuditFinding",
    "CountTable",
    "ProtectedTable",
    "audit",
    "protect",
    "unprotected",
]

TOTAL_ROW = "TOTAAL"
TOTAL_COLUMN = "totaal"
SUPPRESSED = "x"  # Statistics Netherlands' mark for "geheim"
MIN_K, MAX_K = 5, 10
DEFAULT_LINKED: tuple[tuple[str, str], ...] = (
    ("casussen_nieuw", "casussen_nieuw_categorie"),
    ("adressen_aangepakt", "adressen_aangepakt_buurt"),  # the same addresses, by buurt (docs/monitoring.md)
    ("doorbraken_naar_type", "doorbraken_naar_partner"),  # the same doorbraken (docs/monitoring.md)
    ("afspraken_gemaakt", "afspraken_naar_type"),
)

Cell = tuple[str, str]


@dataclass(frozen=True)
class CountTable:
    """One indicator's counts per gebied (rows) and breakdown code (columns), without margins."""

    indicator: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: Mapping[Cell, int]  # every (row, column) pair, counts >= 0


@dataclass(frozen=True)
class ProtectedTable:
    """A table with margins and which of its numbers are published as `x`."""

    indicator: str
    rows: tuple[str, ...]  # the gebied rows, then TOTAL_ROW
    columns: tuple[str, ...]  # the breakdown columns, then TOTAL_COLUMN
    values: Mapping[Cell, int]  # every position, margins included; the true value
    suppressed: frozenset[Cell]
    primary: frozenset[Cell]  # suppressed because the value is 1..k-1

    def published(self, row: str, col: str) -> int | str:
        """The number as exported: its value, or `x` when suppressed."""
        if (row, col) in self.suppressed:
            return SUPPRESSED
        return self.values[(row, col)]


def protect(
    tables: Sequence[CountTable], k: int = MIN_K, linked: Sequence[tuple[str, str]] = DEFAULT_LINKED
) -> list[ProtectedTable]:
    """Add margins and suppress numbers, all tables of one export together, in the given order.

    `linked` names pairs of tables whose row totals (and so grand totals) are the same numbers;
    a pair with a table not in `tables` is ignored.
    """
    _check_k(k)
    grids = [_with_margins(table) for table in tables]
    model = build_model(grids, _link_indices(grids, linked))
    hidden = suppress(model, k)
    result = []
    for t, grid in enumerate(grids):
        suppressed = {
            (grid.rows[r], grid.columns[c])
            for (tt, r, c), v in model.index.items()
            if tt == t and v in hidden
        }
        primary = {cell for cell in suppressed if grid.values[cell] < k}
        result.append(
            ProtectedTable(
                grid.indicator,
                grid.rows,
                grid.columns,
                grid.values,
                frozenset(suppressed),
                frozenset(primary),
            )
        )
    return result


def unprotected(table: CountTable) -> ProtectedTable:
    """The table with its margins and nothing hidden: the true numbers, as a reader never sees them."""
    grid = _with_margins(table)
    return ProtectedTable(grid.indicator, grid.rows, grid.columns, grid.values, frozenset(), frozenset())


def audit(
    protected: Sequence[ProtectedTable], k: int, linked: Sequence[tuple[str, str]] = DEFAULT_LINKED
) -> list[AuditFinding]:
    """Every position of the export whose protection fails, found by exact LP over all tables together.

    A finding for each suppressed position a reader can pin to one value (PINNED), each suppressed
    number 1..k-1 that cannot be k or more (BELOW_K), each published 1..k-1 (PUBLISHED_SMALL) and
    each suppressed 0 (SUPPRESSED_ZERO). A shared total hidden in only one of two linked tables
    counts as published. An empty list means the export is safe.
    """
    _check_k(k)
    grids = []
    for table in protected:
        grid = Grid(table.indicator, tuple(table.rows), tuple(table.columns), table.values)
        if grid.rows[-1:] != (TOTAL_ROW,) or grid.columns[-1:] != (TOTAL_COLUMN,):
            raise ValueError(f"{table.indicator}: the last row and column must be the totals")
        _check_shape(table.indicator, grid.rows[:-1], grid.columns[:-1])
        if errors := additivity_errors(grid):
            raise ValueError(f"table does not add up: {errors}")
        grids.append(grid)
    model = build_model(grids, _link_indices(grids, linked))
    suppressed = frozenset(
        (t, table.rows.index(row), table.columns.index(column))
        for t, table in enumerate(protected)
        for row, column in sorted(table.suppressed)
    )
    return audit_model(model, suppressed, k)


def _check_k(k: int) -> None:
    if isinstance(k, bool) or not isinstance(k, int) or not MIN_K <= k <= MAX_K:
        raise InvalidInput(
            "Het minimumaantal k moet een geheel getal van {min_k} tot en met {max_k} zijn (ingevuld: {k}).",
            min_k=MIN_K,
            max_k=MAX_K,
            k=k,
        )


def _check_shape(indicator: str, rows: Sequence[str], columns: Sequence[str]) -> None:
    """Rows and columns without margins: unique, and not named like a margin."""
    if len(set(rows)) != len(rows) or TOTAL_ROW in rows:
        raise ValueError(f"{indicator}: duplicate rows or a row named {TOTAL_ROW}")
    if len(set(columns)) != len(columns) or TOTAL_COLUMN in columns:
        raise ValueError(f"{indicator}: duplicate columns or a column named {TOTAL_COLUMN}")


def _with_margins(table: CountTable) -> Grid:
    rows, columns = tuple(table.rows), tuple(table.columns)
    _check_shape(table.indicator, rows, columns)
    if len(table.cells) != len(rows) * len(columns):
        raise ValueError(f"{table.indicator}: cells outside the rows and columns")
    values: dict[Cell, int] = {}
    for row in rows:
        for column in columns:
            value = table.cells[(row, column)]
            # Any integer type (also numpy's), but not a bool, a float or a negative number.
            if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 0:
                raise ValueError(f"{table.indicator}: count {value!r} at ({row}, {column})")
            values[(row, column)] = int(value)
        values[(row, TOTAL_COLUMN)] = sum(values[(row, column)] for column in columns)
    for column in (*columns, TOTAL_COLUMN):
        values[(TOTAL_ROW, column)] = sum(values[(row, column)] for row in rows)
    return Grid(table.indicator, (*rows, TOTAL_ROW), (*columns, TOTAL_COLUMN), MappingProxyType(values))


def _link_indices(grids: Sequence[Grid], linked: Sequence[tuple[str, str]]) -> list[tuple[int, int]]:
    position = {}
    for t, grid in enumerate(grids):
        if grid.indicator in position:
            raise ValueError(f"indicator {grid.indicator} occurs twice")
        position[grid.indicator] = t
    links = []
    for first, second in linked:
        if first == second:
            raise ValueError(f"table {first} linked to itself")
        if first not in position or second not in position:
            continue
        a, b = grids[position[first]], grids[position[second]]
        if a.rows != b.rows:
            raise ValueError(f"linked tables {first} and {second} have different rows")
        for row in a.rows:
            # The caller builds both from the same cases; different totals are a bug upstream.
            if a.values[(row, TOTAL_COLUMN)] != b.values[(row, TOTAL_COLUMN)]:
                raise ValueError(f"linked tables {first} and {second} differ in the total of {row}")
        links.append((position[first], position[second]))
    linked_tables = [t for link in links for t in link]
    if len(set(linked_tables)) != len(linked_tables):
        # With three tables sharing one total the equations are no longer a network matrix:
        # LP bounds could be fractional and the audit would no longer be exact.
        raise ValueError("a table can be linked to one other table only")
    return links
