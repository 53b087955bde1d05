"""The reference lists a beheerder keeps: organisaties, gebieden, buurten, focusbuurten,
categorieën, afsluitredenen, doorbraaktypen and interventietypen (the leefgebieden (zelfredzaamheid)
have their own screen, services/plans). A focusbuurt groups buurten (`set_members`).

An item can be added, renamed, retired (kept for what uses it, no longer offered for new input) and
taken back into use. Only an item nothing uses can be deleted: a code in use stays, so that old
cases, afspraken, exports and counts keep their meaning. Every change is audited by list and code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from casus_app.domain.codes import code_from_name
from casus_app.domain.enums import CaseKind, Role
from casus_app.domain.errors import InvalidInput, NotFound, Text
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import (
    Area,
    Base,
    BreakthroughType,
    Case,
    Category,
    ClosingReason,
    EffectCount,
    FocusArea,
    InterventionType,
    Neighbourhood,
    Organisation,
    StubCase,
)

# The lists by the names the reference file and the exchange format use.
ORGANISATIONS, AREAS, NEIGHBOURHOODS = "organisaties", "gebieden", "buurten"
CATEGORIES, CLOSING_REASONS, BREAKTHROUGH_TYPES = "categorieen", "afsluitredenen", "doorbraaktypen"
FOCUS_AREAS, INTERVENTION_TYPES = "focusbuurten", "interventietypen"
MODELS: dict[str, Any] = {
    ORGANISATIONS: Organisation,
    AREAS: Area,
    NEIGHBOURHOODS: Neighbourhood,
    FOCUS_AREAS: FocusArea,
    CATEGORIES: Category,
    CLOSING_REASONS: ClosingReason,
    BREAKTHROUGH_TYPES: BreakthroughType,
    INTERVENTION_TYPES: InterventionType,
}
LISTS = tuple(MODELS)
MAX_NAME = 120
MAX_CODE = 64
DOING = Text("referentielijsten wijzigen")


@dataclass(frozen=True)
class ReferenceItem:
    id: int
    code: str  # a buurt has no code of its own: its name
    name: str
    retired: bool
    in_use: int  # rows that refer to it: cases, afspraken, users, plans, meetings
    kind: str | None = None  # a categorie's soort
    area: str | None = None  # a buurt's gebied (code)
    members: tuple[int, ...] = ()  # a focusbuurt's buurten (ids)


def list_items(ws: Workspace, list_name: str) -> list[ReferenceItem]:
    """Every item of one list, retired ones included, with how much uses it (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=DOING)
    model = _model(list_name)
    with ws.register.read_session() as session:
        if model is Neighbourhood:
            cases = _neighbourhood_use(session)
            rows = session.execute(
                select(Neighbourhood, Area.code).join(Area).order_by(Area.name, Neighbourhood.name)
            ).all()
            return [
                ReferenceItem(n.id, n.name, n.name, n.retired, cases.get((area, n.name), 0), area=area)
                for n, area in rows
            ]
        used = _use_counts(session, model)
        return [
            ReferenceItem(
                row.id,
                row.code,
                row.name,
                row.retired,
                used.get(row.id, 0),
                kind=getattr(row, "kind", None),
                members=tuple(n.id for n in row.neighbourhoods) if model is FocusArea else (),
            )
            for row in session.scalars(select(model).order_by(func.lower(model.name)))
        ]


def add_item(
    ws: Workspace,
    list_name: str,
    name: str,
    *,
    code: str | None = None,
    kind: str | None = None,
    area: str | None = None,
) -> int:
    """A new item; its code is made from the name unless one is given. A categorie needs its soort,
    a buurt its gebied."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=DOING)
    model = _model(list_name)
    name = _name(name)
    with ws.register.session() as session:
        if model is Neighbourhood:
            parent = session.scalar(select(Area).where(Area.code == (area or "")))
            if parent is None:
                raise InvalidInput("Kies het gebied waar de buurt bij hoort.")
            _refuse_duplicate(session, model, name, Neighbourhood.area_id == parent.id)
            row: Any = Neighbourhood(name=name, area_id=parent.id)
            code = name
        else:
            _refuse_duplicate(session, model, name)
            code = _new_code(session, model, code, name, upper=model is Area)
            row = model(code=code, name=name)
            if model is Category:
                if kind not in {k.value for k in CaseKind}:
                    raise InvalidInput("Kies de soort casus waar de categorie bij hoort.")
                row.kind = kind
        session.add(row)
        session.flush()
        audit.append(session, audit_events.reference_item_added(ws, list_name, code))
        return int(row.id)


def rename_item(ws: Workspace, list_name: str, item_id: int, name: str) -> None:
    """A new name; the code stays, so exports and imports keep matching. A buurt in use keeps its
    name: cases store the buurt by name, so retire it and add the new one instead."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=DOING)
    model = _model(list_name)
    name = _name(name)
    with ws.register.session() as session:
        row = _get(session, model, item_id)
        if row.name == name:
            return
        if model is Neighbourhood:
            used = _neighbourhood_use(session).get((row.area.code, row.name), 0)
            if used:
                raise InvalidInput(
                    "Buurt '{name}' staat bij {count} casus(sen) en houdt daarom zijn naam. Stel hem "
                    "buiten gebruik en voeg de buurt met de nieuwe naam toe.",
                    name=row.name,
                    count=used,
                )
            _refuse_duplicate(session, model, name, Neighbourhood.area_id == row.area_id, own_id=row.id)
        else:
            _refuse_duplicate(session, model, name, own_id=row.id)
        row.name = name
        audit.append(
            session, audit_events.reference_item_changed(ws, list_name, _code_of(row), "naam gewijzigd")
        )


def set_retired(ws: Workspace, list_name: str, item_id: int, retired: bool) -> None:
    """Retire an item (no longer offered for new input) or take it back into use."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=DOING)
    model = _model(list_name)
    with ws.register.session() as session:
        row = _get(session, model, item_id)
        if row.retired == retired:
            return
        if retired and model is Area:
            left = session.scalar(select(func.count()).select_from(Area).where(Area.retired.is_(False)))
            if (left or 0) <= 1:
                raise InvalidInput("Dit is het laatste gebied in gebruik; Casus heeft er minstens één nodig.")
        row.retired = retired
        what = "buiten gebruik gesteld" if retired else "weer in gebruik genomen"
        audit.append(session, audit_events.reference_item_changed(ws, list_name, _code_of(row), what))


def delete_item(ws: Workspace, list_name: str, item_id: int) -> None:
    """Delete an item nothing uses (a typo, say); one in use is refused: retire it instead."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=DOING)
    model = _model(list_name)
    with ws.register.session() as session:
        row = _get(session, model, item_id)
        if model is Neighbourhood:
            used = _neighbourhood_use(session).get((row.area.code, row.name), 0)
        else:
            used = _use_counts(session, model, row.id).get(row.id, 0)  # a gebied's buurten included
        if used:
            raise InvalidInput(
                "'{name}' wordt {count} keer gebruikt en kan daarom niet weg. Stel het buiten gebruik: "
                "dan blijft het bij wat het al gebruikt, maar wordt het niet meer aangeboden.",
                name=row.name,
                count=used,
            )
        code = _code_of(row)
        session.delete(row)
        audit.append(session, audit_events.reference_item_removed(ws, list_name, code))


def set_members(ws: Workspace, item_id: int, neighbourhood_ids: list[int]) -> None:
    """The buurten a focusbuurt groups (beheerder only); audited by the focusbuurt's code."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=DOING)
    with ws.register.session() as session:
        row = _get(session, FocusArea, item_id)
        wanted = sorted(set(neighbourhood_ids))
        found = list(session.scalars(select(Neighbourhood).where(Neighbourhood.id.in_(wanted))))
        if len(found) != len(wanted):
            raise NotFound("Een van de gekozen buurten bestaat niet (meer). Vernieuw de lijst.")
        if sorted(n.id for n in row.neighbourhoods) == wanted:
            return
        row.neighbourhoods = found
        audit.append(
            session, audit_events.reference_item_changed(ws, FOCUS_AREAS, row.code, "buurten gewijzigd")
        )


# -- helpers ----------------------------------------------------------------------------------------
def _model(list_name: str) -> Any:
    try:
        return MODELS[list_name]
    except KeyError:
        raise InvalidInput(
            "Onbekende lijst '{name}'. Kies uit: {lists}.", name=list_name, lists=", ".join(LISTS)
        ) from None


def _get(session: Session, model: Any, item_id: int) -> Any:
    row = session.get(model, item_id)
    if row is None:
        raise NotFound("Dit item bestaat niet (meer). Vernieuw de lijst.")
    return row


def _code_of(row: Any) -> str:
    return row.name if isinstance(row, Neighbourhood) else row.code


def _name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > MAX_NAME:
        raise InvalidInput("Geef een naam van 1 tot {most} tekens.", most=MAX_NAME)
    return name


def _refuse_duplicate(
    session: Session, model: Any, name: str, *scope: ColumnElement[bool], own_id: int | None = None
) -> None:
    other = session.scalar(select(model.id).where(func.lower(model.name) == name.lower(), *scope))
    if other is not None and other != own_id:
        raise InvalidInput("'{name}' staat al in de lijst. Kies een andere naam.", name=name)


def _new_code(session: Session, model: Any, code: str | None, name: str, *, upper: bool) -> str:
    codes = set(session.scalars(select(model.code)))
    if code:
        code = code.strip()
        if not code or len(code) > MAX_CODE or not all(c.isalnum() or c in "_-" for c in code):
            raise InvalidInput(
                "Een code is 1 tot {most} letters, cijfers, '_' of '-', zonder spaties. Laat hem leeg "
                "om er een te laten maken.",
                most=MAX_CODE,
            )
        if code in codes:
            raise InvalidInput("Code '{code}' bestaat al in deze lijst. Kies een andere code.", code=code)
        return code
    base = code_from_name(name, "item", length=MAX_CODE - 4)
    base = base.upper() if upper else base
    candidate, n = base, 2
    while candidate in codes:
        candidate, n = f"{base}_{n}", n + 1
    return candidate


def _use_counts(session: Session, model: Any, only: int | None = None) -> dict[int, int]:
    """How many rows of any table refer to each item, through every foreign key to its table."""
    counts: dict[int, int] = {}
    target = model.__table__
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            # A focusbuurt's buurten are part of it, not a use of it (they go with it).
            if fk.column.table is not target or fk.ondelete == "CASCADE" and model is FocusArea:
                continue
            query = select(fk.parent, func.count()).where(fk.parent.is_not(None)).group_by(fk.parent)
            if only is not None:
                query = query.where(fk.parent == only)
            for item_id, n in session.execute(query):
                counts[item_id] = counts.get(item_id, 0) + n
    return counts


def _neighbourhood_use(session: Session) -> dict[tuple[str, str], int]:
    """Cases per (gebied code, buurt name): a case stores its buurt by name, and so does the
    statistical stub a retention purge keeps of one (services/privacy/statistical_stubs.py)."""
    used: dict[tuple[str, str], int] = {}
    for model in (Case, StubCase):
        rows = session.execute(
            select(Area.code, model.neighbourhood, func.count())
            .join(Area, Area.id == model.area_id)
            .where(model.neighbourhood.is_not(None))
            .group_by(Area.code, model.neighbourhood)
        )
        for area, name, n in rows:
            used[(area, name or "")] = used.get((area, name or ""), 0) + n
    # A buurt with imported effect figures stays too: the figures are stored by buurt.
    figures = session.execute(
        select(Area.code, Neighbourhood.name, func.count())
        .select_from(EffectCount)
        .join(Neighbourhood, Neighbourhood.id == EffectCount.neighbourhood_id)
        .join(Area, Area.id == Neighbourhood.area_id)
        .group_by(Area.code, Neighbourhood.name)
    )
    for area, name, n in figures:
        used[(area, name)] = used.get((area, name), 0) + n
    return used
