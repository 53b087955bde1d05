"""Drafts of a bespreking: kept per user inside the register, gone once the bespreking is saved."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from casus_app.domain import clock
from casus_app.domain.enums import Role
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.services.meetings import drafts
from casus_app.services.meetings.agenda import add_to_agenda
from casus_app.services.meetings.overleg import MeetingInput, create_meeting, record_discussion
from casus_app.storage.models import AuditEntry, Discussion, DiscussionDraft, Person

DAY = dt.date(2027, 12, 31)


def _discussion(ws, area: str = "HSB") -> int:
    case_id = register_case(
        ws,
        CaseInput(
            kind="casuistiek",
            area=area,
            main_category="woonoverlast",
            reported_by="POLITIE",
            lead="BUURTTEAM",
            start_date=DAY - dt.timedelta(days=3),
            street="Kolenberg",
            house_number="3",
            postcode="6431AB",
        ),
        allow_duplicate=True,
    )
    meeting_id = create_meeting(ws, MeetingInput("casuistiekoverleg", area, DAY))
    return add_to_agenda(ws, meeting_id, case_id)


def _audit_count(ws) -> int:
    with ws.register.read_session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def test_a_draft_is_kept_replaced_and_gone_after_the_save(admin_ws):
    with clock.installed(clock.FixedClock(dt.datetime(2027, 12, 31, 23, 59, tzinfo=dt.UTC))):
        discussion_id = _discussion(admin_ws)
        entries = _audit_count(admin_ws)
        drafts.save_draft(admin_ws, discussion_id, note="eerste versie", decisions="")
        drafts.save_draft(admin_ws, discussion_id, note="tweede versie", decisions="besluit")
        draft = drafts.draft_for(admin_ws, discussion_id)
        assert (draft.note, draft.decisions) == ("tweede versie", "besluit")
        assert draft.saved_at == dt.datetime(2027, 12, 31, 23, 59, tzinfo=dt.UTC)
        assert _audit_count(admin_ws) == entries  # a draft changes nothing anyone else sees

        record_discussion(admin_ws, discussion_id, note="tweede versie", decisions="besluit")
        assert drafts.draft_for(admin_ws, discussion_id) is None
        assert _audit_count(admin_ws) == entries + 1


def test_a_draft_belongs_to_the_user_who_typed_it(admin_ws, register_path):
    with clock.installed(clock.DayClock(DAY)):
        discussion_id = _discussion(admin_ws)
    add_user(admin_ws, "petra", "een ander lang wachtwoord", Role.PROFESSIONAL, areas=["HSB"])
    add_user(admin_ws, "karel", "nog een lang wachtwoord", Role.PROFESSIONAL, areas=["VRH"])
    drafts.save_draft(admin_ws, discussion_id, note="van de beheerder", decisions="")
    admin_ws.close()

    petra = login.login(register_path, "petra", "een ander lang wachtwoord")
    try:
        assert drafts.draft_for(petra, discussion_id) is None
        drafts.save_draft(petra, discussion_id, note="van petra", decisions="")
        assert drafts.draft_for(petra, discussion_id).note == "van petra"
    finally:
        petra.close()

    karel = login.login(register_path, "karel", "nog een lang wachtwoord")  # another gebied
    try:
        drafts.save_draft(karel, discussion_id, note="mag niet", decisions="")
        assert drafts.draft_for(karel, discussion_id) is None
        with karel.register.read_session() as session:
            assert session.scalar(select(func.count()).select_from(DiscussionDraft)) == 2
    finally:
        karel.close()


def test_drafts_go_when_the_meeting_is_finished_or_a_betrokkene_is_erased(admin_ws):
    from casus_app.services.cases.form_input import PersonInput
    from casus_app.services.meetings.overleg import finish_meeting, start_meeting
    from casus_app.services.privacy import inzage

    ws = admin_ws
    with clock.installed(clock.DayClock(DAY)):
        finished = _discussion(ws)
        case_id = register_case(
            ws,
            CaseInput(
                kind="casuistiek",
                area="HSB",
                main_category="woonoverlast",
                reported_by="POLITIE",
                lead="BUURTTEAM",
                start_date=DAY - dt.timedelta(days=3),
                street="Akerstraat",
                house_number="77",
                postcode="6431AB",
                persons=(PersonInput(first_name="Kevin", last_name="Brüel", role="bewoner"),),
            ),
            allow_duplicate=True,
        )
        meeting_id = create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", DAY), allow_duplicate=True)
        erased = add_to_agenda(ws, meeting_id, case_id)
    drafts.save_draft(ws, finished, note="Niet opgeslagen", decisions="")
    drafts.save_draft(ws, erased, note="Kevin Brüel is bekend bij politie", decisions="")

    with ws.register.read_session() as session:
        finished_meeting = session.get(Discussion, finished).meeting_id
    start_meeting(ws, finished_meeting)
    finish_meeting(ws, finished_meeting)
    assert drafts.draft_for(ws, finished) is None
    assert drafts.draft_for(ws, erased) is not None  # another overleg's draft stays

    with ws.register.read_session() as session:
        person_id = session.scalar(select(Person.id).where(Person.case_id == case_id))
    inzage.erase_persons(ws, [person_id])
    with ws.register.read_session() as session:
        assert session.scalar(select(func.count()).select_from(DiscussionDraft)) == 0
