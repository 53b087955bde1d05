"""Which cases an overleg's agenda should hold, in order of need, and which wait.

A case comes up when, among the open cases of the meeting's gebied and soort:
- it was put on an earlier agenda of this soort and gebied and not discussed since (doorgeschoven):
  it always comes back, whatever the agenda's size, with the date it was first put on;
- it is new: registered since the last overleg of that soort and gebied;
- one of its afspraken is due by the meeting date (or overdue);
- a partner marked it for discussion;
- it has not been discussed for `weeks` weeks (the longest-silent first, at most `max_stale`, so a
  large register does not flood one evening; the case list filter shows them all).

The order of need: doorgeschoven first, then escalation (donkerrood first), then new aanmeldingen
and cases a partner marked, then the latest afspraak (most days late first), then the longest
since the case was last discussed. The agenda takes cases in that order up to its size (set per
overleg; an overleg without its own size takes that of the previous overleg of the same soort and
gebied, else `DEFAULT_SIZE`); the rest is listed as wachtend and the chair can pull one in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, Subquery, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from casus_app.services.access import AREA_WIDE_MEETINGS, visible_cases
from casus_app.services.meetings.overleg import case_scope, previous_meeting_date
from casus_app.services.workspace import Workspace
from casus_app.storage.models import Action, Case, Discussion, Meeting

NEW, DUE, MARKED, STALE, ADDED = "nieuw", "afspraak", "gemarkeerd", "stil", "toegevoegd"
REASONS = (NEW, DUE, MARKED, STALE, ADDED)
ESCALATION_RANK = {"donkerrood": 0, "rood": 1, "oranje": 2, "groen": 3}
DEFAULT_WEEKS = 8
DEFAULT_MAX_STALE = 10
DEFAULT_SIZE = 25
MAX_SIZE = 200


@dataclass(frozen=True)
class Proposal:
    case_id: int
    reasons: tuple[str, ...]
    escalation: str
    start_date: dt.date
    last_discussed: dt.date | None
    carried_since: dt.date | None = None  # doorgeschoven: first put on an agenda on this date
    days_late: int | None = None  # the oldest open afspraak at the meeting date; None: none due
    waiting: bool = False  # beyond the agenda's size: wachtend

    @property
    def carried(self) -> bool:
        return self.carried_since is not None


def earlier_of_same_series(meeting: Meeting, held: type[Meeting]) -> ColumnElement[bool]:
    """The overleggen of the same soort and gebied before `meeting` (`held` an alias of Meeting); the
    doorbraakteam serves every gebied, so its series is all its earlier meetings."""
    return and_(
        held.kind == meeting.kind,
        *(() if meeting.kind in AREA_WIDE_MEETINGS else (held.area_id == meeting.area_id,)),
        held.id != meeting.id,
        or_(held.date < meeting.date, and_(held.date == meeting.date, held.id < meeting.id)),
    )


def effective_size(session: Session, meeting: Meeting) -> int:
    """The meeting's own agenda size, else that of the latest earlier overleg of its series that set
    one, else `DEFAULT_SIZE`."""
    if meeting.agenda_size is not None:
        return meeting.agenda_size
    held = aliased(Meeting)
    inherited = session.scalar(
        select(held.agenda_size)
        .where(earlier_of_same_series(meeting, held), held.agenda_size.is_not(None))
        .order_by(held.date.desc(), held.id.desc())
        .limit(1)
    )
    return DEFAULT_SIZE if inherited is None else inherited


def _carried_over(meeting: Meeting) -> Subquery:
    """Per case: the date it was first put on an earlier agenda of the series without being discussed
    since (a subquery of case_id, since)."""
    held, real_meeting = aliased(Meeting), aliased(Meeting)
    real = aliased(Discussion)
    last_real = (
        select(real.case_id, func.max(real_meeting.date).label("last_date"))
        .join(real_meeting, real_meeting.id == real.meeting_id)
        .where(earlier_of_same_series(meeting, real_meeting), real.discussed.is_(True))
        .group_by(real.case_id)
        .subquery()
    )
    return (
        select(
            Discussion.case_id,
            func.min(func.coalesce(Discussion.carried_since, held.date)).label("since"),
        )
        .join(held, held.id == Discussion.meeting_id)
        .outerjoin(last_real, last_real.c.case_id == Discussion.case_id)
        .where(
            earlier_of_same_series(meeting, held),
            Discussion.discussed.is_(False),
            or_(last_real.c.last_date.is_(None), held.date > last_real.c.last_date),
        )
        .group_by(Discussion.case_id)
        .subquery()
    )


def need_key(p: Proposal, meeting_date: dt.date) -> tuple:
    """The order of need (see the module's docstring); smaller comes first."""
    silent_since = p.last_discussed or p.start_date
    return (
        0 if p.carried else 1,
        ESCALATION_RANK.get(p.escalation, 9),
        0 if (NEW in p.reasons or MARKED in p.reasons) else 1,
        -(p.days_late if p.days_late is not None else -1),
        -(meeting_date - silent_since).days,
        p.case_id,
    )


def all_proposals(
    ws: Workspace, session: Session, meeting: Meeting, weeks: int, max_stale: int
) -> list[Proposal]:
    """Every case that should come up, in the order of need (none marked waiting yet)."""
    last_meeting = previous_meeting_date(session, meeting)
    cutoff = meeting.date - dt.timedelta(weeks=weeks)
    held = aliased(Meeting)
    # Sets computed once and joined per case, rather than index lookups for each of thousands of
    # open cases: the oldest open afspraak per case, the last bespreking per case in this gebied's
    # overleggen, and the cases carried over from an earlier agenda.
    oldest = (
        select(Action.case_id, func.min(Action.deadline).label("deadline"))
        .where(Action.done_on.is_(None), Action.cancelled_on.is_(None))
        .group_by(Action.case_id)
        .subquery()
    )
    last = (
        select(Discussion.case_id, func.max(held.date).label("last_date"))
        .join(held, held.id == Discussion.meeting_id)
        .where(
            # the doorbraakteam serves every gebied: its own earlier meetings, wherever recorded
            held.kind == meeting.kind
            if meeting.kind in AREA_WIDE_MEETINGS
            else held.area_id == meeting.area_id,
            held.id != meeting.id,
            held.date <= meeting.date,
            Discussion.discussed.is_(True),
        )
        .group_by(Discussion.case_id)
        .subquery()
    )
    carried = _carried_over(meeting)
    # Core, not ORM, execution: thousands of plain rows in a large register.
    rows = (
        session.connection()
        .execute(
            select(
                Case.id,
                Case.start_date,
                Case.escalation,
                Case.marked_for_discussion,
                oldest.c.deadline,
                last.c.last_date,
                carried.c.since,
            )
            .outerjoin(oldest, oldest.c.case_id == Case.id)
            .outerjoin(last, last.c.case_id == Case.id)
            .outerjoin(carried, carried.c.case_id == Case.id)
            .where(
                *case_scope(meeting),
                Case.end_date.is_(None),
                Case.start_date <= meeting.date,
                visible_cases(ws.actor),
            )
        )
        .all()
    )
    proposals, stale = [], []
    for case_id, start, escalation, marked, deadline, last_date, since in rows:
        reasons = []
        if (start > last_meeting) if last_meeting is not None else last_date is None:
            reasons.append(NEW)
        days_late = None
        if deadline is not None and deadline <= meeting.date:
            reasons.append(DUE)
            days_late = (meeting.date - deadline).days
        if marked:
            reasons.append(MARKED)
        silent = (last_date or start) <= cutoff
        proposal = Proposal(
            case_id,
            tuple(reasons) + ((STALE,) if silent and (reasons or since) else ()),
            escalation,
            start,
            last_date,
            carried_since=since,
            days_late=days_late,
        )
        if reasons or since is not None:
            proposals.append(proposal)
        elif silent:
            stale.append(replace(proposal, reasons=(STALE,)))
    stale.sort(key=lambda p: (p.last_discussed or p.start_date, p.case_id))
    proposals.extend(stale[:max_stale])
    proposals.sort(key=lambda p: need_key(p, meeting.date))
    return proposals


def split(proposals: list[Proposal], on_agenda: Collection[int], size: int) -> list[Proposal]:
    """The proposals not on the agenda yet, those beyond its size marked waiting.

    Doorgeschoven cases always go on; the others fill what room the agenda has left, in order of need.
    """
    room = size - len(on_agenda)
    result = []
    for proposal in proposals:
        if proposal.case_id in on_agenda:
            continue
        if proposal.carried or room > 0:  # doorgeschoven goes on even when the agenda is full
            result.append(proposal)
            room -= 1
        else:
            result.append(replace(proposal, waiting=True))
    return result


def pending(ws: Workspace, session: Session, meeting: Meeting, weeks: int, max_stale: int) -> list[Proposal]:
    """The proposals not on this meeting's agenda yet, in order of need, those beyond its size
    marked waiting (`split`)."""
    on_agenda = set(session.scalars(select(Discussion.case_id).where(Discussion.meeting_id == meeting.id)))
    return split(
        all_proposals(ws, session, meeting, weeks, max_stale), on_agenda, effective_size(session, meeting)
    )
