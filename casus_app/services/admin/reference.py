"""Reference lists: the defaults a new register starts with, and merging lists by code."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.storage.models import (
    Area,
    BreakthroughType,
    Category,
    ClosingReason,
    FocusArea,
    InterventionType,
    LifeDomain,
    Neighbourhood,
    Organisation,
)
from casus_app.storage.reference_defaults import load_defaults

# A reference list: a table of rows with a unique `code` and a `name`.
CodedModel = (
    type[Area]
    | type[Organisation]
    | type[Category]
    | type[ClosingReason]
    | type[BreakthroughType]
    | type[LifeDomain]
    | type[InterventionType]
)
_Simple = TypeVar("_Simple", Organisation, ClosingReason, BreakthroughType, InterventionType)


def seed_defaults(session: Session) -> None:
    defaults = load_defaults()
    merge_lists(session, defaults)
    # Not part of the exchange format, so not in merge_lists: only a new register's defaults.
    _merge_simple(session, InterventionType, defaults.get("interventietypen") or [])
    seed_focus_areas(session, defaults.get("focusbuurten") or [])
    for position, item in enumerate(defaults.get("leefgebieden", [])):
        session.add(LifeDomain(code=item["code"], name=item["naam"], position=position))
    session.flush()


def merge_lists(session: Session, lists: dict) -> None:
    """Merge reference lists by code: a new code is added, an existing one takes the new name."""
    # The lists of just a code and a name, one call each so that each is typed with its model.
    _merge_simple(session, Organisation, lists.get("organisaties") or [])
    _merge_simple(session, ClosingReason, lists.get("afsluitredenen") or [])
    _merge_simple(session, BreakthroughType, lists.get("doorbraaktypen") or [])
    categories = {row.code: row for row in session.scalars(select(Category))}
    for item in lists.get("categorieen") or []:
        row = categories.get(item["code"])
        if row is None:
            session.add(Category(code=item["code"], name=item["naam"], kind=item.get("soort")))
        else:
            row.name = item["naam"]
            row.kind = item.get("soort") or row.kind
    areas = {row.code: row for row in session.scalars(select(Area))}
    for item in lists.get("gebieden") or []:
        area = areas.get(item["code"])
        if area is None:
            area = Area(code=item["code"], name=item["naam"])
            session.add(area)
            areas[area.code] = area
        else:
            area.name = item["naam"]
        known = {n.name for n in area.neighbourhoods}
        for name in item.get("buurten") or []:
            if name not in known:
                area.neighbourhoods.append(Neighbourhood(name=name))
                known.add(name)
    session.flush()


def seed_focus_areas(session: Session, items: list[dict]) -> None:
    """Focusbuurten with their buurten, named per gebied code; a buurt not in the register is skipped."""
    buurten = {
        (area, n.name): n
        for n, area in session.execute(
            select(Neighbourhood, Area.code).join(Area, Area.id == Neighbourhood.area_id)
        )
    }
    known = {row.code for row in session.scalars(select(FocusArea))}
    for item in items:
        if item["code"] in known:
            continue
        members = [
            buurten[(area, name)]
            for area, names in (item.get("buurten") or {}).items()
            for name in names
            if (area, name) in buurten
        ]
        session.add(FocusArea(code=item["code"], name=item["naam"], neighbourhoods=members))
    session.flush()


def _merge_simple(session: Session, model: type[_Simple], items: list[dict]) -> None:
    existing = {row.code: row for row in session.scalars(select(model))}
    for item in items:
        row = existing.get(item["code"])
        if row is None:
            session.add(model(code=item["code"], name=item["naam"]))
        else:
            row.name = item["naam"]


def code_map(session: Session, model: CodedModel) -> dict[str, int]:
    return dict(session.execute(select(model.code, model.id)).all())
