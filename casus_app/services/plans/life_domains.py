"""The leefgebieden list: every role reads it, a beheerder changes it.

Casus ships its own list (db/reference/defaults.yaml); the Zelfredzaamheid-Matrix's texts are not
ours to copy. A leefgebied that scores or knelpunten use cannot be removed, only renamed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casus_app.domain.codes import code_from_name
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, NotFound, Text
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import LifeDomain, PlanIssue, PlanScore


@dataclass(frozen=True)
class LifeDomainView:
    id: int
    code: str
    name: str
    position: int
    in_use: int  # scores and knelpunten that refer to it


def list_life_domains(ws: Workspace) -> list[LifeDomainView]:
    """Every leefgebied in its order. Reference data: every role may read it."""
    scores = select(PlanScore.life_domain_id, func.count().label("n")).group_by(PlanScore.life_domain_id)
    issues = select(PlanIssue.life_domain_id, func.count().label("n")).group_by(PlanIssue.life_domain_id)
    with ws.register.read_session() as session:
        used: dict[int, int] = {}
        for domain_id, n in [*session.execute(scores), *session.execute(issues)]:
            used[domain_id] = used.get(domain_id, 0) + n
        return [
            LifeDomainView(d.id, d.code, d.name, d.position, used.get(d.id, 0))
            for d in session.scalars(select(LifeDomain).order_by(LifeDomain.position, LifeDomain.name))
        ]


def add_life_domain(ws: Workspace, name: str) -> int:
    """A new leefgebied at the end of the list (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("leefgebieden wijzigen"))
    name = _name(name)
    with ws.register.session() as session:
        _refuse_duplicate(session, name)
        codes = set(session.scalars(select(LifeDomain.code)))
        base = _code(name)
        code, n = base, 2
        while code in codes:
            code, n = f"{base}_{n}", n + 1
        last = session.scalar(select(func.max(LifeDomain.position)))
        domain = LifeDomain(code=code, name=name, position=(last if last is not None else -1) + 1)
        session.add(domain)
        session.flush()
        audit.append(session, audit_events.life_domain_added(ws, code))
        return domain.id


def rename_life_domain(ws: Workspace, domain_id: int, name: str) -> None:
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("leefgebieden wijzigen"))
    name = _name(name)
    with ws.register.session() as session:
        domain = _get(session, domain_id)
        if domain.name == name:
            return
        _refuse_duplicate(session, name, domain_id)
        domain.name = name
        audit.append(session, audit_events.life_domain_changed(ws, domain.code, "naam gewijzigd"))


def move_life_domain(ws: Workspace, domain_id: int, steps: int) -> None:
    """Move a leefgebied up (negative) or down (positive) in the list."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("leefgebieden wijzigen"))
    with ws.register.session() as session:
        order = list(session.scalars(select(LifeDomain).order_by(LifeDomain.position, LifeDomain.name)))
        domain = _get(session, domain_id)
        index = order.index(domain)
        target = max(0, min(len(order) - 1, index + steps))
        if target == index:
            return
        order.insert(target, order.pop(index))
        for position, row in enumerate(order):
            row.position = position
        audit.append(
            session, audit_events.life_domain_changed(ws, domain.code, f"volgorde: plaats {target + 1}")
        )


def remove_life_domain(ws: Workspace, domain_id: int) -> None:
    """Remove an unused leefgebied; one in use is refused with a Dutch explanation."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("leefgebieden wijzigen"))
    with ws.register.session() as session:
        domain = _get(session, domain_id)
        used = (session.scalar(select(func.count()).where(PlanScore.life_domain_id == domain_id)) or 0) + (
            session.scalar(select(func.count()).where(PlanIssue.life_domain_id == domain_id)) or 0
        )
        if used:
            raise InvalidInput(
                "'{name}' wordt gebruikt in {used} score(s) of knelpunt(en) en kan daarom niet weg. Geef het "
                "eventueel een andere naam.",
                name=domain.name,
                used=used,
            )
        session.delete(domain)
        audit.append(session, audit_events.life_domain_removed(ws, domain.code))


def _get(session: Session, domain_id: int) -> LifeDomain:
    domain = session.get(LifeDomain, domain_id)
    if domain is None:
        raise NotFound("Dit leefgebied bestaat niet (meer). Vernieuw de lijst.")
    return domain


def _name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > 80:
        raise InvalidInput("Geef het leefgebied een naam van 1 tot 80 tekens.")
    return name


def _refuse_duplicate(session: Session, name: str, own_id: int | None = None) -> None:
    other = session.scalar(select(LifeDomain.id).where(func.lower(LifeDomain.name) == name.lower()))
    if other is not None and other != own_id:
        raise InvalidInput("Er is al een leefgebied '{name}'. Kies een andere naam.", name=name)


def _code(name: str) -> str:
    return code_from_name(name, "leefgebied")
