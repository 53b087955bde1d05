"""The parts of a doorbraakplan (scores, helpers, knelpunten, doorbraken) inside a session.

Used by `services.plans`, which checks access and writes the audit entry in the same transaction:
each change here returns (audit action, object type, details) for that entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain.enums import AuditAction, BreakthroughStatus
from casus_app.domain.errors import InvalidInput, NotFound, Text
from casus_app.domain.plan_rules import MandateLevel
from casus_app.storage.models import (
    Breakthrough,
    BreakthroughPlan,
    BreakthroughType,
    LifeDomain,
    Organisation,
    PlanHelper,
    PlanIssue,
    PlanScore,
)

Change = tuple[str, str, str]
# The rows a plan owns and that are changed one at a time.
_Row = TypeVar("_Row", PlanScore, PlanHelper, PlanIssue, Breakthrough)


@dataclass(frozen=True)
class ScoreView:
    id: int
    life_domain_id: int
    domain: str
    position: int
    measured_on: dt.date
    score: int


@dataclass(frozen=True)
class HelperView:
    id: int
    organisation: str | None  # code
    organisation_name: str | None
    what: str | None
    cost_per_year: float | None
    cost_after_per_year: float | None


@dataclass(frozen=True)
class IssueView:
    id: int
    life_domain_id: int
    domain: str
    description: str


@dataclass(frozen=True)
class BreakthroughView:
    id: int
    ref: str
    description: str
    type_code: str
    type_name: str
    partner: str | None  # code
    partner_name: str | None
    cost_eur: float | None
    status: str
    reached_on: dt.date | None
    legal_basis: str | None
    decided_by: str | None
    mandate_level: str | None
    funding: str | None
    planned_on: dt.date | None = None  # when the coach means to have it done
    payer: str | None = None  # code of the organisation that pays the one-off cost
    payer_name: str | None = None


@dataclass(frozen=True)
class HelperInput:
    organisation: str | None  # code of a partner organisation, or None
    what: str | None
    cost_per_year: float | None
    cost_after_per_year: float | None


@dataclass(frozen=True)
class IssueInput:
    life_domain_id: int
    description: str


@dataclass(frozen=True)
class BreakthroughInput:
    description: str
    type_code: str
    partner: str | None = None
    cost_eur: float | None = None
    status: str = BreakthroughStatus.PLANNED.value
    reached_on: dt.date | None = None
    legal_basis: str | None = None
    decided_by: str | None = None
    mandate_level: str | None = None
    funding: str | None = None
    planned_on: dt.date | None = None
    payer: str | None = None  # organisation code


def read_parts(session: Session, plan: BreakthroughPlan) -> dict:
    """The plan's parts as views, keyed like the fields of PlanDetail."""
    domains = {d.id: d for d in session.scalars(select(LifeDomain))}
    orgs = {o.id: o for o in session.scalars(select(Organisation))}
    types = {t.id: t for t in session.scalars(select(BreakthroughType))}
    scores = sorted(plan.scores, key=lambda s: (s.measured_on, domains[s.life_domain_id].position, s.id))
    return {
        "scores": tuple(
            ScoreView(
                s.id,
                s.life_domain_id,
                domains[s.life_domain_id].name,
                domains[s.life_domain_id].position,
                s.measured_on,
                s.score,
            )
            for s in scores
        ),
        "helpers": tuple(
            HelperView(
                h.id,
                _code(orgs, h.organisation_id),
                _name(orgs, h.organisation_id),
                h.what,
                h.cost_per_year,
                h.cost_after_per_year,
            )
            for h in plan.helpers
        ),
        "issues": tuple(
            IssueView(i.id, i.life_domain_id, domains[i.life_domain_id].name, i.description)
            for i in sorted(plan.issues, key=lambda i: (domains[i.life_domain_id].position, i.id))
        ),
        "breakthroughs": tuple(
            BreakthroughView(
                b.id,
                b.ref,
                b.description,
                types[b.type_id].code,
                types[b.type_id].name,
                _code(orgs, b.partner_id),
                _name(orgs, b.partner_id),
                b.cost_eur,
                b.status,
                b.reached_on,
                b.legal_basis,
                b.decided_by,
                b.mandate_level,
                b.funding,
                b.planned_on,
                _code(orgs, b.payer_id),
                _name(orgs, b.payer_id),
            )
            for b in plan.breakthroughs
        ),
    }


# -- scores ---------------------------------------------------------------------------------------
def record_measurement(
    session: Session, plan: BreakthroughPlan, day: dt.date, scores: dict[int, int]
) -> Change:
    if not scores:
        raise InvalidInput("Geef voor minstens één leefgebied een score van 1 tot 5.")
    known = set(session.scalars(select(LifeDomain.id)))
    for domain_id, score in scores.items():
        if domain_id not in known:
            raise InvalidInput("Dit leefgebied bestaat niet meer. Kies een leefgebied uit de lijst.")
        if not isinstance(score, int) or not 1 <= score <= 5:
            raise InvalidInput(
                "Een score is een heel getal van 1 (acuut probleem) tot 5 (volledig zelfredzaam)."
            )
    for row in list(plan.scores):
        if row.measured_on == day and row.life_domain_id in scores:
            plan.scores.remove(row)
    session.flush()
    for domain_id, score in scores.items():
        plan.scores.append(PlanScore(life_domain_id=domain_id, score=score, measured_on=day))
    return AuditAction.CREATE, "plan_score", f"meting {day.isoformat()}: {len(scores)} leefgebied(en)"


def delete_score(session: Session, plan: BreakthroughPlan, score_id: int) -> Change:
    row = _child(plan.scores, score_id, Text("Deze score"))
    plan.scores.remove(row)
    return AuditAction.DELETE, "plan_score", f"score van {row.measured_on.isoformat()} verwijderd"


# -- helpers --------------------------------------------------------------------------------------
def save_helper(session: Session, plan: BreakthroughPlan, helper_id: int | None, item: HelperInput) -> Change:
    organisation_id = _organisation(session, item.organisation)
    what = _text(item.what, 500)
    if organisation_id is None and what is None:
        raise InvalidInput("Kies de organisatie of beschrijf wie helpt en wat zij doen.")
    values = {
        "organisation_id": organisation_id,
        "what": what,
        "cost_per_year": _amount(item.cost_per_year, Text("De kosten per jaar")),
        "cost_after_per_year": _amount(item.cost_after_per_year, Text("De kosten per jaar na de doorbraak")),
    }
    return _save(plan.helpers, helper_id, PlanHelper, values, "plan_helper", Text("Deze hulpverlener"))


def delete_helper(session: Session, plan: BreakthroughPlan, helper_id: int) -> Change:
    plan.helpers.remove(_child(plan.helpers, helper_id, Text("Deze hulpverlener")))
    return AuditAction.DELETE, "plan_helper", "hulpverlener verwijderd"


# -- knelpunten -----------------------------------------------------------------------------------
def save_issue(session: Session, plan: BreakthroughPlan, issue_id: int | None, item: IssueInput) -> Change:
    if session.get(LifeDomain, item.life_domain_id) is None:
        raise InvalidInput("Kies een leefgebied uit de lijst.")
    description = _text(item.description, 1000)
    if description is None:
        raise InvalidInput("Beschrijf het knelpunt in een paar woorden.")
    values = {"life_domain_id": item.life_domain_id, "description": description}
    return _save(plan.issues, issue_id, PlanIssue, values, "plan_issue", Text("Dit knelpunt"))


def delete_issue(session: Session, plan: BreakthroughPlan, issue_id: int) -> Change:
    plan.issues.remove(_child(plan.issues, issue_id, Text("Dit knelpunt")))
    return AuditAction.DELETE, "plan_issue", "knelpunt verwijderd"


# -- doorbraken -----------------------------------------------------------------------------------
def save_breakthrough(
    session: Session, plan: BreakthroughPlan, item_id: int | None, item: BreakthroughInput
) -> Change:
    description = _text(item.description, 1000)
    if description is None:
        raise InvalidInput("Beschrijf de doorbraak: welke ongewone stap maakt de rest los?")
    type_id = session.scalar(select(BreakthroughType.id).where(BreakthroughType.code == item.type_code))
    if type_id is None:
        raise InvalidInput("Kies de soort doorbraak uit de lijst.")
    if item.status not in set(BreakthroughStatus):
        raise InvalidInput("Kies de stand van de doorbraak: gepland, behaald of niet haalbaar.")
    reached = item.status == BreakthroughStatus.REACHED
    if reached and item.reached_on is None:
        raise InvalidInput("Vul de datum in waarop de doorbraak is behaald.")
    if item.mandate_level is not None and item.mandate_level not in set(MandateLevel):
        raise InvalidInput("Kies het mandaat: professional, teamleider, manager of wethouder / bestuurder.")
    values = {
        "description": description,
        "type_id": type_id,
        "partner_id": _organisation(session, item.partner),
        "cost_eur": _amount(item.cost_eur, Text("De eenmalige kosten")),
        "status": item.status,
        "reached_on": item.reached_on if reached else None,
        "legal_basis": _text(item.legal_basis, 500),
        "decided_by": _text(item.decided_by, 200),
        "mandate_level": item.mandate_level,
        "funding": _text(item.funding, 500),
        "planned_on": item.planned_on,
        "payer_id": _organisation(session, item.payer),
    }
    if item_id is None:
        numbers = [int(b.ref[1:]) for b in plan.breakthroughs if b.ref[:1] == "D" and b.ref[1:].isdigit()]
        values["ref"] = f"D{max(numbers, default=0) + 1}"
    return _save(plan.breakthroughs, item_id, Breakthrough, values, "breakthrough", Text("Deze doorbraak"))


def delete_breakthrough(session: Session, plan: BreakthroughPlan, item_id: int) -> Change:
    row = _child(plan.breakthroughs, item_id, Text("Deze doorbraak"))
    plan.breakthroughs.remove(row)
    return AuditAction.DELETE, "breakthrough", f"doorbraak {row.ref} verwijderd"


# -- shared ---------------------------------------------------------------------------------------
def _save(
    rows: list[_Row], item_id: int | None, model: type[_Row], values: dict, object_type: str, what: Text
) -> Change:
    if item_id is None:
        rows.append(model(**values))
        return AuditAction.CREATE, object_type, "toegevoegd"
    row = _child(rows, item_id, what)
    changed = [name for name, value in values.items() if getattr(row, name) != value]
    for name in changed:
        setattr(row, name, values[name])
    return AuditAction.CHANGE, object_type, "gewijzigd: " + (", ".join(changed) or "niets")


def _child(rows: list[_Row], item_id: int, what: Text) -> _Row:
    for row in rows:
        if row.id == item_id:
            return row
    raise NotFound("{what} hoort niet (meer) bij dit plan. Sluit het plan en open het opnieuw.", what=what)


def _organisation(session: Session, code: str | None) -> int | None:
    if not code:
        return None
    organisation_id = session.scalar(select(Organisation.id).where(Organisation.code == code))
    if organisation_id is None:
        raise InvalidInput("Onbekende organisatie '{code}'. Kies een organisatie uit de lijst.", code=code)
    return organisation_id


def _amount(value: float | None, what: Text) -> float | None:
    if value is None:
        return None
    if value < 0 or value > 10_000_000:
        raise InvalidInput(
            "{what}: geef een bedrag van 0 tot 10 miljoen euro, of laat het leeg als het onbekend is.",
            what=what,
        )
    return round(float(value), 2)


def _text(value: str | None, limit: int) -> str | None:
    text = (value or "").strip()
    if len(text) > limit:
        raise InvalidInput(
            "Een tekst is te lang ({length} tekens); houd het onder {limit} tekens.",
            length=len(text),
            limit=limit,
        )
    return text or None


def _code(rows: dict, row_id: int | None) -> str | None:
    return rows[row_id].code if row_id is not None else None


def _name(rows: dict, row_id: int | None) -> str | None:
    return rows[row_id].name if row_id is not None else None
