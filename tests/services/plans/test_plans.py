"""The doorbraakplan services: who may see and change a plan, the edits and status flow, Mijn gezinnen,
the leefgebieden list, and that every view and change reaches the audit log without case content."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from casus_app.domain import clock
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login as auth
from casus_app.services.plans import families, life_domains, plans
from casus_app.storage.models import Action, Area, AuditEntry, Case, Category, Organisation

COACH, OTHER, VRH, HSB, COCO = "coach", "andere", "vrh", "hsb", "coco"
PASSWORDS = {
    COACH: "gezinscoach wachtwoord",
    OTHER: "andere coach wachtwoord",
    VRH: "vrieheide wachtwoord",
    HSB: "hoensbroek wachtwoord",
    COCO: "coordinator wachtwoord",
}
DOORBRAAK_CASE = 3  # 2026-003 in the example: Vrieheide, coached by "gezinscoach 1"


@pytest.fixture
def login(example_ws, register_path):
    # The plan names its coach "gezinscoach 1"; the coach's display name differs only in case.
    add_user(example_ws, COACH, PASSWORDS[COACH], Role.FAMILY_COACH, display_name="Gezinscoach 1")
    add_user(example_ws, OTHER, PASSWORDS[OTHER], Role.FAMILY_COACH, display_name="Iemand Anders")
    add_user(example_ws, VRH, PASSWORDS[VRH], Role.PROFESSIONAL, areas=["VRH"])
    add_user(example_ws, HSB, PASSWORDS[HSB], Role.PROFESSIONAL, areas=["HSB"])
    add_user(example_ws, COCO, PASSWORDS[COCO], Role.COORDINATOR)
    example_ws.close()
    current = []

    def _login(name):
        while current:
            current.pop().close()
        ws = auth.login(example_ws.register.path, name, PASSWORDS[name])
        current.append(ws)
        return ws

    yield _login
    while current:
        current.pop().close()


def audit_rows(ws, since: int = 0) -> list[AuditEntry]:
    with ws.register.read_session() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.seq > since).order_by(AuditEntry.seq))
        )


def last_seq(ws) -> int:
    rows = audit_rows(ws)
    return rows[-1].seq if rows else 0


# -- who sees what --------------------------------------------------------------------------------
def test_the_coach_sees_their_household_and_the_view_is_one_entry_naming_the_people(login):
    ws = login(COACH)
    plan_id = plans.find_plan(ws, DOORBRAAK_CASE)
    before = last_seq(ws)
    plan = plans.get_plan(ws, plan_id)
    assert plan.case_ref == "2026-003" and plan.household == ("Sanne Voorbeeld", "Noah Voorbeeld")
    assert plan.status == "concept"
    logged = audit_rows(ws, before)
    (entry,) = logged
    assert (entry.action, entry.object_type, entry.object_id) == ("view", "plan", "2026-003")
    assert (entry.case_id, entry.person_id, entry.user_name) == (DOORBRAAK_CASE, None, COACH)
    assert entry.details == "doorbraakplan geopend; 2 betrokkenen: B1, B2"


def test_others_do_not_see_the_plan_and_learn_nothing_from_the_message(login):
    ws = login(VRH)  # a professional of the household's gebied may work on it
    plan_id = plans.find_plan(ws, DOORBRAAK_CASE)
    assert plans.get_plan(ws, plan_id).case_ref == "2026-003"
    for name in (OTHER, HSB):
        ws = login(name)
        with pytest.raises(NotFound) as caught:
            plans.get_plan(ws, plan_id)
        assert "Voorbeeld" not in caught.value.message and "2026" not in caught.value.message
        with pytest.raises(NotFound):
            plans.update_text(ws, plan_id, plans.PlanText(dt.date(2026, 6, 15), None, "gekaapt", None, None))
        assert families.my_families(ws) == []
    ws = login(COCO)
    for call in (
        lambda: plans.get_plan(ws, plan_id),
        lambda: plans.find_plan(ws, DOORBRAAK_CASE),
        lambda: families.my_families(ws),
        lambda: plans.record_print(ws, plan_id, "ons plan"),
    ):
        with pytest.raises(PermissionDenied):
            call()


# -- editing, end to end --------------------------------------------------------------------------
def test_a_coach_works_a_plan_through_its_whole_status_flow(login):
    ws = login(COACH)
    plan_id = plans.find_plan(ws, DOORBRAAK_CASE)
    choices = plans.plan_choices(ws)
    domains = dict((name, i) for i, name in choices.life_domains)
    before = last_seq(ws)

    plan = plans.update_text(
        ws,
        plan_id,
        plans.PlanText(
            dt.date(2026, 6, 15),
            "Gezinscoach 1",
            "Een veilige woning en rust voor mij en mijn zoon.",
            "Ik breng Noah elke dag naar de opvang.",
            "Gesprek met Woonpunt op maandag.",
        ),
    )
    assert plan.next_step == "Gesprek met Woonpunt op maandag."
    plan = plans.save_issue(
        ws, plan_id, None, plans.IssueInput(domains["Schulden"], "Huurachterstand groeit")
    )
    plan = plans.save_helper(ws, plan_id, None, plans.HelperInput("WOONPUNT", "Incasso huurschuld", 3_000, 0))
    plan = plans.save_helper(
        ws, plan_id, None, plans.HelperInput("BUURTTEAM", "Ambulante begeleiding", 9_000, 3_000)
    )
    helper_id = plan.helpers[0].id
    plan = plans.save_helper(
        ws, plan_id, helper_id, plans.HelperInput("WOONPUNT", "Incasso en deurwaarder", 4_000, 0)
    )
    assert [h.what for h in plan.helpers] == ["Incasso en deurwaarder", "Ambulante begeleiding"]
    plan = plans.record_measurement(
        ws, plan_id, dt.date(2026, 10, 1), {domains["Wonen"]: 4, domains["Schulden"]: 2}
    )
    wonen = next(s for s in plan.series if s.name == "Wonen")
    assert wonen.points[-1] == (dt.date(2026, 10, 1), 4) and wonen.change == 3

    # The example's D2 still lacks who decides: 'ter besluit' says what is missing.
    with pytest.raises(InvalidInput) as caught:
        plans.change_status(ws, plan_id, "ter_besluit")
    assert "wie besluit" in caught.value.message
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
                "Doorbraakfonds",
            ),
        )
    plan = plans.change_status(ws, plan_id, "ter_besluit")
    plan = plans.change_status(ws, plan_id, "besloten")
    plan = plans.change_status(ws, plan_id, "gerealiseerd")  # D1 was reached in July
    costs = plan.costs
    assert (costs.current_per_year, costs.after_per_year, costs.one_off) == (13_000, 3_000, 1_850)
    assert costs.payback_months == 3

    # A realised plan keeps a reached doorbraak.
    d1 = next(b for b in plan.breakthroughs if b.status == "behaald")
    with pytest.raises(InvalidInput) as caught:
        plans.save_breakthrough(ws, plan_id, d1.id, plans.BreakthroughInput(d1.description, d1.type_code))
    assert "behaalde doorbraak nodig" in caught.value.message
    with pytest.raises(InvalidInput):
        plans.delete_breakthrough(ws, plan_id, d1.id)
    assert plans.get_plan(ws, plan_id).breakthroughs[0].status == "behaald"  # nothing half-written

    with pytest.raises(InvalidInput) as caught:
        plans.change_status(ws, plan_id, "geevalueerd")
    assert "evaluatie" in caught.value.message
    plans.save_evaluation(ws, plan_id, plans.Evaluation(True, True, "Ze wonen nu rustig."))
    plan = plans.change_status(ws, plan_id, "geevalueerd")
    assert plan.status == "geevalueerd" and plan.status_options() == []

    logged = [e for e in audit_rows(ws, before) if e.action != "view"]
    assert {e.object_type for e in logged} == {
        "plan",
        "plan_issue",
        "plan_helper",
        "plan_score",
        "breakthrough",
    }
    assert all(e.case_id == DOORBRAAK_CASE and e.object_id == "2026-003" for e in logged)
    statuses = [e.details for e in logged if e.details and e.details.startswith("status")]
    assert statuses == [
        "status: concept → ter_besluit",
        "status: ter_besluit → besloten",
        "status: besloten → gerealiseerd",
        "status: gerealiseerd → geevalueerd",
    ]
    # Field names, never the words themselves.
    words = (
        "veilige woning",
        "Huurachterstand",
        "Incasso",
        "Participatiewet",
        "rustig",
        "Woonpunt op maandag",
    )
    assert not [e.details for e in logged if e.details and any(w in e.details for w in words)]


def test_bad_input_is_refused_in_dutch(login):
    ws = login(COACH)
    plan_id = plans.find_plan(ws, DOORBRAAK_CASE)
    tomorrow = clock.today() + dt.timedelta(days=1)
    domain = plans.plan_choices(ws).life_domains[0][0]
    cases = [
        (
            lambda: plans.record_measurement(ws, plan_id, dt.date(2026, 1, 1), {domain: 6}),
            "1 (acuut probleem) tot 5",
        ),
        (lambda: plans.record_measurement(ws, plan_id, tomorrow, {domain: 3}), "toekomst"),
        (lambda: plans.record_measurement(ws, plan_id, dt.date(2026, 1, 1), {}), "minstens één"),
        (
            lambda: plans.save_helper(ws, plan_id, None, plans.HelperInput(None, " ", 10, None)),
            "Kies de organisatie",
        ),
        (lambda: plans.save_helper(ws, plan_id, None, plans.HelperInput("GGD", None, -5, None)), "bedrag"),
        (
            lambda: plans.save_issue(ws, plan_id, None, plans.IssueInput(domain, "  ")),
            "Beschrijf het knelpunt",
        ),
        (
            lambda: plans.save_breakthrough(
                ws, plan_id, None, plans.BreakthroughInput("x", "huisvesting", status="behaald")
            ),
            "datum",
        ),
        (
            lambda: plans.save_breakthrough(ws, plan_id, None, plans.BreakthroughInput("x", "bestaat_niet")),
            "soort",
        ),
        (
            lambda: plans.save_breakthrough(
                ws, plan_id, None, plans.BreakthroughInput("x", "huisvesting", mandate_level="koning")
            ),
            "mandaat",
        ),
        (lambda: plans.change_status(ws, plan_id, "besloten"), "kan niet naar"),
        (lambda: plans.create_plan(ws, DOORBRAAK_CASE, dt.date(2026, 6, 1), "x"), "al een doorbraakplan"),
    ]
    for call, expected in cases:
        with pytest.raises(InvalidInput) as caught:
            call()
        assert expected in caught.value.message


def test_new_doorbraken_are_numbered_and_scores_of_one_day_are_replaced(login):
    ws = login(COACH)
    plan_id = plans.find_plan(ws, DOORBRAAK_CASE)
    plan = plans.save_breakthrough(
        ws, plan_id, None, plans.BreakthroughInput("Schulden gesaneerd", "schulden_geregeld", cost_eur=0)
    )
    assert [b.ref for b in plan.breakthroughs] == ["D1", "D2", "D3"]
    wonen = plans.plan_choices(ws).life_domains[0][0]
    plans.record_measurement(ws, plan_id, dt.date(2026, 11, 1), {wonen: 2})
    plan = plans.record_measurement(ws, plan_id, dt.date(2026, 11, 1), {wonen: 3})
    assert [(s.measured_on, s.score) for s in plan.scores if s.life_domain_id == wonen][-1] == (
        dt.date(2026, 11, 1),
        3,
    )
    assert sum(1 for s in plan.scores if s.measured_on == dt.date(2026, 11, 1)) == 1
    plan = plans.delete_score(ws, plan_id, plan.scores[-1].id)
    assert dt.date(2026, 11, 1) not in {s.measured_on for s in plan.scores}


def test_a_plan_is_created_only_for_a_doorbraak_case(example_ws):
    with pytest.raises(InvalidInput) as caught:
        plans.create_plan(example_ws, 1, dt.date(2026, 5, 1), "Gezinscoach 2")
    assert "doorbraak" in caught.value.message
    assert plans.find_plan(example_ws, 1) is None


def test_printing_is_logged_with_the_document_name_only(login):
    ws = login(COACH)
    plan_id = plans.find_plan(ws, DOORBRAAK_CASE)
    before = last_seq(ws)
    plans.record_print(ws, plan_id, "besluitnotitie")
    (entry,) = audit_rows(ws, before)
    assert (entry.action, entry.object_type, entry.details, entry.case_id) == (
        "print",
        "plan",
        "besluitnotitie",
        3,
    )


# -- Mijn gezinnen --------------------------------------------------------------------------------
def test_mijn_gezinnen_shows_status_next_step_decisions_and_overdue_afspraken(login):
    ws = login(COACH)
    plan_id = plans.find_plan(ws, DOORBRAAK_CASE)
    (row,) = families.my_families(ws, today=dt.date(2026, 11, 24))
    assert (row.case_ref, row.household, row.plan_status, row.awaiting_decision, row.overdue) == (
        "2026-003",
        "Voorbeeld",
        "concept",
        (),
        (),
    )
    for b in plans.get_plan(ws, plan_id).breakthroughs:
        plans.save_breakthrough(
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
                None,
                "Manager Weller",
                "manager",
            ),
        )
    plans.update_text(
        ws, plan_id, plans.PlanText(dt.date(2026, 6, 15), "gezinscoach 1", "Rust.", None, "Bellen met Weller")
    )
    plans.change_status(ws, plan_id, "ter_besluit")
    with ws.register.session() as session:
        owner = session.scalar(select(Organisation.id).where(Organisation.code == "BUURTTEAM"))
        session.add_all(
            [
                Action(
                    case_id=DOORBRAAK_CASE,
                    ref="A1",
                    description="Budgetplan maken",
                    owner_id=owner,
                    agreed_on=dt.date(2026, 10, 1),
                    deadline=dt.date(2026, 11, 1),
                ),
                Action(
                    case_id=DOORBRAAK_CASE,
                    ref="A2",
                    description="Al gedaan",
                    owner_id=owner,
                    agreed_on=dt.date(2026, 10, 1),
                    deadline=dt.date(2026, 10, 2),
                    done_on=dt.date(2026, 10, 2),
                ),
                Action(
                    case_id=DOORBRAAK_CASE,
                    ref="A3",
                    description="Nog op tijd",
                    owner_id=owner,
                    agreed_on=dt.date(2026, 10, 1),
                    deadline=dt.date(2026, 12, 1),
                ),
            ]
        )
    before = last_seq(ws)
    (row,) = families.my_families(ws, today=dt.date(2026, 11, 24))
    assert row.plan_status == "ter_besluit" and row.next_step == "Bellen met Weller"
    assert row.awaiting_decision == ("Urgentie voor een kleinere woning",)  # D1 is reached already
    assert [(a.description, a.owner, a.days_late) for a in row.overdue] == [
        ("Budgetplan maken", "BUURTTEAM", 23)
    ]
    assert row.needs_attention
    (entry,) = audit_rows(ws, before)
    assert (entry.action, entry.case_id, entry.details) == (
        "list",
        None,
        "Mijn gezinnen; 1 huishouden: 2026-003",
    )
    # Another coach's list stays empty.
    assert families.my_families(login(OTHER)) == []


# -- leefgebieden ---------------------------------------------------------------------------------
def test_the_beheerder_keeps_the_leefgebieden_list(example_ws):
    ws = example_ws
    names = [d.name for d in life_domains.list_life_domains(ws)]
    assert names[:3] == ["Wonen", "Geld en inkomen", "Schulden"]
    new_id = life_domains.add_life_domain(ws, "  Vervoer   en  mobiliteit ")
    domains = life_domains.list_life_domains(ws)
    assert (domains[-1].id, domains[-1].name, domains[-1].code) == (
        new_id,
        "Vervoer en mobiliteit",
        "vervoer_en_mobiliteit",
    )
    life_domains.move_life_domain(ws, new_id, -100)
    assert life_domains.list_life_domains(ws)[0].id == new_id
    life_domains.rename_life_domain(ws, new_id, "Vervoer")
    with pytest.raises(InvalidInput):
        life_domains.add_life_domain(ws, "wonen")  # exists, in another case
    wonen = next(d for d in life_domains.list_life_domains(ws) if d.name == "Wonen")
    assert wonen.in_use == 2  # the example's two scores
    with pytest.raises(InvalidInput) as caught:
        life_domains.remove_life_domain(ws, wonen.id)
    assert "wordt gebruikt" in caught.value.message
    life_domains.remove_life_domain(ws, new_id)
    assert "Vervoer" not in [d.name for d in life_domains.list_life_domains(ws)]
    kinds = [(e.action, e.object_type) for e in audit_rows(ws) if e.object_type == "life_domain"]
    assert kinds == [
        ("create", "life_domain"),
        ("change", "life_domain"),
        ("change", "life_domain"),
        ("delete", "life_domain"),
    ]


def test_only_the_beheerder_changes_the_leefgebieden(login):
    ws = login(COACH)
    assert len(life_domains.list_life_domains(ws)) == 11  # everyone reads the list
    with pytest.raises(PermissionDenied):
        life_domains.add_life_domain(ws, "Vervoer")


def test_a_professional_starts_a_plan_and_the_named_coach_then_sees_the_household(login):
    ws = login(VRH)
    with ws.register.session() as session:
        area = session.scalar(select(Area.id).where(Area.code == "VRH"))
        category = session.scalar(select(Category.id).where(Category.code == "multiprobleem"))
        reporter = session.scalar(select(Organisation.id).where(Organisation.code == "BUURTTEAM"))
        case = Case(
            ref="2026-009",
            kind="doorbraak",
            area_id=area,
            main_category_id=category,
            reported_by_id=reporter,
            start_date=dt.date(2026, 10, 1),
        )
        session.add(case)
        session.flush()
        case_id = case.id
    assert plans.find_plan(ws, case_id) is None
    plan = plans.create_plan(ws, case_id, dt.date(2026, 10, 5), "  Gezinscoach 1 ")
    assert (plan.status, plan.family_coach, plan.case_ref, plan.helpers, plan.breakthroughs) == (
        "concept",
        "Gezinscoach 1",
        "2026-009",
        (),
        (),
    )
    assert plan.costs.current_text.startswith("onbekend")
    (created,) = [e for e in audit_rows(ws) if e.action == "create" and e.object_type == "plan"]
    assert created.case_id == case_id
    ws = login(COACH)
    assert sorted(row.case_ref for row in families.my_families(ws)) == ["2026-003", "2026-009"]
