"""Changing an afspraak between meetings: its deadline, organisation, person and result, and a snooze.

Each change is one transaction with one audit entry naming what changed: a deadline as old → new,
an organisation by its codes, a person or a result only as "gewijzigd" (the log holds no names and
no case content). The case's tijdlijn shows these entries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from casus_app.domain import clock
from casus_app.domain.errors import InvalidInput, Text, Texts
from casus_app.services import audit_events
from casus_app.services.access import require_action, require_case_access
from casus_app.services.cases.actions import resolve_person
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Case, Organisation, User

MAX_RESULT = 500  # characters: a result is a few words, not a report


@dataclass(frozen=True)
class ActionEdit:
    """An afspraak as it should be after the change; fields equal to the stored ones stay as they are."""

    deadline: dt.date
    owner: str  # organisation code
    owner_person: str | None = None
    owner_user_id: int | None = None  # the person's user, where they have an account
    result: str | None = None


@dataclass(frozen=True)
class ActionPerson:
    """A user who can be an afspraak's person."""

    user_id: int
    name: str


def people_of(ws: Workspace, organisation: str) -> list[ActionPerson]:
    """The active users of an organisation, by name: the people an afspraak can be given to."""
    require_case_access(ws.actor)
    with ws.register.read_session() as session:
        rows = session.execute(
            select(User.id, User.name, User.display_name)
            .join(Organisation, Organisation.id == User.organisation_id)
            .where(Organisation.code == organisation, User.active.is_(True))
        ).all()
    people = [ActionPerson(row.id, row.display_name or row.name) for row in rows]
    return sorted(people, key=lambda p: p.name.casefold())


def _date(day: dt.date) -> str:
    return f"{day:%d-%m-%Y}"


def _require_open_case(case: Case) -> None:
    if case.end_date is not None:
        raise InvalidInput(
            "Casus {ref} is afgesloten; heropen de casus eerst om de afspraak te wijzigen.", ref=case.ref
        )


def change_action(ws: Workspace, action_id: int, data: ActionEdit) -> list[str]:
    """Change an afspraak's deadline, organisation, person and result; returns what changed (Dutch).

    Moving the deadline moves a snooze along, so it still ends as many days before the deadline.
    """
    result = (data.result or "").strip() or None
    with ws.register.session() as session:
        action, case = require_action(ws.actor, session, action_id, change=True)
        _require_open_case(case)
        owner_id = session.scalar(select(Organisation.id).where(Organisation.code == data.owner))
        errors = []
        if owner_id is None:
            errors.append(Text("kies de organisatie die de afspraak uitvoert"))
        if data.deadline < action.agreed_on:
            errors.append(
                Text(
                    "de deadline ligt vóór de datum van de afspraak ({agreed_on})",
                    agreed_on=_date(action.agreed_on),
                )
            )
        if result is not None and len(result) > MAX_RESULT:
            errors.append(
                Text("houd het resultaat kort (hoogstens {max_result} tekens)", max_result=MAX_RESULT)
            )
        if errors:
            raise InvalidInput("De afspraak is niet gewijzigd: {errors}.", errors=Texts(errors))
        assert owner_id is not None  # checked above
        unchanged_person = owner_id == action.owner_id and (
            (data.owner_user_id is not None and data.owner_user_id == action.owner_user_id)
            or (
                data.owner_user_id is None
                and (data.owner_person or "").strip() == (action.owner_person or "")
            )
        )
        if unchanged_person:  # kept as it is, also the link to a user who has left since
            person, user_id = action.owner_person, action.owner_user_id
        else:
            person, user_id = resolve_person(session, owner_id, data.owner_person, data.owner_user_id)
        changed = []
        if data.deadline != action.deadline:
            changed.append(f"deadline {_date(action.deadline)} → {_date(data.deadline)}")
            if action.snoozed_until is not None:
                until = action.snoozed_until + (data.deadline - action.deadline)
                action.snoozed_until = until if until > clock.today() else None
            action.deadline = data.deadline
        if owner_id != action.owner_id:
            codes = {row.id: row.code for row in session.execute(select(Organisation.id, Organisation.code))}
            changed.append(f"organisatie {codes.get(action.owner_id, '?')} → {data.owner}")
            action.owner_id = owner_id
        if (person, user_id) != (action.owner_person, action.owner_user_id):
            changed.append(
                "persoon vastgelegd"
                if action.owner_person is None
                else "persoon gewist"
                if person is None
                else "persoon gewijzigd"
            )
            action.owner_person, action.owner_user_id = person, user_id
        if result != action.result:
            changed.append(
                "resultaat vastgelegd"
                if action.result is None
                else "resultaat gewist"
                if result is None
                else "resultaat gewijzigd"
            )
            action.result = result
        if changed:
            audit.append(
                session, audit_events.action_changed(ws, case.ref, action.ref, case.id, "; ".join(changed))
            )
        return changed


def snooze_action(
    ws: Workspace, action_id: int, days_before: int | None, *, today: dt.date | None = None
) -> dt.date | None:
    """Keep an open afspraak out of "Mijn afspraken" until `days_before` days before its deadline
    (None or 0: show it again now); returns the day it comes back, or None."""
    today = today or clock.today()
    with ws.register.session() as session:
        action, case = require_action(ws.actor, session, action_id, change=True)
        _require_open_case(case)
        if action.done_on is not None or action.cancelled_on is not None:
            raise InvalidInput("Deze afspraak is niet meer open; alleen een open afspraak kan sluimeren.")
        if not days_before:
            if action.snoozed_until is None:
                return None
            action.snoozed_until = None
            details = "sluimert niet meer"
        else:
            until = action.deadline - dt.timedelta(days=days_before)
            if days_before < 0 or until <= today:
                raise InvalidInput(
                    "De afspraak is dan nu al weer zichtbaar: de deadline is {deadline}. Kies minder dagen "
                    "(hoogstens {max}).",
                    deadline=_date(action.deadline),
                    max=max((action.deadline - today).days - 1, 0),
                )
            if until == action.snoozed_until:
                return until
            action.snoozed_until = until
            details = f"sluimert tot {_date(until)} ({days_before} dagen vóór de deadline)"
        audit.append(session, audit_events.action_changed(ws, case.ref, action.ref, case.id, details))
        return action.snoozed_until
