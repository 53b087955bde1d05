"""Mijn gezinnen: a gezinscoach's households with what needs their attention.

For a gezinscoach these are the households whose plan names them; a professional sees the
doorbraak cases of their gebieden, a beheerder all of them, a coordinator none (access.py).

Each row also says when the coach was last in touch (the contact log, `contacts.py`) and the date
of the next step: the earliest date that is still open, either the planned date of a doorbraak
that is still 'gepland' or the deadline of an afspraak of the case that is neither done nor
cancelled. A date before today is late.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import BreakthroughStatus, CaseKind
from casus_app.domain.plan_rules import PlanStatus
from casus_app.services.access import require_case_access, visible_cases
from casus_app.services.plans.contacts import LastContact, last_contacts
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage.models import Action, Area, Breakthrough, BreakthroughPlan, Case, Organisation, Person


@dataclass(frozen=True)
class OverdueAction:
    description: str
    owner: str  # organisation code
    deadline: dt.date
    days_late: int


@dataclass(frozen=True)
class FamilyRow:
    case_id: int
    case_ref: str
    household: str  # the surnames of the betrokkenen
    area_name: str
    closed: bool
    plan_id: int | None
    plan_status: str | None
    family_coach: str | None
    next_step: str | None
    awaiting_decision: tuple[str, ...]  # doorbraken of a plan that is 'ter besluit'
    overdue: tuple[OverdueAction, ...]
    last_contact: LastContact | None = None
    next_date: dt.date | None = None  # the earliest open planned doorbraak or afspraak (module docstring)

    @property
    def needs_attention(self) -> bool:
        return bool(self.awaiting_decision or self.overdue)


def my_families(
    ws: Workspace, *, today: dt.date | None = None, include_closed: bool = False
) -> list[FamilyRow]:
    """The households this user coaches or may see; those needing attention first.

    The call is one audit entry naming the households shown (their names are on the screen).
    """
    require_case_access(ws.actor)
    today = today or clock.today()
    query = (
        select(Case.id, Case.ref, Area.name.label("area_name"), Case.end_date, BreakthroughPlan)
        .join(Area, Area.id == Case.area_id)
        .outerjoin(BreakthroughPlan, BreakthroughPlan.case_id == Case.id)
        .where(visible_cases(ws.actor), Case.kind == CaseKind.BREAKTHROUGH.value)
        .order_by(Case.ref)
    )
    if not include_closed:
        query = query.where(Case.end_date.is_(None))
    with ws.register.read_session() as session:
        cases = session.execute(query).all()
        ids = [row.id for row in cases]
        names = _surnames(session, ids)
        overdue = _overdue(session, ids, today)
        waiting = _awaiting_decision(
            session, [row.BreakthroughPlan.id for row in cases if row.BreakthroughPlan is not None]
        )
        contacts = last_contacts(session, ids)
        next_dates = _next_dates(session, ids)
        rows = []
        for row in cases:
            case_id, plan = row.id, row.BreakthroughPlan
            rows.append(
                FamilyRow(
                    case_id=case_id,
                    case_ref=row.ref,
                    household=names.get(case_id, ""),
                    area_name=row.area_name,
                    closed=row.end_date is not None,
                    plan_id=plan.id if plan else None,
                    plan_status=plan.status if plan else None,
                    family_coach=plan.family_coach if plan else None,
                    next_step=plan.next_step if plan else None,
                    awaiting_decision=tuple(waiting.get(plan.id, ())) if plan else (),
                    overdue=tuple(overdue.get(case_id, ())),
                    last_contact=contacts.get(case_id),
                    next_date=next_dates.get(case_id),
                )
            )
    rows.sort(key=lambda r: (not r.needs_attention, r.closed, r.case_ref))
    view_log.families(ws, [r.case_ref for r in rows])
    return rows


def _surnames(session: Session, case_ids: list[int]) -> dict[int, str]:
    found: dict[int, list[str]] = {}
    for case_id, infix, last_name in session.execute(
        select(Person.case_id, Person.infix, Person.last_name)
        .where(Person.case_id.in_(case_ids))
        .order_by(Person.case_id, Person.id)
    ):
        name = " ".join(p for p in (infix, last_name) if p)
        if name not in found.setdefault(case_id, []):
            found[case_id].append(name)
    return {case_id: " / ".join(names) for case_id, names in found.items()}


def _overdue(session: Session, case_ids: list[int], today: dt.date) -> dict[int, list[OverdueAction]]:
    found: dict[int, list[OverdueAction]] = {}
    for case_id, description, owner, deadline in session.execute(
        select(Action.case_id, Action.description, Organisation.code, Action.deadline)
        .join(Organisation, Organisation.id == Action.owner_id)
        .where(
            Action.case_id.in_(case_ids),
            Action.done_on.is_(None),
            Action.cancelled_on.is_(None),
            Action.deadline < today,
        )
        .order_by(Action.case_id, Action.deadline)
    ):
        found.setdefault(case_id, []).append(
            OverdueAction(description, owner, deadline, (today - deadline).days)
        )
    return found


def _awaiting_decision(session: Session, plan_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for plan_id, description in session.execute(
        select(Breakthrough.plan_id, Breakthrough.description)
        .join(BreakthroughPlan, BreakthroughPlan.id == Breakthrough.plan_id)
        .where(
            Breakthrough.plan_id.in_(plan_ids),
            BreakthroughPlan.status == PlanStatus.FOR_DECISION.value,
            Breakthrough.status == BreakthroughStatus.PLANNED.value,
        )
        .order_by(Breakthrough.plan_id, Breakthrough.id)
    ):
        found.setdefault(plan_id, []).append(description)
    return found


def _next_dates(session: Session, case_ids: list[int]) -> dict[int, dt.date]:
    """Per case the earliest open date: a planned doorbraak's date or an open afspraak's deadline."""
    found: dict[int, dt.date] = {}
    planned = (
        select(BreakthroughPlan.case_id, func.min(Breakthrough.planned_on))
        .join(BreakthroughPlan, BreakthroughPlan.id == Breakthrough.plan_id)
        .where(
            BreakthroughPlan.case_id.in_(case_ids),
            Breakthrough.status == BreakthroughStatus.PLANNED.value,
            Breakthrough.planned_on.is_not(None),
        )
        .group_by(BreakthroughPlan.case_id)
    )
    open_actions = (
        select(Action.case_id, func.min(Action.deadline))
        .where(Action.case_id.in_(case_ids), Action.done_on.is_(None), Action.cancelled_on.is_(None))
        .group_by(Action.case_id)
    )
    for query in (planned, open_actions):
        for case_id, day in session.execute(query):
            if day is not None and (case_id not in found or day < found[case_id]):
                found[case_id] = day
    return found
