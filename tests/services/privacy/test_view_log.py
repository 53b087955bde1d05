"""Viewing personal data is logged (NEN 7513): one entry per screen or output, naming the cases it
showed and the reason, never a name, birth date, address or the words searched for."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from casus_app.domain.enums import AuditAction
from casus_app.services.cases import actions, timeline
from casus_app.services.cases.editing import (
    PossibleDuplicate,
    find_duplicates,
    load_case_input,
    register_case,
    update_case,
)
from casus_app.services.cases.form_input import CaseInput, PersonInput
from casus_app.services.cases.queries import CaseFilter, get_case, list_cases
from casus_app.services.meetings import agenda as meeting_agenda
from casus_app.services.meetings import minutes as meeting_minutes
from casus_app.services.meetings import overleg as meetings
from casus_app.services.plans import families
from casus_app.services.privacy import inzage, view_log
from casus_app.storage.models import AuditEntry, Case, Person
from tests.conftest import TEST_DAY

MEETING = "OV-2026-07-HSB"  # the example's overleg, which discussed 2026-001


def last_seq(ws) -> int:
    with ws.register.read_session() as session:
        return session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) or 0


def entries_since(ws, seq: int) -> list[AuditEntry]:
    with ws.register.read_session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.seq > seq).order_by(AuditEntry.seq)))


def case_id(ws, ref: str) -> int:
    with ws.register.read_session() as session:
        return session.scalar(select(Case.id).where(Case.ref == ref))


def identifying(ws) -> set[str]:
    """Every name, birth date and street of the register, as typed and as a screen shows a date."""
    found: set[str] = set()
    with ws.register.read_session() as session:
        for first, last, born in session.execute(
            select(Person.first_name, Person.last_name, Person.birth_date)
        ):
            found |= {w for w in (first, last) if w}
            if born:
                found |= {born.isoformat(), born.strftime("%d-%m-%Y")}
        found |= {s for s in session.scalars(select(Case.street)) if s}
        found |= {p for p in session.scalars(select(Case.postcode)) if p}
    return found


def assert_contentless(ws, entries: list[AuditEntry], *also: str) -> None:
    secrets = {s.casefold() for s in identifying(ws) | set(also)}
    for entry in entries:
        text = " ".join(v for v in (entry.details, entry.object_id, entry.reason) if v).casefold()
        assert not [s for s in secrets if s in text], entry.details


def one_entry(ws, since: int) -> AuditEntry:
    entries = entries_since(ws, since)
    assert len(entries) == 1, [(e.action, e.object_type, e.details) for e in entries]
    assert_contentless(ws, entries)
    return entries[0]


# -- one case ------------------------------------------------------------------------------------------
def test_opening_a_case_is_one_entry_naming_its_betrokkenen_by_ref(example_ws):
    ws = example_ws
    since = last_seq(ws)
    detail = get_case(ws, case_id(ws, "2026-003"))
    assert [p.first_name for p in detail.persons] == ["Sanne", "Noah"]
    entry = one_entry(ws, since)
    assert (
        entry.action,
        entry.object_type,
        entry.object_id,
        entry.case_id,
        entry.person_id,
        entry.reason,
    ) == ("view", "case", "2026-003", detail.id, None, None)
    assert entry.details == "casus geopend; 2 betrokkenen: B1, B2"


def test_a_case_opened_at_a_meeting_gives_the_meeting_as_reason(example_ws):
    ws = example_ws
    meeting = next(m for m in meetings.list_meetings(ws) if m.ref == MEETING)
    since = last_seq(ws)
    meetings.case_at_meeting(ws, meeting.id, case_id(ws, "2026-001"))
    assert one_entry(ws, since).reason == f"overleg {MEETING}"


def test_the_tijdlijn_is_one_entry(example_ws):
    ws = example_ws
    since = last_seq(ws)
    entries = timeline.case_timeline(ws, case_id(ws, "2026-001"), reason=f"overleg {MEETING}")
    assert any(e.kind == timeline.DISCUSSED for e in entries)
    entry = one_entry(ws, since)
    assert (entry.action, entry.object_type, entry.object_id, entry.details, entry.reason) == (
        "view",
        "case",
        "2026-001",
        "tijdlijn",
        f"overleg {MEETING}",
    )


def test_the_edit_form_is_one_entry_and_saving_it_logs_no_second_view(example_ws):
    ws = example_ws
    since = last_seq(ws)
    form = load_case_input(ws, case_id(ws, "2026-003"))
    entry = one_entry(ws, since)
    assert (entry.action, entry.object_id, entry.details) == ("view", "2026-003", "bewerkformulier")
    since = last_seq(ws)
    update_case(ws, case_id(ws, "2026-003"), dataclasses.replace(form, risk="hoog"))
    assert [(e.action, e.object_type) for e in entries_since(ws, since)] == [("change", "case")]


# -- lists -----------------------------------------------------------------------------------------------
def test_the_case_list_logs_its_query_and_then_each_further_page_with_the_cases_it_added(example_ws):
    ws = example_ws
    since = last_seq(ws)
    flt = CaseFilter(area_code="VRH", sort="oudste")
    pages, after = [], None
    while True:  # as the lazy table model pages while the user scrolls
        page = list_cases(ws, flt, after=after, limit=1)
        if not page:
            break
        pages.append([row.ref for row in page])
        after = page[-1].sort_key
    assert pages == [["2026-003"], ["2026-002"]]
    entries = entries_since(ws, since)
    assert_contentless(ws, entries)
    assert [(e.action, e.object_type, e.case_id) for e in entries] == [("list", "case", None)] * 2
    assert [e.details for e in entries] == [
        "casuslijst; filter: gebied VRH; volgorde oudste; getoond: 1 casus: 2026-003",
        "casuslijst, verder gescrold: 1 casus: 2026-002",
    ]  # and the empty page after the last one wrote nothing


def test_an_empty_first_page_is_still_logged_as_the_query(example_ws):
    ws = example_ws
    since = last_seq(ws)
    assert list_cases(ws, CaseFilter(kind="doorbraak", status="afgesloten")) == []
    assert one_entry(ws, since).details.endswith("getoond: 0 casussen")


def test_a_search_logs_which_kind_of_text_and_the_cases_found_never_the_text(example_ws):
    ws = example_ws
    since = last_seq(ws)
    found = [row.ref for row in list_cases(ws, CaseFilter(text="Voorbeeld", open_only=True))]
    assert found == ["2026-003"]  # Sanne and Noah Voorbeeld; Jan Voorbeeld's case is closed
    entry = one_entry(ws, since)
    assert entry.action == AuditAction.SEARCH.value and entry.object_type == "case"
    assert entry.details == (
        "casuslijst; gezocht op naam of tekst (zoektekst niet vastgelegd); filter: alleen lopend; "
        "volgorde nieuwste; getoond: 1 casus: 2026-003"
    )
    assert "voorbeeld" not in entry.details.casefold()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2026-001", "casusnummer"),
        ("6431 ab", "postcode"),
        ("Kolenberg 12", "adres of nummer"),
        ("Şahin", "naam of tekst"),
        ("de vries", "naam of tekst"),
    ],
)
def test_the_kind_of_search_text_is_named_without_the_text(text, kind):
    assert view_log.search_kind(text) == kind


def test_a_long_list_names_its_cases_up_to_a_limit_and_counts_the_rest():
    refs = [f"2026-{n:05d}" for n in range(view_log.MAX_REFS + 3)]
    text = view_log.ref_list(refs + refs[:5])  # a case shown twice is named once
    assert text.startswith(f"{view_log.MAX_REFS + 3} casussen: 2026-00000, 2026-00001")
    assert text.endswith(f"{refs[view_log.MAX_REFS - 1]} en nog 3")
    assert view_log.ref_list([]) == "0 casussen" and view_log.ref_list(["X"]) == "1 casus: X"


def test_mijn_gezinnen_is_one_entry_per_call_not_one_per_household(example_ws):
    ws = example_ws
    second = register_case(
        ws,
        CaseInput(
            kind="doorbraak",
            area="VRH",
            main_category="multiprobleem",
            reported_by="POLITIE",
            start_date=TEST_DAY,
            persons=(PersonInput("Zwartbroek", "ouder", "Quintijn"),),
        ),
    )
    ref = next(r.case_ref for r in families.my_families(ws) if r.case_id == second)
    since = last_seq(ws)
    rows = families.my_families(ws)
    assert len(rows) == 2 and any(r.household for r in rows)
    entry = one_entry(ws, since)
    assert (entry.action, entry.object_type, entry.case_id) == ("list", "case", None)
    assert entry.details == "Mijn gezinnen; 2 huishoudens: " + ", ".join(r.case_ref for r in rows)
    assert ref in entry.details


def test_mijn_afspraken_is_one_entry_naming_the_cases_not_the_afspraken(example_ws):
    ws = example_ws
    since = last_seq(ws)
    mine = actions.my_actions(ws, organisation="WONING")
    assert [a.description for a in mine.overdue] == ["Opschoondag met bewoners organiseren"]
    entry = one_entry(ws, since)
    assert (entry.action, entry.object_type) == ("list", "action")
    assert entry.details == "Mijn afspraken van WONING; 1 afspraak in 1 casus: 2026-002"


def test_the_duplicate_check_logs_what_it_probed_with_and_found_never_the_values(example_ws):
    ws = example_ws
    probe = CaseInput(
        kind="doorbraak",
        area="VRH",
        main_category="multiprobleem",
        reported_by="POLITIE",
        start_date=TEST_DAY,
        street="Nieuwe Weg",
        house_number="7",
        postcode="6432 XY",
        persons=(PersonInput("Voorbeeld", "moeder", "Sanne", birth_date=dt.date(1998, 2, 11)),),
    )
    since = last_seq(ws)
    assert [c.ref for c in find_duplicates(ws, probe)] == ["2026-003"]
    entry = one_entry(ws, since)
    assert (entry.action, entry.object_type, entry.case_id) == ("search", "case", None)
    assert (
        entry.details == "dubbele-casuscontrole op adres, naam en geboortedatum; gevonden: 1 casus: 2026-003"
    )
    assert_contentless(ws, [entry], "Nieuwe Weg", "6432")
    # Registering runs the same check: the candidates shown to the user are one entry.
    since = last_seq(ws)
    with pytest.raises(PossibleDuplicate):
        register_case(ws, probe)
    assert [e.details for e in entries_since(ws, since)] == [entry.details]


# -- overleg ---------------------------------------------------------------------------------------------
def test_agenda_verslag_and_afsprakenlijst_are_one_entry_each_with_the_meeting_as_reason(example_ws):
    ws = example_ws
    meeting = next(m for m in meetings.list_meetings(ws) if m.ref == MEETING)
    for read, what in (
        (lambda: meeting_agenda.agenda(ws, meeting.id), "agenda; 1 casus: 2026-001"),
        (lambda: meeting_minutes.minutes(ws, meeting.id), "verslag; 1 casus: 2026-001"),
        (lambda: meeting_minutes.action_list(ws, meeting.id), "afsprakenlijst; 0 casussen"),
    ):
        since = last_seq(ws)
        read()
        entry = one_entry(ws, since)
        assert (entry.action, entry.object_type, entry.object_id, entry.reason, entry.details) == (
            "view",
            "meeting",
            MEETING,
            f"overleg {MEETING}",
            what,
        )


def test_a_printed_verslag_is_one_print_entry_naming_its_cases(example_ws, tmp_path):
    from casus_app.reports.meetings import minutes
    from casus_app.services.documents import write_minutes

    ws = example_ws
    meeting = next(m for m in meetings.list_meetings(ws) if m.ref == MEETING)
    since = last_seq(ws)
    write_minutes(ws, meeting.id, tmp_path / "verslag.pdf", minutes.render)
    entry = one_entry(ws, since)
    assert (entry.action, entry.object_id, entry.details) == ("print", MEETING, "verslag; 1 casus: 2026-001")


# -- inzage ----------------------------------------------------------------------------------------------
def test_the_inzage_search_names_where_it_found_the_person_not_who(example_ws):
    ws = example_ws
    since = last_seq(ws)
    (match,) = inzage.find_person(ws, "Sanne Voorbeeld", dt.date(1998, 2, 11))
    assert match.case_ref == "2026-003"
    entry = one_entry(ws, since)
    assert (entry.action, entry.object_type) == ("search", "inzage")
    assert entry.details == "gezocht op naam en geboortedatum; 1 treffer in 1 casus: 2026-003"


# -- no log, no view -------------------------------------------------------------------------------------
def test_a_list_whose_entry_cannot_be_written_shows_nothing(example_ws, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise RuntimeError("log full")

    monkeypatch.setattr(view_log.audit, "append", refuse)
    for show in (lambda: list_cases(example_ws), lambda: families.my_families(example_ws)):
        with pytest.raises(RuntimeError):
            show()
