"""Middelen and the Effecten from plans (issue 13), against the hand-counted register of
plan_outcome_register.py: sums and rounding, small gebieden and the complementary hiding, score
directions, goals reached, the same figures after a retention purge, and the CSV, XLSX and PDF."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from casus_app.domain.disclosure.tables import SUPPRESSED, TOTAL_COLUMN, TOTAL_ROW
from casus_app.domain.enums import CaseKind
from casus_app.domain.periods import Period
from casus_app.domain.plan_outcomes import score_direction, to_thousands
from casus_app.domain.plan_rules import ScoreInput
from casus_app.reports.monitoring.formats import renderer_for
from casus_app.services.monitoring import counts, middelen, plan_effects
from casus_app.services.monitoring.export import Authorship, monitoring_overview
from casus_app.services.monitoring.middelen import AFTER, CURRENT, NO_PAYER, SAVING
from casus_app.services.privacy import retention
from casus_app.storage.models import StubBreakthrough, StubPlan
from tests.services.monitoring import plan_outcome_register

Q3 = "2026Q3"
X = SUPPRESSED


@pytest.fixture
def plan_ws(admin_ws, tmp_path):
    plan_outcome_register.load(admin_ws, tmp_path)
    for kind in CaseKind:
        retention.set_retention_period(admin_ws, kind, 12)
    return admin_ws


def tables(ws, period: str = Q3) -> dict:
    with ws.register.read_session() as session:
        return {t.indicator: t for t in counts.tables_in(session, Period.parse(period))}


def amounts(ws, period: str = Q3) -> dict:
    with ws.register.read_session() as session:
        return {t.indicator: t for t in middelen.amount_tables(session, Period.parse(period))}


def overview_middelen(ws, period: str = Q3) -> dict:
    return {t.indicator: t for t in monitoring_overview(ws, period, with_trend=False).middelen}


# -- rounding and score direction --------------------------------------------------------------
@pytest.mark.parametrize(
    ("euros", "rounded"),
    [
        ("0", 0),
        ("499.99", 0),
        ("500", 1000),  # a half: away from zero
        ("1499.99", 1000),
        ("2500", 3000),
        ("3500", 4000),
        ("-499.99", 0),
        ("-500", -1000),
        ("-2500", -3000),
        ("12345.67", 12000),
    ],
)
def test_amounts_are_rounded_to_thousands_a_half_away_from_zero(euros, rounded):
    assert to_thousands(Decimal(euros)) == rounded


def _scores(*items: tuple[int, int, str]) -> list[ScoreInput]:
    return [ScoreInput(domain, "", domain, dt.date.fromisoformat(day), score) for domain, score, day in items]


def test_the_score_direction_adds_each_leefgebieds_last_minus_first():
    assert score_direction(_scores((1, 2, "2026-01-01"), (1, 4, "2026-02-01"))) == 1
    assert score_direction(_scores((1, 3, "2026-01-01"), (1, 2, "2026-02-01"))) == -1
    assert (
        score_direction(
            _scores((1, 2, "2026-01-01"), (1, 3, "2026-02-01"), (2, 4, "2026-01-01"), (2, 3, "2026-02-01"))
        )
        == 0
    )
    # Only the first and the last count, whatever lies between; one measurement compares nothing.
    assert score_direction(_scores((1, 1, "2026-01-01"), (1, 5, "2026-02-01"), (1, 2, "2026-03-01"))) == 1
    assert score_direction(_scores((1, 3, "2026-01-01"), (2, 5, "2026-03-01"))) is None
    assert score_direction([]) is None


# -- Middelen ----------------------------------------------------------------------------------
def test_the_costs_are_summed_per_gebied_exactly(plan_ws):
    costs, one_off = (amounts(plan_ws)[name] for name in (middelen.COSTS, middelen.ONE_OFF))
    expected = {
        "HSB": (6000, 3900, 2100, 5),
        "HSN": (6000, 2000, 4000, 2),
        "VRH": (12500, 9000, 3500, 6),
        TOTAL_ROW: (24500, 14900, 9600, 13),
    }
    for area, (now, after, saving, plans) in expected.items():
        assert [costs.amounts[(area, c)] for c in (CURRENT, AFTER, SAVING)] == [now, after, saving]
        assert len(costs.plans[(area, CURRENT)]) == plans
    others = [area for area in costs.rows if area not in expected]
    assert others and all(costs.amounts[(a, CURRENT)] == 0 and not costs.plans[(a, CURRENT)] for a in others)
    assert one_off.amounts[("HSB", "GEMEENTE")] == 1500
    assert one_off.amounts[("HSN", "WONING")] == 2000
    assert one_off.amounts[("VRH", "WONING")] == 5000
    assert one_off.amounts[("VRH", NO_PAYER)] == 500
    assert one_off.amounts[("VRH", "GGD")] == 0  # not feasible: counted nowhere
    assert one_off.amounts[(TOTAL_ROW, "WONING")] == 7000
    assert one_off.amounts[(TOTAL_ROW, TOTAL_COLUMN)] == 9000
    assert len(one_off.plans[(TOTAL_ROW, "WONING")]) == 7


def test_a_small_gebied_is_hidden_and_a_second_one_with_it(plan_ws):
    costs = overview_middelen(plan_ws)[middelen.COSTS]
    # HSN sums 2 plans (< k = 5): x. Heerlen-Noord minus VRH would then show HSN, so the published
    # gebied with the fewest plans (HSB, 5) is hidden too; VRH (6 plans) stays, rounded (12.500 and
    # 3.500 are halves: up).
    for column in (CURRENT, AFTER, SAVING):
        assert costs.published("HSN", column) == X
        assert costs.published("HSB", column) == X
    assert [costs.published("VRH", c) for c in (CURRENT, AFTER, SAVING)] == [13000, 9000, 4000]
    assert [costs.published(TOTAL_ROW, c) for c in (CURRENT, AFTER, SAVING)] == [25000, 15000, 10000]
    assert {area for area, _c in costs.primary} == {"HSN"}
    for area in costs.rows:
        if area not in ("HSB", "HSN", "VRH", TOTAL_ROW):
            assert costs.published(area, CURRENT) == 0


def test_one_off_costs_by_payer_hide_what_a_line_would_give_away(plan_ws):
    one_off = overview_middelen(plan_ws)[middelen.ONE_OFF]
    published = {
        (area, column): one_off.published(area, column)
        for area in ("HSB", "HSN", "VRH", TOTAL_ROW)
        for column in ("GEMEENTE", "WONING", NO_PAYER, TOTAL_COLUMN)
    }
    assert published == {
        # HSB and HSN hidden with their comparison; HSB's one payer would show its total: hidden too.
        ("HSB", "GEMEENTE"): X,
        ("HSB", "WONING"): 0,
        ("HSB", NO_PAYER): 0,
        ("HSB", TOTAL_COLUMN): X,
        ("HSN", "GEMEENTE"): 0,
        ("HSN", "WONING"): X,
        ("HSN", NO_PAYER): 0,
        ("HSN", TOTAL_COLUMN): X,
        # 500 of one plan without payer: x, and WONING beside it, else the row total shows it.
        ("VRH", "GEMEENTE"): 0,
        ("VRH", "WONING"): X,
        ("VRH", NO_PAYER): X,
        ("VRH", TOTAL_COLUMN): 6000,
        # Heerlen-Noord: 'onbekend' sums one plan; GEMEENTE (5 plans, fewer than WONING's 7) goes with it.
        (TOTAL_ROW, "GEMEENTE"): X,
        (TOTAL_ROW, "WONING"): 7000,
        (TOTAL_ROW, NO_PAYER): X,
        (TOTAL_ROW, TOTAL_COLUMN): 9000,
    }
    # No line (row or column with its total) has exactly one x: nothing follows by subtraction.
    for area in one_off.rows:
        line = [c for c in one_off.columns if (area, c) in one_off.suppressed]
        assert len(line) != 1, (area, line)
    for column in one_off.columns:
        line = [a for a in one_off.rows if (a, column) in one_off.suppressed]
        assert len(line) != 1, (column, line)


def test_a_period_with_fewer_than_k_plans_hides_heerlen_noord_too(plan_ws):
    costs = overview_middelen(plan_ws, "2026Q2")[middelen.COSTS]  # one plan, in VRH
    assert costs.published("VRH", CURRENT) == X
    assert costs.published(TOTAL_ROW, CURRENT) == X


# -- Effecten from plans -----------------------------------------------------------------------
def test_score_directions_and_goals_reached_are_counted_per_gebied(plan_ws):
    figures = tables(plan_ws)
    scores, goals = figures[plan_effects.SCORES], figures[plan_effects.GOALS]
    assert {cell: n for cell, n in scores.cells.items() if n} == {
        ("VRH", "verbeterd"): 1,  # E1
        ("VRH", "gelijk"): 1,  # E3
        ("VRH", "verslechterd"): 1,  # E2
        ("HSB", "verbeterd"): 1,  # E8
    }
    assert {cell: n for cell, n in goals.cells.items() if n} == {
        ("VRH", "met_gezinscoach"): 2,  # E1, E4
        ("VRH", "zonder_gezinscoach"): 1,  # E3
    }
    year = tables(plan_ws, "2026")
    assert {cell: n for cell, n in year[plan_effects.SCORES].cells.items() if n} == {
        ("VRH", "verbeterd"): 2,  # E1, E5
        ("VRH", "gelijk"): 1,
        ("VRH", "verslechterd"): 2,  # E2, E7
        ("HSB", "verbeterd"): 1,
    }
    assert {cell: n for cell, n in year[plan_effects.GOALS].cells.items() if n} == {
        ("VRH", "met_gezinscoach"): 4,  # E1, E4, E5, E7
        ("VRH", "zonder_gezinscoach"): 1,
    }


def test_the_effect_counts_are_protected_like_every_count(plan_ws):
    protected = {t.indicator: t for t in monitoring_overview(plan_ws, Q3, with_trend=False).tables}
    scores = protected[plan_effects.SCORES]
    assert scores.published("VRH", "verbeterd") == X
    assert scores.published(TOTAL_ROW, TOTAL_COLUMN) == X  # 4 households in all: < k
    assert protected[plan_effects.GOALS].published("VRH", "met_gezinscoach") == X


# -- a purge changes nothing -------------------------------------------------------------------
PERIODS = ("2026Q2", Q3, "2026Q4", "2026H2", "2026")


def test_a_purge_changes_no_middelen_or_effect_figure(plan_ws):
    def everything() -> tuple:
        csv = renderer_for("csv")
        return (
            {p: {n: t.cells for n, t in tables(plan_ws, p).items()} for p in PERIODS},
            {
                p: {
                    n: (t.amounts, {c: len(v) for c, v in t.plans.items()})
                    for n, t in amounts(plan_ws, p).items()
                }
                for p in PERIODS
            },
            {p: csv(monitoring_overview(plan_ws, p, with_trend=False), None) for p in PERIODS},
        )

    before = everything()
    result = retention.purge(plan_ws, today=dt.date(2040, 1, 1))
    assert result.cases == len(plan_outcome_register.COSTS) + len(plan_outcome_register.HOUSEHOLDS) - 1
    with plan_ws.register.read_session() as session:
        stubs = session.query(StubPlan).all()
        assert len(stubs) == result.cases
        assert {s.score_direction for s in stubs} == {1, 0, -1, None}
        assert session.query(StubBreakthrough).filter(StubBreakthrough.one_off_eur.is_not(None)).count() == 14
    assert everything() == before


# -- the exports -------------------------------------------------------------------------------
WHO = Authorship(dt.date(2026, 11, 30), "Coördinator Test")


def test_the_csv_has_the_middelen_lines_in_the_same_layout(plan_ws):
    text = renderer_for("csv")(monitoring_overview(plan_ws, Q3, with_trend=False), WHO).decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "periode;gebied;indicator;uitsplitsing;waarde"
    assert "2026Q3;VRH;middelen_kosten;doormodderen;13000" in lines
    assert "2026Q3;HSN;middelen_kosten;besparing;x" in lines
    assert "2026Q3;TOTAAL;middelen_kosten;besparing;10000" in lines
    assert "2026Q3;TOTAAL;middelen_eenmalig;WONING;7000" in lines
    assert "2026Q3;VRH;middelen_eenmalig;onbekend;x" in lines
    assert "2026Q3;VRH;casussen_afgesloten_doel_bereikt;met_gezinscoach;x" in lines


def test_the_xlsx_has_a_middelen_sheet_with_dutch_labels(plan_ws):
    data = renderer_for("xlsx")(monitoring_overview(plan_ws, Q3, with_trend=False), WHO)
    sheet = load_workbook(io.BytesIO(data))["Middelen"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if r[:4] == ["Gebied", "Doormodderen", "Doorbreken", "Besparing"])
    start = rows.index(header)
    by_name = {}
    for r in rows[start + 1 :]:
        if not r[0]:
            break  # the end of the first table
        by_name[r[0]] = r[1:4]
    assert by_name["Vrieheide"] == [13000, 9000, 4000]
    assert by_name["Hoensbroek"] == [X, X, X]
    assert by_name["Heerlen-Noord"] == [25000, 15000, 10000]
    one_off_header = next(r for r in rows if r[0] == "Gebied" and "Onbekend" in r)
    assert "Totaal" in one_off_header and "GEMEENTE" not in one_off_header  # names, not codes


def test_the_pdf_has_a_middelen_section(plan_ws):
    data = renderer_for("pdf")(monitoring_overview(plan_ws, Q3), WHO)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Middelen" in text
    section = text[text.index("Kosten van de doorbraakplannen") :]
    assert "Heerlen-Noord" in section
    for amount in (
        "€ 13.000",
        "€ 9.000",
        "€ 4.000",
        "€ 25.000",
        "€ 15.000",
        "€ 10.000",
        "€ 7.000",
        "€ 6.000",
    ):
        assert amount in section, amount
