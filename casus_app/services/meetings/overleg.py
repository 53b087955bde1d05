"""Overleggen: planning one, changing, cancelling or deleting it, its status, and the bespreking
of each case on its agenda.

An overleg is planned ahead (gepland), held (bezig) and closed (afgerond: its verslag is final), or
cancelled (geannuleerd). The agenda itself (which cases come up, and in what order) is in
`meeting_agenda`; who is present in `attendance`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, exists, func, select
from sqlalchemy.orm import Session, aliased

from casus_app.domain.enums import CaseKind, MeetingKind
from casus_app.domain.errors import CasusError, InvalidInput, NotFound, Text, Texts
from casus_app.services import audit_events
from casus_app.services.access import (
    AREA_WIDE_MEETINGS,
    MEETING_FINISHED,
    require_case_access,
    require_discussion,
    require_meeting,
    require_meeting_planning,
    visible_meetings,
)
from casus_app.services.cases.queries import CaseDetail, get_case
from casus_app.services.meetings import drafts as meeting_drafts
from casus_app.services.meetings.attendance import (
    CANCELLED,
    Attendee,
    check_attendees,
    read_attendance,
    same_series,
    write_attendance,
)
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Action, Area, Case, Discussion, Meeting, Organisation

PLANNED, RUNNING, FINISHED = "gepland", "bezig", MEETING_FINISHED
STATUSES = (PLANNED, RUNNING, FINISHED, CANCELLED)
HEERLEN_NOORD = "Heerlen-Noord"  # what an area-wide overleg serves
CASE_KIND = {
    MeetingKind.LIVEABILITY.value: CaseKind.LIVEABILITY.value,
    MeetingKind.CASEWORK.value: CaseKind.CASEWORK.value,
    MeetingKind.BREAKTHROUGH_TEAM.value: CaseKind.BREAKTHROUGH.value,
    # The Jeugd Preventie Platform works as the casuïstiekoverleg does, on the youths it follows.
    MeetingKind.YOUTH_PREVENTION.value: CaseKind.CASEWORK.value,
}
_LETTER = {
    MeetingKind.LIVEABILITY.value: "L",
    MeetingKind.CASEWORK.value: "C",
    MeetingKind.BREAKTHROUGH_TEAM.value: "D",
    MeetingKind.YOUTH_PREVENTION.value: "J",
}
MAX_PLACE = 200


@dataclass(frozen=True)
class MeetingInput:
    kind: str
    area: str  # gebied code (for the doorbraakteam: where it is recorded)
    date: dt.date
    chair: str | None = None
    minute_taker: str | None = None
    organisations: tuple[str, ...] = ()  # present without a name, as organisation codes
    start_time: dt.time | None = None
    place: str | None = None
    attendees: tuple[Attendee, ...] = ()  # present, each with their organisation


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    ref: str
    kind: str
    area: str
    area_name: str
    date: dt.date
    chair: str | None
    minute_taker: str | None
    status: str
    organisations: tuple[str, ...]  # codes of the organisations present
    items: int = 0  # cases on the agenda
    discussed: int = 0
    start_time: dt.time | None = None
    place: str | None = None
    attendees: tuple[Attendee, ...] = ()  # the people present, then organisations without a name

    @property
    def case_kind(self) -> str:
        return CASE_KIND[self.kind]

    @property
    def area_wide(self) -> bool:
        """Serves all of Heerlen-Noord: cases of every gebied (the doorbraakteam)."""
        return self.kind in AREA_WIDE_MEETINGS

    @property
    def scope_name(self) -> str:
        """Whom the overleg serves: its gebied, or Heerlen-Noord."""
        return HEERLEN_NOORD if self.area_wide else self.area_name


class SameDayMeeting(CasusError):
    """An overleg of this soort and gebied is already planned on that day; `existing`: their refs."""

    def __init__(self, existing: list[str]) -> None:
        self.existing = existing
        super().__init__(
            "Er is op die dag al een overleg van deze soort in dit gebied: {refs}. Kies een andere datum, "
            "of bevestig dat er een tweede overleg komt.",
            refs=", ".join(existing),
        )


def _check(session: Session, data: MeetingInput) -> tuple[int, list[tuple[str, int]], list[int]]:
    """The gebied's id, the named people present and the organisations present without a name."""
    errors = []
    if data.kind not in CASE_KIND:
        errors.append(Text("kies de soort overleg"))
    area_id = session.scalar(select(Area.id).where(Area.code == data.area))
    if area_id is None:
        errors.append(Text("onbekend gebied '{area}'", area=data.area))
    codes = dict(session.execute(select(Organisation.code, Organisation.id)).all())
    unknown = [c for c in data.organisations if c not in codes]
    if unknown:
        errors.append(Text("onbekende organisatie: {codes}", codes=", ".join(unknown)))
    if len(_clean(data.place) or "") > MAX_PLACE:
        errors.append(Text("de plaats is langer dan {max_place} tekens", max_place=MAX_PLACE))
    if errors:
        raise InvalidInput("Het overleg is niet opgeslagen: {errors}.", errors=Texts(errors))
    assert area_id is not None  # an unknown gebied is one of the errors above
    people = check_attendees(session, data.attendees)
    return area_id, people, [codes[c] for c in dict.fromkeys(data.organisations)]


def _clean(value: str | None) -> str | None:
    return (value or "").strip() or None


def _same_day(
    session: Session, ws: Workspace, kind: str, area_id: int, day: dt.date, meeting: Meeting | None
) -> list[str]:
    return list(
        session.scalars(
            select(Meeting.ref)
            .where(
                same_series(meeting, kind, area_id),
                Meeting.date == day,
                Meeting.status != CANCELLED,
                visible_meetings(ws.actor),
            )
            .order_by(Meeting.id)
        )
    )


def same_day_meetings(
    ws: Workspace, kind: str, area: str, day: dt.date, *, exclude: int | None = None
) -> list[str]:
    """The refs of overleggen of this soort and gebied (the doorbraakteam: any) on `day`, not cancelled."""
    require_case_access(ws.actor)
    with ws.register.read_session() as session:
        area_id = session.scalar(select(Area.id).where(Area.code == area))
        if area_id is None:
            return []
        meeting = session.get(Meeting, exclude) if exclude is not None else None
        return _same_day(session, ws, kind, area_id, day, meeting)


def create_meeting(ws: Workspace, data: MeetingInput, *, allow_duplicate: bool = False) -> int:
    """Plan an overleg (status gepland); returns its id.

    Only where the user could open it afterwards (`access.require_meeting_planning`). Raises
    SameDayMeeting when one of the same soort and gebied is on that day already, unless
    `allow_duplicate` says the user saw it and wants a second one.
    """
    with ws.register.session() as session:
        area_id, people, organisation_ids = _check(session, data)
        require_meeting_planning(ws.actor, data.kind, area_id)
        if not allow_duplicate:
            existing = _same_day(session, ws, data.kind, area_id, data.date, None)
            if existing:
                raise SameDayMeeting(existing)
        base = f"OV-{data.date.isoformat()}-{data.area}-{_LETTER[data.kind]}"
        ref, n = base, 1
        while session.scalar(select(Meeting.id).where(Meeting.ref == ref)) is not None:
            n += 1
            ref = f"{base}-{n}"
        meeting = Meeting(
            ref=ref,
            kind=data.kind,
            area_id=area_id,
            date=data.date,
            start_time=data.start_time,
            place=_clean(data.place),
            chair=_clean(data.chair),
            minute_taker=_clean(data.minute_taker),
            status=PLANNED,
        )
        session.add(meeting)
        session.flush()
        write_attendance(session, meeting.id, people, organisation_ids)
        audit.append(session, audit_events.meeting_created(ws, ref))
        return meeting.id


def update_meeting(
    ws: Workspace, meeting_id: int, data: MeetingInput, *, allow_duplicate: bool = False
) -> None:
    """Change date, time, place, chair, minute-taker and who is present (not the soort or gebied).

    Moving it onto a day with another overleg of the series raises SameDayMeeting unless allowed.
    """
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        _, people, organisation_ids = _check(session, data)
        if not allow_duplicate and data.date != meeting.date:
            existing = _same_day(session, ws, meeting.kind, meeting.area_id, data.date, meeting)
            if existing:
                raise SameDayMeeting(existing)
        new = (data.date, data.start_time, _clean(data.place), _clean(data.chair), _clean(data.minute_taker))
        old = (meeting.date, meeting.start_time, meeting.place, meeting.chair, meeting.minute_taker)
        names = ("datum", "tijd", "plaats", "voorzitter", "notulist")
        changed = [name for name, a, b in zip(names, old, new, strict=True) if a != b]
        (meeting.date, meeting.start_time, meeting.place, meeting.chair, meeting.minute_taker) = new
        before = read_attendance(session, [meeting.id]).get(meeting.id, [])
        write_attendance(session, meeting.id, people, organisation_ids)
        after = read_attendance(session, [meeting.id]).get(meeting.id, [])
        if [(a.name, a.organisation) for a in before] != [(a.name, a.organisation) for a in after]:
            changed.append("aanwezigen")
        if changed:
            audit.append(
                session, audit_events.meeting_changed(ws, meeting.ref, "gewijzigd: " + ", ".join(changed))
            )


def _recorded(session: Session, meeting: Meeting) -> bool:
    """Whether anything was recorded at this overleg: a bespreking or an afspraak."""
    return bool(
        session.scalar(
            select(
                exists().where(
                    Discussion.meeting_id == meeting.id,
                    Discussion.discussed.is_(True)
                    | Discussion.note.is_not(None)
                    | Discussion.decisions.is_not(None),
                )
                | exists().where(Action.meeting_id == meeting.id)
            )
        )
    )


def cancel_meeting(ws: Workspace, meeting_id: int) -> None:
    """A planned overleg does not take place: gepland → geannuleerd. Its agenda stays, for the record."""
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        if meeting.status != PLANNED:
            raise InvalidInput(
                "Overleg {ref} is al begonnen; alleen een gepland overleg kan worden geannuleerd.",
                ref=meeting.ref,
            )
        meeting.status = CANCELLED
        meeting_drafts.discard_for_meeting(session, meeting.id)
        audit.append(session, audit_events.meeting_changed(ws, meeting.ref, "geannuleerd"))


def delete_meeting(ws: Workspace, meeting_id: int) -> None:
    """Remove a planned (or cancelled) overleg at which nothing was recorded, with its agenda."""
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=False)
        if meeting.status not in (PLANNED, CANCELLED):
            raise InvalidInput(
                "Overleg {ref} is al gehouden en blijft bewaard; alleen een gepland of geannuleerd overleg "
                "kan worden verwijderd.",
                ref=meeting.ref,
            )
        if _recorded(session, meeting):
            raise InvalidInput(
                "In overleg {ref} is al iets vastgelegd; het kan niet meer worden verwijderd.",
                ref=meeting.ref,
            )
        items = session.scalar(select(func.count()).where(Discussion.meeting_id == meeting.id)) or 0
        details = f"verwijderd: {meeting.status} op {meeting.date.isoformat()}, {items} casussen op de agenda"
        meeting_drafts.discard_for_meeting(session, meeting.id)
        write_attendance(session, meeting.id, [])
        session.delete(meeting)  # its besprekingen go with it (cascade)
        audit.append(session, audit_events.meeting_deleted(ws, meeting.ref, details))


def _summaries(session: Session, where: list, limit: int | None = None) -> list[MeetingSummary]:
    counts = (
        select(
            Discussion.meeting_id,
            func.count().label("n_items"),
            func.sum(case((Discussion.discussed, 1), else_=0)).label("n_discussed"),
        )
        .group_by(Discussion.meeting_id)
        .subquery()
    )
    query = (
        select(
            Meeting,
            Area.code.label("area"),
            Area.name.label("area_name"),
            counts.c.n_items,
            counts.c.n_discussed,
        )
        .join(Area, Area.id == Meeting.area_id)
        .outerjoin(counts, counts.c.meeting_id == Meeting.id)
        .where(*where)
        .order_by(Meeting.date.desc(), Meeting.start_time.desc(), Meeting.id.desc())
        .limit(limit)
    )
    rows = session.execute(query).all()
    present = read_attendance(session, [row.Meeting.id for row in rows])
    return [
        MeetingSummary(
            id=row.Meeting.id,
            ref=row.Meeting.ref,
            kind=row.Meeting.kind,
            area=row.area,
            area_name=row.area_name,
            date=row.Meeting.date,
            chair=row.Meeting.chair,
            minute_taker=row.Meeting.minute_taker,
            status=row.Meeting.status,
            organisations=tuple(sorted({a.organisation for a in present.get(row.Meeting.id, [])})),
            items=row.n_items or 0,
            discussed=row.n_discussed or 0,
            start_time=row.Meeting.start_time,
            place=row.Meeting.place,
            attendees=tuple(present.get(row.Meeting.id, [])),
        )
        for row in rows
    ]


def list_meetings(ws: Workspace, *, area: str | None = None, limit: int = 100) -> list[MeetingSummary]:
    """The overleggen this user may open, newest first."""
    require_case_access(ws.actor)
    where = [visible_meetings(ws.actor)]
    if area:
        where.append(Meeting.area_id == select(Area.id).where(Area.code == area).scalar_subquery())
    with ws.register.read_session() as session:
        return _summaries(session, where, limit)


def get_meeting(ws: Workspace, meeting_id: int) -> MeetingSummary:
    require_case_access(ws.actor)
    with ws.register.read_session() as session:
        found = _summaries(session, [Meeting.id == meeting_id, visible_meetings(ws.actor)])
    if not found:
        raise NotFound("Dit overleg bestaat niet of u heeft er geen toegang toe.")
    return found[0]


def start_meeting(ws: Workspace, meeting_id: int) -> None:
    """The overleg begins: gepland → bezig."""
    _set_status(ws, meeting_id, RUNNING, "gestart")


def finish_meeting(ws: Workspace, meeting_id: int) -> None:
    """The overleg is over: its verslag is final from now on."""
    _set_status(ws, meeting_id, FINISHED, "afgerond")


def _set_status(ws: Workspace, meeting_id: int, status: str, details: str) -> None:
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        if meeting.status != status:
            meeting.status = status
            if status == FINISHED:  # its verslag is final: drafts could never be saved any more
                meeting_drafts.discard_for_meeting(session, meeting.id)
            audit.append(session, audit_events.meeting_changed(ws, meeting.ref, details))


def previous_meeting_date(session: Session, meeting: Meeting) -> dt.date | None:
    """The date of the last overleg of the same soort and gebied before this one (not cancelled)."""
    return session.scalar(
        select(func.max(Meeting.date)).where(
            same_series(meeting, meeting.kind, meeting.area_id),
            Meeting.date < meeting.date,
            Meeting.status != CANCELLED,
        )
    )


def next_meeting_date(session: Session, area_id: int, kind: str, after: dt.date) -> dt.date | None:
    """The date of the next planned overleg of a soort and gebied after `after` (not cancelled)."""
    return session.scalar(
        select(func.min(Meeting.date)).where(
            same_series(None, kind, area_id), Meeting.date > after, Meeting.status != CANCELLED
        )
    )


def case_scope(meeting: Meeting) -> list[ColumnElement[bool]]:
    """Conditions on Case: the cases an overleg works on. Its soort of case, in its gebied (the
    doorbraakteam: every gebied); a Jeugd Preventie Platform only the cases on a JPP agenda of its
    gebied (others come on by hand), so it does not take over the casuïstiekoverleg's cases."""
    scope = [Case.kind == CASE_KIND[meeting.kind]]
    if meeting.kind not in AREA_WIDE_MEETINGS:
        scope.append(Case.area_id == meeting.area_id)
    if meeting.kind == MeetingKind.YOUTH_PREVENTION.value:
        jpp = aliased(Meeting)
        followed = (
            select(Discussion.case_id)
            .join(jpp, jpp.id == Discussion.meeting_id)
            .where(jpp.kind == meeting.kind, jpp.area_id == meeting.area_id)
        )
        scope.append(Case.id.in_(followed))
    return scope


# -- one case at the meeting --------------------------------------------------------------------


def case_at_meeting(ws: Workspace, meeting_id: int, case_id: int) -> CaseDetail:
    """One case in full as the meeting sees it; the view is logged with the meeting as its reason."""
    meeting = get_meeting(ws, meeting_id)
    return get_case(ws, case_id, reason=f"overleg {meeting.ref}")


def record_discussion(
    ws: Workspace, discussion_id: int, *, note: str | None, decisions: str | None, discussed: bool = True
) -> None:
    """Save the note and decisions of one bespreking; a discussed case leaves the 'to discuss' list."""
    with ws.register.session() as session:
        discussion, meeting, case = require_discussion(ws.actor, session, discussion_id, change=True)
        meeting_drafts.discard_in(session, ws, discussion_id)  # saved now: the draft is moot
        new = (_clean(note), _clean(decisions), discussed)
        if (discussion.note, discussion.decisions, discussion.discussed) == new:
            return
        changed = [
            name
            for name, old, value in (
                ("notitie", discussion.note, new[0]),
                ("besluiten", discussion.decisions, new[1]),
                ("besproken", discussion.discussed, new[2]),
            )
            if old != value
        ]
        discussion.note, discussion.decisions, discussion.discussed = new
        if discussed and case.marked_for_discussion:
            case.marked_for_discussion = False
            changed.append("agendering")
        audit.append(
            session,
            audit_events.discussion_changed(
                ws, meeting.ref, case.ref, case.id, "gewijzigd: " + ", ".join(changed)
            ),
        )


def print_event(ws: Workspace, meeting_id: int, what: str, cases: Sequence[str] = ()) -> audit.AuditEvent:
    """The audit entry of a verslag or afsprakenlijst printed or saved as PDF (services/documents.py
    appends it; the document carries the head after it, so a rewritten audit log would not match).

    `cases`: the casusnummers in the document, named in the entry (the one entry of this output).
    """
    meeting = get_meeting(ws, meeting_id)
    details = f"{what}; {view_log.ref_list(cases)}" if cases else what
    return audit_events.meeting_printed(ws, meeting.ref, details)
