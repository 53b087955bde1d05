"""Is a hidden number of the report safe? Answered with a witness: a whole-number completion of
everything published in which the number has another value (and, if it is small, k or more).

One warm-started LP serves every question. Its optimum is usually a whole-number vertex, which
is then itself the witness; only when it is fractional does a mixed-integer program (HiGHS)
decide, so the answer is always exact. A witness stays valid while every number it changes stays
hidden, which spares most questions when more is hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    # Loaded when a solver is built (attack.py says why).
    import highspy
    from highspy._core import _Highs

_TOLERANCE = 1e-6


class ReaderModel(Protocol):
    values: list[int]
    hidden: list[bool]
    free: list[bool]
    equations: list[dict[int, float]]

    def bounds(self, v: int) -> tuple[float, float]: ...


def _solver() -> _Highs:
    from highspy._core import _Highs

    highs = _Highs()  # the bare class: the wrapper prints a banner before output is off
    for option, setting in (("output_flag", False), ("threads", 1), ("random_seed", 0), ("mip_rel_gap", 0.0)):
        highs.setOptionValue(option, setting)
    return highs


class WitnessOracle:
    def __init__(self, model: ReaderModel) -> None:
        self.model = model
        self._lp = self._build(integer=False)
        self._bounds = [model.bounds(v) for v in range(len(model.values))]
        self._highs = _solver()
        self._highs.setOptionValue("presolve", "off")  # warm starts matter more on models this small
        self._highs.passModel(self._lp)
        self._objective: int | None = None
        self._witness: dict[int, tuple[list[float], frozenset[int]]] = {}

    def _build(self, *, integer: bool) -> highspy.HighsLp:
        import highspy

        model = self.model
        n = len(model.values)
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = n, len(model.equations)
        lp.col_cost_ = [0.0] * n
        bounds = [model.bounds(v) for v in range(n)]
        lp.col_lower_ = [low for low, _ in bounds]
        lp.col_upper_ = [high for _, high in bounds]
        lp.row_lower_ = [0.0] * len(model.equations)
        lp.row_upper_ = [0.0] * len(model.equations)
        start, index, value = [0], [], []
        for equation in model.equations:
            for v, coefficient in sorted(equation.items()):
                index.append(v)
                value.append(coefficient)
            start.append(len(index))
        lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
        lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = n, len(model.equations)
        lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = start, index, value
        if integer:
            lp.integrality_ = [highspy.HighsVarType.kInteger] * n
        return lp

    def changed(self, v: int) -> None:
        """`v` was hidden, published or left out: take its new bounds."""
        low, high = self.model.bounds(v)
        old_low, old_high = self._bounds[v]
        self._bounds[v] = (low, high)
        self._highs.changeColBounds(v, low, high)
        if low > old_low or high < old_high:
            # Its bounds narrowed: a witness that gives it another value may no longer fit. (Wider
            # bounds keep every witness a whole-number completion.)
            self._witness = {w: proof for w, proof in self._witness.items() if v not in proof[1]}

    def safe(self, v: int, k: int) -> bool:
        """Two values stay possible for hidden `v` and, if it is 1..k-1, also k or more."""
        if v in self._witness:
            return True
        value = self.model.values[v]
        wanted = [(-1.0, k if value < k else value + 1)]  # maximise: reach k, or one more
        if value >= k:
            wanted.append((1.0, value - 1))  # minimise: one less
        for sign, target in wanted:
            solution = self._optimum(v, sign)
            if sign * (solution[v] - target) > _TOLERANCE:
                continue  # not even the LP gets there: no whole number does
            import numpy as np  # with HiGHS: loaded only when a number needs checking

            array = np.asarray(solution)
            if np.abs(array - np.rint(array)).max(initial=0.0) > _TOLERANCE:
                completion = self._whole_number_completion(v, sign, target)
                if completion is None:
                    continue
                solution = completion
                array = np.asarray(solution)
            far = np.abs(array - np.asarray(self.model.values, dtype=float)) > _TOLERANCE
            moved = frozenset(int(w) for w in np.flatnonzero(far))
            self._witness[v] = (solution, moved)
            return True
        return False

    def _optimum(self, v: int, sign: float) -> list[float]:
        import highspy

        if self._objective is not None:
            self._highs.changeColCost(self._objective, 0.0)
        self._objective = v
        self._highs.changeColCost(v, sign)
        self._highs.run()
        status = self._highs.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            self._highs.clearSolver()  # a warm start that stalls; a cold one decides
            self._highs.run()
            status = self._highs.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            # The true tables always satisfy the model and every variable is capped.
            raise RuntimeError(f"HiGHS: {self._highs.modelStatusToString(status)}")
        return list(self._highs.getSolution().col_value)

    def _whole_number_completion(self, v: int, sign: float, target: int) -> list[float] | None:
        import highspy

        lp = self._build(integer=True)
        if sign < 0:
            lp.col_lower_[v] = max(lp.col_lower_[v], float(target))
        else:
            lp.col_upper_[v] = min(lp.col_upper_[v], float(target))
        if lp.col_lower_[v] > lp.col_upper_[v]:
            return None
        highs = _solver()
        highs.passModel(lp)
        highs.run()
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None  # infeasible: no whole-number table gets there
        return list(highs.getSolution().col_value)
