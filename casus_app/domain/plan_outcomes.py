"""What the monitoring report takes from one doorbraakplan: its score direction and its amounts.

Plain functions, no SQL: the live count and the retention purge (which keeps the result in an
anonymous stub) call the same ones, so a purge changes no figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from casus_app.domain.enums import BreakthroughStatus
from casus_app.domain.plan_rules import BreakthroughCost, HelperCost, ScoreInput, compare_costs, score_series

IMPROVED, EQUAL, WORSE = "verbeterd", "gelijk", "verslechterd"
DIRECTIONS = (IMPROVED, EQUAL, WORSE)
DIRECTION_OF_SIGN = {1: IMPROVED, 0: EQUAL, -1: WORSE}


def score_direction(scores: Iterable[ScoreInput]) -> int | None:
    """+1, 0 or −1: the household's scores per leefgebied (zelfredzaamheid), first against last.

    For every leefgebied scored on at least two dates, its last score minus its first; the
    household improved when these changes add up to more than 0, got worse below 0, else stayed
    equal. None when no leefgebied was scored on two dates (nothing to compare).
    """
    changes = [series.change for series in score_series(scores) if len(series.points) >= 2]
    if not changes:
        return None
    total = sum(changes)
    return (total > 0) - (total < 0)


@dataclass(frozen=True)
class PlanAmounts:
    """A plan's cost comparison as the Middelen section sums it, in euros (cents exact)."""

    current: Decimal  # doormodderen over the plan's years
    after: Decimal  # doorbreken over the plan's years, the one-off costs included
    one_off: Mapping[int | None, Decimal]  # payer organisation id (None: not filled in) → one-off

    @property
    def saving(self) -> Decimal:
        return self.current - self.after


def cents(amount: float | Decimal) -> Decimal:
    """An amount in euros, exact to the cent (amounts are stored with two decimals)."""
    return Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def plan_amounts(
    helpers: Sequence[HelperCost],
    breakthroughs: Sequence[tuple[BreakthroughCost, int | None]],
    years: int,
) -> PlanAmounts | None:
    """The plan's doormodderen, doorbreken and one-off costs per payer, as its cost comparison has
    them; None when the comparison is incomplete (doormodderen or doorbreken unknown)."""
    comparison = compare_costs(helpers, [cost for cost, _payer in breakthroughs], years)
    if comparison.current_total is None or comparison.after_total is None:
        return None
    one_off: dict[int | None, Decimal] = {}
    for cost, payer in breakthroughs:
        # The comparison counts every feasible doorbraak, each with a known cost (else it is incomplete).
        if cost.status == BreakthroughStatus.NOT_FEASIBLE or cost.cost_eur is None:
            continue
        one_off[payer] = one_off.get(payer, Decimal(0)) + cents(cost.cost_eur)
    return PlanAmounts(cents(comparison.current_total), cents(comparison.after_total), one_off)


def to_thousands(amount: Decimal) -> int:
    """Euros rounded to whole thousands, a half away from zero (€ 2.500 → 3.000, € −2.500 → −3.000)."""
    thousands = (abs(amount) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(thousands) * 1000 * (-1 if amount < 0 else 1)
