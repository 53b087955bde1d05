"""Overleggen: planning one, who is present, and the bespreking of each case on its agenda.

The agenda itself (which cases come up, and in what order) is in `meeting_agenda`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.orm import Session

from casus_app.domain.enums import CaseKind, MeetingKind, Role
from casus_app.domain.errors import InvalidInput, NotFound
from casus_app.services import audit_events
from casus_app.services.access import (
    MEETING_FINISHED,
    require_case_access,
    require_discussion,
    require_meeting,
    visible_meetings,
)
from casus_app.services.cases.queries import CaseDetail, get_case
from casus_app.services.meetings import drafts as meeting_drafts
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Area, Discussion, Meeting, Organisation, meeting_attendance

PLANNED, RUNNING, FINISHED = "gepland", "bezig", MEETING_FINISHED
CASE_KIND = {
    MeetingKind.LIVEABILITY.value: CaseKind.LIVEABILITY.value,
    MeetingKind.CASEWORK.value: CaseKind.CASEWORK.value,
    MeetingKind.BREAKTHROUGH_TEAM.value: CaseKind.BREAKTHROUGH.value,
}
_LETTER = {
    MeetingKind.LIVEABILITY.value: "L",
    MeetingKind.CASEWORK.value: "C",
    MeetingKind.BREAKTHROUGH_TEAM.value: "D",
}


@dataclass(frozen=True)
class MeetingInput:
    kind: str
    area: str  # gebied code
    date: dt.date
    chair: str | None = None
    minute_taker: str | None = None
    organisations: tuple[str, ...] = ()  # present, as organisation codes


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
    organisations: tuple[str, ...]
    items: int = 0  # cases on the agenda
    discussed: int = 0

    @property
    def case_kind(self) -> str:
        return CASE_KIND[self.kind]


def _check(session: Session, data: MeetingInput) -> tuple[int, list[int]]:
    errors = []
    if data.kind not in CASE_KIND:
        errors.append("kies de soort overleg")
    area_id = session.scalar(select(Area.id).where(Area.code == data.area))
    if area_id is None:
        errors.append(f"onbekend gebied '{data.area}'")
    codes = dict(session.execute(select(Organisation.code, Organisation.id)).all())
    unknown = [c for c in data.organisations if c not in codes]
    if unknown:
        errors.append("onbekende organisatie: " + ", ".join(unknown))
    if errors:
        raise InvalidInput("Het overleg is niet opgeslagen: " + "; ".join(errors) + ".")
    assert area_id is not None  # an unknown gebied is one of the errors above
    return area_id, [codes[c] for c in dict.fromkeys(data.organisations)]


def _clean(value: str | None) -> str | None:
    return (value or "").strip() or None


def create_meeting(ws: Workspace, data: MeetingInput) -> int:
    """Plan an overleg of one gebied; returns its id."""
    require_case_access(ws.actor)
    with ws.register.session() as session:
        area_id, organisation_ids = _check(session, data)
        if ws.actor.role is Role.PROFESSIONAL and area_id not in ws.actor.area_ids:
            raise InvalidInput("U kunt alleen een overleg plannen in een gebied waarin u werkt.")
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
            chair=_clean(data.chair),
            minute_taker=_clean(data.minute_taker),
            status=PLANNED,
        )
        session.add(meeting)
        session.flush()
        _set_attendance(session, meeting.id, organisation_ids)
        audit.append(session, audit_events.meeting_created(ws, ref))
        return meeting.id


def update_meeting(ws: Workspace, meeting_id: int, data: MeetingInput) -> None:
    """Change date, chair, minute-taker and who is present (not the soort or gebied)."""
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        _, organisation_ids = _check(session, data)
        meeting.date, meeting.chair, meeting.minute_taker = (
            data.date,
            _clean(data.chair),
            _clean(data.minute_taker),
        )
        _set_attendance(session, meeting.id, organisation_ids)
        audit.append(
            session,
            audit_events.meeting_changed(
                ws, meeting.ref, "gewijzigd: datum, voorzitter, notulist, aanwezigen"
            ),
        )


def _set_attendance(session: Session, meeting_id: int, organisation_ids: list[int]) -> None:
    session.execute(delete(meeting_attendance).where(meeting_attendance.c.meeting_id == meeting_id))
    if organisation_ids:
        session.execute(
            insert(meeting_attendance),
            [{"meeting_id": meeting_id, "organisation_id": o} for o in organisation_ids],
        )


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
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .limit(limit)
    )
    rows = session.execute(query).all()
    present: dict[int, list[str]] = {}
    ids = [row.Meeting.id for row in rows]
    if ids:
        for meeting_id, code in session.execute(
            select(meeting_attendance.c.meeting_id, Organisation.code)
            .join(Organisation, Organisation.id == meeting_attendance.c.organisation_id)
            .where(meeting_attendance.c.meeting_id.in_(ids))
            .order_by(Organisation.code)
        ):
            present.setdefault(meeting_id, []).append(code)
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
            organisations=tuple(present.get(row.Meeting.id, ())),
            items=row.n_items or 0,
            discussed=row.n_discussed or 0,
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
    """The date of the last overleg of the same soort and gebied before this one."""
    return session.scalar(
        select(func.max(Meeting.date)).where(
            Meeting.area_id == meeting.area_id, Meeting.kind == meeting.kind, Meeting.date < meeting.date
        )
    )


def next_meeting_date(session: Session, area_id: int, kind: str, after: dt.date) -> dt.date | None:
    """The date of the next planned overleg of a soort and gebied after `after`."""
    return session.scalar(
        select(func.min(Meeting.date)).where(
            Meeting.area_id == area_id, Meeting.kind == kind, Meeting.date > after
        )
    )


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
