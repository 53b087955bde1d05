"""The reader's view of an export: how far each suppressed number can be narrowed down, by LP.

The equations of `disclosure_model` form a network matrix, so the LP minimum and maximum of a
variable are integers and equal the integer bounds: this audit is exact, not an approximation.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casus_app.domain.disclosure.model import Component, JointModel

if TYPE_CHECKING:
    # HiGHS (with numpy) takes a fifth of a second to load; an export without small numbers never
    # solves an LP, so every function imports it when it is called.
    import highspy
    from highspy._core import _Highs

# LP results of a network model are integral up to the solver's feasibility tolerance.
_TOLERANCE = 1e-6

PINNED = "pinned"  # a suppressed number can be worked out exactly
BELOW_K = "below_k"  # a small suppressed number cannot be k or more: the reader knows it is small
PUBLISHED_SMALL = "published_small"  # a number 1..k-1 is published
SUPPRESSED_ZERO = "suppressed_zero"  # a 0 is suppressed, which the reader's rule "x ≥ 1" contradicts


@dataclass(frozen=True)
class AuditFinding:
    """A position whose protection fails; `minimum`/`maximum` are what a reader can derive."""

    indicator: str
    row: str
    column: str
    value: int
    minimum: float
    maximum: float
    reason: str  # PINNED, BELOW_K, PUBLISHED_SMALL or SUPPRESSED_ZERO


def new_highs() -> _Highs:
    """A silent, single-threaded, seeded solver, so that equal input gives equal output."""
    # The bare core class: the Python wrapper `Highs` prints a banner when it is created,
    # before output can be switched off.
    from highspy._core import _Highs

    highs = _Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("threads", 1)
    highs.setOptionValue("random_seed", 0)
    return highs


def equation_matrix(
    component: Component, columns: dict[int, int]
) -> tuple[list[int], list[int], list[float]]:
    """Row-wise sparse matrix (start, index, value) of `sum(parts) - total == 0` over `columns`."""
    start, index, value = [0], [], []
    for equation in component.equations:
        for part in equation.parts:
            if part in columns:
                index.append(columns[part])
                value.append(1.0)
        if equation.total in columns:
            index.append(columns[equation.total])
            value.append(-1.0)
        start.append(len(index))
    return start, index, value


def row_wise_lp(
    cost: list[float],
    bounds: tuple[list[float], list[float]],
    row_bounds: tuple[list[float], list[float]],
    matrix: tuple[list[int], list[int], list[float]],
    integer: Sequence[bool] = (),
) -> highspy.HighsLp:
    """A HiGHS model: minimise cost·x, bounds on x and on the rows of a row-wise sparse matrix."""
    import highspy

    lp = highspy.HighsLp()
    lp.num_col_ = len(cost)
    lp.num_row_ = len(row_bounds[0])
    lp.col_cost_ = cost
    lp.col_lower_, lp.col_upper_ = bounds
    lp.row_lower_, lp.row_upper_ = row_bounds
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.num_col_ = lp.num_col_
    lp.a_matrix_.num_row_ = lp.num_row_
    lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = matrix
    if integer:
        lp.integrality_ = [
            highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous for i in integer
        ]
    return lp


class BoundsOracle:
    """Minimum and maximum of any variable of one component, given what is published."""

    def __init__(
        self, model: JointModel, component: Component, suppressed: Iterable[int], reach: int | None = None
    ) -> None:
        """`reach` caps how far above its value a hidden number may go; see `proof`."""
        self._model = model
        self._reach = reach
        self._column = {v: i for i, v in enumerate(component.variables)}
        hidden = set(suppressed)
        rows = len(component.equations)
        lp = row_wise_lp(
            [0.0] * len(component.variables),
            (
                [self._lower(v, v in hidden) for v in component.variables],
                [self._upper(v, v in hidden) for v in component.variables],
            ),
            ([0.0] * rows, [0.0] * rows),
            equation_matrix(component, self._column),
        )
        self._highs = new_highs()
        # Warm starts between objectives matter more than presolve on models this small.
        self._highs.setOptionValue("presolve", "off")
        self._highs.passModel(lp)
        self._objective: int | None = None

    def _lower(self, variable: int, hidden: bool) -> float:
        value = self._model.variables[variable].value
        # The reader knows a suppressed number is at least 1 (a 0 would be published).
        return float(min(1, value)) if hidden else float(value)

    def _upper(self, variable: int, hidden: bool) -> float:
        value = self._model.variables[variable].value
        if not hidden:
            return float(value)
        import highspy

        return highspy.kHighsInf if self._reach is None else float(value + self._reach)

    def set_hidden(self, variable: int, hidden: bool) -> None:
        self._highs.changeColBounds(
            self._column[variable], self._lower(variable, hidden), self._upper(variable, hidden)
        )

    def proof(self, variable: int, k: int) -> list[float] | None:
        """A completion of the tables (value per column) showing that a hidden number is safe, or None.

        Safe: two values possible and, for a number 1..k-1, also k or more. With `reach` set to k
        the answer is the same as without a cap: the difference between the true and an
        alternative table splits into cycles, and those through this number move no other
        number further than this one, which needs to move at most k-1. Only with `reach` set is
        the completion itself meaningful (without a cap the problem may be unbounded).
        """
        value = self._model.variables[variable].value
        if reaches(self.maximum(variable), k if value < k else value + 1):
            return self._completion()
        if value >= k and self.minimum(variable) <= value - 1 + _TOLERANCE:
            return self._completion()
        return None

    def moves(self, completion: Sequence[float], variable: int) -> bool:
        """Whether a completion from `proof` gives `variable` another value than the true one."""
        return abs(completion[self._column[variable]] - self._model.variables[variable].value) > _TOLERANCE

    def _completion(self) -> list[float]:
        return list(self._highs.getSolution().col_value)

    def maximum(self, variable: int) -> float:
        return -self._optimum(variable, -1.0)

    def minimum(self, variable: int) -> float:
        return self._optimum(variable, 1.0)

    def _optimum(self, variable: int, sign: float) -> float:
        import highspy

        if self._objective is not None:
            self._highs.changeColCost(self._objective, 0.0)
        self._objective = self._column[variable]
        self._highs.changeColCost(self._objective, sign)
        self._highs.run()
        status = self._highs.getModelStatus()
        if status == highspy.HighsModelStatus.kUnknown:
            # Dual simplex from a warm start occasionally stops undecided on an unbounded
            # problem; a cold start decides it.
            self._highs.clearSolver()
            self._highs.run()
            status = self._highs.getModelStatus()
        if status in (highspy.HighsModelStatus.kUnbounded, highspy.HighsModelStatus.kUnboundedOrInfeasible):
            # The true table is always feasible, so this can only be unboundedness.
            return -math.inf
        if status != highspy.HighsModelStatus.kOptimal:
            raise RuntimeError(f"HiGHS: {self._highs.modelStatusToString(status)}")
        return float(self._highs.getInfo().objective_function_value)


def reaches(bound: float, target: int) -> bool:
    return bound >= target - _TOLERANCE


def audit_model(model: JointModel, suppressed: frozenset[tuple[int, int, int]], k: int) -> list[AuditFinding]:
    """Every failing position of the export, in table, row and column order."""
    findings: list[tuple[tuple[int, int, int], AuditFinding]] = []
    for component in model.components:
        # A shared total published in either linked table is known to the reader.
        hidden = {
            v for v in component.variables if all(p in suppressed for p in model.variables[v].positions)
        }
        oracle = BoundsOracle(model, component, hidden)
        for v in component.variables:
            variable = model.variables[v]
            if v in hidden:
                low, high = _integral(oracle.minimum(v)), _integral(oracle.maximum(v))
            else:
                low = high = float(variable.value)
            for position in variable.positions:
                reason = _reason(variable.value, low, high, position in suppressed, k)
                if reason:
                    findings.append((position, _finding(model, position, variable.value, low, high, reason)))
    return [finding for _, finding in sorted(findings, key=lambda item: item[0])]


def _integral(bound: float) -> float:
    # The bounds are integers; drop the solver's rounding noise before anyone reads them.
    return float(round(bound)) if math.isfinite(bound) else bound


def _reason(value: int, low: float, high: float, suppressed: bool, k: int) -> str | None:
    if not suppressed:
        return PUBLISHED_SMALL if 1 <= value < k else None
    if value == 0:
        return SUPPRESSED_ZERO
    if high - low < 1 - _TOLERANCE:  # the bounds are integers: one value left
        return PINNED
    if value < k and not reaches(high, k):
        return BELOW_K
    return None


def _finding(
    model: JointModel, position: tuple[int, int, int], value: int, low: float, high: float, reason: str
) -> AuditFinding:
    t, r, c = position
    grid = model.grids[t]
    return AuditFinding(grid.indicator, grid.rows[r], grid.columns[c], value, low, high, reason)
