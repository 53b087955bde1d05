"""The life of an overleg: planned ahead, started, finished, cancelled, changed or deleted; who may
plan one where; a second one on the same day; attendance per person; the doorbraakteam for all of
Heerlen-Noord and the Jeugd Preventie Platform."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.domain.errors import ImportRejected, InvalidInput, NotFound, PermissionDenied
from casus_app.services.access import plannable_meeting_kinds
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.cases.actions import ActionInput, add_action, default_deadline
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.services.exchange.export import export_register
from casus_app.services.exchange.importer import import_file
from casus_app.services.meetings import attendance
from casus_app.services.meetings.agenda import add_to_agenda, agenda, build_agenda
from casus_app.services.meetings.attendance import Attendee, regular_attendees, set_attendance
from casus_app.services.meetings.minutes import minutes
from casus_app.services.meetings.overleg import (
    CANCELLED,
    FINISHED,
    PLANNED,
    RUNNING,
    MeetingInput,
    SameDayMeeting,
    cancel_meeting,
    create_meeting,
    delete_meeting,
    finish_meeting,
    get_meeting,
    list_meetings,
    previous_meeting_date,
    record_discussion,
    same_day_meetings,
    start_meeting,
    update_meeting,
)
from casus_app.storage.models import AuditEntry, Discussion, Meeting
from tests.conftest import TEST_DAY

TODAY = TEST_DAY
NEXT_WEEK = TODAY + dt.timedelta(days=7)
TEAM = (Attendee("Anja Smeets", "POLITIE"), Attendee("Kees Bos", "BUURTTEAM"))


def new_case(ws, area: str = "HSB", *, kind: str = "casuistiek", category: str = "woonoverlast") -> int:
    return register_case(
        ws,
        CaseInput(
            kind=kind,
            area=area,
            main_category=category,
            reported_by="POLITIE",
            start_date=TODAY - dt.timedelta(days=30),
            street="Akerstraat",
            house_number="12",
        ),
        allow_duplicate=True,
    )


def entries(ws, ref: str) -> list[AuditEntry]:
    with ws.register.read_session() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.object_id == ref).order_by(AuditEntry.seq))
        )


def plan(ws, day=NEXT_WEEK, kind="casuistiekoverleg", area="HSB", **extra) -> int:
    return create_meeting(ws, MeetingInput(kind, area, day, **extra))


def test_planned_ahead_then_started_and_finished(example_ws):
    ws = example_ws
    meeting_id = plan(
        ws, start_time=dt.time(14, 30), place=" Stadhuis, zaal 2 ", chair="Anja Smeets", attendees=TEAM
    )
    meeting = get_meeting(ws, meeting_id)
    assert (meeting.status, meeting.start_time, meeting.place) == (
        PLANNED,
        dt.time(14, 30),
        "Stadhuis, zaal 2",
    )
    assert [a.text for a in meeting.attendees] == [
        "Anja Smeets (Politie, basisteam Heerlen)",
        "Kees Bos (Buurtteams Heerlen)",
    ]
    assert meeting.organisations == ("BUURTTEAM", "POLITIE")
    start_meeting(ws, meeting_id)
    assert get_meeting(ws, meeting_id).status == RUNNING
    finish_meeting(ws, meeting_id)
    assert get_meeting(ws, meeting_id).status == FINISHED
    details = [e.details for e in entries(ws, meeting.ref)]
    assert details[-2:] == ["gestart", "afgerond"]
    with pytest.raises(InvalidInput, match="afgerond"):
        cancel_meeting(ws, meeting_id)
    with pytest.raises(InvalidInput, match="al gehouden"):
        delete_meeting(ws, meeting_id)


def test_a_planned_meeting_is_changed_cancelled_or_deleted_and_each_is_audited(example_ws):
    ws = example_ws
    changed = plan(ws, chair="Anja Smeets")
    update_meeting(
        ws,
        changed,
        MeetingInput(
            "casuistiekoverleg",
            "HSB",
            NEXT_WEEK + dt.timedelta(days=1),
            chair="Anja Smeets",
            place="Buurthuis",
        ),
    )
    after = get_meeting(ws, changed)
    assert (after.date, after.place) == (NEXT_WEEK + dt.timedelta(days=1), "Buurthuis")
    assert entries(ws, after.ref)[-1].details == "gewijzigd: datum, plaats"

    cancelled = plan(ws, day=NEXT_WEEK + dt.timedelta(days=14))
    cancel_meeting(ws, cancelled)
    assert get_meeting(ws, cancelled).status == CANCELLED
    with pytest.raises(InvalidInput, match="geannuleerd"):
        start_meeting(ws, cancelled)
    with pytest.raises(InvalidInput, match="geannuleerd"):
        build_agenda(ws, cancelled)

    deleted = plan(ws, day=NEXT_WEEK + dt.timedelta(days=28))
    build_agenda(ws, deleted)  # an agenda built beforehand goes with it
    ref = get_meeting(ws, deleted).ref
    delete_meeting(ws, deleted)
    with pytest.raises(NotFound):
        get_meeting(ws, deleted)
    with ws.register.read_session() as session:
        assert session.scalar(select(Discussion.id).where(Discussion.meeting_id == deleted)) is None
    last = entries(ws, ref)[-1]
    assert (last.action, last.details.split(":")[0]) == ("delete", "verwijderd")

    # Once something is recorded, it stays.
    held = plan(ws, day=NEXT_WEEK + dt.timedelta(days=35))
    record_discussion(ws, add_to_agenda(ws, held, new_case(ws)), note="Besproken.", decisions=None)
    with pytest.raises(InvalidInput, match="vastgelegd"):
        delete_meeting(ws, held)


def test_a_second_meeting_on_the_same_day_asks_first(example_ws):
    ws = example_ws
    first = plan(ws)
    assert same_day_meetings(ws, "casuistiekoverleg", "HSB", NEXT_WEEK) == [get_meeting(ws, first).ref]
    with pytest.raises(SameDayMeeting) as caught:
        plan(ws)
    assert caught.value.existing == [get_meeting(ws, first).ref]
    # Another soort, or another gebied, on that day is no question.
    plan(ws, kind="leefbaarheidsoverleg")
    plan(ws, area="VRH")
    second = create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", NEXT_WEEK), allow_duplicate=True)
    assert get_meeting(ws, second).ref.endswith("-2")
    # Moving another meeting onto that day asks too; a cancelled one does not count.
    later = plan(ws, day=NEXT_WEEK + dt.timedelta(days=7))
    with pytest.raises(SameDayMeeting):
        update_meeting(ws, later, MeetingInput("casuistiekoverleg", "HSB", NEXT_WEEK))
    cancel_meeting(ws, first)
    cancel_meeting(ws, second)
    update_meeting(ws, later, MeetingInput("casuistiekoverleg", "HSB", NEXT_WEEK))
    # The doorbraakteam is one team: a second one that day asks, whatever gebied it is recorded in.
    plan(ws, kind="doorbraakteam", area="HSB")
    with pytest.raises(SameDayMeeting):
        plan(ws, kind="doorbraakteam", area="VRH")


def test_attendance_per_person_during_and_after_the_meeting(example_ws):
    ws = example_ws
    earlier = plan(ws, day=TODAY - dt.timedelta(days=14), attendees=TEAM)
    finish_meeting(ws, earlier)
    # The regular members: those present at the previous overleg of this soort and gebied.
    regulars = regular_attendees(ws, "casuistiekoverleg", "HSB")
    assert [(a.name, a.organisation) for a in regulars] == [
        ("Anja Smeets", "POLITIE"),
        ("Kees Bos", "BUURTTEAM"),
    ]
    assert regular_attendees(ws, "leefbaarheidsoverleg", "HSB") == []

    meeting_id = plan(ws, day=TODAY, attendees=tuple(regulars))
    start_meeting(ws, meeting_id)
    set_attendance(ws, meeting_id, [TEAM[0], Attendee("Fatima el Idrissi", "GGD"), Attendee("", "WONING")])
    meeting = get_meeting(ws, meeting_id)
    assert [(a.name, a.organisation) for a in meeting.attendees] == [
        ("Anja Smeets", "POLITIE"),
        ("Fatima el Idrissi", "GGD"),
        ("", "WONING"),
    ]
    assert meeting.organisations == ("GGD", "POLITIE", "WONING")  # the exchange format's aanwezig
    finish_meeting(ws, meeting_id)
    # After the meeting a forgotten name may still be added; the verslag shows it.
    set_attendance(
        ws, meeting_id, [*get_meeting(ws, meeting_id).attendees, Attendee("Kees Bos", "BUURTTEAM")]
    )
    present = minutes(ws, meeting_id, log=False).present
    assert "Kees Bos (Buurtteams Heerlen)" in present and "Fatima el Idrissi (GGD)" in present
    assert entries(ws, meeting.ref)[-1].details == "aanwezigen: 3 personen van 4 organisaties"
    assert "Kees" not in "".join(e.details or "" for e in entries(ws, meeting.ref))

    with pytest.raises(InvalidInput, match="Kies de organisatie"):
        set_attendance(ws, meeting_id, [Attendee("Zonder organisatie", "")])
    with pytest.raises(InvalidInput, match="Onbekende organisatie"):
        set_attendance(ws, meeting_id, [Attendee("Iemand", "NIEMAND")])
    assert len(get_meeting(ws, meeting_id).attendees) == 4  # nothing lost on bad input
    cancelled = plan(ws, day=NEXT_WEEK)
    cancel_meeting(ws, cancelled)
    with pytest.raises(InvalidInput, match="geannuleerd"):
        set_attendance(ws, cancelled, TEAM)


def test_only_users_with_access_to_a_gebied_plan_an_overleg_there(example_ws, register_path):
    ws = example_ws
    add_user(ws, "hsb", "hoensbroek wachtwoord", Role.PROFESSIONAL, areas=["HSB"], organisation="POLITIE")
    add_user(ws, "coach", "gezinscoach wachtwoord", Role.FAMILY_COACH, organisation="BUURTTEAM")
    ws.close()
    professional = login.login(register_path, "hsb", "hoensbroek wachtwoord")
    try:
        with pytest.raises(PermissionDenied, match="gebied waarin u werkt"):
            create_meeting(professional, MeetingInput("casuistiekoverleg", "VRH", NEXT_WEEK))
        with pytest.raises(PermissionDenied):
            create_meeting(professional, MeetingInput("doorbraakteam", "VRH", NEXT_WEEK))
        own = create_meeting(professional, MeetingInput("jeugdpreventieplatform", "HSB", NEXT_WEEK))
        assert get_meeting(professional, own).ref == f"OV-{NEXT_WEEK.isoformat()}-HSB-J"
    finally:
        professional.close()
    coach = login.login(register_path, "coach", "gezinscoach wachtwoord")
    try:
        assert plannable_meeting_kinds(coach.actor) == ["doorbraakteam"]
        with pytest.raises(PermissionDenied, match="alleen een doorbraakteam"):
            create_meeting(coach, MeetingInput("casuistiekoverleg", "HSB", NEXT_WEEK))
        team = create_meeting(coach, MeetingInput("doorbraakteam", "VRH", NEXT_WEEK))
        assert get_meeting(coach, team).status == PLANNED  # what a gezinscoach plans, they can open
    finally:
        coach.close()


def test_the_doorbraakteam_takes_cases_of_every_gebied(example_ws, register_path):
    ws = example_ws
    hsb = new_case(ws, "HSB", kind="doorbraak", category="multiprobleem")
    vrh = new_case(ws, "VRH", kind="doorbraak", category="multiprobleem")
    meeting_id = plan(ws, day=TODAY, kind="doorbraakteam", area="HSB")
    proposed = {i.case_id for i in build_agenda(ws, meeting_id)}
    assert {hsb, vrh} <= proposed  # both gebieden, by themselves
    other = new_case(ws, "VRH", kind="doorbraak", category="multiprobleem")
    add_to_agenda(ws, meeting_id, other)  # and by hand (refused before)
    for item in agenda(ws, meeting_id):
        record_discussion(ws, item.discussion_id, note=f"Besproken {item.ref}.", decisions=None)
    report = minutes(ws, meeting_id, log=False)
    assert report.area_name == "Heerlen-Noord"
    assert {c.ref for c in report.discussed} >= {
        c.ref for c in agenda(ws, meeting_id) if c.case_id in (hsb, vrh, other)
    }
    # A casuïstiekoverleg still refuses a case of another gebied.
    casework = plan(ws, day=TODAY)
    with pytest.raises(InvalidInput, match="ander gebied"):
        add_to_agenda(ws, casework, new_case(ws, "VRH"))

    # A professional of one gebied sees the team's meeting, but only their own gebied's cases on it.
    add_user(ws, "hsb", "hoensbroek wachtwoord", Role.PROFESSIONAL, areas=["HSB"], organisation="POLITIE")
    ws.close()
    professional = login.login(register_path, "hsb", "hoensbroek wachtwoord")
    try:
        assert meeting_id in [m.id for m in list_meetings(professional)]
        assert {i.case_id for i in agenda(professional, meeting_id)} == {hsb}
    finally:
        professional.close()


def test_the_jpp_follows_its_own_youths_and_stays_out_of_an_export(example_ws, tmp_path):
    ws = example_ws
    youth, other = new_case(ws), new_case(ws)
    first = plan(ws, day=TODAY - dt.timedelta(days=21), kind="jeugdpreventieplatform")
    assert build_agenda(ws, first) == []  # it takes no casuïstiek case by itself
    add_to_agenda(ws, first, youth)
    add_action(ws, youth, ActionInput("Gesprek op school", "BUURTTEAM", deadline=TODAY), meeting_id=first)
    finish_meeting(ws, first)
    second = plan(ws, day=TODAY, kind="jeugdpreventieplatform")
    assert [i.case_id for i in build_agenda(ws, second)] == [youth]  # its afspraak is due
    assert other in {i.case_id for i in build_agenda(ws, plan(ws, day=TODAY))}  # the casuïstiekoverleg's
    # An afspraak of a casuïstiek case is due at the next casuïstiekoverleg, not at the JPP.
    casework = plan(ws, day=TODAY + dt.timedelta(days=10))
    plan(ws, day=TODAY + dt.timedelta(days=3), kind="jeugdpreventieplatform")
    assert default_deadline(ws, other) == get_meeting(ws, casework).date

    summary = export_register(ws, tmp_path / "export.json")
    document = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert {m["soort"] for m in document["overleggen"]} <= {
        "leefbaarheidsoverleg",
        "casuistiekoverleg",
        "doorbraakteam",
    }
    assert (summary.left_out_youth, summary.meetings) == (3, len(document["overleggen"]))
    assert "3 van het Jeugd Preventie Platform" in summary.text
    with ws.register.read_session() as session:
        logged = session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "export").order_by(AuditEntry.seq.desc())
        ).first()
    assert logged == f"uitwisselbestand, {summary.text}"

    # A file naming the JPP is refused: the format does not know it.
    document["overleggen"] = [
        {"ref": "OV-JPP", "soort": "jeugdpreventieplatform", "gebied": "HSB", "datum": "2026-11-01"}
    ]
    document["casussen"] = []
    (tmp_path / "jpp.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportRejected, match="soort"):
        import_file(ws, tmp_path / "jpp.json")


def test_a_cancelled_meeting_is_not_the_previous_one_and_not_exported(example_ws, tmp_path):
    ws = example_ws
    cancelled = plan(ws, day=TODAY - dt.timedelta(days=7))
    cancel_meeting(ws, cancelled)
    with ws.register.read_session() as session:
        meeting = session.get(Meeting, plan(ws, day=TODAY))
        assert previous_meeting_date(session, meeting) == dt.date(
            2026, 4, 9
        )  # the example's, not the cancelled
    summary = export_register(ws, tmp_path / "e.json")
    assert summary.left_out_cancelled == 1 and "1 geannuleerd" in summary.text
    refs = {m["ref"] for m in json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["overleggen"]}
    assert get_meeting(ws, cancelled).ref not in refs
    assert attendance.CANCELLED == CANCELLED
