"""Reference lists: the defaults a new register starts with, and merging lists by code."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.storage.models import (
    Area,
    BreakthroughType,
    Category,
    ClosingReason,
    LifeDomain,
    Neighbourhood,
    Organisation,
)
from casus_app.storage.reference_defaults import load_defaults

SIMPLE_LISTS = {
    "organisaties": Organisation,
    "afsluitredenen": ClosingReason,
    "doorbraaktypen": BreakthroughType,
}


def seed_defaults(session: Session) -> None:
    defaults = load_defaults()
    merge_lists(session, defaults)
    for position, item in enumerate(defaults.get("leefgebieden", [])):
        session.add(LifeDomain(code=item["code"], name=item["naam"], position=position))
    session.flush()


def merge_lists(session: Session, lists: dict) -> None:
    """Merge reference lists by code: a new code is added, an existing one takes the new name."""
    for key, model in SIMPLE_LISTS.items():
        existing = {row.code: row for row in session.scalars(select(model))}
        for item in lists.get(key) or []:
            row = existing.get(item["code"])
            if row is None:
                session.add(model(code=item["code"], name=item["naam"]))
            else:
                row.name = item["naam"]
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


def code_map(session: Session, model) -> dict[str, int]:
    return dict(session.execute(select(model.code, model.id)).all())
