"""Correction (AVG art. 16) and erasure (art. 17) of one person's data, each in one audited transaction.

The audit entries name the person only by their record number and the fields that changed, never
the old or new values. An erasure removes the betrokkene records, their names from the notes of
their cases, and their words from the search index; the WAL is emptied afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, NotFound, Text
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.meetings import drafts
from casus_app.services.privacy.redaction import name_words, redact
from casus_app.services.privacy.retention import checkpoint_wal, compact_search_index, remember_removed_ids
from casus_app.services.workspace import Workspace
from casus_app.storage import audit, search_index
from casus_app.storage.models import (
    Action,
    Breakthrough,
    BreakthroughPlan,
    Case,
    Discussion,
    FamilyContact,
    Person,
    PlanIssue,
)

ERASED = "[gewist]"
_UNCHANGED = object()
FIELD_NAMES = {
    "first_name": "voornaam",
    "infix": "tussenvoegsel",
    "last_name": "achternaam",
    "birth_date": "geboortedatum",
    "role": "rol",
}
# Free text that may name a betrokkene, per table: (model, case column or plan column, text columns).
_CASE_TEXTS = (
    (Case, Case.id, ("summary", "result")),
    (Discussion, Discussion.case_id, ("note", "decisions")),
    (Action, Action.case_id, ("description", "result")),
    (FamilyContact, FamilyContact.case_id, ("note",)),
)
_PLAN_TEXTS = ("perspective", "own_strength", "next_step", "evaluation")
_PLAN_PART_TEXTS = ((PlanIssue, ("description",)), (Breakthrough, ("description",)))


def correct_person(
    ws: Workspace,
    person_id: int,
    *,
    first_name: str | None | object = _UNCHANGED,
    infix: str | None | object = _UNCHANGED,
    last_name: str | object = _UNCHANGED,
    birth_date: dt.date | None | object = _UNCHANGED,
    role: str | object = _UNCHANGED,
) -> list[str]:
    """Correct a betrokkene's details on their request; returns the Dutch names of the fields changed."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("gegevens van een betrokkene corrigeren"))
    wanted = {
        "first_name": first_name,
        "infix": infix,
        "last_name": last_name,
        "birth_date": birth_date,
        "role": role,
    }
    with ws.register.session() as session:
        person = _person(session, person_id)
        changed = []
        for name, value in wanted.items():
            if value is _UNCHANGED:
                continue
            if isinstance(value, str):
                value = value.strip() or None
            if name == "last_name" and not value:
                raise InvalidInput("De achternaam mag niet leeg zijn.")
            if name == "role" and not value:
                raise InvalidInput("De rol mag niet leeg zijn.")
            if getattr(person, name) != value:
                setattr(person, name, value)
                changed.append(FIELD_NAMES[name])
        if not changed:
            return []
        if isinstance(birth_date, dt.date) and birth_date > clock.today():  # neither _UNCHANGED nor None
            raise InvalidInput("De geboortedatum ligt in de toekomst. Controleer de datum.")
        session.flush()
        search_index.reindex_case(session, person.case_id)
        compact_search_index(session)  # the old spelling must not stay findable
        audit.append(
            session,
            audit_events.person_changed(
                ws,
                person.ref,
                person.id,
                person.case_id,
                "gecorrigeerd op verzoek (AVG art. 16): " + ", ".join(changed),
            ),
        )
    checkpoint_wal(ws)
    return changed


def erase_persons(ws: Workspace, person_ids: Sequence[int]) -> int:
    """Erase betrokkenen on their request: the records, and their names in the notes of their cases.

    The cases themselves stay (they are about an address or a household and may hold other
    people). Returns how many records were erased.
    """
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("gegevens van een betrokkene wissen"))
    if not person_ids:
        raise InvalidInput("Kies eerst de gegevens die gewist moeten worden.")
    with ws.register.session() as session:
        people = [_person(session, person_id) for person_id in sorted(set(person_ids))]
        for person in people:
            words = name_words(person.first_name, person.last_name)
            _scrub_case(session, person.case_id, words)
        last_entry = None
        for person in people:
            case_id, ref, pid = person.case_id, person.ref, person.id
            session.delete(person)
            session.flush()
            search_index.reindex_case(session, case_id)
            last_entry = audit.append(session, audit_events.person_erased(ws, ref, pid, case_id))
        compact_search_index(session)
        assert last_entry is not None
        remember_removed_ids(session, last_entry.seq + 1)
    checkpoint_wal(ws)
    return len(people)


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("Deze betrokkene bestaat niet (meer). Zoek opnieuw.")
    return person


def _scrub_case(session: Session, case_id: int, words: set[str]) -> None:
    """Replace the person's names in every free text of their case."""
    drafts.discard_for_case(session, case_id)  # unsaved typing is dropped, not scrubbed
    if not words:
        return
    for model, case_column, columns in _CASE_TEXTS:
        for row in session.scalars(select(model).where(case_column == case_id)):
            _scrub(row, columns, words)
    plan = session.scalar(select(BreakthroughPlan).where(BreakthroughPlan.case_id == case_id))
    if plan is None:
        return
    _scrub(plan, _PLAN_TEXTS, words)
    for part, part_columns in _PLAN_PART_TEXTS:
        for row in session.scalars(select(part).where(part.plan_id == plan.id)):
            _scrub(row, part_columns, words)


def _scrub(row: object, columns: tuple[str, ...], words: set[str]) -> None:
    for column in columns:
        value = getattr(row, column)
        cleaned = redact(value, words, ERASED)
        if cleaned != value:
            setattr(row, column, cleaned)
