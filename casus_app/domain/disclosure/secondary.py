"""Secondary (complementary) suppression: the cheapest extra numbers to hide so that none can be derived.

Each suppressed number whose protection fails in the joint LP audit gets a small mixed-integer
program (the per-cell "attacker" model of Fischetti and Salazar): choose published non-zero
numbers to hide, at least cost, such that an alternative table exists that agrees with everything
still published, keeps every hidden number >= 1 and moves the failing number up far enough
(to k for a small number, by one for any other). Hiding more never removes such an alternative,
so protecting numbers one at a time ends with all of them protected. A clean-up pass then
publishes again every secondary number the audit does not need.
"""

from __future__ import annotations

from collections.abc import Iterable

from casus_app.domain.disclosure.attack import BoundsOracle, equation_matrix, new_highs, row_wise_lp
from casus_app.domain.disclosure.model import Component, JointModel, Kind

# Hiding is priced in ranks: any number of cells is cheaper than one margin, and any number of
# margins cheaper than a grand total, so that totals (the report's headline figures) are hidden only
# when no choice of cells protects (docs/monitoring.md, "Totalen blijven staan").
_RANK = {Kind.CELL: 0, Kind.MARGIN: 1, Kind.GRAND_TOTAL: 2}
# Among equally many positions prefer hiding small numbers (less information lost).
_VALUE_WEIGHT = 1e-2


def suppress(model: JointModel, k: int) -> frozenset[int]:
    """The variables to hide: every small number (1..k-1) plus what protects it."""
    hidden: set[int] = set()
    for component in model.components:
        hidden |= _protect_component(model, component, k)
    return frozenset(hidden)


def _protect_component(model: JointModel, component: Component, k: int) -> set[int]:
    values = {v: model.variables[v].value for v in component.variables}
    primary = {v for v in component.variables if 1 <= values[v] < k}
    hidden = set(primary)
    if not primary:
        return hidden
    oracle = BoundsOracle(model, component, hidden, reach=k)
    costs = _costs(model, component)
    # A completion per hidden number that proves it safe. It stays a proof while every number it
    # changes stays hidden, which saves most LP solves.
    proofs: dict[int, list[float]] = {}

    def check_order(variables: Iterable[int]) -> list[int]:
        # Small numbers first (they need the largest range), then by position.
        return sorted(variables, key=lambda v: (v not in primary, values[v], v))

    unproven = check_order(hidden)
    while unproven:
        target = unproven.pop(0)
        proof = oracle.proof(target, k)
        if proof is None:
            need = k - values[target] if target in primary else 1
            extra = cheapest_extra(model, component, hidden, target, need, costs)
            if not extra:
                # The LP says unsafe, the MIP says safe as is: a modelling error, and looping
                # on it would never end.
                raise RuntimeError(f"no extra suppression found for variable {target}")
            for v in extra:
                hidden.add(v)
                oracle.set_hidden(v, True)
            unproven = check_order([*unproven, *extra, target])
        else:
            proofs[target] = proof

    # Protecting one number at a time leaves secondary numbers that later ones made
    # unnecessary; publish them again, the most valuable first.
    for candidate in sorted(hidden - primary, key=lambda v: (-costs[v], v)):
        oracle.set_hidden(candidate, False)
        renewed = _renew_proofs(oracle, proofs, check_order(hidden - {candidate}), candidate, k)
        if renewed is None:
            oracle.set_hidden(candidate, True)
        else:
            hidden.remove(candidate)
            del proofs[candidate]
            proofs.update(renewed)
    return hidden


def _renew_proofs(
    oracle: BoundsOracle, proofs: dict[int, list[float]], hidden: list[int], published: int, k: int
) -> dict[int, list[float]] | None:
    """New proofs for the hidden numbers whose proof changed `published`; None if one is unsafe."""
    renewed = {}
    for v in hidden:
        if oracle.moves(proofs[v], published):
            proof = oracle.proof(v, k)
            if proof is None:
                return None
            renewed[v] = proof
    return renewed


def _costs(model: JointModel, component: Component) -> dict[int, float]:
    largest = max((model.variables[v].value for v in component.variables), default=0)
    # One step up in rank costs more than hiding everything of the ranks below it.
    weight = 1.0
    rank_weight = {}
    for kind in sorted(_RANK, key=_RANK.__getitem__):
        rank_weight[kind] = weight
        below = sum(
            len(model.variables[v].positions) for v in component.variables if model.variables[v].kind is kind
        )
        weight *= 2 * below + 2  # positions * (1 + value weight) < 2 per position
    costs = {}
    for v in component.variables:
        variable = model.variables[v]
        base = rank_weight[variable.kind] * len(variable.positions)
        costs[v] = base * (1.0 + _VALUE_WEIGHT * variable.value / (1 + largest))
    return costs


def cheapest_extra(
    model: JointModel,
    component: Component,
    hidden: set[int],
    target: int,
    need: int,
    costs: dict[int, float],
) -> list[int]:
    """The cheapest published numbers to hide so that `target` can be `need` higher."""
    import highspy  # only when a number needs protecting (attack.py)

    # A published 0 never changes, so it is no column at all. Every deviation is bounded by
    # `need`: an alternative table that moves the target by `need` splits into cycles through
    # the target, and no number moves more than the cycles through it carry.
    moving = [v for v in component.variables if model.variables[v].value > 0]
    candidates = [v for v in moving if v not in hidden]
    column = {v: i for i, v in enumerate(moving)}
    switch = {v: len(moving) + i for i, v in enumerate(candidates)}
    n = len(moving) + len(candidates)

    lower = [0.0] * n
    upper = [1.0] * n
    cost = [0.0] * n
    for v in moving:
        lower[column[v]], upper[column[v]] = -_room_down(model, v, need), need
    lower[column[target]] = upper[column[target]] = need
    for v in candidates:
        cost[switch[v]] = costs[v]

    start, index, value = equation_matrix(component, column)
    row_lower = [0.0] * len(component.equations)
    row_upper = [0.0] * len(component.equations)
    for v in candidates:
        # A published number may move only when hidden: -room_down * y <= d <= need * y.
        for coefficient, low, high in (
            (-need, -highspy.kHighsInf, 0.0),
            (_room_down(model, v, need), 0.0, highspy.kHighsInf),
        ):
            index += [column[v], switch[v]]
            value += [1.0, float(coefficient)]
            start.append(len(index))
            row_lower.append(low)
            row_upper.append(high)

    lp = row_wise_lp(
        cost,
        (lower, upper),
        (row_lower, row_upper),
        (start, index, value),
        integer=[False] * len(moving) + [True] * len(candidates),
    )
    highs = new_highs()
    highs.setOptionValue("mip_rel_gap", 0.0)
    highs.passModel(lp)
    highs.run()
    status = highs.getModelStatus()
    if status != highspy.HighsModelStatus.kOptimal:
        # Cannot happen: hiding every non-zero number always lets a number grow along its row,
        # column and totals. Reaching this means the model is wrong, not the data.
        raise RuntimeError(f"HiGHS: {highs.modelStatusToString(status)}")
    solution = highs.getSolution().col_value
    return [v for v in candidates if solution[switch[v]] > 0.5]


def _room_down(model: JointModel, variable: int, need: int) -> int:
    # A hidden number stays >= 1, and need not move further than the target.
    return min(model.variables[variable].value - 1, need)
