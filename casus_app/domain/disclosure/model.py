"""The joint additive model of an export's tables, as the reader of the export sees it.

One variable per distinct published number: the shared totals of linked tables are one variable.
Every table adds up; the equations are kept in a form whose matrix is a network matrix, so linear
bounds on any variable are integer bounds (the reason an LP audit is exact).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

# (table index, row index, column index); the last row and last column are the margins.
Position = tuple[int, int, int]


class Kind(Enum):
    CELL = "cell"
    MARGIN = "margin"
    GRAND_TOTAL = "grand_total"


@dataclass(frozen=True)
class Grid:
    """A complete table with margins: the last row is the total row, the last column the total column."""

    indicator: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: Mapping[tuple[str, str], int]

    def value_at(self, row: int, column: int) -> int:
        return self.values[(self.rows[row], self.columns[column])]


@dataclass(frozen=True)
class Variable:
    positions: tuple[Position, ...]  # sorted; more than one only for a shared total
    value: int
    kind: Kind


@dataclass(frozen=True)
class Equation:
    """sum(parts) == total"""

    parts: tuple[int, ...]
    total: int


@dataclass(frozen=True)
class Component:
    """Tables joined by links; nothing outside a component says anything about it."""

    variables: tuple[int, ...]
    equations: tuple[Equation, ...]


@dataclass(frozen=True)
class JointModel:
    grids: tuple[Grid, ...]
    variables: tuple[Variable, ...]  # ordered by first position
    index: Mapping[Position, int]
    components: tuple[Component, ...]


def shared_positions(grid: Grid, table: int) -> list[Position]:
    """The positions a linked table shares: every row total, the grand total included."""
    last_column = len(grid.columns) - 1
    return [(table, row, last_column) for row in range(len(grid.rows))]


def build_model(grids: Sequence[Grid], links: Sequence[tuple[int, int]]) -> JointModel:
    """Merge shared totals of the linked table pairs (by table index) and collect the equations."""
    parent = {
        (t, r, c): (t, r, c)
        for t, grid in enumerate(grids)
        for r in range(len(grid.rows))
        for c in range(len(grid.columns))
    }

    def find(position: Position) -> Position:
        while parent[position] != position:
            position = parent[position]
        return position

    def union(a: Position, b: Position) -> None:
        root_a, root_b = find(a), find(b)
        # The smaller position becomes the root, so the result does not depend on link order.
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)

    table_group = list(range(len(grids)))
    for first, second in links:
        for a, b in zip(
            shared_positions(grids[first], first), shared_positions(grids[second], second), strict=True
        ):
            union(a, b)
        low, high = sorted((table_group[first], table_group[second]))
        table_group = [low if group == high else group for group in table_group]

    members: dict[Position, list[Position]] = {}
    for position in sorted(parent):
        members.setdefault(find(position), []).append(position)
    variables: list[Variable] = []
    index: dict[Position, int] = {}
    for root in sorted(members):
        positions = tuple(members[root])
        values = {grids[t].value_at(r, c) for t, r, c in positions}
        if len(values) != 1:
            raise ValueError(f"linked totals differ: {positions} {sorted(values)}")
        for position in positions:
            index[position] = len(variables)
        variables.append(Variable(positions, values.pop(), _kind(grids, positions[0])))

    components = []
    for group in sorted(set(table_group)):
        tables = [t for t in range(len(grids)) if table_group[t] == group]
        in_component = sorted({i for i, v in enumerate(variables) if v.positions[0][0] in tables})
        equations: list[Equation] = []
        for t in tables:
            equations.extend(_table_equations(grids[t], t, index))
        components.append(Component(tuple(in_component), tuple(dict.fromkeys(equations))))
    return JointModel(tuple(grids), tuple(variables), index, tuple(components))


def _kind(grids: Sequence[Grid], position: Position) -> Kind:
    t, r, c = position
    last_row, last_column = len(grids[t].rows) - 1, len(grids[t].columns) - 1
    if r == last_row and c == last_column:
        return Kind.GRAND_TOTAL
    if r == last_row or c == last_column:
        return Kind.MARGIN
    return Kind.CELL


def _table_equations(grid: Grid, t: int, index: Mapping[Position, int]) -> list[Equation]:
    # Every row (the total row too) and every inner column. The total column's own equation
    # (row totals add up to the grand total) follows from the others; leaving it out keeps the
    # matrix a network matrix when linked tables share the row totals.
    last_row, last_column = len(grid.rows) - 1, len(grid.columns) - 1
    equations = [
        Equation(tuple(index[(t, r, c)] for c in range(last_column)), index[(t, r, last_column)])
        for r in range(last_row + 1)
    ]
    equations.extend(
        Equation(tuple(index[(t, r, c)] for r in range(last_row)), index[(t, last_row, c)])
        for c in range(last_column)
    )
    return equations


def additivity_errors(grid: Grid) -> list[str]:
    """Where a complete table does not add up (a programming error upstream)."""
    last_row, last_column = len(grid.rows) - 1, len(grid.columns) - 1
    errors = []
    for r in range(last_row + 1):
        if sum(grid.value_at(r, c) for c in range(last_column)) != grid.value_at(r, last_column):
            errors.append(f"{grid.indicator}: row {grid.rows[r]}")
    for c in range(last_column + 1):
        if sum(grid.value_at(r, c) for r in range(last_row)) != grid.value_at(last_row, c):
            errors.append(f"{grid.indicator}: column {grid.columns[c]}")
    return errors
