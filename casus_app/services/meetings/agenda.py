"""The agenda of an overleg: it builds itself, and the chair reorders, adds and removes.

A case comes up when, among the open cases of the meeting's gebied and soort:
- it is new: registered since the last overleg of that soort and gebied;
- one of its afspraken is due by the meeting date (or overdue);
- a partner marked it for discussion;
- it has not been discussed for `weeks` weeks (the longest-silent first, at most `max_stale`, so a
  large register does not flood one evening; the case list filter shows them all).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, insert, select, update
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, aliased

from casus_app.domain.errors import InvalidInput, NotFound
from casus_app.services import audit_events
from casus_app.services.access import AREA_WIDE_MEETINGS, require_case, require_meeting, visible_cases
from casus_app.services.meetings.overleg import case_scope, previous_meeting_date
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Action, Case, Category, Discussion, Meeting, Organisation

NEW, DUE, MARKED, STALE, ADDED = "nieuw", "afspraak", "gemarkeerd", "stil", "toegevoegd"
REASONS = (NEW, DUE, MARKED, STALE, ADDED)
ESCALATION_RANK = {"donkerrood": 0, "rood": 1, "oranje": 2, "groen": 3}
DEFAULT_WEEKS = 8
DEFAULT_MAX_STALE = 10


@dataclass(frozen=True)
class Proposal:
    case_id: int
    reasons: tuple[str, ...]
    escalation: str
    start_date: dt.date
    last_discussed: dt.date | None


@dataclass(frozen=True)
class AgendaItem:
    discussion_id: int
    case_id: int
    ref: str
    position: int
    reasons: tuple[str, ...]
    discussed: bool
    note: str | None
    decisions: str | None
    case_kind: str
    neighbourhood: str | None
    address: str
    category: str
    escalation: str
    lead: str | None
    open_actions: int
    overdue_actions: int
    closed: bool
    street: str | None = None  # the address without house number, for presentation mode


def _proposals(
    ws: Workspace, session: Session, meeting: Meeting, weeks: int, max_stale: int
) -> list[Proposal]:
    last_meeting = previous_meeting_date(session, meeting)
    cutoff = meeting.date - dt.timedelta(weeks=weeks)
    held = aliased(Meeting)
    # Two sets computed once and probed per case, rather than two index lookups for each of
    # thousands of open cases: the cases with an afspraak due, and the last bespreking per case in
    # this gebied's overleggen.
    due = Case.id.in_(
        select(Action.case_id).where(
            Action.done_on.is_(None), Action.cancelled_on.is_(None), Action.deadline <= meeting.date
        )
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
    # Core, not ORM, execution: thousands of plain rows in a large register.
    rows = (
        session.connection()
        .execute(
            select(
                Case.id, Case.start_date, Case.escalation, Case.marked_for_discussion, due, last.c.last_date
            )
            .outerjoin(last, last.c.case_id == Case.id)
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
    for case_id, start, escalation, marked, is_due, last in rows:
        reasons = []
        if (start > last_meeting) if last_meeting is not None else last is None:
            reasons.append(NEW)
        if is_due:
            reasons.append(DUE)
        if marked:
            reasons.append(MARKED)
        silent = (last or start) <= cutoff
        if reasons:
            proposals.append(
                Proposal(case_id, tuple(reasons) + ((STALE,) if silent else ()), escalation, start, last)
            )
        elif silent:
            stale.append(Proposal(case_id, (STALE,), escalation, start, last))
    stale.sort(key=lambda p: (p.last_discussed or p.start_date, p.case_id))
    proposals.extend(stale[:max_stale])
    proposals.sort(
        key=lambda p: (
            REASONS.index(p.reasons[0]),
            ESCALATION_RANK.get(p.escalation, 9),
            p.start_date,
            p.case_id,
        )
    )
    return proposals


def propose_agenda(
    ws: Workspace, meeting_id: int, *, weeks: int = DEFAULT_WEEKS, max_stale: int = DEFAULT_MAX_STALE
) -> list[Proposal]:
    """Which cases the agenda would hold, in the proposed order; changes nothing."""
    with ws.register.read_session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=False)
        return _proposals(ws, session, meeting, weeks, max_stale)


def build_agenda(
    ws: Workspace, meeting_id: int, *, weeks: int = DEFAULT_WEEKS, max_stale: int = DEFAULT_MAX_STALE
) -> list[AgendaItem]:
    """Put every proposed case that is not on the agenda yet at its end; returns the whole agenda.

    Building again later (a case registered the day before) only adds; the chair's order stays.
    """
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        on_agenda = set(
            session.scalars(select(Discussion.case_id).where(Discussion.meeting_id == meeting.id))
        )
        position = session.scalar(
            select(func.max(Discussion.position)).where(Discussion.meeting_id == meeting.id)
        )
        position = -1 if position is None else position
        rows = []
        for proposal in _proposals(ws, session, meeting, weeks, max_stale):
            if proposal.case_id not in on_agenda:
                position += 1
                rows.append(
                    {
                        "meeting_id": meeting.id,
                        "case_id": proposal.case_id,
                        "position": position,
                        "discussed": False,
                        "agenda_reason": ",".join(proposal.reasons),
                    }
                )
        added = len(rows)
        if added:
            session.execute(insert(Discussion), rows)
            audit.append(
                session, audit_events.meeting_changed(ws, meeting.ref, f"agenda aangevuld: {added} casussen")
            )
    return agenda(ws, meeting_id)


def agenda(ws: Workspace, meeting_id: int, *, log: bool = True) -> list[AgendaItem]:
    """The agenda in its order, with each case's state at a glance; one audit entry names its cases.

    `log=False` only where the agenda is read for its order (`move_item`), for a document that logs
    its own entry (the verslag), or to refresh an agenda already shown and logged: a case added to it
    is logged by `add_to_agenda`, and opening a case is logged by `cases.get_case`.
    """
    lead = aliased(Organisation)
    with ws.register.read_session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=False)
        on_agenda = select(Discussion.case_id).where(Discussion.meeting_id == meeting_id)
        counts = (
            select(
                Action.case_id,
                func.count().label("n_open"),
                func.sum(sql_case((Action.deadline < meeting.date, 1), else_=0)).label("n_overdue"),
            )
            .where(Action.case_id.in_(on_agenda), Action.done_on.is_(None), Action.cancelled_on.is_(None))
            .group_by(Action.case_id)
            .subquery()
        )
        rows = session.execute(
            select(
                Discussion,
                Case.ref,
                Case.kind,
                Case.neighbourhood,
                Case.street,
                Case.house_number,
                Case.house_suffix,
                Category.name.label("category"),
                Case.escalation,
                lead.code.label("lead"),
                counts.c.n_open,
                counts.c.n_overdue,
                Case.end_date,
            )
            .join(Case, Case.id == Discussion.case_id)
            .join(Category, Category.id == Case.main_category_id)
            .outerjoin(lead, lead.id == Case.lead_organisation_id)
            .outerjoin(counts, counts.c.case_id == Case.id)
            .where(Discussion.meeting_id == meeting_id, visible_cases(ws.actor))
            .order_by(Discussion.position, Discussion.id)
        ).all()
    if log:
        view_log.meeting_view(ws, meeting.ref, "agenda", [row.ref for row in rows])
    items = []
    for row in rows:
        d = row.Discussion
        items.append(
            AgendaItem(
                discussion_id=d.id,
                case_id=d.case_id,
                ref=row.ref,
                position=d.position,
                reasons=tuple(filter(None, (d.agenda_reason or "").split(","))),
                discussed=d.discussed,
                note=d.note,
                decisions=d.decisions,
                case_kind=row.kind,
                neighbourhood=row.neighbourhood,
                address=" ".join(p for p in (row.street, row.house_number, row.house_suffix) if p),
                category=row.category,
                escalation=row.escalation,
                lead=row.lead,
                open_actions=row.n_open or 0,
                overdue_actions=row.n_overdue or 0,
                closed=row.end_date is not None,
                street=row.street,
            )
        )
    return items


def add_to_agenda(ws: Workspace, meeting_id: int, case_id: int) -> int:
    """The chair adds a case at the end of the agenda; returns its bespreking id."""
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        case = require_case(ws.actor, session, case_id, change=True)
        if case.area_id != meeting.area_id and meeting.kind not in AREA_WIDE_MEETINGS:
            raise InvalidInput(f"Casus {case.ref} hoort bij een ander gebied en kan niet op deze agenda.")
        existing = session.scalar(
            select(Discussion.id).where(Discussion.meeting_id == meeting.id, Discussion.case_id == case.id)
        )
        if existing is not None:
            return existing
        position = session.scalar(
            select(func.max(Discussion.position)).where(Discussion.meeting_id == meeting.id)
        )
        discussion = Discussion(
            meeting_id=meeting.id,
            case_id=case.id,
            position=0 if position is None else position + 1,
            discussed=False,
            agenda_reason=ADDED,
        )
        session.add(discussion)
        session.flush()
        audit.append(
            session,
            audit_events.meeting_changed(ws, meeting.ref, "agenda: casus toegevoegd", case_id=case.id),
        )
        return discussion.id


def reorder(ws: Workspace, meeting_id: int, discussion_ids: list[int]) -> None:
    """The chair's order: `discussion_ids` first, in that order; any others keep theirs after them."""
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        current = list(
            session.scalars(
                select(Discussion.id)
                .where(Discussion.meeting_id == meeting.id)
                .order_by(Discussion.position, Discussion.id)
            )
        )
        unknown = set(discussion_ids) - set(current)
        if unknown:
            raise NotFound("Een casus staat niet (meer) op deze agenda. Open het overleg opnieuw.")
        order = list(dict.fromkeys(discussion_ids)) + [d for d in current if d not in set(discussion_ids)]
        for position, discussion_id in enumerate(order):
            session.execute(
                update(Discussion).where(Discussion.id == discussion_id).values(position=position)
            )
        audit.append(session, audit_events.meeting_changed(ws, meeting.ref, "agenda: volgorde gewijzigd"))


def move_item(ws: Workspace, meeting_id: int, discussion_id: int, steps: int) -> None:
    """Move one case up (negative steps) or down the agenda."""
    order = [item.discussion_id for item in agenda(ws, meeting_id, log=False)]
    if discussion_id not in order:
        raise NotFound("Deze casus staat niet (meer) op de agenda.")
    old = order.index(discussion_id)
    new = max(0, min(len(order) - 1, old + steps))
    if new != old:
        order.insert(new, order.pop(old))
        reorder(ws, meeting_id, order)


def remove_from_agenda(ws: Workspace, discussion_id: int) -> None:
    """Take a case off the agenda, as long as nothing was recorded for it."""
    with ws.register.session() as session:
        row = session.execute(
            select(Discussion, Case.ref)
            .join(Case, Case.id == Discussion.case_id)
            .where(Discussion.id == discussion_id)
        ).first()
        if row is None:
            raise NotFound("Deze casus staat niet (meer) op de agenda.")
        discussion, ref = row
        meeting = require_meeting(ws.actor, session, discussion.meeting_id, change=True)
        recorded = session.scalar(
            select(
                exists().where(and_(Action.meeting_id == meeting.id, Action.case_id == discussion.case_id))
            )
        )
        if discussion.discussed or discussion.note or discussion.decisions or recorded:
            raise InvalidInput(f"Casus {ref} is al besproken in dit overleg en blijft in het verslag.")
        session.delete(discussion)
        audit.append(
            session,
            audit_events.meeting_changed(
                ws, meeting.ref, "agenda: casus verwijderd", case_id=discussion.case_id
            ),
        )
