"""The agenda of an overleg: it builds itself, and the chair reorders, adds and removes.

Which cases come up and in what order is `proposals`; this module puts them on the agenda up to its
size and keeps the chair's changes. The cases that wait for room are in `waiting`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, insert, select, update
from sqlalchemy import case as sql_case
from sqlalchemy.orm import aliased

from casus_app.domain.errors import InvalidInput, NotFound
from casus_app.services import audit_events
from casus_app.services.access import AREA_WIDE_MEETINGS, require_case, require_meeting, visible_cases
from casus_app.services.meetings.proposals import (
    ADDED,
    DEFAULT_MAX_STALE,
    DEFAULT_SIZE,
    DEFAULT_WEEKS,
    DUE,
    ESCALATION_RANK,
    MARKED,
    NEW,
    REASONS,
    STALE,
    Proposal,
    pending,
)
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Action, Case, Category, Discussion, Organisation

__all__ = [
    "ADDED",
    "DEFAULT_MAX_STALE",
    "DEFAULT_SIZE",
    "DEFAULT_WEEKS",
    "DUE",
    "ESCALATION_RANK",
    "MARKED",
    "NEW",
    "REASONS",
    "STALE",
    "AgendaItem",
    "Proposal",
]


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
    carried_since: dt.date | None = None  # doorgeschoven: first put on an agenda on this date
    days_late: int | None = None  # the oldest open afspraak at the meeting date; None: none due


def propose_agenda(
    ws: Workspace, meeting_id: int, *, weeks: int = DEFAULT_WEEKS, max_stale: int = DEFAULT_MAX_STALE
) -> list[Proposal]:
    """The cases not on the agenda yet that should come up, in order of need; those beyond the
    agenda's size are marked `waiting`. Changes nothing."""
    with ws.register.read_session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=False)
        return pending(ws, session, meeting, weeks, max_stale)


def build_agenda(
    ws: Workspace, meeting_id: int, *, weeks: int = DEFAULT_WEEKS, max_stale: int = DEFAULT_MAX_STALE
) -> list[AgendaItem]:
    """Put the proposed cases that fit at the end of the agenda; returns the whole agenda.

    Doorgeschoven cases always go on; the others up to the agenda's size, in order of need, and the
    rest waits (`waiting`). Building again later (a case registered the day before) only adds; the
    chair's order stays.
    """
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        position = session.scalar(
            select(func.max(Discussion.position)).where(Discussion.meeting_id == meeting.id)
        )
        position = -1 if position is None else position
        rows = []
        for proposal in pending(ws, session, meeting, weeks, max_stale):
            if not proposal.waiting:
                position += 1
                rows.append(
                    {
                        "meeting_id": meeting.id,
                        "case_id": proposal.case_id,
                        "position": position,
                        "discussed": False,
                        "agenda_reason": ",".join(proposal.reasons),
                        "carried_since": proposal.carried_since,
                    }
                )
        added = len(rows)
        if added:
            session.execute(insert(Discussion), rows)
            carried = sum(row["carried_since"] is not None for row in rows)
            details = f"agenda aangevuld: {added} casussen"
            if carried:
                details += f", waarvan {carried} doorgeschoven"
            audit.append(session, audit_events.meeting_changed(ws, meeting.ref, details))
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
                func.min(Action.deadline).label("oldest"),
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
                counts.c.oldest,
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
                carried_since=d.carried_since,
                days_late=(
                    (meeting.date - row.oldest).days
                    if row.oldest is not None and row.oldest <= meeting.date
                    else None
                ),
            )
        )
    return items


def add_to_agenda(ws: Workspace, meeting_id: int, case_id: int) -> int:
    """The chair adds a case at the end of the agenda; returns its bespreking id."""
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        case = require_case(ws.actor, session, case_id, change=True)
        if case.area_id != meeting.area_id and meeting.kind not in AREA_WIDE_MEETINGS:
            raise InvalidInput(
                "Casus {ref} hoort bij een ander gebied en kan niet op deze agenda.", ref=case.ref
            )
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
            raise InvalidInput(
                "Casus {ref} is al besproken in dit overleg en blijft in het verslag.", ref=ref
            )
        session.delete(discussion)
        audit.append(
            session,
            audit_events.meeting_changed(
                ws, meeting.ref, "agenda: casus verwijderd", case_id=discussion.case_id
            ),
        )
