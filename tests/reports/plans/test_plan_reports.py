"""The two plan documents, read back from the PDF: 'Ons plan' in plain words without figures or
internal words, the besluitnotitie with the decision, its mandate and the cost comparison."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from casus_app.reports.meetings import decision_note
from casus_app.reports.plans import our_plan
from casus_app.reports.plans.our_plan import plain_language_problems
from casus_app.services import documents
from casus_app.services.plans import plans
from casus_app.storage.models import AuditEntry

TODAY = dt.date(2026, 11, 24)
# Words of the professionals that the household's copy must not use.
JARGON = (
    "doorbraak",
    "doormodderen",
    "doorbreken",
    "mandaat",
    "grondslag",
    "besluit",
    "casus",
    "leefgebied",
    "knelpunt",
    "zelfredzaam",
    "perspectief",
    "financiering",
    "concept",
    "wethouder",
    "participatiewet",
)
AMOUNT = re.compile(r"€|\beuro\b|\bEUR\b|\d\.\d{3}")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def plan(example_ws) -> plans.PlanDetail:
    ws = example_ws
    plan_id = plans.find_plan(ws, 3)
    domains = {name: i for i, name in plans.plan_choices(ws).life_domains}
    plans.update_text(
        ws,
        plan_id,
        plans.PlanText(
            dt.date(2026, 6, 15),
            "Fatma Yılmaz",
            "Een veilige, betaalbare woning en rust voor mij en mijn zoon.",
            "Ik breng Noah elke dag naar de opvang en open mijn post.",
            "Samen naar het woonloket op 2 december.",
        ),
    )
    plans.save_issue(
        ws, plan_id, None, plans.IssueInput(domains["Schulden"], "De achterstand groeit elke maand")
    )
    plans.save_helper(
        ws, plan_id, None, plans.HelperInput("WOONPUNT", "Incasso van de huurschuld", 4_000, 500)
    )
    plans.save_helper(ws, plan_id, None, plans.HelperInput("BUURTTEAM", "Begeleiding thuis", 9_000, 3_000))
    plan = plans.record_measurement(
        ws, plan_id, dt.date(2026, 11, 1), {domains["Wonen"]: 4, domains["Schulden"]: 2}
    )
    for b in plan.breakthroughs:
        plan = plans.save_breakthrough(
            ws,
            plan_id,
            b.id,
            plans.BreakthroughInput(
                b.description,
                b.type_code,
                b.partner,
                b.cost_eur,
                b.status,
                b.reached_on,
                "Participatiewet art. 49",
                "Wethouder sociaal domein",
                "bestuurder",
                "Doorbraakfonds gemeente",
            ),
        )
    return plan


def test_ons_plan_speaks_to_the_household_without_figures_or_jargon(plan, tmp_path):
    text = pdf_text(our_plan.render(plan, today=TODAY))
    flat = " ".join(text.split())
    for expected in (
        "Ons plan",
        "Van Sanne Voorbeeld en Noah Voorbeeld",
        "samen met Fatma Yılmaz",
        "Een veilige, betaalbare woning en rust voor mij en mijn zoon.",
        "open mijn post",
        "De achterstand groeit elke maand",
        "Woonpunt",
        "Incasso van de huurschuld",
        "Begeleiding thuis",
        "Huurachterstand bevroren, ontruiming afgewend",
        "Gelukt op 3 juli 2026",
        "Hier werken we nu aan",
        "Hoe gaat het?",
        "toen: 1",
        "nu: 4",
        "Lukt helemaal zelf",
        "Samen naar het woonloket op 2 december.",
    ):
        assert expected in flat, expected
    assert not AMOUNT.search(flat), AMOUNT.search(flat)
    lower = flat.lower()
    assert [w for w in JARGON if w in lower] == []
    assert "2026-003" not in flat and "Doorbraakfonds" not in flat


def test_the_besluitnotitie_carries_the_decision_and_the_cost_comparison(plan, tmp_path):
    text = " ".join(pdf_text(decision_note.render(plan, today=TODAY)).split())
    for expected in (
        "Besluitnotitie doorbraak",
        "Huishouden 2026-003, gebied Vrieheide",
        "24 november 2026",
        "Doorbraak D1: Huurachterstand bevroren, ontruiming afgewend",
        "Urgentie voor een kleinere woning",
        "Wettelijke grondslag Participatiewet art. 49",
        "Wie besluit Wethouder sociaal domein",
        "Mandaat wethouder / bestuurder",
        "Financiering Doorbraakfonds gemeente",
        "Eenmalige kosten € 1.850",
        "Doormodderen versus doorbreken",
        "€ 13.000 per jaar",
        "€ 3.500 per jaar",
        "€ 1.850 eenmalig",
        "€ 5.350 in het eerste jaar",
        "Besparing per jaar € 9.500 per jaar",
        "Terugverdientijd 3 maanden",
        "Uitgangspunten",
        "naar boven afgerond op hele maanden",
        "Incasso van de huurschuld",
        "Een veilige, betaalbare woning",
        "De achterstand groeit elke maand",
        "Wonen 1 (15-06-2026) 4 (01-11-2026) +3",
    ):
        assert expected in text, expected
    # The decision-maker needs the case, not the names.
    assert "Sanne" not in text and "Voorbeeld" not in text


def test_an_empty_plan_prints_with_onbekend_instead_of_figures(example_ws, tmp_path):
    plan_id = plans.find_plan(example_ws, 3)
    plan = plans.get_plan(example_ws, plan_id)
    for b in plan.breakthroughs:
        plan = plans.delete_breakthrough(example_ws, plan_id, b.id)
    text = " ".join(pdf_text(decision_note.render(plan, today=TODAY)).split())
    assert "Er is nog geen doorbraak vastgelegd." in text
    assert "onbekend: er zijn nog geen hulpverleners vastgelegd" in text
    assert "Terugverdientijd onbekend" in text
    ours = " ".join(pdf_text(our_plan.render(plan, today=TODAY)).split())
    assert "Dit schrijven we nog samen op." in ours and "Dat spreken we samen af." in ours


def test_printing_either_document_is_audited(plan, example_ws, tmp_path):
    documents.write_our_plan(example_ws, plan, tmp_path / "a.pdf", our_plan.render)
    documents.write_decision_note(example_ws, plan, tmp_path / "b.pdf", decision_note.render)
    with example_ws.register.read_session() as session:
        printed = session.execute(
            select(AuditEntry.object_type, AuditEntry.details, AuditEntry.case_id).where(
                AuditEntry.action == "print"
            )
        ).all()
    assert printed == [("plan", "ons plan", 3), ("plan", "besluitnotitie", 3)]
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_the_coach_is_warned_about_amounts_and_jargon_in_their_own_texts(plan, example_ws):
    assert plain_language_problems(plan) == []
    changed = plans.update_text(
        example_ws,
        plan.id,
        plans.PlanText(
            plan.drawn_up_on,
            plan.family_coach,
            "Geen schuld meer van € 2.000.",
            plan.own_strength,
            "Mandaat vragen voor de doorbraak",
        ),
    )
    assert plain_language_problems(changed) == [
        "Wat het gezin wil: noemt een bedrag.",
        "Volgende stap: gebruikt de woorden 'Mandaat' en 'doorbraak'.",
    ]


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("Afspraak bij de GGZ op dinsdag", "gebruikt het woord 'GGZ'"),
        ("Naar de GGZ-instelling", "gebruikt het woord 'GGZ-instelling'"),
        ("Aanvraag WSNP loopt", "gebruikt het woord 'WSNP'"),
        ("Volgens de Participatiewet mag dat", "gebruikt het woord 'Participatiewet'"),
        ("Het doorbraakplan en de casussen", "gebruikt de woorden 'doorbraakplan' en 'casussen'"),
    ],
)
def test_the_jargon_check_names_the_word_as_the_coach_wrote_it(plan, example_ws, written, found):
    changed = plans.update_text(
        example_ws,
        plan.id,
        plans.PlanText(plan.drawn_up_on, plan.family_coach, plan.perspective, plan.own_strength, written),
    )
    assert plain_language_problems(changed) == [f"Volgende stap: {found}."]


@pytest.mark.parametrize("innocent", ["Eggz", "Bij de huisarts, niet de ggd", "wsnpx"])
def test_abbreviations_count_only_as_whole_words(plan, example_ws, innocent):
    changed = plans.update_text(
        example_ws,
        plan.id,
        plans.PlanText(plan.drawn_up_on, plan.family_coach, plan.perspective, plan.own_strength, innocent),
    )
    assert plain_language_problems(changed) == []


def test_ons_plan_says_how_to_reach_the_coach_by_phone(plan, example_ws):
    from casus_app.domain.enums import Role
    from casus_app.services.admin import profile
    from casus_app.services.admin.users import add_user

    without = " ".join(pdf_text(our_plan.render(plan, today=TODAY)).split())
    assert "Vragen over dit plan? Bel of app Fatma Yılmaz." in without  # no account, so no number
    # Her account is made after the plan: the plan is linked to it, and her profile has a number.
    add_user(example_ws, "fyilmaz", "gezinscoach wachtwoord", Role.FAMILY_COACH, display_name="Fatma Yılmaz")
    profile.set_user_phone(example_ws, "fyilmaz", "+31 6 4321 8765")
    detail = plans.get_plan(example_ws, plan.id)
    assert detail.coach_phone == "06-43218765"
    flat = " ".join(pdf_text(our_plan.render(detail, today=TODAY)).split())
    assert "Vragen? Vragen over dit plan? Bel of app Fatma Yılmaz: 06-43218765." in flat


def test_ons_plan_shows_eleven_leefgebieden_on_one_page_with_the_chart(plan, example_ws):
    domains = plans.plan_choices(example_ws).life_domains
    assert len(domains) == 11
    plans.record_measurement(
        example_ws, plan.id, dt.date(2026, 7, 1), {i: 1 + n % 3 for n, (i, _) in enumerate(domains)}
    )
    detail = plans.record_measurement(
        example_ws, plan.id, dt.date(2026, 11, 1), {i: 2 + n % 4 for n, (i, _) in enumerate(domains)}
    )
    pages = [
        page.extract_text() for page in PdfReader(io.BytesIO(our_plan.render(detail, today=TODAY))).pages
    ]
    chart_page = next(p for p in pages if "Hoe gaat het?" in p)
    for _, name in domains:  # every leefgebied's name and both bars on the same page as the heading
        assert name in chart_page, name
    assert chart_page.count("nu: ") == 11 and chart_page.count("toen: ") == 11


def test_the_besluitnotitie_compares_over_years_and_says_who_pays_and_who_saves(plan, example_ws):
    detail = plans.set_cost_years(example_ws, plan.id, 3)
    flat = " ".join(pdf_text(decision_note.render(detail, today=TODAY)).split())
    assert "Doormodderen in 3 jaar € 39.000 in 3 jaar" in flat
    assert "Wie betaalt en wie bespaart (over 3 jaar)" in flat
    assert "Woonpunt € 12.000 € 1.500 bespaart € 10.500" in flat
    assert "Buurtteams Heerlen € 27.000 € 9.000 bespaart € 18.000" in flat
