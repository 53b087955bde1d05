"""Planning an overleg, the agenda that builds itself, the chair's changes, and recording a bespreking."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.cases.actions import ActionInput, add_action
from casus_app.services.cases.editing import close_case, mark_for_discussion, register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.services.meetings.agenda import (
    ADDED,
    DUE,
    MARKED,
    NEW,
    STALE,
    add_to_agenda,
    agenda,
    build_agenda,
    move_item,
    propose_agenda,
    remove_from_agenda,
)
from casus_app.services.meetings.overleg import (
    MeetingInput,
    case_at_meeting,
    create_meeting,
    finish_meeting,
    get_meeting,
    list_meetings,
    record_discussion,
    start_meeting,
    update_meeting,
)
from casus_app.storage.models import AuditEntry, Case
from tests.conftest import TEST_DAY

TODAY = TEST_DAY  # the day tests/conftest.py fixes the app's clock on


def new_case(
    ws, start_days_ago: int, *, kind="casuistiek", category="woonoverlast", street="Kolenberg"
) -> int:
    return register_case(
        ws,
        CaseInput(
            kind=kind,
            area="HSB",
            main_category=category,
            reported_by="POLITIE",
            lead="BUURTTEAM",
            start_date=TODAY - dt.timedelta(days=start_days_ago),
            street=street,
            house_number=str(start_days_ago),
            postcode="6431AB",
        ),
        allow_duplicate=True,
    )


def casuistiek(ws, days_from_today: int = 0, organisations=("POLITIE", "BUURTTEAM")) -> int:
    return create_meeting(
        ws,
        MeetingInput(
            "casuistiekoverleg",
            "HSB",
            TODAY + dt.timedelta(days=days_from_today),
            chair="Voorzitter",
            minute_taker="Notulist",
            organisations=organisations,
        ),
    )


@pytest.fixture
def register(example_ws):
    """Cases chosen so that each agenda rule, and each reason to stay off, occurs once."""
    ws = example_ws
    earlier = casuistiek(ws, -14)
    cases = {
        "new": new_case(ws, 3),
        "due": new_case(ws, 100),
        "marked": new_case(ws, 101),
        "silent": new_case(ws, 102),
        "recent": new_case(ws, 103),
        "closed": new_case(ws, 104),
        "other_kind": new_case(ws, 105, kind="leefbaarheid", category="zwerfafval"),
    }
    for name in ("due", "marked", "recent"):
        record_discussion(ws, add_to_agenda(ws, earlier, cases[name]), note="Besproken.", decisions=None)
    add_action(
        ws,
        cases["due"],
        ActionInput("Huisbezoek", "BUURTTEAM", deadline=TODAY - dt.timedelta(days=1)),
        meeting_id=earlier,
    )
    mark_for_discussion(ws, cases["marked"])
    close_case(ws, cases["closed"], "doel_bereikt")
    return ws, cases, earlier


def test_the_agenda_builds_itself_from_the_four_rules_in_order_of_need(register):
    ws, cases, _ = register
    meeting_id = casuistiek(ws)
    items = build_agenda(ws, meeting_id)
    # All green: aanmeldingen first (the one silent longest first), then the late afspraak, then silence.
    assert [(i.case_id, i.reasons) for i in items] == [
        (cases["marked"], (MARKED,)),
        (cases["new"], (NEW,)),
        (cases["due"], (DUE,)),
        (cases["silent"], (STALE,)),
    ]
    assert not any(i.discussed for i in items)
    due = items[2]
    assert (due.days_late, items[0].days_late) == (1, None)
    assert (due.open_actions, due.overdue_actions, due.lead, due.category) == (
        1,
        1,
        "BUURTTEAM",
        "Woonoverlast",
    )
    # Building again adds nothing twice.
    assert [i.discussion_id for i in build_agenda(ws, meeting_id)] == [i.discussion_id for i in items]
    summary = get_meeting(ws, meeting_id)
    assert (summary.items, summary.discussed, summary.organisations) == (4, 0, ("BUURTTEAM", "POLITIE"))


def test_silent_cases_are_capped_longest_silent_first(register):
    ws, cases, _ = register
    meeting_id = casuistiek(ws)
    # With one week, the case discussed two weeks ago is silent too; the cap keeps the never-discussed one.
    one_week = {p.case_id: p.reasons for p in propose_agenda(ws, meeting_id, weeks=1)}
    assert STALE in one_week[cases["recent"]] and STALE in one_week[cases["silent"]]
    capped = [
        p.case_id for p in propose_agenda(ws, meeting_id, weeks=1, max_stale=1) if p.reasons == (STALE,)
    ]
    assert capped == [cases["silent"]]


def test_the_chair_reorders_adds_and_removes(register):
    ws, cases, _ = register
    meeting_id = casuistiek(ws)
    items = build_agenda(ws, meeting_id)
    move_item(ws, meeting_id, items[3].discussion_id, -3)
    assert [i.case_id for i in agenda(ws, meeting_id)][0] == cases["silent"]
    added = add_to_agenda(ws, meeting_id, cases["recent"])
    assert agenda(ws, meeting_id)[-1].reasons == (ADDED,)
    assert add_to_agenda(ws, meeting_id, cases["recent"]) == added  # never twice
    remove_from_agenda(ws, added)
    assert cases["recent"] not in [i.case_id for i in agenda(ws, meeting_id)]
    record_discussion(ws, items[0].discussion_id, note="Eerste bespreking.", decisions=None)
    with pytest.raises(InvalidInput, match="blijft in het verslag"):
        remove_from_agenda(ws, items[0].discussion_id)


def test_a_bespreking_is_recorded_audited_and_final_once_the_meeting_is_finished(register):
    ws, cases, _ = register
    meeting_id = casuistiek(ws)
    start_meeting(ws, meeting_id)
    items = {i.case_id: i for i in build_agenda(ws, meeting_id)}
    detail = case_at_meeting(ws, meeting_id, cases["marked"])
    assert detail.id == cases["marked"]
    record_discussion(
        ws,
        items[cases["marked"]].discussion_id,
        note="Buren horen weer geluid.",
        decisions="Regie blijft bij het buurtteam.",
    )
    item = next(i for i in agenda(ws, meeting_id) if i.case_id == cases["marked"])
    assert (item.discussed, item.note, item.decisions) == (
        True,
        "Buren horen weer geluid.",
        "Regie blijft bij het buurtteam.",
    )
    with ws.register.read_session() as session:
        assert not session.get(Case, cases["marked"]).marked_for_discussion
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.case_id == cases["marked"])))
    ref = get_meeting(ws, meeting_id).ref
    assert any(e.action == "view" and e.reason == f"overleg {ref}" for e in entries)
    change = [e for e in entries if e.object_type == "discussion"][-1]
    assert change.details == "gewijzigd: notitie, besluiten, besproken, agendering"
    assert "geluid" not in "".join(e.details or "" for e in entries)

    update_meeting(
        ws,
        meeting_id,
        MeetingInput(
            "casuistiekoverleg", "HSB", TODAY, chair="Ander", organisations=("POLITIE", "GGD", "WONING")
        ),
    )
    assert get_meeting(ws, meeting_id).organisations == ("GGD", "POLITIE", "WONING")
    finish_meeting(ws, meeting_id)
    assert get_meeting(ws, meeting_id).status == "afgerond"
    with pytest.raises(InvalidInput, match="afgerond"):
        record_discussion(ws, items[cases["new"]].discussion_id, note="Te laat", decisions=None)
    with pytest.raises(InvalidInput, match="afgerond"):
        add_action(ws, cases["new"], ActionInput("Iets", "POLITIE"), meeting_id=meeting_id)


def test_meetings_follow_the_gebieden_of_the_user(register, register_path):
    ws, cases, earlier = register
    with pytest.raises(InvalidInput, match="onbekende organisatie"):
        create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", TODAY, organisations=("NIEMAND",)))
    add_user(ws, "vrh", "vrieheide wachtwoord", Role.PROFESSIONAL, areas=["VRH"], organisation="POLITIE")
    ws.close()
    other = login.login(register_path, "vrh", "vrieheide wachtwoord")
    try:
        # Of another gebied only the doorbraakteam, which serves all of Heerlen-Noord.
        assert {m.kind for m in list_meetings(other) if m.area != "VRH"} <= {"doorbraakteam"}
        with pytest.raises(NotFound):
            agenda(other, earlier)
        with pytest.raises(PermissionDenied, match="gebied waarin u werkt"):
            create_meeting(other, MeetingInput("casuistiekoverleg", "HSB", TODAY))
        own = create_meeting(other, MeetingInput("leefbaarheidsoverleg", "VRH", TODAY))
        assert [m.id for m in list_meetings(other) if m.kind != "doorbraakteam"] == [own]
        assert get_meeting(other, own).ref == f"OV-{TODAY.isoformat()}-VRH-L"
    finally:
        other.close()
