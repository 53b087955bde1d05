"""Doormodderen against doorbreken over more than one year, and per organisation who pays and who saves."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casus_app.domain.errors import InvalidInput
from casus_app.services.plans import plans
from casus_app.storage.models import AuditEntry

HOUSEHOLD = 3  # 2026-003: D1 reached (€ 1.850), D2 planned (€ 0)


def test_three_years_with_who_pays_and_who_saves(example_ws):
    ws = example_ws
    plan_id = plans.find_plan(ws, HOUSEHOLD)
    for helper in (
        plans.HelperInput("WOONPUNT", "Incasso huurschuld", 3_000, 0),
        plans.HelperInput("GGD", "Bemoeizorg", 6_000, 2_000),
        plans.HelperInput("BUURTTEAM", "Begeleiding thuis", 4_000, None),  # goes on as it is
    ):
        plans.save_helper(ws, plan_id, None, helper)
    plan = plans.get_plan(ws, plan_id)
    d1, d2 = plan.breakthroughs
    for b, cost, payer in ((d1, d1.cost_eur, "GEMEENTE"), (d2, 900, "WOONPUNT")):
        plan = plans.save_breakthrough(
            ws,
            plan_id,
            b.id,
            plans.BreakthroughInput(
                b.description, b.type_code, b.partner, cost, b.status, b.reached_on, payer=payer
            ),
        )
    assert [(b.payer, b.payer_name) for b in plan.breakthroughs] == [
        ("GEMEENTE", "Gemeente Heerlen"),
        ("WOONPUNT", "Woonpunt"),
    ]
    one_year = plan.costs
    assert (one_year.years, one_year.current_total, one_year.after_total, one_year.saving_total) == (
        1,
        13_000,
        6_000 + 2_750,
        13_000 - 8_750,
    )

    plan = plans.set_cost_years(ws, plan_id, 3)
    costs = plan.costs
    assert (costs.years, costs.current_total, costs.after_total, costs.saving_total) == (
        3,
        39_000,
        20_750,
        18_250,
    )
    assert costs.current_total_text == "€ 39.000 in 3 jaar"
    assert costs.after_total_text == "€ 20.750 in 3 jaar"
    assert costs.saving_total_text == "€ 18.250 in 3 jaar"
    # The yearly figures do not change with the years.
    assert (costs.current_per_year, costs.after_per_year, costs.one_off) == (13_000, 6_000, 2_750)
    assert "Over 3 jaar gerekend: de jaarbedragen keer 3, de eenmalige kosten één keer." in costs.assumptions

    by_name = {o.name: (o.current_total, o.after_total, o.one_off, o.text) for o in costs.by_organisation}
    assert by_name == {
        "Woonpunt": (9_000, 900, 900, "bespaart € 8.100"),
        "GGD": (18_000, 6_000, 0, "bespaart € 12.000"),
        "Buurtteams Heerlen": (12_000, 12_000, 0, "geen verschil"),
        "Gemeente Heerlen": (0, 1_850, 1_850, "betaalt € 1.850 meer"),
    }
    assert [o.name for o in costs.payers] == ["Gemeente Heerlen"]
    assert [o.name for o in costs.savers] == ["Woonpunt", "GGD"]
    # The organisations together save what the whole comparison says.
    assert sum(o.saving for o in costs.by_organisation) == costs.saving_total

    with ws.register.read_session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.action, last.object_type, last.details) == ("change", "plan", "gewijzigd: cost_years")
    assert plans.get_plan(ws, plan_id).cost_years == 3


def test_unknown_amounts_and_missing_payers_are_said_not_guessed(example_ws):
    ws = example_ws
    plan_id = plans.find_plan(ws, HOUSEHOLD)
    plans.save_helper(ws, plan_id, None, plans.HelperInput(None, "Schuldhulp", 2_000, 500))
    plans.save_helper(ws, plan_id, None, plans.HelperInput("GGD", "Nog onbekend", None, None))
    plan = plans.set_cost_years(ws, plan_id, 2)
    costs = plan.costs
    names = {o.name: o for o in costs.by_organisation}
    # The doorbraken's one-off costs have no payer yet: they stand apart with the helper without one.
    assert names["organisatie niet ingevuld"].current_total == 4_000
    assert names["organisatie niet ingevuld"].after_total == 1_000 + 1_850
    assert names["GGD"].text == "geen verschil (niet alle bedragen bekend)"
    assert any("niet ingevuld welke organisatie betaalt" in a for a in costs.assumptions)


@pytest.mark.parametrize("years", [0, 11, -1])
def test_the_years_stay_between_one_and_ten(example_ws, years):
    plan_id = plans.find_plan(example_ws, HOUSEHOLD)
    with pytest.raises(InvalidInput, match="1 tot 10 jaar"):
        plans.set_cost_years(example_ws, plan_id, years)
