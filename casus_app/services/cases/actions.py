"""Afspraken: who does what by when. Making one, marking it done or cancelled, and each partner's list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import MeetingKind
from casus_app.domain.errors import InvalidInput, NotFound
from casus_app.services import audit_events
from casus_app.services.access import (
    require_action,
    require_case,
    require_case_access,
    require_meeting,
    visible_cases,
)
from casus_app.services.meetings.overleg import CASE_KIND, case_scope, next_meeting_date
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Action, Area, Case, Meeting, Organisation

DEFAULT_DAYS = 14
# The overleg a case's afspraken are due at: its soort's own (a JPP follows only some youths).
_MEETING_KIND = {
    case_kind: meeting_kind
    for meeting_kind, case_kind in CASE_KIND.items()
    if meeting_kind != MeetingKind.YOUTH_PREVENTION.value
}


@dataclass(frozen=True)
class ActionInput:
    description: str
    owner: str  # organisation code
    owner_person: str | None = None
    deadline: dt.date | None = None  # None: the default deadline


@dataclass(frozen=True)
class ActionItem:
    id: int
    case_id: int
    case_ref: str
    area: str
    neighbourhood: str | None
    description: str
    owner: str
    owner_name: str
    owner_person: str | None
    agreed_on: dt.date
    deadline: dt.date
    done_on: dt.date | None
    cancelled_on: dt.date | None

    @property
    def is_open(self) -> bool:
        return self.done_on is None and self.cancelled_on is None

    def is_overdue(self, today: dt.date) -> bool:
        return self.is_open and self.deadline < today


@dataclass(frozen=True)
class MyActions:
    """Open afspraken of one organisation, in three groups; each afspraak is in exactly one."""

    organisation: str | None
    overdue: list[ActionItem] = field(default_factory=list)
    this_week: list[ActionItem] = field(default_factory=list)
    later: list[ActionItem] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.overdue) + len(self.this_week) + len(self.later)


def end_of_week(day: dt.date) -> dt.date:
    """The Sunday of the week `day` is in."""
    return day + dt.timedelta(days=6 - day.weekday())


def _clean(value: str | None) -> str | None:
    return (value or "").strip() or None


def _default_deadline(session: Session, case: Case, agreed_on: dt.date) -> dt.date:
    kind = _MEETING_KIND.get(case.kind, MeetingKind.CASEWORK.value)
    upcoming = next_meeting_date(session, case.area_id, kind, agreed_on)
    return upcoming or agreed_on + dt.timedelta(days=DEFAULT_DAYS)


def default_deadline(
    ws: Workspace, case_id: int, *, meeting_id: int | None = None, today: dt.date | None = None
) -> dt.date:
    """The date of the next overleg of the case's soort and gebied, else two weeks on."""
    with ws.register.read_session() as session:
        case = require_case(ws.actor, session, case_id, change=False)
        agreed_on = today or clock.today()
        if meeting_id is not None:
            agreed_on = require_meeting(ws.actor, session, meeting_id, change=False).date
        return _default_deadline(session, case, agreed_on)


def add_action(
    ws: Workspace,
    case_id: int,
    data: ActionInput,
    *,
    meeting_id: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Record a new afspraak (agreed today, or on the meeting's date); returns its id."""
    description = (data.description or "").strip()
    with ws.register.session() as session:
        case = require_case(ws.actor, session, case_id, change=True)
        agreed_on = today or clock.today()
        meeting_ref = None
        if meeting_id is not None:
            meeting = require_meeting(ws.actor, session, meeting_id, change=True)
            agreed_on, meeting_ref = meeting.date, meeting.ref
        owner_id = session.scalar(select(Organisation.id).where(Organisation.code == data.owner))
        deadline = data.deadline or _default_deadline(session, case, agreed_on)
        errors = []
        if not description:
            errors.append("beschrijf wat er moet gebeuren")
        if owner_id is None:
            errors.append("kies de organisatie die de afspraak uitvoert")
        if deadline < agreed_on:
            errors.append(f"de deadline ligt vóór de datum van de afspraak ({agreed_on:%d-%m-%Y})")
        if case.end_date is not None:
            errors.append(f"casus {case.ref} is afgesloten; heropen die eerst")
        if errors:
            raise InvalidInput("De afspraak is niet opgeslagen: " + "; ".join(errors) + ".")
        taken = {a.ref for a in case.actions}
        n = len(taken) + 1
        while f"A{n}" in taken:
            n += 1
        action = Action(
            ref=f"A{n}",
            description=description,
            owner_id=owner_id,
            owner_person=_clean(data.owner_person),
            agreed_on=agreed_on,
            deadline=deadline,
            meeting_id=meeting_id,
        )
        case.actions.append(action)
        session.flush()
        audit.append(session, audit_events.action_added(ws, case.ref, action.ref, case.id, meeting_ref))
        return action.id


def mark_done(ws: Workspace, action_id: int, *, on: dt.date | None = None) -> None:
    _finish(ws, action_id, "done_on", on, "afgerond")


def cancel_action(ws: Workspace, action_id: int, *, on: dt.date | None = None) -> None:
    _finish(ws, action_id, "cancelled_on", on, "vervallen")


def reopen_action(ws: Workspace, action_id: int) -> None:
    """Undo 'done' or 'cancelled' (a click too many)."""
    with ws.register.session() as session:
        action, case = require_action(ws.actor, session, action_id, change=True)
        if action.done_on is None and action.cancelled_on is None:
            return
        action.done_on = action.cancelled_on = None
        audit.append(session, audit_events.action_changed(ws, case.ref, action.ref, case.id, "weer open"))


def _finish(ws: Workspace, action_id: int, column: str, on: dt.date | None, details: str) -> None:
    with ws.register.session() as session:
        action, case = require_action(ws.actor, session, action_id, change=True)
        if action.done_on is not None or action.cancelled_on is not None:
            state = "afgerond" if action.done_on else "vervallen"
            raise InvalidInput(f"Deze afspraak is al {state}.")
        # An afspraak made at a meeting dated later than today is done no earlier than it was made.
        setattr(action, column, max(on or clock.today(), action.agreed_on))
        audit.append(session, audit_events.action_changed(ws, case.ref, action.ref, case.id, details))


# -- lists --------------------------------------------------------------------------------------


def _items_query(ws: Workspace) -> Select:
    return (
        select(
            Action.id,
            Action.case_id,
            Case.ref.label("case_ref"),
            Area.code.label("area"),
            Case.neighbourhood,
            Action.description,
            Organisation.code.label("owner"),
            Organisation.name.label("owner_name"),
            Action.owner_person,
            Action.agreed_on,
            Action.deadline,
            Action.done_on,
            Action.cancelled_on,
        )
        .join(Case, Case.id == Action.case_id)
        .join(Area, Area.id == Case.area_id)
        .join(Organisation, Organisation.id == Action.owner_id)
        .where(visible_cases(ws.actor))
    )


def _items(session: Session, query: Select) -> list[ActionItem]:
    return [
        ActionItem(
            id=row.id,
            case_id=row.case_id,
            case_ref=row.case_ref,
            area=row.area,
            neighbourhood=row.neighbourhood,
            description=row.description,
            owner=row.owner,
            owner_name=row.owner_name,
            owner_person=row.owner_person,
            agreed_on=row.agreed_on,
            deadline=row.deadline,
            done_on=row.done_on,
            cancelled_on=row.cancelled_on,
        )
        for row in session.execute(query)
    ]


def my_actions(ws: Workspace, *, organisation: str | None = None, today: dt.date | None = None) -> MyActions:
    """The open afspraken of the user's organisation (or `organisation`), in the cases they may see.

    One audit entry names the cases (afspraken may name people).
    """
    require_case_access(ws.actor)
    code = organisation or ws.actor.organisation_code
    if code is None:
        return MyActions(None)
    today = today or clock.today()
    with ws.register.read_session() as session:
        owner_id = session.scalar(select(Organisation.id).where(Organisation.code == code))
        if owner_id is None:
            raise InvalidInput(f"Onbekende organisatie '{code}'.")
        items = _items(
            session,
            _items_query(ws)
            .where(Action.owner_id == owner_id, Action.done_on.is_(None), Action.cancelled_on.is_(None))
            .order_by(Action.deadline, Case.ref, Action.id),
        )
    view_log.my_actions(ws, code, [a.case_ref for a in items], len(items))
    week_end = end_of_week(today)
    return MyActions(
        code,
        overdue=[a for a in items if a.deadline < today],
        this_week=[a for a in items if today <= a.deadline <= week_end],
        later=[a for a in items if a.deadline > week_end],
    )


def actions_of_cases(ws: Workspace, case_ids: list[int], *, open_only: bool = False) -> list[ActionItem]:
    """The afspraken of some cases, by deadline.

    Not logged here: it is part of a view that logs itself (the case at the meeting, the verslag).
    """
    require_case_access(ws.actor)
    if not case_ids:
        return []
    query = _items_query(ws).where(Action.case_id.in_(sorted(set(case_ids))))
    if open_only:
        query = query.where(Action.done_on.is_(None), Action.cancelled_on.is_(None))
    with ws.register.read_session() as session:
        return _items(session, query.order_by(Action.deadline, Case.ref, Action.id))


def open_actions_for_meeting(ws: Workspace, meeting_id: int) -> list[ActionItem]:
    """Every open afspraak in the open cases of a meeting's gebied and soort: what partners must do.

    Not logged here: the afsprakenlijst (`meeting_minutes.action_list`) that shows it logs itself.
    """
    require_case_access(ws.actor)
    with ws.register.read_session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound("Dit overleg bestaat niet.")
        require_meeting(ws.actor, session, meeting_id, change=False)
        return _items(
            session,
            _items_query(ws)
            .where(
                *case_scope(meeting),
                Case.end_date.is_(None),
                Action.done_on.is_(None),
                Action.cancelled_on.is_(None),
            )
            .order_by(Organisation.name, Action.deadline, Case.ref, Action.id),
        )
