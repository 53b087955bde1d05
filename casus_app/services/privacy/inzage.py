"""Inzageverzoek (AVG art. 15): find one person across cases and gather what Casus holds about them.

The beheerder searches by name and birth date, checks the matches (only they can tell whether a
namesake is the same person) and makes the overview for the chosen records: the cases, the data,
the organisations, the afspraken and who viewed or changed the data when. Other people of those
cases are left out, and their names are made unrecognisable in free text (art. 15(4)).
Correction and erasure live in `person_rights` and are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, NotFound, Text
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.documents import write_audited
from casus_app.services.privacy import inzage_sections, view_log
from casus_app.services.privacy.person_rights import correct_person, erase_persons
from casus_app.services.privacy.redaction import tokens
from casus_app.services.privacy.retention import audit_ids_reused, id_floors
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.atomic_file import require_folder
from casus_app.storage.models import Area, AuditEntry, Case, Category, ClosingReason, Organisation, Person

__all__ = [
    "InzageCase",
    "InzageEvent",
    "InzageOverview",
    "PersonMatch",
    "build_overview",
    "correct_person",
    "erase_persons",
    "find_person",
    "write_inzage_pdf",
]

OTHER_PERSON = inzage_sections.OTHER_PERSON


@dataclass(frozen=True)
class PersonMatch:
    """One betrokkene record that may be the person asking; the beheerder decides."""

    person_id: int
    case_id: int
    case_ref: str
    case_kind: str
    first_name: str | None
    infix: str | None
    last_name: str
    birth_date: dt.date | None
    role: str
    start_date: dt.date
    end_date: dt.date | None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.infix, self.last_name) if p)

    @property
    def birth_date_known(self) -> bool:
        return self.birth_date is not None


@dataclass(frozen=True)
class InzageEvent:
    at: dt.datetime  # local time
    organisation: str  # who, as organisation and role; employees' names are not part of it
    action: str  # Dutch, plain
    case_ref: str
    reason: str | None


@dataclass(frozen=True)
class InzageCase:
    ref: str
    kind: str
    area: str
    neighbourhood: str | None
    address: str
    category: str
    start_date: dt.date
    end_date: dt.date | None
    closing_reason: str | None
    person: PersonMatch
    facts: list[tuple[str, str]]  # (what, value) about the case, free text made safe
    organisations: list[tuple[str, str]]  # (organisation, why it is involved)
    actions: list[tuple[str, str, str, str]]  # (afspraak, who, deadline, state)
    discussions: list[tuple[str, str, str]]  # (date, overleg, note)
    plan: list[tuple[str, str]]  # (what, value) of a doorbraakplan, when there is one
    others: int  # how many other people the case holds (left out)


@dataclass(frozen=True)
class InzageOverview:
    name: str
    birth_date: dt.date | None
    made_on: dt.date
    made_by: str
    cases: list[InzageCase]
    events: list[InzageEvent] = field(default_factory=list)
    audit_head: tuple[int, str] = (0, "")


def find_person(ws: Workspace, name: str, birth_date: dt.date | None) -> list[PersonMatch]:
    """Betrokkenen whose name matches and whose birth date is the one given (or unknown).

    Every word typed must occur in the person's name and their surname must be typed, so
    "Jan de Vries", "de Vries" and "Vries" find Jan de Vries, "Piet de Vries" does not. Records
    without a birth date are returned too (marked), for the beheerder to judge.
    """
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("een inzageverzoek behandelen"))
    query_words = set(tokens(name))
    if not query_words:
        raise InvalidInput("Vul de naam in zoals de persoon die opgaf, met minstens de achternaam.")
    if birth_date is None:
        raise InvalidInput("Vul de geboortedatum in: zo voorkomt u dat u gegevens van een naamgenoot geeft.")
    matches: list[PersonMatch] = []
    with ws.register.read_session() as session:
        rows = session.execute(
            select(Person, Case.ref, Case.kind, Case.start_date, Case.end_date)
            .join(Case, Case.id == Person.case_id)
            .where((Person.birth_date == birth_date) | Person.birth_date.is_(None))
            .order_by(Case.start_date, Person.id)
        ).all()
        for person, ref, kind, start, end in rows:
            words = set(tokens(person.first_name, person.infix, person.last_name))
            if query_words <= words and set(tokens(person.last_name)) <= query_words:
                matches.append(_match(person, ref, kind, start, end))
    view_log.inzage_search(ws, [m.case_ref for m in matches], len(matches))
    return matches


def _match(person: Person, ref: str, kind: str, start: dt.date, end: dt.date | None) -> PersonMatch:
    return PersonMatch(
        person.id,
        person.case_id,
        ref,
        kind,
        person.first_name,
        person.infix,
        person.last_name,
        person.birth_date,
        person.role,
        start,
        end,
    )


def build_overview(
    ws: Workspace, person_ids: Sequence[int], *, today: dt.date | None = None
) -> InzageOverview:
    """Everything held about the chosen records, without other people's data (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("een inzageverzoek behandelen"))
    if not person_ids:
        raise InvalidInput("Kies eerst de gevonden gegevens die bij deze persoon horen.")
    with ws.register.read_session() as session:
        people = list(session.scalars(select(Person).where(Person.id.in_(list(person_ids)))))
        if len(people) != len(set(person_ids)):
            raise NotFound("Een van de gekozen betrokkenen bestaat niet meer. Zoek opnieuw.")
        organisations = dict(session.execute(select(Organisation.id, Organisation.name)).all())
        codes = dict(session.execute(select(Organisation.code, Organisation.name)).all())
        cases = [_case(session, person, organisations) for person in people]
        cases.sort(key=lambda c: (c.start_date, c.ref))
        events = _events(session, people, codes)
        head = audit.head(session)
    first = min(people, key=lambda p: p.id)
    return InzageOverview(
        name=" ".join(p for p in (first.first_name, first.infix, first.last_name) if p),
        birth_date=first.birth_date,
        made_on=today or clock.today(),
        made_by=ws.actor.display_name or ws.actor.name,
        cases=cases,
        events=events,
        audit_head=head,
    )


def _case(session: Session, person: Person, organisations: dict[int, str]) -> InzageCase:
    row = session.execute(
        select(Case, Area.name, Category.name, ClosingReason.name)
        .join(Area, Area.id == Case.area_id)
        .join(Category, Category.id == Case.main_category_id)
        .outerjoin(ClosingReason, ClosingReason.id == Case.closing_reason_id)
        .where(Case.id == person.case_id)
    ).one()
    case, area, category, closing_reason = row
    others = [p for p in case.persons if p.id != person.id]
    hide = inzage_sections.words_to_hide(person, others)
    match = _match(person, case.ref, case.kind, case.start_date, case.end_date)
    number = " ".join(p for p in (case.house_number, case.house_suffix) if p)
    address = ", ".join(
        p for p in (" ".join(p for p in (case.street, number) if p), case.postcode, case.city) if p
    )
    return InzageCase(
        ref=case.ref,
        kind=case.kind,
        area=area,
        neighbourhood=case.neighbourhood,
        address=address,
        category=category,
        start_date=case.start_date,
        end_date=case.end_date,
        closing_reason=closing_reason,
        person=match,
        facts=inzage_sections.case_facts(case, hide),
        organisations=inzage_sections.organisations(session, case, organisations),
        actions=inzage_sections.actions(case, organisations, hide),
        discussions=inzage_sections.discussions(session, case.id, hide),
        plan=inzage_sections.plan(session, case.id, hide),
        others=len(others),
    )


def _events(session: Session, people: list[Person], codes: dict[str, str]) -> list[InzageEvent]:
    """Who viewed or changed this person's data: entries about them, and about their cases as a whole."""
    person_ids = {p.id for p in people}
    case_refs = {p.case_id: p.case.ref for p in people}
    floors = id_floors(session)
    entries = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.person_id.in_(person_ids)
            | (AuditEntry.case_id.in_(case_refs) & AuditEntry.person_id.is_(None))
        )
        .order_by(AuditEntry.seq)
    )
    events: list[InzageEvent] = []
    seen: set[tuple] = set()
    for entry in entries:
        if entry.case_id not in case_refs or audit_ids_reused(
            floors, entry.seq, case_id=entry.case_id, person_id=entry.person_id
        ):
            continue
        at = dt.datetime.fromisoformat(entry.at).astimezone()
        organisation = inzage_sections.who(entry.acting_for, codes)
        action = inzage_sections.plain_action(entry.action, entry.object_type)
        # Older registers wrote one entry per person shown besides the case: one line for the reader.
        key = (at.replace(second=0, microsecond=0), organisation, entry.action, entry.case_id)
        if key in seen:
            continue
        seen.add(key)
        events.append(InzageEvent(at, organisation, action, case_refs[entry.case_id], entry.reason))
    return events


def write_inzage_pdf(
    ws: Workspace, person_ids: Sequence[int], out: Path, render: Callable[[InzageOverview], bytes]
) -> InzageOverview:
    """Make the overview and write it as PDF (`render`: reports.inzage_report.render); the export is
    logged per person (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("een inzageverzoek behandelen"))
    require_folder(out)  # before the overview's view entry: a missing folder is no export
    overview = build_overview(ws, person_ids)
    events = [
        audit_events.inzage_exported(ws, case.person.person_id, case.person.case_id)
        for case in overview.cases
    ]
    write_audited(ws, Path(out), events, lambda _head: render(overview))
    return overview
