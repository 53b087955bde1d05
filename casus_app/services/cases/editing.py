"""Registering a signal as a case, editing it, escalating, closing and reopening; each write audited.

Every case is checked with the rules of the exchange format first (see `case_input.validate`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import Escalation, Role
from casus_app.domain.errors import CasusError, InvalidInput, NotFound, Text
from casus_app.services import audit_events
from casus_app.services.access import require_case, require_role
from casus_app.services.cases.duplicates import DuplicateCandidate, open_cases_like, same_person
from casus_app.services.cases.form_input import (
    FIELD_NAMES,
    CaseInput,
    CaseInvalid,
    PersonInput,
    clean,
    normalise,
    validate,
)
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import (
    Area,
    Case,
    Category,
    ClosingReason,
    Organisation,
    Person,
    case_categories,
)
from casus_app.storage.search_index import reindex_case


class PossibleDuplicate(CasusError):
    """Open cases with the same address or person exist; `candidates` lists them."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        self.candidates = candidates
        super().__init__(
            "Er is al een lopende casus voor dit adres of deze persoon ({refs}). Voeg het signaal toe aan "
            "die casus, of bevestig dat het om een nieuwe casus gaat.",
            refs=", ".join(c.ref for c in candidates),
        )


# -- duplicates ---------------------------------------------------------------------------------


def find_duplicates(
    ws: Workspace, data: CaseInput, *, exclude_case: int | None = None
) -> list[DuplicateCandidate]:
    """The duplicate check (see `_duplicates`); each call is one audit entry, as it probes the register
    with a name and birth date or an address: what was probed (never the values) and what it found."""
    candidates = _duplicates(ws, data, exclude_case=exclude_case)
    view_log.duplicate_check(ws, _probed(data), [c.ref for c in candidates])
    return candidates


def _probed(data: CaseInput) -> list[str]:
    probes = ["adres"] if any((data.street, data.house_number, data.postcode)) else []
    probes += ["naam"] if data.persons else []
    return probes + (["geboortedatum"] if any(p.birth_date for p in data.persons) else [])


def _duplicates(
    ws: Workspace, data: CaseInput, *, exclude_case: int | None = None
) -> list[DuplicateCandidate]:
    """Open cases this user may see at the same address or with the same person (case_duplicates.py)."""
    return open_cases_like(ws, data, exclude_case=exclude_case)


# -- registering --------------------------------------------------------------------------------


def register_case(
    ws: Workspace, data: CaseInput, *, allow_duplicate: bool = False, today: dt.date | None = None
) -> int:
    """Register a signal as a new case; returns its id.

    Raises PossibleDuplicate (with the candidates) when an open case has the same address or person,
    unless `allow_duplicate` says the user has seen them and wants a new case anyway.
    """
    require_role(ws.actor, Role.ADMINISTRATOR, Role.PROFESSIONAL, doing=Text("een casus aanmelden"))
    data = normalise(data)
    with ws.register.read_session() as session:
        validate(session, data, today=today)
        _area_in_reach(ws, session, data.area)
    if not allow_duplicate:
        candidates = find_duplicates(ws, data)
        if candidates:
            raise PossibleDuplicate(candidates)
    with ws.register.session() as session:
        area_id = _area_in_reach(ws, session, data.area)
        ref = next_case_ref(session, data.start_date.year)
        case = Case(ref=ref, area_id=area_id, escalation=Escalation.GREEN.value, marked_for_discussion=False)
        _apply(session, case, data)
        session.add(case)
        session.flush()
        _add_persons(session, ws, case, data.persons)
        _set_categories(session, case.id, data.categories)
        reindex_case(session, case.id)
        audit.append(session, audit_events.case_registered(ws, ref, case.id))
        return case.id


def add_signal_to_case(ws: Workspace, case_id: int, data: CaseInput, *, today: dt.date | None = None) -> None:
    """Add a new signal to an open case instead of registering a second one.

    The signal's betrokkenen that are not in the case yet and its categories are added, its summary is
    appended with the date and the reporting organisation, and the case is put on the next agenda.
    """
    data = normalise(data)
    today = today or clock.today()
    with ws.register.session() as session:
        validate(session, data, today=today)
        case = require_case(ws.actor, session, case_id, change=True)
        known = [PersonInput(p.last_name, p.role, p.first_name, p.infix, p.birth_date) for p in case.persons]
        new_people = tuple(p for p in data.persons if not any(same_person(p, k) for k in known))
        _add_persons(session, ws, case, new_people)
        present = set(
            session.scalars(select(case_categories.c.category_id).where(case_categories.c.case_id == case.id))
        )
        codes = dict(session.execute(select(Category.code, Category.id)).all())
        extra = [
            c
            for c in (data.main_category, *data.categories)
            if codes[c] != case.main_category_id and codes[c] not in present
        ]
        _set_categories(session, case.id, tuple(dict.fromkeys(extra)), replace_existing=False)
        changed = (
            ["agendering"] + (["betrokkenen"] if new_people else []) + (["categorieën"] if extra else [])
        )
        if data.summary:
            line = f"Signaal van {data.reported_by} op {today.strftime('%d-%m-%Y')}: {data.summary}"
            case.summary = f"{case.summary}\n{line}" if case.summary else line
            changed.append("samenvatting")
        case.marked_for_discussion = True
        reindex_case(session, case.id)
        audit.append(
            session,
            audit_events.case_changed(ws, case.ref, case.id, "signaal toegevoegd: " + ", ".join(changed)),
        )


def next_case_ref(session: Session, year: int) -> str:
    """The next free casusnummer of a year, as 2026-00042."""
    prefix = f"{year}-"
    refs = session.scalars(select(Case.ref).where(Case.ref >= prefix, Case.ref < f"{year}."))
    highest = max((int(r[len(prefix) :]) for r in refs if r[len(prefix) :].isdigit()), default=0)
    while True:
        highest += 1
        ref = f"{prefix}{highest:05d}"
        if session.scalar(select(Case.id).where(Case.ref == ref)) is None:
            return ref


# -- editing ------------------------------------------------------------------------------------


def load_case_input(ws: Workspace, case_id: int, *, log: bool = True) -> CaseInput:
    """A case as the form shows it, for editing; showing the form is one audit entry.

    `log=False` only for a read that is not shown (`update_case` comparing before and after).
    """
    with ws.register.read_session() as session:
        case = require_case(ws.actor, session, case_id, change=False)
        if log:
            view_log.case_part(ws, case.ref, case.id, "bewerkformulier")
        codes = {
            model: dict(session.execute(select(model.id, model.code)).all())
            for model in (Area, Category, Organisation)
        }
        extra = session.scalars(
            select(case_categories.c.category_id).where(case_categories.c.case_id == case_id)
        )
        return CaseInput(
            kind=case.kind,
            area=codes[Area][case.area_id],
            main_category=codes[Category][case.main_category_id],
            reported_by=codes[Organisation][case.reported_by_id],
            start_date=case.start_date,
            neighbourhood=case.neighbourhood,
            street=case.street,
            house_number=case.house_number,
            house_suffix=case.house_suffix,
            postcode=case.postcode,
            city=case.city,
            categories=tuple(sorted(codes[Category][c] for c in extra)),
            lead=codes[Organisation].get(case.lead_organisation_id)
            if case.lead_organisation_id is not None
            else None,
            summary=case.summary,
            risk=case.risk,
            persons=tuple(
                PersonInput(p.last_name, p.role, p.first_name, p.infix, p.birth_date, p.id)
                for p in case.persons
            ),
        )


_CASE_FIELDS = {
    "soort": ("kind",),
    "gebied": ("area",),
    "buurt": ("neighbourhood",),
    "adres": ("street", "house_number", "house_suffix", "postcode", "city"),
    "hoofdcategorie": ("main_category",),
    "categorieën": ("categories",),
    "aangemeld door": ("reported_by",),
    "regie": ("lead",),
    "startdatum": ("start_date",),
    "samenvatting": ("summary",),
    "risico": ("risk",),
}


def update_case(ws: Workspace, case_id: int, data: CaseInput) -> list[str]:
    """Save an edited case; returns the Dutch names of the changed fields (also in the audit log).

    Betrokkenen with an id are updated, those without are added; none is removed here.
    """
    data = normalise(data)
    before = load_case_input(ws, case_id, log=False)
    changed = [
        name
        for name, attrs in _CASE_FIELDS.items()
        if any(getattr(before, a) != getattr(data, a) for a in attrs)
    ]
    old_people = {p.id: p for p in before.persons}
    people_changed = [p for p in data.persons if p.id is None or old_people.get(p.id) != p]
    if not changed and not people_changed:
        return []
    with ws.register.session() as session:
        validate(session, data)
        case = require_case(ws.actor, session, case_id, change=True)
        if "gebied" in changed:
            case.area_id = _area_in_reach(ws, session, data.area)
        _apply(session, case, data)
        if "categorieën" in changed or "hoofdcategorie" in changed:
            _set_categories(session, case.id, data.categories)
        for person in people_changed:
            if person.id is None:
                _add_persons(session, ws, case, (person,))
                continue
            row = session.get(Person, person.id)
            if row is None or row.case_id != case.id:
                raise NotFound("Een betrokkene hoort niet (meer) bij deze casus. Open de casus opnieuw.")
            row.first_name, row.infix, row.last_name = person.first_name, person.infix, person.last_name
            row.birth_date, row.role = person.birth_date, person.role
            audit.append(session, audit_events.person_changed(ws, row.ref, row.id, case.id))
        if people_changed:
            changed.append("betrokkenen")
        reindex_case(session, case.id)
        audit.append(
            session, audit_events.case_changed(ws, case.ref, case.id, "gewijzigd: " + ", ".join(changed))
        )
    return changed


def set_escalation(ws: Workspace, case_id: int, level: str) -> None:
    if level not in {e.value for e in Escalation}:
        raise InvalidInput("Kies een escalatieniveau: groen, oranje, rood of donkerrood.")
    with ws.register.session() as session:
        case = require_case(ws.actor, session, case_id, change=True)
        if case.escalation == level:
            return
        case.escalation = level
        audit.append(session, audit_events.case_changed(ws, case.ref, case.id, "gewijzigd: escalatie"))


def mark_for_discussion(ws: Workspace, case_id: int, marked: bool = True) -> None:
    """Put a case on (or off) the agenda of the next overleg."""
    with ws.register.session() as session:
        case = require_case(ws.actor, session, case_id, change=True)
        if case.marked_for_discussion == marked:
            return
        case.marked_for_discussion = marked
        audit.append(session, audit_events.case_changed(ws, case.ref, case.id, "gewijzigd: agendering"))


def close_case(
    ws: Workspace,
    case_id: int,
    reason: str,
    *,
    result: str | None = None,
    referred_to: str | None = None,
    end_date: dt.date | None = None,
) -> int:
    """Close a case with an afsluitreden; its open afspraken lapse. Returns how many lapsed."""
    end_date = end_date or clock.today()
    with ws.register.session() as session:
        case = require_case(ws.actor, session, case_id, change=True)
        if case.end_date is not None:
            raise InvalidInput(
                "Casus {ref} is al afgesloten. Heropen de casus eerst als u die wilt wijzigen.", ref=case.ref
            )
        errors = []
        reason_id = session.scalar(select(ClosingReason.id).where(ClosingReason.code == reason))
        if reason_id is None:
            errors.append(("afsluitreden", Text("kies een afsluitreden uit de lijst")))
        referred_id = None
        if clean(referred_to):
            referred_id = session.scalar(select(Organisation.id).where(Organisation.code == referred_to))
            if referred_id is None:
                errors.append(
                    ("verwezen_naar", Text("onbekende organisatie '{referred_to}'", referred_to=referred_to))
                )
        if end_date < case.start_date:
            errors.append(
                (
                    "einddatum",
                    Text(
                        "de einddatum ligt vóór de startdatum ({start_date:%d-%m-%Y})",
                        start_date=case.start_date,
                    ),
                )
            )
        if end_date > clock.today():
            errors.append(("einddatum", Text("de einddatum ligt in de toekomst")))
        if errors:
            raise CaseInvalid([(FIELD_NAMES[p], t) for p, t in errors])
        case.end_date, case.closing_reason_id = end_date, reason_id
        case.result, case.referred_to_id = clean(result), referred_id
        case.marked_for_discussion = False
        lapsed = 0
        for action in case.actions:
            if action.done_on is None and action.cancelled_on is None:
                action.cancelled_on = max(end_date, action.agreed_on)
                lapsed += 1
                audit.append(
                    session,
                    audit_events.action_changed(ws, case.ref, action.ref, case.id, "vervallen bij afsluiten"),
                )
        audit.append(session, audit_events.case_changed(ws, case.ref, case.id, "afgesloten"))
    return lapsed


def reopen_case(ws: Workspace, case_id: int) -> None:
    with ws.register.session() as session:
        case = require_case(ws.actor, session, case_id, change=True)
        if case.end_date is None:
            raise InvalidInput("Casus {ref} loopt nog; er is niets te heropenen.", ref=case.ref)
        case.end_date = case.closing_reason_id = case.result = case.referred_to_id = None
        audit.append(session, audit_events.case_changed(ws, case.ref, case.id, "heropend"))


# -- helpers ------------------------------------------------------------------------------------


def _area_in_reach(ws: Workspace, session: Session, area_code: str) -> int:
    area_id = session.scalar(select(Area.id).where(Area.code == area_code))
    if area_id is None:
        raise CaseInvalid([(Text("Gebied"), Text("onbekend gebied '{code}'", code=area_code))])
    if ws.actor.role is Role.PROFESSIONAL and area_id not in ws.actor.area_ids:
        raise CaseInvalid(
            [(Text("Gebied"), Text("u werkt niet in dit gebied; kies een van uw eigen gebieden"))]
        )
    return area_id


def _apply(session: Session, case: Case, data: CaseInput) -> None:
    codes = {
        model: dict(session.execute(select(model.code, model.id)).all()) for model in (Category, Organisation)
    }
    case.kind, case.neighbourhood = data.kind, data.neighbourhood
    case.street, case.house_number, case.house_suffix = data.street, data.house_number, data.house_suffix
    case.postcode, case.city = data.postcode, data.city
    case.main_category_id = codes[Category][data.main_category]
    case.reported_by_id = codes[Organisation][data.reported_by]
    case.lead_organisation_id = codes[Organisation][data.lead] if data.lead else None
    case.start_date, case.summary, case.risk = data.start_date, data.summary, data.risk


def _add_persons(session: Session, ws: Workspace, case: Case, persons: tuple[PersonInput, ...]) -> None:
    taken = {p.ref for p in case.persons}
    n = len(taken)
    for person in persons:
        n += 1
        while f"B{n}" in taken:
            n += 1
        row = Person(
            ref=f"B{n}",
            first_name=person.first_name,
            infix=person.infix,
            last_name=person.last_name,
            birth_date=person.birth_date,
            role=person.role,
        )
        case.persons.append(row)
        session.flush()
        audit.append(session, audit_events.person_added(ws, row.ref, row.id, case.id))


def _set_categories(
    session: Session, case_id: int, categories: tuple[str, ...], *, replace_existing: bool = True
) -> None:
    if replace_existing:
        session.execute(delete(case_categories).where(case_categories.c.case_id == case_id))
    if categories:
        ids = dict(session.execute(select(Category.code, Category.id)).all())
        session.execute(
            insert(case_categories), [{"case_id": case_id, "category_id": ids[c]} for c in categories]
        )
