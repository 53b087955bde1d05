"""Nothing put on an agenda is lost (carry-over), the agenda has a size and an order by need, the
rest waits and can be pulled in; the history of a case counts real besprekingen only."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from casus_app.domain.errors import InvalidInput, NotFound
from casus_app.services.cases import queries
from casus_app.services.cases.actions import ActionInput, add_action
from casus_app.services.cases.editing import close_case, mark_for_discussion, set_escalation
from casus_app.services.exchange import export
from casus_app.services.meetings.agenda import (
    DEFAULT_SIZE,
    DUE,
    NEW,
    add_to_agenda,
    agenda,
    build_agenda,
    propose_agenda,
    remove_from_agenda,
)
from casus_app.services.meetings.overleg import (
    MeetingInput,
    create_meeting,
    finish_meeting,
    record_discussion,
)
from casus_app.services.meetings.waiting import agenda_size, pull_in, set_agenda_size, waiting
from casus_app.storage.models import AuditEntry
from tests.conftest import TEST_DAY
from tests.services.meetings.test_meetings import casuistiek, new_case

TODAY = TEST_DAY


def _ids(items) -> list[int]:
    return [i.case_id for i in items]


def test_a_case_not_reached_is_carried_over_until_it_is_discussed(example_ws):
    ws = example_ws
    first = casuistiek(ws, -28)
    skipped = new_case(ws, 30)  # registered before the first overleg: new there
    reached = new_case(ws, 31)
    items = {i.case_id: i for i in build_agenda(ws, first)}
    assert items[skipped].reasons == (NEW,) and items[skipped].carried_since is None
    record_discussion(ws, items[reached].discussion_id, note="Besproken.", decisions=None)
    finish_meeting(ws, first)  # the first overleg ran out of time: `skipped` was not reached

    # Two weeks later it is no longer new, but it comes back by itself, marked doorgeschoven.
    second = casuistiek(ws, -14)
    carried = {i.case_id: i for i in build_agenda(ws, second)}
    assert skipped in carried and reached not in carried
    assert carried[skipped].carried_since == TODAY - dt.timedelta(days=28)
    assert NEW not in carried[skipped].reasons
    assert _ids(agenda(ws, second))[0] == skipped  # doorgeschoven comes first
    finish_meeting(ws, second)  # skipped again

    # A third time: still there, still since the date it was first put on.
    third = casuistiek(ws)
    again = {i.case_id: i for i in build_agenda(ws, third)}
    assert again[skipped].carried_since == TODAY - dt.timedelta(days=28)
    record_discussion(ws, again[skipped].discussion_id, note="Eindelijk besproken.", decisions=None)
    finish_meeting(ws, third)

    # Discussed at last: the next overleg does not carry it any more.
    fourth = casuistiek(ws, 14)
    assert skipped not in _ids(build_agenda(ws, fourth))
    with ws.register.read_session() as session:
        details = [
            e.details for e in session.scalars(select(AuditEntry).where(AuditEntry.object_type == "meeting"))
        ]
    assert "agenda aangevuld: 1 casussen, waarvan 1 doorgeschoven" in details


def test_carry_over_keeps_to_its_soort_and_gebied_and_ends_with_the_case(example_ws):
    ws = example_ws
    first = casuistiek(ws, -14)
    skipped, closed = new_case(ws, 20), new_case(ws, 21)
    build_agenda(ws, first)
    close_case(ws, closed, "doel_bereikt")
    other_kind = create_meeting(ws, MeetingInput("leefbaarheidsoverleg", "HSB", TODAY))
    assert skipped not in _ids(build_agenda(ws, other_kind))
    nxt = _ids(build_agenda(ws, casuistiek(ws)))
    assert skipped in nxt and closed not in nxt


def test_the_agenda_takes_its_size_in_order_of_need_and_the_rest_waits(example_ws):
    ws = example_ws
    earlier = casuistiek(ws, -21)
    late = {}
    for days in (5, 40, 200):  # how late each case's afspraak is on the meeting date
        case_id = new_case(ws, 300 + days)
        add_action(
            ws,
            case_id,
            ActionInput("Huisbezoek", "BUURTTEAM", deadline=TODAY - dt.timedelta(days=days)),
            today=TODAY - dt.timedelta(days=days + 10),
        )
        late[days] = case_id
    red = new_case(ws, 250)  # the least late afspraak, but escalated
    add_action(
        ws,
        red,
        ActionInput("Gesprek", "POLITIE", deadline=TODAY - dt.timedelta(days=1)),
        today=TODAY - dt.timedelta(days=30),
    )
    set_escalation(ws, red, "rood")
    marked = new_case(ws, 251)
    fresh = new_case(ws, 2)
    for case_id in (*late.values(), red, marked):
        record_discussion(ws, add_to_agenda(ws, earlier, case_id), note="Eerder besproken.", decisions=None)
    finish_meeting(ws, earlier)
    mark_for_discussion(ws, marked)  # a partner asks for it again

    meeting_id = casuistiek(ws)
    assert agenda_size(ws, meeting_id) == DEFAULT_SIZE
    set_agenda_size(ws, meeting_id, 3)
    proposals = propose_agenda(ws, meeting_id)
    # Escalation first, then aanmeldingen (the longest silent first), then the latest afspraak.
    assert _ids(proposals) == [red, marked, fresh, late[200], late[40], late[5]]
    assert [p.waiting for p in proposals] == [False] * 3 + [True] * 3
    assert _ids(build_agenda(ws, meeting_id)) == [red, marked, fresh]
    waits = waiting(ws, meeting_id)
    assert _ids(waits) == [late[200], late[40], late[5]]
    assert [(w.reasons, w.days_late) for w in waits] == [((DUE,), 200), ((DUE,), 40), ((DUE,), 5)]

    # The chair pulls one in: it goes at the end, with the reason it waited for.
    discussion_id = pull_in(ws, meeting_id, late[40])
    item = agenda(ws, meeting_id)[-1]
    assert (item.discussion_id, item.case_id, item.reasons, item.days_late) == (
        discussion_id,
        late[40],
        (DUE,),
        40,
    )
    assert pull_in(ws, meeting_id, late[40]) == discussion_id  # never twice
    assert _ids(waiting(ws, meeting_id)) == [late[200], late[5]]
    with pytest.raises(NotFound, match="wacht niet"):
        pull_in(ws, meeting_id, new_case(ws, 1, kind="leefbaarheid", category="zwerfafval"))
    # A smaller agenda takes nothing off; building again adds nothing while it is full.
    set_agenda_size(ws, meeting_id, 1)
    assert len(build_agenda(ws, meeting_id)) == 4
    with pytest.raises(InvalidInput, match="agendagrootte"):
        set_agenda_size(ws, meeting_id, 0)

    # The next overleg of the series takes the size over; the waiting ones are not lost.
    nxt = casuistiek(ws, 14)
    assert agenda_size(ws, nxt) == 1
    with ws.register.read_session() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.object_type == "meeting")))
    assert any(e.details == "agendagrootte: 3" for e in entries)
    assert any(e.action == "view" and (e.details or "").startswith("wachtend;") for e in entries)
    assert any(
        e.details == "agenda: wachtende casus erbij genomen" and e.case_id == late[40] for e in entries
    )


def test_history_counts_real_besprekingen_only(example_ws, tmp_path):
    ws = example_ws
    case_id = new_case(ws, 60)
    past = casuistiek(ws, -28)
    record_discussion(
        ws, add_to_agenda(ws, past, case_id), note="Echte notitie.", decisions="Regie bij buurtteam."
    )
    empty = casuistiek(ws, -14)
    add_to_agenda(ws, empty, case_id)  # on the agenda, not reached
    today = casuistiek(ws)
    add_to_agenda(ws, today, case_id)  # on today's agenda, not discussed yet
    ahead = casuistiek(ws, 14)
    record_discussion(ws, add_to_agenda(ws, ahead, case_id), note="Vooruit.", decisions=None)
    history = queries.get_case(ws, case_id).discussions
    assert [(d.date, d.note, d.decisions) for d in history] == [
        (TODAY - dt.timedelta(days=28), "Echte notitie.", "Regie bij buurtteam.")
    ]
    # The exchange format's "besproken" holds real besprekingen only as well.
    path = tmp_path / "uit.json"
    export.export_file(ws, path)
    text = path.read_text(encoding="utf-8")
    assert "Echte notitie." in text
    ref = queries.get_case(ws, case_id).ref
    meetings = {m["datum"]: m for m in json.loads(text)["overleggen"]}
    assert [b["casus"] for b in meetings[(TODAY - dt.timedelta(days=14)).isoformat()]["besproken"]] == []
    assert ref in [b["casus"] for b in meetings[(TODAY - dt.timedelta(days=28)).isoformat()]["besproken"]]
    remove_from_agenda(ws, agenda(ws, today)[0].discussion_id)
