"""The duplicate check of a new signal: is there an open case at this address or with this person?

Compared as people type: names and streets folded ("Sahin" is "Şahin", `domain.text_fold`), the
postcode however it was written, an address without a postcode by street and house number, and a
betrokkene without a birth date by name within the same postcode or street. The register is probed
through indexes (the address index, the birth date index and the folded search index), never by
reading every case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from casus_app.domain.text_fold import fold, postcode_key, same_words
from casus_app.services.access import require_case_access, visible_cases
from casus_app.services.cases.form_input import CaseInput, PersonInput, normalise
from casus_app.services.workspace import Workspace
from casus_app.storage.models import Case, Person
from casus_app.storage.search_index import matching_ids, whole_words_expression


@dataclass(frozen=True)
class DuplicateCandidate:
    """An open case that may be about the same address or person."""

    case_id: int
    ref: str
    kind: str
    neighbourhood: str | None
    address: str
    start_date: dt.date
    reasons: tuple[str, ...]  # Dutch, e.g. "zelfde adres (6431AB 12)"


def _surname(infix: str | None, last: str | None) -> str:
    # "Van der Berg" typed as one surname is "van der" + "Berg" typed apart.
    return " ".join(p for p in (infix, last) if p)


def same_name(person: PersonInput, first: str | None, infix: str | None, last: str) -> bool:
    """Same surname (with its infix) once folded; first names too when both are known."""
    if not same_words(_surname(person.infix, person.last_name), _surname(infix, last)):
        return False
    return not person.first_name or not first or same_words(person.first_name, first)


def same_person(a: PersonInput, b: PersonInput) -> bool:
    """The same name, and birth dates that do not differ (one of them may be unknown)."""
    dates_agree = a.birth_date is None or b.birth_date is None or a.birth_date == b.birth_date
    return dates_agree and same_name(a, b.first_name, b.infix, b.last_name)


def _number(value: str | None) -> str:
    return "".join(fold(value or "").split())


@dataclass(frozen=True)
class _Address:
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None

    def same_as(self, other: _Address) -> bool:
        """Same house: postcode and number; without a postcode on either side, street and number."""
        if not self.house_number or _number(self.house_number) != _number(other.house_number):
            return False
        if self.postcode and other.postcode:
            return postcode_key(self.postcode) == postcode_key(other.postcode)
        return self.street_near(other)

    def street_near(self, other: _Address) -> bool:
        """Same street (in the same place, when both name one)."""
        if not self.street or not other.street or not same_words(self.street, other.street):
            return False
        return not self.city or not other.city or same_words(self.city, other.city)

    def near(self, other: _Address) -> bool:
        """Same postcode or same street: where a betrokkene without a birth date counts as the same."""
        if self.postcode and other.postcode and postcode_key(self.postcode) == postcode_key(other.postcode):
            return True
        return self.street_near(other)

    def label(self) -> str:
        if self.postcode:
            return f"{self.postcode} {self.house_number}"
        return f"{self.street} {self.house_number}"


def _address_of(case: Case) -> _Address:
    return _Address(case.street, case.house_number, case.postcode, case.city)


def open_cases_like(
    ws: Workspace, data: CaseInput, *, exclude_case: int | None = None
) -> list[DuplicateCandidate]:
    """Open cases this user may see at the same address, or with a betrokkene who is the same person:
    same name and birth date, or same name within the same postcode or street when a birth date is
    missing. Not audited here: the caller logs the check (`case_editing.find_duplicates`)."""
    require_case_access(ws.actor)
    data = normalise(data)
    new = _Address(data.street, data.house_number, data.postcode, data.city)
    reasons: dict[int, list[str]] = {}
    open_visible = and_(Case.end_date.is_(None), visible_cases(ws.actor))
    with ws.register.read_session() as session:
        for case in _address_candidates(session, new, open_visible):
            if new.same_as(_address_of(case)):
                reasons.setdefault(case.id, []).append(f"zelfde adres ({new.label()})")
        for person in data.persons:
            for case_id in _same_person_cases(session, person, new, open_visible):
                reasons.setdefault(case_id, []).append(f"zelfde persoon ({person.full_name})")
        if exclude_case is not None:
            reasons.pop(exclude_case, None)
        if not reasons:
            return []
        rows = session.execute(
            select(
                Case.id,
                Case.ref,
                Case.kind,
                Case.neighbourhood,
                Case.street,
                Case.house_number,
                Case.house_suffix,
                Case.start_date,
            )
            .where(Case.id.in_(sorted(reasons)))
            .order_by(Case.start_date.desc())
        ).all()
    return [
        DuplicateCandidate(
            case_id=r.id,
            ref=r.ref,
            kind=r.kind,
            neighbourhood=r.neighbourhood,
            address=" ".join(p for p in (r.street, r.house_number, r.house_suffix) if p),
            start_date=r.start_date,
            reasons=tuple(dict.fromkeys(reasons[r.id])),
        )
        for r in rows
    ]


def _address_candidates(session: Session, new: _Address, open_visible: ColumnElement[bool]) -> list[Case]:
    """Open cases that may be at the same house; `_Address.same_as` decides."""
    if not new.house_number:
        return []
    found: dict[int, Case] = {}
    if new.postcode:  # the address index (postcode, house number)
        for case in session.scalars(
            select(Case).where(
                Case.postcode == postcode_key(new.postcode),
                func.lower(Case.house_number) == new.house_number.lower(),
                open_visible,
            )
        ):
            found[case.id] = case
    # The same street and number where one of the two has no postcode: through the folded index.
    expression = whole_words_expression("address", new.street, new.house_number) if new.street else None
    if expression:
        for case in session.scalars(select(Case).where(Case.id.in_(matching_ids(expression)), open_visible)):
            found.setdefault(case.id, case)
    return list(found.values())


def _same_person_cases(
    session: Session, person: PersonInput, new: _Address, open_visible: ColumnElement[bool]
) -> set[int]:
    hits: set[int] = set()
    if person.birth_date is not None:  # the birth date index, then the name compared folded
        for case_id, first, infix, last in session.execute(
            select(Person.case_id, Person.first_name, Person.infix, Person.last_name)
            .join(Case, Case.id == Person.case_id)
            .where(Person.birth_date == person.birth_date, open_visible)
        ):
            if same_name(person, first, infix, last):
                hits.add(case_id)
    # A birth date missing on either side: the same name near the same address. Found through the
    # folded index (the name, and the postcode or a street word), then compared in full.
    name = whole_words_expression("names", person.infix, person.last_name)
    places = [
        e
        for e in (
            whole_words_expression("address", postcode_key(new.postcode)),
            whole_words_expression("address", new.street),
        )
        if e
    ]
    if not name or not places:
        return hits
    expression = f"({name}) AND (" + " OR ".join(f"({p})" for p in places) + ")"
    for case, first, infix, last, birth_date in session.execute(
        select(Case, Person.first_name, Person.infix, Person.last_name, Person.birth_date)
        .join(Person, Person.case_id == Case.id)
        .where(Case.id.in_(matching_ids(expression)), open_visible)
    ):
        undated = person.birth_date is None or birth_date is None
        if undated and same_name(person, first, infix, last) and new.near(_address_of(case)):
            hits.add(case.id)
    return hits
