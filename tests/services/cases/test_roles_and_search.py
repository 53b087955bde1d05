"""Need-to-know in the services: who sees which cases, and a coordinator sees none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from casus_app.domain.enums import Role
from casus_app.domain.errors import NotFound, PermissionDenied
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login as auth
from casus_app.services.cases.queries import CaseFilter, count_cases, get_case, list_cases


@pytest.fixture
def logins(example_ws, register_path):
    add_user(example_ws, "hsb", "hoensbroek wachtwoord", Role.PROFESSIONAL, areas=["HSB"])
    add_user(example_ws, "coco", "coordinator wachtwoord", Role.COORDINATOR)
    add_user(example_ws, "coach", "gezinscoach wachtwoord", Role.FAMILY_COACH, display_name="gezinscoach 1")
    add_user(example_ws, "andere", "andere coach wachtwoord", Role.FAMILY_COACH, display_name="Iemand Anders")
    example_ws.close()
    opened = []

    def login(name, password):
        ws = auth.login(register_path, name, password)
        opened.append(ws)
        return ws

    yield login
    for ws in opened:
        ws.close()


def test_professional_sees_only_their_gebieden(logins):
    ws = logins("hsb", "hoensbroek wachtwoord")
    refs = {row.ref for row in list_cases(ws)}
    assert refs == {"2026-001"}
    assert count_cases(ws) == 1
    hidden = 0
    # A case of another gebied cannot be opened by id either, and the message reveals nothing.
    for case_id in range(1, 4):
        try:
            get_case(ws, case_id)
        except NotFound as exc:
            hidden += 1
            assert "geen toegang" in exc.message
    assert hidden == 2


def test_coordinator_gets_nothing_personal(logins):
    ws = logins("coco", "coordinator wachtwoord")
    for call in (
        lambda: list_cases(ws),
        lambda: count_cases(ws),
        lambda: get_case(ws, 1),
        lambda: list_cases(ws, CaseFilter(text="Voorbeeld")),
    ):
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert "Voorbeeld" not in caught.value.message and "2026-" not in caught.value.message


def test_family_coach_sees_only_their_households(logins):
    ws = logins("coach", "gezinscoach wachtwoord")
    assert [row.ref for row in list_cases(ws)] == ["2026-003"]
    ws.close()
    other = logins("andere", "andere coach wachtwoord")
    assert list_cases(other) == []


def test_search_by_name_address_and_ref(example_ws):
    def refs(text):
        return sorted(row.ref for row in list_cases(example_ws, CaseFilter(text=text)))

    assert refs("voorbeeld") == ["2026-001", "2026-003"]
    assert refs("Sanne") == ["2026-003"]
    assert refs("voorbeeldstr") == ["2026-001"]  # prefix of the street
    assert refs("6431") == ["2026-001"]
    assert refs("garageboxen") == ["2026-002"]  # summary text
    assert refs("noah voorbeeld") == ["2026-003"]
    assert refs('"; DROP TABLE cases; --') == []
    assert count_cases(example_ws, CaseFilter(text="voorbeeld")) == 2


def test_paging_is_complete_and_ordered(example_ws):
    first = list_cases(example_ws, limit=2)
    rest = list_cases(example_ws, after=first[-1].sort_key, limit=2)
    all_rows = first + rest
    assert len(all_rows) == 3
    assert [r.start_date for r in all_rows] == sorted((r.start_date for r in all_rows), reverse=True)


# -- names match as people type them (issue 10, part 5) ----------------------------------------------


def _register(ws, last_name: str, first_name: str, street: str, number: str, postcode: str) -> str:
    from casus_app.services.cases.editing import register_case
    from casus_app.services.cases.form_input import CaseInput, PersonInput
    from tests.conftest import TEST_DAY

    case_id = register_case(
        ws,
        CaseInput(
            kind="casuistiek",
            area="HSB",
            street=street,
            house_number=number,
            postcode=postcode,
            city="Heerlen",
            main_category="woonoverlast",
            reported_by="POLITIE",
            start_date=TEST_DAY,
            persons=(PersonInput(last_name, "bewoner", first_name=first_name),),
        ),
        allow_duplicate=True,
    )
    return get_case(ws, case_id).ref


def test_search_finds_names_as_typed_without_their_special_letters(example_ws):
    yilmaz = _register(example_ws, "Yılmaz", "Emre", "Akerstraat", "77", "6431 HX")
    lukasz = _register(example_ws, "Nowak", "Łukasz", "Pancratiusstraat", "3", "6411KC")
    sahin = _register(example_ws, "Şahin", "Elif", "Schaesbergerweg", "12", "6415AN")

    def refs(text):
        found = sorted(row.ref for row in list_cases(example_ws, CaseFilter(text=text)))
        assert count_cases(example_ws, CaseFilter(text=text)) == len(found)
        return found

    for typed in ("Yilmaz", "yilmaz", "YILMAZ", "Yılmaz", "yılm", "emre yilmaz"):
        assert refs(typed) == [yilmaz], typed
    for typed in ("Lukasz", "lukasz nowak", "Łukasz"):
        assert refs(typed) == [lukasz], typed
    for typed in ("Sahin", "sahin elif", "Şahin"):
        assert refs(typed) == [sahin], typed


def test_search_finds_a_postcode_with_or_without_its_space(example_ws):
    ref = _register(example_ws, "Jansen", "Piet", "Akerstraat", "77", "6431 HX")
    other = _register(example_ws, "Hendriks", "Ans", "Akerstraat", "79", "6431 HZ")
    for typed in ("6431 HX", "6431HX", "6431hx", "6431 hx", " 6431  Hx ", "akerstraat 6431 hx", "6431 H"):
        found = sorted(row.ref for row in list_cases(example_ws, CaseFilter(text=typed)))
        assert found == ([ref, other] if typed == "6431 H" else [ref]), typed
    assert sorted(row.ref for row in list_cases(example_ws, CaseFilter(text="6431 hz"))) == [other]


@pytest.fixture
def ozlem(example_ws, register_path):
    """The example's doorbraak case 2026-003 coached by Özlem Aydın, who has an account."""
    from casus_app.services.plans import plans

    add_user(example_ws, "oaydin", "gezinscoach wachtwoord", Role.FAMILY_COACH, display_name="Özlem Aydın")
    add_user(example_ws, "coach", "gezinscoach wachtwoord", Role.FAMILY_COACH, display_name="gezinscoach 1")
    plan = plans.get_plan(example_ws, plans.find_plan(example_ws, 3))
    plans.update_text(example_ws, plan.id, replace(plan.text, family_coach="Özlem Aydın"))
    example_ws.close()
    opened = []

    def login(name):
        ws = auth.login(register_path, name, "gezinscoach wachtwoord")
        opened.append(ws)
        return ws

    yield login
    for ws in opened:
        ws.close()


def test_a_coach_whose_name_starts_with_a_non_ascii_capital_sees_her_households(ozlem):
    from casus_app.services.plans.families import my_families

    ws = ozlem("oaydin")
    assert [row.ref for row in list_cases(ws)] == ["2026-003"]
    assert [row.case_ref for row in my_families(ws)] == ["2026-003"]
    assert get_case(ws, 3).ref == "2026-003"
    ws.close()
    # The coach the plan named before no longer sees the household.
    assert list_cases(ozlem("coach")) == []


def test_access_follows_the_coach_user_not_the_name_in_the_plan(example_ws, register_path):
    from casus_app.services.plans import plans
    from casus_app.services.plans.families import my_families

    # The plan (imported) names "gezinscoach 1" before the coach has an account: making the account
    # links the plan, whatever the spelling.
    add_user(example_ws, "coach", "gezinscoach wachtwoord", Role.FAMILY_COACH, display_name="Gezinscoach 1")
    # Another user who takes the same display name later gets nothing: the plan is linked already.
    add_user(example_ws, "namaak", "namaak wachtwoord!", Role.FAMILY_COACH, display_name="GEZINSCOACH 1")
    plan_id = plans.find_plan(example_ws, 3)
    # Only the spelling changes: the plan stays with its coach.
    plan = plans.get_plan(example_ws, plan_id)
    plans.update_text(example_ws, plan_id, replace(plan.text, family_coach="Gezinscoach  1"))
    example_ws.close()
    coach = auth.login(register_path, "coach", "gezinscoach wachtwoord")
    assert [row.case_ref for row in my_families(coach)] == ["2026-003"]
    coach.close()
    lookalike = auth.login(register_path, "namaak", "namaak wachtwoord!")
    assert my_families(lookalike) == [] and list_cases(lookalike) == []
    lookalike.close()


def test_a_name_that_fits_two_coaches_links_the_plan_to_neither(example_ws, register_path):
    from casus_app.services.plans import plans

    add_user(example_ws, "ozlem1", "gezinscoach wachtwoord", Role.FAMILY_COACH, display_name="Özlem Aydın")
    add_user(example_ws, "ozlem2", "gezinscoach wachtwoord", Role.FAMILY_COACH, display_name="Ozlem Aydin")
    plan = plans.get_plan(example_ws, plans.find_plan(example_ws, 3))
    plans.update_text(example_ws, plan.id, replace(plan.text, family_coach="özlem aydın"))
    example_ws.close()
    for name in ("ozlem1", "ozlem2"):
        ws = auth.login(register_path, name, "gezinscoach wachtwoord")
        assert list_cases(ws) == []
        ws.close()


def test_a_user_who_becomes_gezinscoach_gets_the_plans_that_name_them(example_ws, register_path):
    from casus_app.services.admin.user_admin import change_role
    from casus_app.services.plans import plans

    plan = plans.get_plan(example_ws, plans.find_plan(example_ws, 3))
    plans.update_text(example_ws, plan.id, replace(plan.text, family_coach="Özlem Aydın"))
    add_user(
        example_ws,
        "oaydin",
        "gezinscoach wachtwoord",
        Role.PROFESSIONAL,
        areas=["HSB"],
        display_name="Özlem Aydın",
    )
    change_role(example_ws, "oaydin", Role.FAMILY_COACH)
    example_ws.close()
    ws = auth.login(register_path, "oaydin", "gezinscoach wachtwoord")
    try:
        assert [row.ref for row in list_cases(ws)] == ["2026-003"]
    finally:
        ws.close()
