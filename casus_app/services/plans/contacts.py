"""The contact log of a household: when the gezinscoach was in touch, how, and a short note.

The log belongs to the case (a household without a plan yet has one too). Whoever may change the
case may add, change or remove a contact; each change is one audit entry that names the date and
the kind, never the note (free text, case content). Reading the log is part of reading the plan
(`plans.get_plan`, logged there); Mijn gezinnen shows only the date and kind of the last contact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import AuditAction, CaseKind, ContactKind
from casus_app.domain.errors import InvalidInput, NotFound
from casus_app.domain.labels import CONTACT_KIND_NAMES, name_of
from casus_app.services import audit_events
from casus_app.services.access import require_case
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Case, FamilyContact, User

NOTE_LIMIT = 500


@dataclass(frozen=True)
class ContactInput:
    contact_on: dt.date
    kind: str  # a ContactKind value
    note: str | None = None


@dataclass(frozen=True)
class ContactView:
    id: int
    contact_on: dt.date
    kind: str
    note: str | None
    by: str | None  # who logged it: display name, or else user name


@dataclass(frozen=True)
class LastContact:
    contact_on: dt.date
    kind: str


def read_contacts(session: Session, case_id: int) -> tuple[ContactView, ...]:
    """The household's contacts, newest first (within the caller's access check)."""
    rows = session.execute(
        select(FamilyContact, User.display_name, User.name)
        .outerjoin(User, User.id == FamilyContact.user_id)
        .where(FamilyContact.case_id == case_id)
        .order_by(FamilyContact.contact_on.desc(), FamilyContact.id.desc())
    ).all()
    return tuple(
        ContactView(c.id, c.contact_on, c.kind, c.note, (display or name or None))
        for c, display, name in rows
    )


def last_contacts(session: Session, case_ids: list[int]) -> dict[int, LastContact]:
    """The latest contact per case (the latest logged, when one day has several)."""
    latest = (
        select(FamilyContact.case_id, func.max(FamilyContact.contact_on).label("day"))
        .where(FamilyContact.case_id.in_(case_ids))
        .group_by(FamilyContact.case_id)
        .subquery()
    )
    found: dict[int, LastContact] = {}
    for case_id, day, kind in session.execute(
        select(FamilyContact.case_id, FamilyContact.contact_on, FamilyContact.kind)
        .join(
            latest, (latest.c.case_id == FamilyContact.case_id) & (latest.c.day == FamilyContact.contact_on)
        )
        .order_by(FamilyContact.case_id, FamilyContact.id)
    ):
        found[case_id] = LastContact(day, kind)
    return found


def add_contact(ws: Workspace, case_id: int, item: ContactInput) -> ContactView:
    """Log one contact with a household (Mijn gezinnen's "Contact toevoegen")."""
    with ws.register.session() as session:
        case = household(ws, session, case_id)
        details = save(session, case, None, item, ws.actor.user_id)
        audit.append(session, audit_events.family_contact(ws, AuditAction.CREATE, case.ref, case.id, details))
        return _newest(session, case.id)


def save(
    session: Session, case: Case, contact_id: int | None, item: ContactInput, user_id: int | None
) -> str:
    """Add (contact_id None) or change a contact of `case`, checked; returns the audit details."""
    values = _checked(case, item)
    if contact_id is None:
        session.add(FamilyContact(case_id=case.id, user_id=user_id, **values))
        session.flush()
        return _describe("toegevoegd", values)
    row = _contact(session, case.id, contact_id)
    changed = [name for name, value in values.items() if getattr(row, name) != value]
    for name in changed:
        setattr(row, name, values[name])
    session.flush()
    return _describe("gewijzigd", values) + ("" if changed else "; niets veranderd")


def delete(session: Session, case: Case, contact_id: int) -> str:
    row = _contact(session, case.id, contact_id)
    details = _describe("verwijderd", {"contact_on": row.contact_on, "kind": row.kind})
    session.delete(row)
    session.flush()
    return details


def household(ws: Workspace, session: Session, case_id: int) -> Case:
    """The case of a household this user may change; other kinds of case keep no contact log."""
    case = require_case(ws.actor, session, case_id, change=True)
    if case.kind != CaseKind.BREAKTHROUGH:
        raise InvalidInput("Alleen bij een gezin (een casus van de soort 'doorbraak') houdt u contacten bij.")
    return case


def _newest(session: Session, case_id: int) -> ContactView:
    newest_id = session.scalar(select(func.max(FamilyContact.id)).where(FamilyContact.case_id == case_id))
    return next(c for c in read_contacts(session, case_id) if c.id == newest_id)


def _checked(case: Case, item: ContactInput) -> dict:
    if item.kind not in set(ContactKind):
        raise InvalidInput("Kies hoe het contact was: huisbezoek, telefoon of overleg.")
    if item.contact_on > clock.today():
        raise InvalidInput(
            "De datum van het contact ligt in de toekomst ({contact_on:%d-%m-%Y}). Leg een contact vast "
            "als het geweest is.",
            contact_on=item.contact_on,
        )
    if item.contact_on < case.start_date:
        raise InvalidInput(
            "De datum van het contact ligt vóór de start van de casus ({start_date:%d-%m-%Y}). Kies een "
            "latere datum.",
            start_date=case.start_date,
        )
    note = (item.note or "").strip()
    if len(note) > NOTE_LIMIT:
        raise InvalidInput(
            "De notitie is te lang ({length} tekens); houd het kort, onder {note_limit} tekens.",
            length=len(note),
            note_limit=NOTE_LIMIT,
        )
    return {"contact_on": item.contact_on, "kind": item.kind, "note": note or None}


def _contact(session: Session, case_id: int, contact_id: int) -> FamilyContact:
    row = session.get(FamilyContact, contact_id)
    if row is None or row.case_id != case_id:
        raise NotFound("Dit contact hoort niet (meer) bij dit gezin. Sluit het plan en open het opnieuw.")
    return row


def _describe(what: str, values: dict) -> str:
    return (
        f"contact {what}: {name_of(CONTACT_KIND_NAMES, values['kind'])} op {values['contact_on'].isoformat()}"
    )
