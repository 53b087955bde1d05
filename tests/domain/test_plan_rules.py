"""The doorbraakplan's rules: doormodderen versus doorbreken, the status flow, scores over time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casus_app.domain.plan_rules import (
    BreakthroughCost,
    BreakthroughFacts,
    HelperCost,
    PlanFacts,
    PlanStatus,
    ScoreInput,
    compare_costs,
    euro,
    is_correction,
    keeps_a_reached_breakthrough,
    measurement_dates,
    next_statuses,
    score_series,
)
from casus_app.domain.plan_rules import (
    transition_problems as transition_texts,
)


def transition_problems(current: str, target: str, facts: PlanFacts) -> list[str]:
    """The problems as the Dutch texts the CLI prints (the interface translates the same templates)."""
    return [str(problem) for problem in transition_texts(current, target, facts)]


PLANNED = BreakthroughCost(2000, "gepland")


# -- cost comparison -----------------------------------------------------------------------------
def test_the_worked_example_saving_and_payback():
    helpers = [HelperCost(12_000, 2_000), HelperCost(6_000, 0), HelperCost(3_000, None)]
    costs = compare_costs(helpers, [BreakthroughCost(4_500, "behaald"), BreakthroughCost(900, "gepland")])
    assert costs.current_per_year == 21_000
    # The helper without an 'after' amount is counted at today's amount: it simply goes on.
    assert costs.after_per_year == 5_000
    assert costs.one_off == 5_400
    assert costs.first_year == 10_400
    assert costs.saving_per_year == 16_000
    assert costs.payback_months == 5  # 5400 / (16000 / 12) = 4.05 → 5 whole months
    assert costs.current_text == "€ 21.000 per jaar"
    assert costs.saving_text == "€ 16.000 per jaar"
    assert costs.payback_text == "5 maanden"
    assert any("gerekend met het bedrag van nu" in a for a in costs.assumptions)
    assert any("naar boven afgerond" in a for a in costs.assumptions)


def test_no_helpers_known_gives_onbekend_not_zero():
    costs = compare_costs([], [PLANNED])
    assert costs.current_per_year is None and costs.saving_per_year is None and costs.payback_months is None
    assert costs.current_text.startswith("onbekend") and "hulpverleners" in costs.current_text
    assert costs.saving_text.startswith("onbekend")
    assert costs.payback_text.startswith("onbekend")
    assert costs.one_off == 2000  # what is known is still shown


def test_helpers_without_any_amount_are_onbekend_and_partial_amounts_are_explained():
    costs = compare_costs([HelperCost(None, None), HelperCost(None, None)], [PLANNED])
    assert costs.current_per_year is None
    assert "van geen enkele hulpverlener" in costs.current_text
    partial = compare_costs([HelperCost(10_000, 1_000), HelperCost(None, None)], [PLANNED])
    assert partial.current_per_year == 10_000
    assert any("Van 1 hulpverlener zijn de kosten nu niet bekend" in a for a in partial.assumptions)


def test_no_doorbraak_yet_leaves_doorbreken_saving_and_payback_onbekend():
    costs = compare_costs([HelperCost(20_000, 5_000)], [])
    assert costs.current_per_year == 20_000
    assert costs.after_per_year is None and costs.one_off is None and costs.first_year is None
    assert costs.saving_per_year is None and costs.payback_months is None
    for text in (costs.after_text, costs.one_off_text, costs.saving_text):
        assert text == "onbekend: er is nog geen doorbraak vastgelegd"
    # Only infeasible doorbraken count as none at all.
    infeasible = compare_costs([HelperCost(20_000, 5_000)], [BreakthroughCost(3000, "niet_haalbaar")])
    assert infeasible.one_off is None and infeasible.saving_per_year is None
    assert "Doorbraken die niet haalbaar bleken, tellen niet mee." in infeasible.assumptions


def test_zero_costs_never_divide_by_zero():
    nothing = compare_costs([HelperCost(0, 0)], [BreakthroughCost(0, "gepland")])
    assert nothing.saving_per_year == 0 and nothing.payback_months is None
    assert nothing.saving_text.startswith("geen")
    assert nothing.payback_text.startswith("verdient zich niet terug")
    free = compare_costs([HelperCost(10_000, 0)], [BreakthroughCost(0, "gepland")])
    assert free.payback_months == 0 and free.payback_text.startswith("direct")
    dearer = compare_costs([HelperCost(1_000, 3_000)], [BreakthroughCost(500, "gepland")])
    assert dearer.saving_per_year == -2_000
    assert dearer.saving_text == "geen: doorbreken kost per jaar € 2.000 meer dan doormodderen"
    assert dearer.payback_months is None


def test_a_doorbraak_without_a_price_makes_the_one_off_cost_onbekend():
    costs = compare_costs([HelperCost(10_000, 1_000)], [BreakthroughCost(None, "gepland")])
    assert costs.one_off is None and costs.first_year is None and costs.payback_months is None
    assert costs.one_off_text == "onbekend: de kosten van 1 doorbraak zijn niet ingevuld"
    assert costs.saving_per_year == 9_000  # the yearly saving does not depend on the one-off cost
    assert costs.payback_text == "onbekend: de eenmalige kosten zijn niet bekend"


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.integers(0, 200_000)), st.one_of(st.none(), st.integers(0, 200_000))
        ),
        max_size=6,
    ),
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.integers(0, 50_000)),
            st.sampled_from(["gepland", "behaald", "niet_haalbaar"]),
        ),
        max_size=3,
    ),
)
def test_every_combination_gives_an_answer_and_amounts_agree(helpers, breakthroughs):
    costs = compare_costs([HelperCost(*h) for h in helpers], [BreakthroughCost(*b) for b in breakthroughs])
    for text in (
        costs.current_text,
        costs.after_text,
        costs.one_off_text,
        costs.saving_text,
        costs.payback_text,
    ):
        assert text
    if costs.saving_per_year is not None:
        assert costs.saving_per_year == pytest.approx(costs.current_per_year - costs.after_per_year)
    if costs.payback_months:
        # Paid back within the months stated, not a month earlier.
        monthly = costs.saving_per_year / 12
        assert costs.payback_months * monthly >= costs.one_off - 0.01
        assert (costs.payback_months - 1) * monthly < costs.one_off
    if costs.first_year is not None:
        assert costs.first_year == pytest.approx(costs.after_per_year + costs.one_off)


def test_euro_is_written_the_dutch_way():
    assert euro(0) == "€ 0"
    assert euro(1850) == "€ 1.850"
    assert euro(1234567.5) == "€ 1.234.567,50"
    assert euro(-250) == "€ -250"


# -- status flow ----------------------------------------------------------------------------------
READY = PlanFacts(
    "Over een jaar wonen we rustig.", (BreakthroughFacts("gepland", "wethouder Zorg", "bestuurder"),)
)


def test_the_forward_flow_with_its_conditions():
    assert next_statuses("concept") == (PlanStatus.FOR_DECISION,)
    assert transition_problems("concept", "ter_besluit", READY) == []
    assert transition_problems("ter_besluit", "besloten", READY) == []
    assert transition_problems("besloten", "niet_gerealiseerd", READY) == []
    reached = PlanFacts(READY.perspective, (BreakthroughFacts("behaald", "x", "manager"),), True, False)
    assert transition_problems("besloten", "gerealiseerd", reached) == []
    assert transition_problems("gerealiseerd", "geevalueerd", reached) == []
    assert next_statuses("geevalueerd") == ()


def test_no_gerealiseerd_without_a_reached_doorbraak():
    problems = transition_problems("besloten", "gerealiseerd", READY)
    assert problems and "pas gerealiseerd als er een doorbraak is behaald" in problems[0]
    infeasible = PlanFacts("x", (BreakthroughFacts("niet_haalbaar", "x", "manager"),))
    assert transition_problems("besloten", "gerealiseerd", infeasible)
    assert not keeps_a_reached_breakthrough("gerealiseerd", ["gepland", "niet_haalbaar"])
    assert keeps_a_reached_breakthrough("gerealiseerd", ["behaald"])
    assert keeps_a_reached_breakthrough("besloten", [])


def test_ter_besluit_needs_a_perspective_and_a_doorbraak_with_its_decision_maker():
    problems = transition_problems("concept", "ter_besluit", PlanFacts("  ", ()))
    assert any("perspectief" in p for p in problems)
    assert any("doorbraak" in p for p in problems)
    unnamed = PlanFacts("x", (BreakthroughFacts("gepland", None, "manager"),))
    assert transition_problems("concept", "ter_besluit", unnamed) == [
        "Vul bij elke doorbraak in wie besluit en op welk mandaatniveau."
    ]


def test_skipping_steps_and_unknown_statuses_are_refused():
    assert "kan niet naar" in transition_problems("concept", "besloten", READY)[0]
    assert "kan niet naar" in transition_problems("concept", "gerealiseerd", READY)[0]
    assert "Onbekende status" in transition_problems("concept", "klaar", READY)[0]
    unanswered = PlanFacts("x", (BreakthroughFacts("behaald", "x", "manager"),), True, None)
    assert "evaluatie" in transition_problems("gerealiseerd", "geevalueerd", unanswered)[0]
    assert transition_problems("besloten", "niet_gerealiseerd", unanswered)  # one was reached


def test_corrections_go_one_step_back():
    assert is_correction("ter_besluit", "concept")
    assert is_correction("gerealiseerd", "besloten")
    assert not is_correction("besloten", "niet_gerealiseerd")
    assert transition_problems("ter_besluit", "concept", PlanFacts(None)) == []


# -- scores and chart data ------------------------------------------------------------------------
def test_scores_become_one_series_per_leefgebied_in_list_order():
    d1, d2, d3 = dt.date(2026, 1, 10), dt.date(2026, 3, 1), dt.date(2026, 5, 20)
    scores = [
        ScoreInput(7, "Schulden", 2, d2, 2),
        ScoreInput(3, "Wonen", 0, d1, 1),
        ScoreInput(7, "Schulden", 2, d1, 1),
        ScoreInput(3, "Wonen", 0, d3, 4),
        ScoreInput(3, "Wonen", 0, d2, 2),
        ScoreInput(3, "Wonen", 0, d2, 3),  # recorded later for the same day: replaces the 2
    ]
    series = score_series(scores)
    assert [s.name for s in series] == ["Wonen", "Schulden"]
    wonen, schulden = series
    assert wonen.points == ((d1, 1), (d2, 3), (d3, 4))
    assert (wonen.first, wonen.latest, wonen.change) == ((d1, 1), (d3, 4), 3)
    assert (schulden.first[1], schulden.latest[1], schulden.change) == (1, 2, 1)
    assert measurement_dates(series) == [d1, d2, d3]
    assert score_series([]) == [] and measurement_dates([]) == []


def test_a_score_outside_the_scale_is_a_programming_error():
    with pytest.raises(ValueError):
        score_series([ScoreInput(1, "Wonen", 0, dt.date(2026, 1, 1), 6)])
