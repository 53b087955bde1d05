"""The rules of a doorbraakplan as plain functions: its status flow, doormodderen versus
doorbreken, and the scores per leefgebied over time. No SQL, no Qt."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from casus_app.domain.enums import BreakthroughStatus, PlanStatus
from casus_app.domain.enums import MandateLevel as MandateLevel  # re-exported: services import it from here
from casus_app.domain.errors import Said, Text
from casus_app.domain.labels import PLAN_STATUS_NAMES

# Forward steps first; the last entries are corrections (back one step).
TRANSITIONS: dict[PlanStatus, tuple[PlanStatus, ...]] = {
    PlanStatus.DRAFT: (PlanStatus.FOR_DECISION,),
    PlanStatus.FOR_DECISION: (PlanStatus.DECIDED, PlanStatus.DRAFT),
    PlanStatus.DECIDED: (PlanStatus.REALISED, PlanStatus.NOT_REALISED),
    PlanStatus.REALISED: (PlanStatus.EVALUATED, PlanStatus.DECIDED),
    PlanStatus.NOT_REALISED: (PlanStatus.EVALUATED, PlanStatus.DECIDED),
    PlanStatus.EVALUATED: (),
}


# -- status flow -------------------------------------------------------------------------------
@dataclass(frozen=True)
class BreakthroughFacts:
    status: str
    decided_by: str | None = None
    mandate_level: str | None = None


@dataclass(frozen=True)
class PlanFacts:
    """What the status rules look at."""

    perspective: str | None
    breakthroughs: tuple[BreakthroughFacts, ...] = ()
    goal_reached: bool | None = None
    quality_improved: bool | None = None


def status_text(status: str) -> str:
    try:
        return PLAN_STATUS_NAMES[PlanStatus(status)]
    except ValueError:
        return status


def transition_problems(current: str, target: str, facts: PlanFacts) -> list[Text]:
    """Why the plan cannot go from `current` to `target` (Dutch, empty when it can)."""
    try:
        source, goal = PlanStatus(current), PlanStatus(target)
    except ValueError:
        return [Text("Onbekende status '{target}'.", target=target)]
    if goal not in TRANSITIONS[source]:
        return [Text("Een plan met status '{source}' kan niet naar '{goal}'.", source=source, goal=goal)]
    statuses = [b.status for b in facts.breakthroughs]
    problems: list[Text] = []
    if goal is PlanStatus.FOR_DECISION:
        if not (facts.perspective or "").strip():
            problems.append(Text("Schrijf eerst het perspectief van het gezin op, in hun eigen woorden."))
        live = [b for b in facts.breakthroughs if b.status != BreakthroughStatus.NOT_FEASIBLE]
        if not live:
            problems.append(Text("Leg eerst de doorbraak vast die u wilt voorleggen."))
        if any(not (b.decided_by or "").strip() or not b.mandate_level for b in live):
            problems.append(Text("Vul bij elke doorbraak in wie besluit en op welk mandaatniveau."))
    elif goal is PlanStatus.REALISED:
        if BreakthroughStatus.REACHED not in statuses:
            problems.append(
                Text(
                    "Een plan is pas gerealiseerd als er een doorbraak is behaald. "
                    "Zet de doorbraak op 'behaald' met de datum, of kies 'niet gerealiseerd'."
                )
            )
    elif goal is PlanStatus.NOT_REALISED:
        if BreakthroughStatus.REACHED in statuses:
            problems.append(Text("Er is een doorbraak behaald: kies 'gerealiseerd'."))
    elif goal is PlanStatus.EVALUATED and (facts.goal_reached is None or facts.quality_improved is None):
        problems.append(
            Text(
                "Beantwoord eerst bij de evaluatie of het doel is bereikt en of het leven van het gezin "
                "er beter op is geworden."
            )
        )
    return problems


def next_statuses(current: str) -> tuple[PlanStatus, ...]:
    try:
        return TRANSITIONS[PlanStatus(current)]
    except ValueError:
        return ()


def is_correction(current: str, target: str) -> bool:
    """A step back (for example from 'ter besluit' to 'concept') rather than forward."""
    order = list(PlanStatus)
    return order.index(PlanStatus(target)) < order.index(PlanStatus(current))


def keeps_a_reached_breakthrough(plan_status: str, statuses_after: Iterable[str]) -> bool:
    """A realised plan must keep a reached doorbraak when its doorbraken are changed."""
    if plan_status != PlanStatus.REALISED:
        return True
    return BreakthroughStatus.REACHED in set(statuses_after)


# -- doormodderen versus doorbreken ------------------------------------------------------------
@dataclass(frozen=True)
class HelperCost:
    cost_per_year: float | None
    cost_after_per_year: float | None
    organisation: str | None = None  # who pays this help (its name), None when not given


@dataclass(frozen=True)
class BreakthroughCost:
    cost_eur: float | None
    status: str
    payer: str | None = None  # who pays the one-off cost (its name), None when not given


NO_ORGANISATION = Said(Text("organisatie niet ingevuld"))
MAX_YEARS = 10


@dataclass(frozen=True)
class OrganisationBalance:
    """What one organisation pays over the comparison's years, now and after the doorbraak."""

    name: str
    current_total: float  # doormodderen: its help now, times the years
    after_total: float  # doorbreken: its help after the doorbraak, times the years, plus what it pays once
    one_off: float  # of which once, for a doorbraak
    complete: bool  # False when one of its amounts is unknown (then left out of these sums)

    @property
    def saving(self) -> float:
        return round(self.current_total - self.after_total, 2)

    @property
    def text(self) -> Said:
        """'bespaart € 4.500', 'betaalt € 1.200 meer' or 'geen verschil'."""
        if self.saving > 0:
            result = Text("bespaart {amount}", amount=euro(self.saving))
        elif self.saving < 0:
            result = Text("betaalt {amount} meer", amount=euro(-self.saving))
        else:
            result = Text("geen verschil")
        return Said(result if self.complete else Text("{result} (niet alle bedragen bekend)", result=result))


@dataclass(frozen=True)
class CostComparison:
    """Every amount is None when it cannot be known; the matching `*_text` then says why."""

    current_per_year: float | None  # doormodderen
    after_per_year: float | None  # what the helpers still cost a year after the doorbraak
    one_off: float | None  # the doorbraken, once
    first_year: float | None  # doorbreken in the first year: after_per_year + one_off
    saving_per_year: float | None
    payback_months: int | None
    current_text: str
    after_text: str
    one_off_text: str
    first_year_text: str
    saving_text: str
    payback_text: str
    assumptions: tuple[str, ...]
    # Over `years` years: doormodderen against doorbreken (the doorbraken once, in the first year).
    years: int = 1
    current_total: float | None = None
    after_total: float | None = None
    saving_total: float | None = None
    current_total_text: str = "onbekend"
    after_total_text: str = "onbekend"
    saving_total_text: str = "onbekend"
    by_organisation: tuple[OrganisationBalance, ...] = ()

    @property
    def payers(self) -> tuple[OrganisationBalance, ...]:
        """The organisations that pay more once the doorbraak is there."""
        return tuple(o for o in self.by_organisation if o.saving < 0)

    @property
    def savers(self) -> tuple[OrganisationBalance, ...]:
        """The organisations that pay less once the doorbraak is there."""
        return tuple(o for o in self.by_organisation if o.saving > 0)


UNKNOWN = "onbekend"
NO_HELPERS = Said(Text("onbekend: er zijn nog geen hulpverleners vastgelegd"))
NO_HELPER_COSTS = Said(Text("onbekend: van geen enkele hulpverlener zijn de kosten bekend"))


def _per_year(amount: float) -> Said:
    return Said(Text("{amount} per jaar", amount=euro(amount)))


def euro(amount: float) -> str:
    """Dutch notation: € 12.345, or € 12.345,50 when there are cents."""
    cents = round(amount * 100)
    whole, rest = divmod(abs(cents), 100)
    text = f"{whole:,}".replace(",", ".")
    if rest:
        text += f",{rest:02d}"
    return f"€ {'-' if cents < 0 else ''}{text}"


def compare_costs(
    helpers: Sequence[HelperCost], breakthroughs: Sequence[BreakthroughCost], years: int = 1
) -> CostComparison:
    """Doormodderen (the helpers' yearly cost now) against doorbreken (what they still cost after the
    doorbraak plus the doorbraken's one-off cost), with the saving and the payback time; over
    `years` years in all, and per organisation who pays and who saves."""
    if not 1 <= years <= MAX_YEARS:
        raise ValueError(f"years {years} outside 1–{MAX_YEARS}")
    assumptions = [
        Said(
            Text(
                "Doormodderen is wat alle betrokken hulpverleners samen per jaar kosten zolang er niets verandert."
            )
        ),
        Said(
            Text(
                "Doorbreken is wat die hulp per jaar nog kost na de doorbraak, plus de eenmalige kosten van de "
                "doorbraak in het eerste jaar."
            )
        ),
    ]
    priced_now = [h.cost_per_year for h in helpers if h.cost_per_year is not None]
    if not helpers:
        current, current_text = None, NO_HELPERS
    elif not priced_now:
        current, current_text = None, NO_HELPER_COSTS
    else:
        current = round(sum(priced_now), 2)
        current_text = _per_year(current)
        missing = len(helpers) - len(priced_now)
        if missing:
            assumptions.append(
                Said(
                    Text(
                        "Van 1 hulpverlener zijn de kosten nu niet bekend; die tellen niet mee. "
                        "Doormodderen kost dus meer dan hier staat."
                    )
                    if missing == 1
                    else Text(
                        "Van {count} hulpverleners zijn de kosten nu niet bekend; die tellen niet mee. "
                        "Doormodderen kost dus meer dan hier staat.",
                        count=missing,
                    )
                )
            )

    after_parts: list[float] = []
    for h in helpers:
        cost = h.cost_after_per_year if h.cost_after_per_year is not None else h.cost_per_year
        if cost is not None:
            after_parts.append(cost)
    if any(h.cost_after_per_year is None and h.cost_per_year is not None for h in helpers):
        assumptions.append(
            Said(
                Text(
                    "Waar niet is ingevuld wat een hulpverlener na de doorbraak nog kost, is gerekend met het "
                    "bedrag van nu: die hulp loopt dan gewoon door."
                )
            )
        )
    counted = [b for b in breakthroughs if b.status != BreakthroughStatus.NOT_FEASIBLE]
    if len(counted) < len(breakthroughs):
        assumptions.append(Said(Text("Doorbraken die niet haalbaar bleken, tellen niet mee.")))
    if not counted:
        after = one_off = first_year = None
        after_text = one_off_text = first_year_text = Said(
            Text("onbekend: er is nog geen doorbraak vastgelegd")
        )
    else:
        after = round(sum(after_parts), 2) if after_parts else None
        after_text = _per_year(after) if after is not None else NO_HELPERS if not helpers else NO_HELPER_COSTS
        unpriced = [b for b in counted if b.cost_eur is None]
        if unpriced:
            one_off = None
            one_off_text = Said(
                Text("onbekend: de kosten van 1 doorbraak zijn niet ingevuld")
                if len(unpriced) == 1
                else Text(
                    "onbekend: de kosten van {count} doorbraken zijn niet ingevuld", count=len(unpriced)
                )
            )
        else:
            one_off = round(sum(b.cost_eur or 0.0 for b in counted), 2)
            one_off_text = Said(Text("{amount} eenmalig", amount=euro(one_off)))
        first_year = round(after + one_off, 2) if after is not None and one_off is not None else None
        first_year_text = (
            Said(Text("{amount} in het eerste jaar", amount=euro(first_year)))
            if first_year is not None
            else (after_text if after is None else one_off_text)
        )

    saving: float | None = None
    if current is None:
        saving_text = Said(Text("onbekend: de kosten van nu zijn niet bekend"))
    elif not counted:
        saving_text = Said(Text("onbekend: er is nog geen doorbraak vastgelegd"))
    elif after is None:
        saving_text = Said(Text("onbekend: de kosten na de doorbraak zijn niet bekend"))
    else:
        saving = round(current - after, 2)
        if saving > 0:
            saving_text = _per_year(saving)
        elif saving == 0:
            saving_text = Said(Text("geen: doorbreken kost per jaar evenveel als doormodderen"))
        else:
            saving_text = Said(
                Text("geen: doorbreken kost per jaar {amount} meer dan doormodderen", amount=euro(-saving))
            )

    payback: int | None = None
    if saving is None and one_off is None:
        payback_text = Said(Text("onbekend: de besparing en de eenmalige kosten zijn niet bekend"))
    elif saving is None:
        payback_text = Said(Text("onbekend: de besparing per jaar is niet bekend"))
    elif one_off is None:
        payback_text = Said(Text("onbekend: de eenmalige kosten zijn niet bekend"))
    elif saving <= 0:
        payback_text = Said(Text("verdient zich niet terug: er is geen besparing per jaar"))
    elif one_off == 0:
        payback, payback_text = 0, Said(Text("direct: de doorbraak kost eenmalig niets"))
    else:
        payback = math.ceil(one_off / (saving / 12))
        payback_text = Said(Text("1 maand") if payback == 1 else Text("{count} maanden", count=payback))
    if payback:
        assumptions.append(
            Said(
                Text(
                    "De terugverdientijd is de eenmalige kosten gedeeld door de besparing per maand, naar boven "
                    "afgerond op hele maanden."
                )
            )
        )
    period = Text("1 jaar") if years == 1 else Text("{count} jaar", count=years)
    current_total = round(current * years, 2) if current is not None else None
    after_total = (
        round(after * years + one_off, 2) if after is not None and one_off is not None and counted else None
    )
    saving_total = (
        round(current_total - after_total, 2)
        if current_total is not None and after_total is not None
        else None
    )
    current_total_text = (
        Said(Text("{amount} in {period}", amount=euro(current_total), period=period))
        if current_total is not None
        else current_text
    )
    after_total_text = (
        Said(Text("{amount} in {period}", amount=euro(after_total), period=period))
        if after_total is not None
        else after_text
        if after is None
        else one_off_text
    )
    if saving_total is None:
        saving_total_text = (
            saving_text if saving is None else Said(Text("onbekend: de eenmalige kosten zijn niet bekend"))
        )
    elif saving_total > 0:
        saving_total_text = Said(Text("{amount} in {period}", amount=euro(saving_total), period=period))
    elif saving_total == 0:
        saving_total_text = Said(
            Text("geen: in {period} kost doorbreken evenveel als doormodderen", period=period)
        )
    else:
        saving_total_text = Said(
            Text(
                "geen: in {period} kost doorbreken {amount} meer dan doormodderen",
                period=period,
                amount=euro(-saving_total),
            )
        )
    if years > 1:
        assumptions.append(
            Said(
                Text(
                    "Over {period} gerekend: de jaarbedragen keer {count}, de eenmalige kosten één keer.",
                    period=period,
                    count=years,
                )
            )
        )
    balances = _balances(helpers, counted, years)
    if any(b.name == NO_ORGANISATION for b in balances):
        assumptions.append(
            Said(
                Text(
                    "Bij een deel van de bedragen is niet ingevuld welke organisatie betaalt; die staan apart."
                )
            )
        )
    assumptions.append(
        Said(Text("Bedragen zijn schattingen van de betrokken organisaties, zonder inflatie of rente."))
    )
    return CostComparison(
        current,
        after,
        one_off,
        first_year,
        saving,
        payback,
        current_text,
        after_text,
        one_off_text,
        first_year_text,
        saving_text,
        payback_text,
        tuple(assumptions),
        years,
        current_total,
        after_total,
        saving_total,
        current_total_text,
        after_total_text,
        saving_total_text,
        balances,
    )


def _balances(
    helpers: Sequence[HelperCost], breakthroughs: Sequence[BreakthroughCost], years: int
) -> tuple[OrganisationBalance, ...]:
    """Per organisation, in the order they first appear: its help now and after, and what it pays once."""
    sums: dict[str, list[float]] = {}  # name → [now, after, one-off]
    complete: dict[str, bool] = {}
    for h in helpers:
        name = h.organisation or NO_ORGANISATION
        row = sums.setdefault(name, [0.0, 0.0, 0.0])
        complete.setdefault(name, True)
        if h.cost_per_year is None:
            if h.cost_after_per_year is not None:
                row[1] += h.cost_after_per_year * years
            complete[name] = False
            continue
        row[0] += h.cost_per_year * years
        after = h.cost_after_per_year if h.cost_after_per_year is not None else h.cost_per_year
        row[1] += after * years
    for b in breakthroughs:
        name = b.payer or NO_ORGANISATION
        row = sums.setdefault(name, [0.0, 0.0, 0.0])
        complete.setdefault(name, True)
        if b.cost_eur is None:
            complete[name] = False
            continue
        row[1] += b.cost_eur
        row[2] += b.cost_eur
    return tuple(
        OrganisationBalance(name, round(now, 2), round(after, 2), round(once, 2), complete[name])
        for name, (now, after, once) in sums.items()
    )


# -- scores per leefgebied ----------------------------------------------------------------------
SCALE_TEXT = {
    1: "acuut probleem",
    2: "niet zelfredzaam",
    3: "beperkt zelfredzaam",
    4: "voldoende zelfredzaam",
    5: "volledig zelfredzaam",
}


@dataclass(frozen=True)
class ScoreInput:
    life_domain_id: int
    domain_name: str
    position: int
    measured_on: dt.date
    score: int


@dataclass(frozen=True)
class DomainSeries:
    """One leefgebied's scores, oldest first; one score per date (the last recorded wins)."""

    life_domain_id: int
    name: str
    points: tuple[tuple[dt.date, int], ...]

    @property
    def first(self) -> tuple[dt.date, int]:
        return self.points[0]

    @property
    def latest(self) -> tuple[dt.date, int]:
        return self.points[-1]

    @property
    def change(self) -> int:
        return self.latest[1] - self.first[1]


def score_series(scores: Iterable[ScoreInput]) -> list[DomainSeries]:
    """Scores grouped per leefgebied in the list's order, each series by date."""
    by_domain: dict[int, dict[dt.date, int]] = {}
    meta: dict[int, tuple[int, str]] = {}
    for s in scores:
        if not 1 <= s.score <= 5:
            raise ValueError(f"score {s.score} outside 1–5")
        by_domain.setdefault(s.life_domain_id, {})[s.measured_on] = s.score
        meta[s.life_domain_id] = (s.position, s.domain_name)
    order = sorted(by_domain, key=lambda d: (meta[d][0], meta[d][1], d))
    return [DomainSeries(d, meta[d][1], tuple(sorted(by_domain[d].items()))) for d in order]


def measurement_dates(series: Sequence[DomainSeries]) -> list[dt.date]:
    return sorted({day for s in series for day, _ in s.points})
