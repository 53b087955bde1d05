"""Registering, editing, escalating, closing and reopening cases, as the services do it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, PermissionDenied
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.cases.actions import ActionInput, add_action
from casus_app.services.cases.editing import (
    PossibleDuplicate,
    add_signal_to_case,
    close_case,
    find_duplicates,
    load_case_input,
    register_case,
    reopen_case,
    set_escalation,
    update_case,
)
from casus_app.services.cases.form_input import CaseInput, CaseInvalid, PersonInput, form_choices
from casus_app.services.cases.queries import CaseFilter, count_cases, get_case, list_cases
from casus_app.services.cases.timeline import case_timeline
from casus_app.storage.models import AuditEntry, Case
from tests.conftest import TEST_DAY

TODAY = TEST_DAY  # the day tests/conftest.py fixes the app's clock on
NO_ADDRESS = {"neighbourhood": None, "street": None, "house_number": None, "postcode": None, "city": None}


def signal(**changes) -> CaseInput:
    base = CaseInput(
        kind="casuistiek",
        area="HSB",
        neighbourhood="Mariarade",
        street="Schachtstraat",
        house_number="7",
        postcode="6432 cd",
        city="Hoensbroek",
        main_category="woonoverlast",
        categories=("drugsoverlast",),
        reported_by="POLITIE",
        lead="BUURTTEAM",
        start_date=TODAY,
        summary="Overlast na middernacht.",
        persons=(PersonInput("Kuipers", "bewoner", first_name="Truus", birth_date=dt.date(1961, 3, 4)),),
    )
    return CaseInput(**{**base.__dict__, **changes})


def audit_rows(ws) -> list[AuditEntry]:
    with ws.register.read_session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def by_ref(ws, ref: str) -> int:
    with ws.register.read_session() as session:
        return session.scalar(select(Case.id).where(Case.ref == ref))


def test_a_signal_becomes_a_case_that_search_finds_and_the_audit_log_records_without_content(example_ws):
    case_id = register_case(example_ws, signal())
    detail = get_case(example_ws, case_id)
    assert re.fullmatch(rf"{TODAY.year}-\d{{5}}", detail.ref)
    assert (detail.postcode, detail.address, detail.neighbourhood) == (
        "6432CD",
        "Schachtstraat 7",
        "Mariarade",
    )
    assert (detail.lead, detail.reported_by, detail.escalation) == ("BUURTTEAM", "POLITIE", "groen")
    assert [p.full_name for p in detail.persons] == ["Truus Kuipers"]
    assert [row.id for row in list_cases(example_ws, CaseFilter(text="Schachtstraat"))] == [case_id]
    assert [row.id for row in list_cases(example_ws, CaseFilter(text="Kuipers"))] == [case_id]

    created = [e for e in audit_rows(example_ws) if e.action == "create" and e.case_id == case_id]
    assert {e.object_type for e in created} == {"case", "person"}
    for entry in audit_rows(example_ws):
        assert "Kuipers" not in (entry.details or "") and "Schachtstraat" not in (entry.details or "")


def test_every_broken_rule_is_named_in_dutch_and_nothing_is_saved(example_ws):
    before = count_cases(example_ws)
    bad = signal(
        postcode="0432 CD",
        neighbourhood="Vrieheide-De Stack",
        street=None,
        lead="ONBEKEND",
        start_date=TODAY + dt.timedelta(days=3),
        persons=(PersonInput("", "bewoner", birth_date=TODAY + dt.timedelta(days=1)),),
    )
    with pytest.raises(CaseInvalid) as caught:
        register_case(example_ws, bad)
    fields = dict(caught.value.errors)
    assert "ongeldig" in fields["Postcode"] and "1234AB" in fields["Postcode"]
    assert "hoort niet bij gebied" in fields["Buurt"]
    assert "Straat" in fields
    assert "ONBEKEND" in fields["Regie"]
    assert "toekomst" in fields["Startdatum"]
    assert "Betrokkene 1, achternaam" in fields and "Betrokkene 1, geboortedatum" in fields
    assert caught.value.message.startswith("De casus is niet opgeslagen")
    assert count_cases(example_ws) == before


def test_the_same_person_or_address_in_an_open_case_is_offered_instead_of_a_second_case(example_ws):
    # 2026-003 is open and holds Sanne Voorbeeld, born 11-02-1998.
    same_person = signal(
        area="VRH",
        **NO_ADDRESS,
        persons=(PersonInput("voorbeeld", "ouder", first_name="SANNE", birth_date=dt.date(1998, 2, 11)),),
    )
    with pytest.raises(PossibleDuplicate) as caught:
        register_case(example_ws, same_person)
    [candidate] = caught.value.candidates
    assert candidate.ref == "2026-003" and candidate.reasons == ("zelfde persoon (SANNE voorbeeld)",)
    assert "2026-003" in caught.value.message

    # 2026-001 has the same address but is closed: no warning.
    first = register_case(example_ws, signal(postcode="6431AB", house_number="12", street="Voorbeeldstraat"))
    second = signal(postcode="6431 ab", house_number="12", street="Voorbeeldstraat", persons=())
    assert [c.case_id for c in find_duplicates(example_ws, second)] == [first]
    # The user saw the warning and chose a new case anyway.
    assert register_case(example_ws, second, allow_duplicate=True) != first


def test_adding_a_signal_to_the_existing_case_adds_people_categories_and_puts_it_on_the_agenda(example_ws):
    case_id = by_ref(example_ws, "2026-003")
    extra = signal(
        area="VRH",
        **NO_ADDRESS,
        main_category="multiprobleem",
        categories=("woonoverlast",),
        summary="Huurachterstand opgelopen.",
        persons=(
            PersonInput("Voorbeeld", "ouder", first_name="Sanne", birth_date=dt.date(1998, 2, 11)),
            PersonInput("Voorbeeld", "kind", first_name="Mila", birth_date=dt.date(2025, 1, 2)),
        ),
    )
    add_signal_to_case(example_ws, case_id, extra)
    detail = get_case(example_ws, case_id)
    assert sorted(p.first_name for p in detail.persons) == ["Mila", "Noah", "Sanne"]
    assert detail.summary.endswith("Huurachterstand opgelopen.") and "Signaal van POLITIE" in detail.summary
    assert load_case_input(example_ws, case_id).categories == ("woonoverlast",)
    with example_ws.register.read_session() as session:
        assert session.get(Case, case_id).marked_for_discussion
    change = [e for e in audit_rows(example_ws) if e.action == "change" and e.case_id == case_id][-1]
    assert change.details == "signaal toegevoegd: agendering, betrokkenen, categorieën, samenvatting"


def test_an_edit_names_the_changed_fields_in_the_audit_and_updates_the_search(example_ws):
    case_id = register_case(example_ws, signal())
    form = load_case_input(example_ws, case_id)
    changed = CaseInput(
        **{
            **form.__dict__,
            "street": "Lampistenstraat",
            "summary": "Rustig sinds de waarschuwing.",
            "persons": (form.persons[0], PersonInput("Kuipers", "gezinslid", first_name="Harry")),
        }
    )
    assert update_case(example_ws, case_id, changed) == ["adres", "samenvatting", "betrokkenen"]
    assert update_case(example_ws, case_id, load_case_input(example_ws, case_id)) == []
    assert list_cases(example_ws, CaseFilter(text="Schachtstraat")) == []
    assert [r.id for r in list_cases(example_ws, CaseFilter(text="Lampistenstraat"))] == [case_id]
    details = [e.details for e in audit_rows(example_ws) if e.object_type == "case" and e.action == "change"]
    assert details[-1] == "gewijzigd: adres, samenvatting, betrokkenen"


def test_escalate_close_with_reason_and_reopen_show_in_the_timeline(example_ws):
    case_id = register_case(example_ws, signal())
    action_id = add_action(example_ws, case_id, ActionInput("Huisbezoek afleggen", "BUURTTEAM", "Ellen"))
    assert action_id
    set_escalation(example_ws, case_id, "rood")
    with pytest.raises(InvalidInput):
        set_escalation(example_ws, case_id, "paars")
    with pytest.raises(CaseInvalid) as caught:
        close_case(example_ws, case_id, "bestaat_niet", referred_to="NIEMAND")
    assert set(dict(caught.value.errors)) == {"Afsluitreden", "Verwezen naar"}

    lapsed = close_case(
        example_ws, case_id, "opgeschaald_zvh", result="Aanpak door het ZVH", referred_to="ZVH"
    )
    assert lapsed == 1
    detail = get_case(example_ws, case_id)
    assert (detail.end_date, detail.closing_reason, detail.result) == (
        TODAY,
        "opgeschaald_zvh",
        "Aanpak door het ZVH",
    )
    assert detail.escalation == "rood" and detail.actions[0].cancelled_on == TODAY
    with pytest.raises(InvalidInput, match="al afgesloten"):
        close_case(example_ws, case_id, "doel_bereikt")

    reopen_case(example_ws, case_id)
    detail = get_case(example_ws, case_id)
    assert detail.end_date is None and detail.closing_reason is None and detail.result is None

    titles = [e.title for e in case_timeline(example_ws, case_id)]
    assert titles[0] == "Signaal aangemeld als casus"
    for expected in (
        "Afspraak: Huisbezoek afleggen",
        "Afspraak vervallen: Huisbezoek afleggen",
        "Gewijzigd: escalatie",
        "Afgesloten",
        "Heropend",
    ):
        assert expected in titles
    assert titles.index("Afgesloten") < titles.index("Heropend")


def test_only_own_gebieden_and_never_as_coordinator(example_ws, register_path):
    add_user(
        example_ws, "hsb", "hoensbroek wachtwoord", Role.PROFESSIONAL, areas=["HSB"], organisation="POLITIE"
    )
    add_user(example_ws, "coco", "coordinator wachtwoord", Role.COORDINATOR)
    example_ws.close()
    ws = login.login(register_path, "hsb", "hoensbroek wachtwoord")
    try:
        assert [code for code, _ in form_choices(ws).areas] == ["HSB"]
        with pytest.raises(CaseInvalid, match="niet in dit gebied"):
            register_case(ws, signal(area="VRH", **NO_ADDRESS))
        assert register_case(ws, signal())
        other = by_ref(ws, "2026-002")  # VRH
        with pytest.raises(Exception, match="geen toegang"):
            close_case(ws, other, "doel_bereikt")
    finally:
        ws.close()
    ws = login.login(register_path, "coco", "coordinator wachtwoord")
    try:
        with pytest.raises(PermissionDenied):
            register_case(ws, signal())
        with ws.register.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Case)) == 4
    finally:
        ws.close()


def test_case_list_filters_and_every_order_pages_through_all_cases_once(example_ws):
    from casus_app.services.cases.actions import ActionInput, add_action
    from casus_app.services.cases.queries import SORT_ESCALATION, SORT_NEWEST, SORT_OLDEST, SORT_REF
    from casus_app.services.meetings.agenda import add_to_agenda
    from casus_app.services.meetings.overleg import MeetingInput, create_meeting, record_discussion

    ws = example_ws
    ids = [
        register_case(
            ws,
            signal(
                start_date=TODAY - dt.timedelta(days=100 + n),
                house_number=str(n),
                lead=("GGD" if n % 3 == 0 else "BUURTTEAM"),
                persons=(),
            ),
            allow_duplicate=True,
        )
        for n in range(8)
    ]
    set_escalation(ws, ids[1], "donkerrood")
    set_escalation(ws, ids[2], "rood")
    set_escalation(ws, ids[3], "rood")
    add_action(
        ws,
        ids[4],
        ActionInput("Te laat", "POLITIE", deadline=TODAY - dt.timedelta(days=1)),
        today=TODAY - dt.timedelta(days=30),
    )
    add_action(ws, ids[5], ActionInput("Op tijd", "POLITIE"))
    meeting = create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", TODAY - dt.timedelta(days=10)))
    record_discussion(ws, add_to_agenda(ws, meeting, ids[6]), note="Besproken", decisions=None)
    close_case(ws, ids[7], "doel_bereikt")

    def found(**fields) -> set[int]:
        flt = CaseFilter(**fields)
        rows = {r.id for r in list_cases(ws, flt)}
        assert count_cases(ws, flt) == len(rows)
        return rows & set(ids)

    assert found(lead="GGD") == {ids[0], ids[3], ids[6]}
    assert found(escalation="rood") == {ids[2], ids[3]}
    assert found(overdue_actions=True) == {ids[4]}
    assert found(category="drugsoverlast") == set(ids)  # a further category of every signal
    assert found(status="afgesloten") == {ids[7]}
    assert found(status="lopend", lead="GGD") == {ids[0], ids[3], ids[6]}
    assert found(not_discussed_weeks=4) == set(ids[:6])  # discussed 10 days ago, or closed: not silent
    assert found(not_discussed_weeks=1) == set(ids[:7])

    for sort in (SORT_NEWEST, SORT_OLDEST, SORT_REF, SORT_ESCALATION):
        flt = CaseFilter(sort=sort)
        seen, after = [], None
        while True:
            page = list_cases(ws, flt, after=after, limit=3)
            seen += page
            if len(page) < 3:
                break
            after = page[-1].sort_key
        assert len(seen) == len({r.id for r in seen}) == count_cases(ws, flt), sort
        if sort == SORT_ESCALATION:
            assert [r.id for r in seen if r.id in ids][:4] == [
                ids[1],
                ids[2],
                ids[3],
                ids[0],
            ]  # rood: newest first
        if sort == SORT_REF:
            assert [r.ref for r in seen] == sorted(r.ref for r in seen)
        if sort == SORT_OLDEST:
            assert [r.sort_key for r in seen] == sorted(r.sort_key for r in seen)
