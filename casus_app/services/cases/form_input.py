"""What a case form holds, checked with the rules of the exchange format, and the lists it offers.

A case typed in and a case imported obey exactly the same rules: the form's values are turned into a
`casussen[]` record and checked by `exchange_rules.check_case`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, Text, Texts
from casus_app.domain.exchange import rules as exchange_rules
from casus_app.services.workspace import Workspace
from casus_app.storage.models import (
    Area,
    Category,
    ClosingReason,
    InterventionType,
    Neighbourhood,
    Organisation,
    User,
)


@dataclass(frozen=True)
class PersonInput:
    last_name: str
    role: str
    first_name: str | None = None
    infix: str | None = None
    birth_date: dt.date | None = None
    id: int | None = None  # set for a betrokkene that is already in the case

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.infix, self.last_name) if p)


@dataclass(frozen=True)
class CaseInput:
    """What a user fills in for a case; codes as in the reference lists."""

    kind: str
    area: str
    main_category: str
    reported_by: str
    start_date: dt.date
    neighbourhood: str | None = None
    street: str | None = None
    house_number: str | None = None
    house_suffix: str | None = None
    postcode: str | None = None
    city: str | None = None
    categories: tuple[str, ...] = ()
    lead: str | None = None
    summary: str | None = None
    risk: str | None = None
    persons: tuple[PersonInput, ...] = ()


class CaseInvalid(InvalidInput):
    """The case breaks one or more rules; `errors` is (field, Dutch message), field as in the exchange format."""

    def __init__(self, errors: Sequence[tuple[str | Text, str | Text]]) -> None:
        self.errors = [(str(place), str(text)) for place, text in errors]  # Dutch
        lines = [
            Text("- {field}: {problem}", field=FIELD_NAMES.get(str(place), place), problem=text)
            for place, text in errors
        ]
        super().__init__(
            "De casus is niet opgeslagen. Verbeter dit en probeer het opnieuw:\n{lines}",
            lines=Texts(lines, "\n"),
        )


FIELD_NAMES = {
    "soort": Text("Soort"),
    "gebied": Text("Gebied"),
    "buurt": Text("Buurt"),
    "adres.straat": Text("Straat"),
    "adres.huisnummer": Text("Huisnummer"),
    "adres.toevoeging": Text("Toevoeging"),
    "adres.postcode": Text("Postcode"),
    "adres.plaats": Text("Plaats"),
    "hoofdcategorie": Text("Hoofdcategorie"),
    "categorieen": Text("Categorieën"),
    "aangemeld_door": Text("Aangemeld door"),
    "regie": Text("Regie"),
    "startdatum": Text("Startdatum"),
    "samenvatting": Text("Samenvatting"),
    "risico": Text("Risico"),
    "einddatum": Text("Einddatum"),
    "afsluitreden": Text("Afsluitreden"),
    "verwezen_naar": Text("Verwezen naar"),
}
_PERSON_PLACE = re.compile(r"betrokkenen\[(\d+)\]\.(\w+)")
_PERSON_FIELDS = {
    "achternaam": Text("achternaam"),
    "voornaam": Text("voornaam"),
    "rol": Text("rol"),
    "geboortedatum": Text("geboortedatum"),
}


def _field_name(place: str) -> str | Text:
    match = _PERSON_PLACE.fullmatch(place)
    if match:
        return Text(
            "Betrokkene {number}, {field}",
            number=int(match[1]) + 1,
            field=_PERSON_FIELDS.get(match[2], match[2]),
        )
    return FIELD_NAMES.get(place, place)


# -- validation ---------------------------------------------------------------------------------


def clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


_POSTCODE = re.compile(r"[1-9][0-9]{3} ?[A-Za-z]{2}")


def _postcode(value: str | None) -> str | None:
    """A valid postcode as 1234AB; anything else as typed, so that the error message quotes it."""
    if value and _POSTCODE.fullmatch(value):
        return value.replace(" ", "").upper()
    return value


def normalise(data: CaseInput) -> CaseInput:
    """Trimmed texts, empty texts as None, the postcode as 1234AB."""
    postcode = clean(data.postcode)
    persons = tuple(
        replace(
            p,
            last_name=p.last_name.strip(),
            role=p.role.strip(),
            first_name=clean(p.first_name),
            infix=clean(p.infix),
        )
        for p in data.persons
    )
    return replace(
        data,
        neighbourhood=clean(data.neighbourhood),
        street=clean(data.street),
        house_number=clean(data.house_number),
        house_suffix=clean(data.house_suffix),
        postcode=_postcode(postcode),
        city=clean(data.city),
        lead=clean(data.lead),
        summary=clean(data.summary),
        risk=clean(data.risk),
        persons=persons,
        categories=tuple(dict.fromkeys(c for c in data.categories if c and c != data.main_category)),
    )


def as_exchange_record(data: CaseInput, ref: str) -> dict:
    """The case as a `casussen[]` item of the exchange format."""
    record: dict = {
        "ref": ref,
        "soort": data.kind,
        "gebied": data.area,
        "hoofdcategorie": data.main_category,
        "categorieen": list(data.categories),
        "aangemeld_door": data.reported_by,
        "regie": data.lead,
        "startdatum": data.start_date.isoformat(),
        "einddatum": None,
        "afsluitreden": None,
        "samenvatting": data.summary,
        "risico": data.risk,
        "betrokkenen": [
            {
                "ref": f"B{i + 1}",
                "voornaam": p.first_name,
                "tussenvoegsel": p.infix,
                "achternaam": p.last_name,
                "geboortedatum": p.birth_date.isoformat() if p.birth_date else None,
                "rol": p.role,
            }
            for i, p in enumerate(data.persons)
        ],
    }
    if data.neighbourhood is not None:
        record["buurt"] = data.neighbourhood
    if any((data.street, data.house_number, data.house_suffix, data.postcode, data.city)):
        record["adres"] = {
            "straat": data.street or "",
            "huisnummer": data.house_number or "",
            "toevoeging": data.house_suffix,
            "postcode": data.postcode,
            "plaats": data.city,
        }
    return record


def _codebook(session: Session) -> exchange_rules.CodeBook:
    buurten: dict[str, set[str]] = {code: set() for code in session.scalars(select(Area.code))}
    for code, name in session.execute(select(Area.code, Neighbourhood.name).join(Neighbourhood)):
        buurten[code].add(name)
    return exchange_rules.CodeBook(
        gebieden=buurten,
        organisaties=set(session.scalars(select(Organisation.code))),
        categorieen=set(session.scalars(select(Category.code))),
        afsluitredenen=set(session.scalars(select(ClosingReason.code))),
    )


def validate(session: Session, data: CaseInput, *, today: dt.date | None = None) -> None:
    """Raise CaseInvalid with every broken rule: the exchange format's, and dates not in the future."""
    out: list[tuple[str, str]] = []
    exchange_rules.check_case(
        as_exchange_record(data, "nieuw"), 0, _codebook(session), exchange_rules.RefRegistry(), out
    )
    errors: list[tuple[str, str | Text]] = [(place.removeprefix("casussen[0]."), text) for place, text in out]
    today = today or clock.today()
    if data.start_date > today:
        errors.append(
            (
                "startdatum",
                Text("de startdatum ligt in de toekomst; een signaal wordt geregistreerd als het er is"),
            )
        )
    for i, person in enumerate(data.persons):
        if person.birth_date is not None and person.birth_date > today:
            errors.append((f"betrokkenen[{i}].geboortedatum", Text("de geboortedatum ligt in de toekomst")))
    if errors:
        raise CaseInvalid([(_field_name(place), text) for place, text in errors])


@dataclass(frozen=True)
class FormChoices:
    """The reference lists a case or meeting form offers, as (code, name)."""

    areas: list[tuple[str, str]] = field(default_factory=list)
    neighbourhoods: dict[str, list[str]] = field(default_factory=dict)
    organisations: list[tuple[str, str]] = field(default_factory=list)
    categories: list[tuple[str, str, str | None]] = field(default_factory=list)  # code, name, case kind
    closing_reasons: list[tuple[str, str]] = field(default_factory=list)
    intervention_types: list[tuple[str, str]] = field(default_factory=list)  # what an afspraak is
    own_organisation: str | None = None  # the acting user's organisation (users.organisation_id), as code
    retired_names: dict[str, str] = field(default_factory=dict)  # code → name of every retired item

    def name_of(self, code: str) -> str:
        """The name of an item a form shows for an older value, retired ones included."""
        for items in (self.areas, self.organisations, self.closing_reasons):
            for item_code, name in items:
                if item_code == code:
                    return name
        for item_code, name, _kind in self.categories:
            if item_code == code:
                return name
        return self.retired_names.get(code, code)


def form_choices(ws: Workspace, *, including_retired: bool = False) -> FormChoices:
    """Reference data, not case data; a professional is offered only their own gebieden. The user's
    own organisation is read from the register, so a change by the beheerder counts at once. Items
    a beheerder retired are left out (they are not for new input) unless `including_retired`, as a
    filter over older cases wants; their names are in `retired_names` for a form showing an older
    value."""

    def offered(model: Any) -> ColumnElement[bool]:
        return true() if including_retired else model.retired.is_(False)

    with ws.register.read_session() as session:
        own_organisation = session.scalar(
            select(Organisation.code)
            .join(User, User.organisation_id == Organisation.id)
            .where(User.id == ws.actor.user_id)
        )
        areas = session.execute(
            select(Area.id, Area.code, Area.name).where(offered(Area)).order_by(Area.name)
        ).all()
        if ws.actor.role is Role.PROFESSIONAL:
            areas = [a for a in areas if a.id in ws.actor.area_ids]
        neighbourhoods: dict[str, list[str]] = {a.code: [] for a in areas}
        for code, name in session.execute(
            select(Area.code, Neighbourhood.name)
            .join(Neighbourhood)
            .where(offered(Neighbourhood))
            .order_by(Neighbourhood.name)
        ):
            if code in neighbourhoods:
                neighbourhoods[code].append(name)
        retired_names: dict[str, str] = {}
        for model in (Area, Organisation, Category, ClosingReason):
            for code, name in session.execute(select(model.code, model.name).where(model.retired)):
                retired_names[code] = name
        return FormChoices(
            areas=[(a.code, a.name) for a in areas],
            neighbourhoods=neighbourhoods,
            organisations=[
                (r.code, r.name)
                for r in session.execute(
                    select(Organisation.code, Organisation.name)
                    .where(offered(Organisation))
                    .order_by(Organisation.name)
                )
            ],
            categories=[
                (r.code, r.name, r.kind)
                for r in session.execute(
                    select(Category.code, Category.name, Category.kind)
                    .where(offered(Category))
                    .order_by(Category.name)
                )
            ],
            closing_reasons=[
                (r.code, r.name)
                for r in session.execute(
                    select(ClosingReason.code, ClosingReason.name)
                    .where(offered(ClosingReason))
                    .order_by(ClosingReason.id)
                )
            ],
            intervention_types=[
                (r.code, r.name)
                for r in session.execute(
                    select(InterventionType.code, InterventionType.name)
                    .where(offered(InterventionType))
                    .order_by(InterventionType.id)
                )
            ],
            own_organisation=own_organisation,
            retired_names=retired_names,
        )
