"""The cases waiting for room on an overleg's agenda, pulling one in, and the agenda's size.

An agenda takes cases in order of need up to its size (`proposals`); the cases that should come up
and are not on it wait, and the chair can pull one in or change the size.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casus_app.domain.errors import InvalidInput, NotFound
from casus_app.services import audit_events
from casus_app.services.access import require_case, require_meeting
from casus_app.services.meetings.proposals import (
    DEFAULT_MAX_STALE,
    DEFAULT_WEEKS,
    MAX_SIZE,
    effective_size,
    pending,
)
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Case, Discussion


@dataclass(frozen=True)
class WaitingCase:
    """A case that should come up but is not on the agenda (wachtend), in order of need."""

    case_id: int
    ref: str
    reasons: tuple[str, ...]
    escalation: str
    neighbourhood: str | None
    street: str | None
    address: str
    days_late: int | None
    last_discussed: dt.date | None


def agenda_size(ws: Workspace, meeting_id: int) -> int:
    """How many cases this overleg's agenda takes before the rest waits."""
    with ws.register.read_session() as session:
        return effective_size(session, require_meeting(ws.actor, session, meeting_id, change=False))


def set_agenda_size(ws: Workspace, meeting_id: int, size: int) -> None:
    """The chair sets the agenda's size for this overleg (later ones of its series take it over).

    A smaller size takes nothing off the agenda; a larger one makes room for waiting cases at the
    next `agenda.build_agenda`."""
    if not 1 <= size <= MAX_SIZE:
        raise InvalidInput("Kies een agendagrootte van 1 tot en met {max_size} casussen.", max_size=MAX_SIZE)
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        if meeting.agenda_size == size:
            return
        meeting.agenda_size = size
        audit.append(session, audit_events.meeting_changed(ws, meeting.ref, f"agendagrootte: {size}"))


def waiting(
    ws: Workspace, meeting_id: int, *, weeks: int = DEFAULT_WEEKS, max_stale: int = DEFAULT_MAX_STALE
) -> list[WaitingCase]:
    """The cases that should come up and are not on the agenda, in order of need: those beyond its
    size, and any the chair took off or that a smaller size left out. One audit entry names them."""
    with ws.register.read_session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=False)
        proposals = pending(ws, session, meeting, weeks, max_stale)
        by_id = {p.case_id: p for p in proposals}
        rows = {
            row.id: row
            for row in session.execute(
                select(
                    Case.id, Case.ref, Case.neighbourhood, Case.street, Case.house_number, Case.house_suffix
                ).where(Case.id.in_(list(by_id)))
            )
        }
    result = []
    for p in proposals:
        row = rows[p.case_id]
        result.append(
            WaitingCase(
                case_id=p.case_id,
                ref=row.ref,
                reasons=p.reasons,
                escalation=p.escalation,
                neighbourhood=row.neighbourhood,
                street=row.street,
                address=" ".join(x for x in (row.street, row.house_number, row.house_suffix) if x),
                days_late=p.days_late,
                last_discussed=p.last_discussed,
            )
        )
    if result:
        view_log.meeting_view(ws, meeting.ref, "wachtend", [w.ref for w in result])
    return result


def pull_in(
    ws: Workspace,
    meeting_id: int,
    case_id: int,
    *,
    weeks: int = DEFAULT_WEEKS,
    max_stale: int = DEFAULT_MAX_STALE,
) -> int:
    """The chair takes a waiting case onto the agenda, at its end, with the reasons it waited for;
    returns its bespreking id."""
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=True)
        case = require_case(ws.actor, session, case_id, change=True)
        existing = session.scalar(
            select(Discussion.id).where(Discussion.meeting_id == meeting.id, Discussion.case_id == case.id)
        )
        if existing is not None:
            return existing
        proposal = next(
            (p for p in pending(ws, session, meeting, weeks, max_stale) if p.case_id == case.id), None
        )
        if proposal is None:
            raise NotFound(
                "Casus {ref} wacht niet (meer) op deze agenda. Voeg hem zo nodig zelf toe.", ref=case.ref
            )
        discussion = Discussion(
            meeting_id=meeting.id,
            case_id=case.id,
            position=_next_position(session, meeting.id),
            discussed=False,
            agenda_reason=",".join(proposal.reasons),
            carried_since=proposal.carried_since,
        )
        session.add(discussion)
        session.flush()
        audit.append(
            session,
            audit_events.meeting_changed(
                ws, meeting.ref, "agenda: wachtende casus erbij genomen", case_id=case.id
            ),
        )
        return discussion.id


def _next_position(session: Session, meeting_id: int) -> int:
    position = session.scalar(
        select(func.max(Discussion.position)).where(Discussion.meeting_id == meeting_id)
    )
    return 0 if position is None else position + 1
