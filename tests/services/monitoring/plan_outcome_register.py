"""A hand-made register for the Middelen and the Effecten from plans (issue 13), 2026Q3 around it.

Imported as an exchange file; what the exchange format has no field for (the helpers' costs, who
pays a doorbraak, the years compared, whether the goal was reached) is then set on the rows. The
comments give each plan's amounts and each household's scores, so the tests' figures are counted
by hand from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from casus_app.services.exchange.importer import import_file
from casus_app.storage.models import Breakthrough, BreakthroughPlan, Case, Organisation, PlanHelper
from tests.services.privacy.privacy_data import case, person, write_exchange


@dataclass(frozen=True)
class Costs:
    """One plan: its helpers (now, after), its doorbraken (cost, payer code, status), its years."""

    helpers: tuple[tuple[float, float | None], ...]
    breakthroughs: tuple[tuple[float | None, str | None, str], ...]
    years: int = 1
    area: str = "VRH"
    drawn_up: str = "2026-07-15"


@dataclass(frozen=True)
class Household:
    """A closed case with a plan: its scores (leefgebied, score, date) and whether the goal was reached."""

    area: str
    kind: str
    end: str | None
    scores: tuple[tuple[str, int, str], ...] = ()
    goal_reached: bool | None = None
    extra: dict = field(default_factory=dict)


PLANNED = "gepland"
# Middelen, 2026Q3 (plans drawn up 1 July – 30 September), k = 5:
#   HSB 5 plans: four of 1.000 now / 400 after + 300 once (GEMEENTE); one over 2 years: 2.000 / 1.100
#       doormodderen 6.000, doorbreken 3.900, besparing 2.100; eenmalig GEMEENTE 1.500
#   HSN 2 plans: 3.000 / 0 + 1.000 once (WONING) each: 6.000, 2.000, 4.000; eenmalig WONING 2.000
#   VRH 6 plans: five of 2.000 / 500 + 1.000 once (WONING); one with two helpers, 1.500 / 0 and 1.000
#       with nothing filled in for after (the help goes on: 1.000), + 500 once (no payer): 2.500 / 1.500
#       doormodderen 12.500, doorbreken 9.000, besparing 3.500; WONING 5.000, onbekend 500
#   Heerlen-Noord: 24.500, 14.900, 9.600; eenmalig 9.000 (GEMEENTE 1.500, WONING 7.000, onbekend 500)
# Not counted: a VRH plan without helpers (incomplete), a VRH plan drawn up on 30 June, and in the
# first VRH plan a doorbraak that proved not feasible (its 9.999 counts nowhere).
COSTS: tuple[Costs, ...] = (
    *(Costs(((1000, 400),), ((300, "GEMEENTE", PLANNED),), area="HSB") for _ in range(4)),
    Costs(((1000, 400),), ((300, "GEMEENTE", PLANNED),), years=2, area="HSB", drawn_up="2026-09-30"),
    *(Costs(((3000, 0),), ((1000, "WONING", PLANNED),), area="HSN") for _ in range(2)),
    Costs(((2000, 500),), ((1000, "WONING", PLANNED), (9999, "GGD", "niet_haalbaar")), drawn_up="2026-07-01"),
    *(Costs(((2000, 500),), ((1000, "WONING", PLANNED),)) for _ in range(4)),
    Costs(((1500, 0), (1000, None)), ((500, None, PLANNED),)),
    Costs((), ((700, "WONING", PLANNED),)),  # no helpers: incomplete
    Costs(((5000, 0),), ((100, "WONING", PLANNED),), drawn_up="2026-06-30"),  # 2026Q2
)

# Effecten, 2026Q3 (einddatum 1 July – 30 September):
#   VRH: E1 improved (+2), E2 worse (−1), E3 equal (+1 −1), E4 one measurement only (not counted)
#   HSB: E8 improved (1 → 5 → 2 is +1; a leefgebied measured once adds 0)
#   goal reached: E1, E4 (VRH, with a gezinscoach), E3 (VRH, a coach of only spaces: without); E8 not
#   evaluated
#   outside 2026Q3: E5 (closed 1 October, improved, goal), E6 (open), E7 (closed 30 June, worse, goal)
HOUSEHOLDS: dict[str, Household] = {
    "E1": Household(
        "VRH",
        "doorbraak",
        "2026-07-10",
        (
            ("huisvesting", 2, "2026-01-05"),
            ("huisvesting", 4, "2026-06-01"),
            ("financien", 3, "2026-01-05"),
            ("financien", 3, "2026-06-01"),
        ),
        True,
    ),
    "E2": Household(
        "VRH",
        "doorbraak",
        "2026-09-30",
        (
            ("huisvesting", 3, "2026-02-01"),
            ("huisvesting", 2, "2026-05-01"),
            ("financien", 2, "2026-02-01"),
            ("financien", 2, "2026-05-01"),
        ),
        False,
    ),
    "E3": Household(
        "VRH",
        "doorbraak",
        "2026-08-01",
        (
            ("huisvesting", 2, "2026-02-01"),
            ("huisvesting", 3, "2026-05-01"),
            ("financien", 4, "2026-02-01"),
            ("financien", 3, "2026-05-01"),
        ),
        True,
    ),
    "E4": Household("VRH", "doorbraak", "2026-07-01", (("huisvesting", 1, "2026-02-01"),), True),
    "E5": Household(
        "VRH", "doorbraak", "2026-10-01", (("werk", 1, "2026-02-01"), ("werk", 2, "2026-03-01")), True
    ),
    "E6": Household("VRH", "doorbraak", None, (("werk", 1, "2026-02-01"), ("werk", 5, "2026-03-01")), True),
    "E7": Household(
        "VRH", "doorbraak", "2026-06-30", (("werk", 4, "2026-02-01"), ("werk", 2, "2026-03-01")), True
    ),
    "E8": Household(
        "HSB",
        "doorbraak",
        "2026-09-15",
        (
            ("werk", 1, "2026-01-10"),
            ("werk", 5, "2026-03-10"),
            ("werk", 2, "2026-05-10"),
            ("psyche", 4, "2026-03-10"),
        ),
        None,
    ),
}


def _plan(drawn_up: str, breakthroughs: list[dict], scores: list[dict], coach: str = "") -> dict:
    return {
        "opgesteld_op": drawn_up,
        "gezinscoach": coach,
        "perspectief": "Eigen woorden",
        "scores": scores,
        "doorbraken": breakthroughs,
    }


def _cases() -> list[dict]:
    items = []
    for n, costs in enumerate(COSTS, start=1):
        breakthroughs = [
            {
                "ref": f"D{i}",
                "omschrijving": "Vrije tekst",
                "type": "huisvesting",
                "partner": "WONING",
                "kosten_eur": cost,
                "status": status,
                "behaald_op": None,
            }
            for i, (cost, _payer, status) in enumerate(costs.breakthroughs, start=1)
        ]
        items.append(
            case(
                f"M-{n:02d}",
                "doorbraak",
                start="2026-06-01",
                end="2026-10-20",  # closed after 2026Q3: no Effecten in 2026Q3, purged with the rest
                persons=[person("B1", "Gezin", f"Middel{n}", "1980-01-01")],
                plan=_plan(costs.drawn_up, breakthroughs, []),
                area=costs.area,
            )
        )
    for ref, household in HOUSEHOLDS.items():
        scores = [{"leefgebied": code, "score": score, "datum": day} for code, score, day in household.scores]
        items.append(
            case(
                ref,
                household.kind,
                start="2025-12-01",
                end=household.end,
                persons=[person("B1", "Gezin", f"Effect{ref}", "1980-01-01")],
                plan=_plan("2025-12-15", [], scores, "Coach" if ref != "E3" else "  "),
                area=household.area,
            )
        )
    return items


def load(ws, tmp_path: Path) -> None:
    import_file(ws, write_exchange(tmp_path / "plannen.json", _cases()))
    with ws.register.session() as session:
        organisations = dict(session.execute(select(Organisation.code, Organisation.id)).all())
        plans = dict(
            session.execute(
                select(Case.ref, BreakthroughPlan).join(BreakthroughPlan, BreakthroughPlan.case_id == Case.id)
            ).all()
        )
        for n, costs in enumerate(COSTS, start=1):
            plan = plans[f"M-{n:02d}"]
            plan.cost_years = costs.years
            for now, after in costs.helpers:
                session.add(PlanHelper(plan_id=plan.id, cost_per_year=now, cost_after_per_year=after))
            rows = session.scalars(
                select(Breakthrough).where(Breakthrough.plan_id == plan.id).order_by(Breakthrough.ref)
            ).all()
            for row, (_cost, payer, _status) in zip(rows, costs.breakthroughs, strict=True):
                row.payer_id = organisations[payer] if payer else None
        for ref, household in HOUSEHOLDS.items():
            plans[ref].goal_reached = household.goal_reached
