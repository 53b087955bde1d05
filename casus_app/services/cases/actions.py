"""Afspraken: who does what by when. Making one, marking it done or cancelled, and each partner's list.

Changing one between meetings (deadline, organisation, person, result, snooze) is in `action_changes`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import MeetingKind
from casus_app.domain.errors import InvalidInput, NotFound, Text, Texts
from casus_app.domain.text_fold import fold
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
from casus_app.storage.models import Action, Area, Case, InterventionType, Meeting, Organisation, User

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
    owner_user_id: int | None = None  # the person's user, where they have an account
    intervention_type: str | None = None  # code of the interventietypen list; optional


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
    owner_user_id: int | None = None
    result: str | None = None
    snoozed_until: dt.date | None = None
    ref: str = ""  # A1, A2 … within the case

    @property
    def is_open(self) -> bool:
        return self.done_on is None and self.cancelled_on is None

    @property
    def who(self) -> str:
        """The person, else the organisation: a "Wie" column is never empty."""
        return self.owner_person or self.owner_name

    def is_overdue(self, today: dt.date) -> bool:
        return self.is_open and self.deadline < today

    def is_snoozed(self, today: dt.date) -> bool:
        return self.is_open and self.snoozed_until is not None and today < self.snoozed_until


@dataclass(frozen=True)
class CaseAddress:
    """The address of an afspraak's case, for the professional's own work list."""

    neighbourhood: str | None
    street: str | None
    house_number: str | None
    house_suffix: str | None

    @property
    def text(self) -> str:
        return " ".join(p for p in (self.street, self.house_number, self.house_suffix) if p)


@dataclass(frozen=True)
class MyActions:
    """Open afspraken of one organisation (or of the user: `mine`), in three groups; each afspraak
    is in exactly one. Snoozed afspraken are in none, only counted."""

    organisation: str | None
    overdue: list[ActionItem] = field(default_factory=list)
    this_week: list[ActionItem] = field(default_factory=list)
    later: list[ActionItem] = field(default_factory=list)
    mine: bool = False
    snoozed: int = 0
    addresses: dict[int, CaseAddress] = field(default_factory=dict)  # by case id

    @property
    def total(self) -> int:
        return len(self.overdue) + len(self.this_week) + len(self.later)


def end_of_week(day: dt.date) -> dt.date:
    """The Sunday of the week `day` is in."""
    return day + dt.timedelta(days=6 - day.weekday())


def _clean(value: str | None) -> str | None:
    return (value or "").strip() or None


def _name_key(name: str) -> str:
    return " ".join(fold(name).split())


def resolve_person(
    session: Session, owner_id: int, owner_person: str | None, owner_user_id: int | None
) -> tuple[str | None, int | None]:
    """The afspraak's person as (name, user id): a chosen user must be an active user of the owner
    organisation; a typed name that is exactly one such user's name is linked to that user."""
    name = _clean(owner_person)
    if owner_user_id is not None:
        user = session.get(User, owner_user_id)
        if user is None or not user.active:
            raise InvalidInput(
                "De gekozen persoon heeft geen actief account (meer); kies een ander of typ alleen de naam."
            )
        if user.organisation_id != owner_id:
            raise InvalidInput(
                "{display_name} werkt niet bij de gekozen organisatie; kies iemand van die organisatie of "
                "typ alleen de naam.",
                display_name=user.display_name or user.name,
            )
        return user.display_name or user.name, user.id
    if name is None:
        return None, None
    key = _name_key(name)
    found = [
        (user_id, display_name or user_name)
        for user_id, user_name, display_name in session.execute(
            select(User.id, User.name, User.display_name).where(
                User.organisation_id == owner_id, User.active.is_(True)
            )
        )
        if key in {_name_key(n) for n in (user_name, display_name) if n}
    ]
    if len(found) == 1:
        return found[0][1], found[0][0]
    return name, None


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
            errors.append(Text("beschrijf wat er moet gebeuren"))
        if owner_id is None:
            errors.append(Text("kies de organisatie die de afspraak uitvoert"))
        if deadline < agreed_on:
            errors.append(
                Text(
                    "de deadline ligt vóór de datum van de afspraak ({agreed_on:%d-%m-%Y})",
                    agreed_on=agreed_on,
                )
            )
        if case.end_date is not None:
            errors.append(Text("casus {ref} is afgesloten; heropen die eerst", ref=case.ref))
        type_id = None
        if data.intervention_type:
            type_id = session.scalar(
                select(InterventionType.id).where(
                    InterventionType.code == data.intervention_type, InterventionType.retired.is_(False)
                )
            )
            if type_id is None:
                errors.append(Text("kies een interventietype uit de lijst, of geen"))
        if errors:
            raise InvalidInput("De afspraak is niet opgeslagen: {errors}.", errors=Texts(errors))
        assert owner_id is not None  # checked above
        person, user_id = resolve_person(session, owner_id, data.owner_person, data.owner_user_id)
        taken = {a.ref for a in case.actions}
        n = len(taken) + 1
        while f"A{n}" in taken:
            n += 1
        action = Action(
            ref=f"A{n}",
            description=description,
            owner_id=owner_id,
            owner_person=person,
            owner_user_id=user_id,
            agreed_on=agreed_on,
            deadline=deadline,
            meeting_id=meeting_id,
            intervention_type_id=type_id,
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
    """Undo 'done' or 'cancelled' (a click too many, or "Ongedaan maken" right after it)."""
    with ws.register.session() as session:
        action, case = require_action(ws.actor, session, action_id, change=True)
        if action.done_on is None and action.cancelled_on is None:
            return
        was = (
            f"afgerond op {action.done_on:%d-%m-%Y}"
            if action.done_on is not None
            else f"vervallen op {action.cancelled_on:%d-%m-%Y}"
        )
        action.done_on = action.cancelled_on = None
        audit.append(
            session, audit_events.action_changed(ws, case.ref, action.ref, case.id, f"weer open (was {was})")
        )


def _finish(ws: Workspace, action_id: int, column: str, on: dt.date | None, details: str) -> None:
    with ws.register.session() as session:
        action, case = require_action(ws.actor, session, action_id, change=True)
        if action.done_on is not None or action.cancelled_on is not None:
            if action.done_on:
                raise InvalidInput("Deze afspraak is al afgerond.")
            raise InvalidInput("Deze afspraak is al vervallen.")
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
            Action.owner_user_id,
            Action.result,
            Action.snoozed_until,
            Action.ref,
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
            owner_user_id=row.owner_user_id,
            result=row.result,
            snoozed_until=row.snoozed_until,
            ref=row.ref,
        )
        for row in session.execute(query)
    ]


def my_actions(
    ws: Workspace,
    *,
    organisation: str | None = None,
    mine: bool = False,
    today: dt.date | None = None,
) -> MyActions:
    """The open afspraken of the user's organisation (or `organisation`), or with `mine` those whose
    person is the user, in the cases they may see; with the cases' addresses (a work list).

    A snoozed afspraak is left out until its day. One audit entry names the cases (afspraken may
    name people).
    """
    require_case_access(ws.actor)
    code = None if mine else organisation or ws.actor.organisation_code
    if code is None and not mine:
        return MyActions(None)
    today = today or clock.today()
    with ws.register.read_session() as session:
        query = _items_query(ws).where(Action.done_on.is_(None), Action.cancelled_on.is_(None))
        if mine:
            query = query.where(Action.owner_user_id == ws.actor.user_id)
        else:
            owner_id = session.scalar(select(Organisation.id).where(Organisation.code == code))
            if owner_id is None:
                raise InvalidInput("Onbekende organisatie '{code}'.", code=code)
            query = query.where(Action.owner_id == owner_id)
        every = _items(session, query.order_by(Action.deadline, Case.ref, Action.id))
        items = [a for a in every if not a.is_snoozed(today)]
        addresses = {
            row.id: CaseAddress(row.neighbourhood, row.street, row.house_number, row.house_suffix)
            for row in session.execute(
                select(Case.id, Case.neighbourhood, Case.street, Case.house_number, Case.house_suffix).where(
                    Case.id.in_(sorted({a.case_id for a in items}))
                )
            )
        }
    view_log.my_actions(ws, code, [a.case_ref for a in items], len(items))
    week_end = end_of_week(today)
    return MyActions(
        code,
        overdue=[a for a in items if a.deadline < today],
        this_week=[a for a in items if today <= a.deadline <= week_end],
        later=[a for a in items if a.deadline > week_end],
        mine=mine,
        snoozed=len(every) - len(items),
        addresses=addresses,
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
