"""Middelen: the doorbraakplannen's costs summed per gebied and for Heerlen-Noord.

Two tables, in euros rounded to whole thousands (a half away from zero):

- `middelen_kosten`: doormodderen, doorbreken and the saving (doormodderen − doorbreken), each the
  sum over the plans of the plan's own cost comparison over its own years (domain/plan_rules.py).
- `middelen_eenmalig`: the one-off costs of those plans' doorbraken by who pays them (the payer's
  organisation code, `onbekend` when not filled in), and their total.

A plan counts when its `opgesteld op` lies in the period and its cost comparison is complete
(doormodderen and doorbreken known). Sums are taken exactly, to the cent, and rounded at the end:
a total is the rounded exact sum, not the sum of rounded rows.

Amounts are no counts of people, but a sum over few plans shows one household's costs. Each
number names the plans it sums (for a payer: the plans with a doorbraak that payer pays); a
number that sums 1 … k−1 plans is `x`. Then, in every row and column whose total is published,
the numbers hidden there must together sum at least k plans (else the total minus the published
numbers shows a small group): the published number of that line with the fewest plans is hidden
too, or, when none is left, the total itself. This repeats until nothing changes. The three
numbers of a gebied's comparison sum the same plans and are hidden together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain.disclosure.tables import SUPPRESSED, TOTAL_COLUMN, TOTAL_ROW, ProtectedTable
from casus_app.domain.errors import marked
from casus_app.domain.periods import Period
from casus_app.domain.plan_outcomes import PlanAmounts, cents, to_thousands
from casus_app.services.monitoring.indicator import Indicator
from casus_app.services.monitoring.rows import LIVE, SOURCES, STUBS, Rows
from casus_app.services.privacy.statistical_stubs import CHUNK, plan_outcomes
from casus_app.storage.models import (
    Area,
    BreakthroughPlan,
    Case,
    Organisation,
    StubBreakthrough,
    StubCase,
    StubPlan,
)

COSTS, ONE_OFF = "middelen_kosten", "middelen_eenmalig"
CURRENT, AFTER, SAVING = "doormodderen", "doorbreken", "besparing"
NO_PAYER = "onbekend"
COST_COLUMNS = (CURRENT, AFTER, SAVING)

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        COSTS,
        marked("Kosten van de doorbraakplannen: doormodderen en doorbreken"),
        marked(
            "Doorbraakplannen waarvan de datum 'opgesteld op' in de periode ligt en waarvan de "
            "kostenvergelijking compleet is. Doormodderen: wat de betrokken hulp kost zolang er niets "
            "verandert; doorbreken: wat die hulp na de doorbraak nog kost plus de eenmalige kosten; beide "
            "over de jaren die het plan zelf vergelijkt. Besparing: doormodderen min doorbreken. In euro's, "
            "afgerond op hele duizenden."
        ),
        marked("kosten"),
    ),
    Indicator(
        ONE_OFF,
        marked("Eenmalige kosten van de doorbraken, naar wie betaalt"),
        marked(
            "De eenmalige kosten van de doorbraken (niet de onhaalbare) van dezelfde plannen als bij "
            "middelen_kosten, naar de organisatie die ze betaalt; 'onbekend' als dat niet is ingevuld. In "
            "euro's, afgerond op hele duizenden."
        ),
        marked("betaald door"),
    ),
)
BY_NAME: Mapping[str, Indicator] = {indicator.name: indicator for indicator in INDICATORS}
FIXED_NAMES: Mapping[str, str] = {
    CURRENT: marked("Doormodderen"),
    AFTER: marked("Doorbreken"),
    SAVING: marked("Besparing"),
    NO_PAYER: marked("Onbekend"),
}

Cell = tuple[str, str]


@dataclass(frozen=True)
class AmountTable:
    """Exact sums in euros per position (margins included) and the plans each one sums."""

    indicator: str
    rows: tuple[str, ...]  # the gebieden, then TOTAL_ROW
    columns: tuple[str, ...]  # the columns, then TOTAL_COLUMN when the row adds up
    amounts: Mapping[Cell, Decimal]
    plans: Mapping[Cell, frozenset[object]]
    row_total: bool  # whether the last column is the total of the others


@dataclass(frozen=True)
class PlanCosts:
    key: object  # distinct per plan, live or stub; never shown
    area_id: int
    amounts: PlanAmounts


def amount_tables(session: Session, period: Period, sources: Sequence[Rows] = SOURCES) -> list[AmountTable]:
    """The two tables of `period`, unrounded and unprotected."""
    areas = dict(session.execute(select(Area.id, Area.code).order_by(Area.code)).all())
    payers = dict(
        session.execute(select(Organisation.id, Organisation.code).order_by(Organisation.code)).all()
    )
    plans = list(_plans(session, period, sources))
    rows = (*areas.values(), TOTAL_ROW)
    payer_columns = (*payers.values(), NO_PAYER)

    def sums(
        columns: tuple[str, ...], parts: Iterator[tuple[str, str, object, Decimal]]
    ) -> tuple[dict, dict]:
        amounts = {(row, column): Decimal(0) for row in rows for column in columns}
        keys: dict[Cell, set[object]] = {cell: set() for cell in amounts}
        for area, column, key, amount in parts:
            for cell in ((area, column), (TOTAL_ROW, column)):
                amounts[cell] += amount
                keys[cell].add(key)
        return amounts, {cell: frozenset(found) for cell, found in keys.items()}

    def cost_parts() -> Iterator[tuple[str, str, object, Decimal]]:
        for plan in plans:
            area = areas[plan.area_id]
            yield area, CURRENT, plan.key, plan.amounts.current
            yield area, AFTER, plan.key, plan.amounts.after
            yield area, SAVING, plan.key, plan.amounts.saving

    def one_off_parts() -> Iterator[tuple[str, str, object, Decimal]]:
        for plan in plans:
            area = areas[plan.area_id]
            # Every plan counted sums into the total, also one whose doorbraken cost nothing.
            yield area, TOTAL_COLUMN, plan.key, sum(plan.amounts.one_off.values(), Decimal(0))
            for payer, amount in plan.amounts.one_off.items():
                yield area, payers[payer] if payer is not None else NO_PAYER, plan.key, amount

    cost_amounts, cost_plans = sums(COST_COLUMNS, cost_parts())
    one_off_amounts, one_off_plans = sums((*payer_columns, TOTAL_COLUMN), one_off_parts())
    return [
        AmountTable(COSTS, rows, COST_COLUMNS, cost_amounts, cost_plans, row_total=False),
        AmountTable(
            ONE_OFF, rows, (*payer_columns, TOTAL_COLUMN), one_off_amounts, one_off_plans, row_total=True
        ),
    ]


def protected_amounts(session: Session, period: Period, k: int) -> tuple[ProtectedTable, ...]:
    """The two tables as published: rounded to thousands, with `x` where too few plans are summed."""
    costs, one_off = amount_tables(session, period)
    hidden_costs = hide(costs, k)
    # A gebied whose comparison is hidden has its one-off total hidden too (the same plans).
    forced = {(row, TOTAL_COLUMN) for row, _column in hidden_costs}
    return (published(costs, hidden_costs, k), published(one_off, hide(one_off, k, forced), k))


def hide(table: AmountTable, k: int, forced: set[Cell] | None = None) -> set[Cell]:
    """The positions published as `x` (the rules in this module's docstring)."""
    hidden = {cell for cell, keys in table.plans.items() if 0 < len(keys) < k} | (forced or set())
    areas = table.rows[:-1]
    details = table.columns[:-1] if table.row_total else table.columns
    lines: list[tuple[list[Cell], Cell]] = [
        ([(row, column) for row in areas], (TOTAL_ROW, column)) for column in table.columns
    ]
    if table.row_total:
        lines += [([(row, column) for column in details], (row, TOTAL_COLUMN)) for row in table.rows]
    changed = True
    while changed:
        changed = False
        if not table.row_total:  # a gebied's comparison is hidden as a whole
            for row in table.rows:
                if any((row, column) in hidden for column in table.columns):
                    whole = {(row, column) for column in table.columns}
                    changed |= not whole <= hidden
                    hidden |= whole
        for parts, total in lines:
            secret = [cell for cell in parts if cell in hidden]
            count = len(secret) + (total in hidden)
            if count == 0:
                continue
            if count > 1 and (
                total in hidden or len(frozenset().union(*(table.plans[cell] for cell in secret))) >= k
            ):
                continue  # no single unknown, and the published total minus parts sums k plans or more
            candidates = [cell for cell in parts if cell not in hidden and table.plans[cell]]
            if candidates:
                hidden.add(min(candidates, key=lambda cell: (len(table.plans[cell]), parts.index(cell))))
            elif total not in hidden:
                hidden.add(total)
            else:
                continue
            changed = True
    return hidden


def published(table: AmountTable, hidden: set[Cell], k: int) -> ProtectedTable:
    values = {cell: to_thousands(amount) for cell, amount in table.amounts.items()}
    primary = {cell for cell in hidden if 0 < len(table.plans[cell]) < k}
    return ProtectedTable(
        table.indicator, table.rows, table.columns, values, frozenset(hidden), frozenset(primary)
    )


def _plans(session: Session, period: Period, sources: Sequence[Rows]) -> Iterator[PlanCosts]:
    """Every plan drawn up in `period` whose comparison is complete: live ones, then stubs."""
    begin, end = period.begin, period.end
    if any(source is LIVE for source in sources):
        live = session.execute(
            select(BreakthroughPlan.id, BreakthroughPlan.cost_years, Case.area_id)
            .join(Case, Case.id == BreakthroughPlan.case_id)
            .where(BreakthroughPlan.drawn_up_on.between(begin, end))
        ).all()
        outcomes = plan_outcomes(session, [row.id for row in live], {row.id: row.cost_years for row in live})
        for row in live:
            amounts = outcomes[row.id][1]
            if amounts is not None:
                yield PlanCosts(("plan", row.id), row.area_id, amounts)
    if any(source is STUBS for source in sources):
        yield from _stub_plans(session, begin, end)


def _stub_plans(session: Session, begin: dt.date, end: dt.date) -> Iterator[PlanCosts]:
    stubs = session.execute(
        select(StubPlan.id, StubCase.area_id, StubPlan.cost_current, StubPlan.cost_after)
        .join(StubCase, StubCase.id == StubPlan.stub_case_id)
        .where(
            StubPlan.drawn_up_on.between(begin, end),
            StubPlan.cost_current.is_not(None),
            StubPlan.cost_after.is_not(None),
        )
    ).all()
    one_off: dict[int, dict[int | None, Decimal]] = {stub.id: {} for stub in stubs}
    ids = list(one_off)
    for start in range(0, len(ids), CHUNK):  # in parts, as plan_outcomes reads the live plans
        for part in session.execute(
            select(
                StubBreakthrough.stub_plan_id, StubBreakthrough.payer_id, StubBreakthrough.one_off_eur
            ).where(
                StubBreakthrough.stub_plan_id.in_(ids[start : start + CHUNK]),
                StubBreakthrough.one_off_eur.is_not(None),
            )
        ):
            payers = one_off[part.stub_plan_id]
            payers[part.payer_id] = payers.get(part.payer_id, Decimal(0)) + cents(part.one_off_eur)
    for stub in stubs:
        amounts = PlanAmounts(cents(stub.cost_current), cents(stub.cost_after), one_off[stub.id])
        yield PlanCosts(("stub", stub.id), stub.area_id, amounts)


# -- the texts the PDF and XLSX share (Dutch by contract) ------------------------------------------
SECTION = "Middelen"
HEERLEN_NOORD = "Heerlen-Noord"


def explanation(k: int) -> list[str]:
    """How the Middelen figures are made and protected."""
    return [
        "De kosten van de doorbraakplannen die in de periode zijn opgesteld en waarvan de "
        "kostenvergelijking compleet is, opgeteld per gebied en voor heel Heerlen-Noord. Elk plan telt "
        "mee met zijn eigen vergelijking, over de jaren die het plan vergelijkt.",
        "Bedragen in euro's, afgerond op hele duizenden (een half naar boven, van nul af). Een totaal is "
        "de afgeronde exacte som, niet de som van afgeronde rijen; ook de besparing is eerst exact "
        "berekend. Daardoor kan een optelling duizend euro verschillen.",
        f"Een bedrag dat de kosten van 1 tot en met {k - 1} plannen optelt, staat er als '{SUPPRESSED}': "
        "het zou de kosten van één gezin kunnen tonen. Waar het totaal min de getoonde bedragen een "
        f"verborgen bedrag van minder dan {k} plannen zou opleveren, is nog een bedrag verborgen (dat met "
        "de minste plannen), of anders het totaal zelf.",
    ]


def euro_text(value: int | str) -> str:
    """€ 12.000, € -3.000, or the mark of a hidden amount."""
    if isinstance(value, str):
        return value
    return f"€ {'-' if value < 0 else ''}{abs(value):,}".replace(",", ".")
