"""The parts of one case in an inzage overview, in plain Dutch, with other people made unrecognisable."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import AuditAction
from casus_app.domain.labels import MEETING_KIND_NAMES, ROLE_NAMES
from casus_app.services.privacy.redaction import name_words, redact
from casus_app.storage.models import (
    Breakthrough,
    BreakthroughPlan,
    Case,
    Discussion,
    FamilyContact,
    LifeDomain,
    Meeting,
    Person,
    PlanHelper,
    PlanIssue,
    meeting_attendance,
)

OTHER_PERSON = "[andere persoon]"
KINDS = {
    "leefbaarheid": "leefbaarheid (rond een adres of plek)",
    "casuistiek": "casuïstiek (rond een persoon of huishouden)",
    "doorbraak": "doorbraak (Doorbraakmethode, met een plan voor het huishouden)",
}
MEETINGS: dict[str, str] = {kind: name.lower() for kind, name in MEETING_KIND_NAMES.items()}
ROLES: dict[str, str] = {role: name for role, name in ROLE_NAMES.items()}
RISKS = {"laag": "laag", "midden": "midden", "hoog": "hoog"}
BREAKTHROUGH_STATES = {"gepland": "gepland", "behaald": "bereikt", "niet_haalbaar": "niet haalbaar gebleken"}


def words_to_hide(person: Person, others: list[Person]) -> set[str]:
    """The name words of the other people, except words the person shares with them (a family name)."""
    own = name_words(person.first_name, person.last_name)
    hidden: set[str] = set()
    for other in others:
        hidden |= name_words(other.first_name, other.last_name)
    return hidden - own


def _safe(value: str | None, hide: set[str]) -> str:
    return redact(value, hide, OTHER_PERSON) or ""


def _date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def case_facts(case: Case, hide: set[str]) -> list[tuple[str, str]]:
    facts = [
        ("Soort casus", KINDS.get(case.kind, case.kind)),
        ("Samenvatting", _safe(case.summary, hide)),
        ("Resultaat bij afsluiting", _safe(case.result, hide)),
        ("Ingeschat risico", RISKS.get(case.risk or "", "")),
        ("Escalatieniveau", case.escalation),
    ]
    return [(what, value) for what, value in facts if value]


def organisations(session: Session, case: Case, names: dict[int, str]) -> list[tuple[str, str]]:
    """Every organisation involved, with why: reporter, regie, afspraken, meetings, plan."""
    why: dict[int, list[str]] = {}

    def add(organisation_id: int | None, reason: str) -> None:
        if organisation_id is not None and reason not in why.setdefault(organisation_id, []):
            why[organisation_id].append(reason)

    add(case.reported_by_id, "heeft de casus aangemeld")
    add(case.lead_organisation_id, "heeft de regie over de casus")
    add(case.referred_to_id, "heeft de casus na afsluiting overgenomen")
    for action in case.actions:
        add(action.owner_id, "voert een afspraak uit")
    present = session.scalars(
        select(meeting_attendance.c.organisation_id)
        .join(Discussion, Discussion.meeting_id == meeting_attendance.c.meeting_id)
        .where(Discussion.case_id == case.id)
        .distinct()
    )
    for organisation_id in present:
        add(organisation_id, "was aanwezig bij een overleg waar de casus besproken is")
    plan_id = session.scalar(select(BreakthroughPlan.id).where(BreakthroughPlan.case_id == case.id))
    if plan_id is not None:
        for organisation_id in session.scalars(
            select(PlanHelper.organisation_id).where(PlanHelper.plan_id == plan_id)
        ):
            add(organisation_id, "helpt het huishouden (doorbraakplan)")
        for organisation_id in session.scalars(
            select(Breakthrough.partner_id).where(Breakthrough.plan_id == plan_id)
        ):
            add(organisation_id, "werkt mee aan een doorbraak")
    rows = [(names.get(oid, "onbekende organisatie"), "; ".join(reasons)) for oid, reasons in why.items()]
    return sorted(rows, key=lambda row: row[0].casefold())


def actions(
    case: Case, names: dict[int, str], hide: set[str], today: dt.date | None = None
) -> list[tuple[str, str, str, str]]:
    today = today or clock.today()
    rows = []
    for action in sorted(case.actions, key=lambda a: (a.agreed_on, a.id)):
        if action.done_on:
            state = f"afgerond op {_date(action.done_on)}"
        elif action.cancelled_on:
            state = f"vervallen op {_date(action.cancelled_on)}"
        elif action.deadline < today:
            state = "nog niet afgerond (te laat)"
        else:
            state = "loopt nog"
        if action.result:
            state += f"; resultaat: {_safe(action.result, hide)}"
        rows.append(
            (_safe(action.description, hide), names.get(action.owner_id, ""), _date(action.deadline), state)
        )
    return rows


def discussions(session: Session, case_id: int, hide: set[str]) -> list[tuple[str, str, str]]:
    rows = session.execute(
        select(Meeting.date, Meeting.kind, Discussion.note, Discussion.decisions)
        .join(Meeting, Meeting.id == Discussion.meeting_id)
        .where(Discussion.case_id == case_id, Discussion.discussed.is_(True))
        .order_by(Meeting.date, Discussion.id)
    ).all()
    result = []
    for date, kind, note, decisions in rows:
        parts = [p for p in (_safe(note, hide), _safe(decisions, hide)) if p]
        result.append((_date(date), MEETINGS.get(kind, kind), "\n".join(parts)))
    return result


def plan(session: Session, case_id: int, hide: set[str]) -> list[tuple[str, str]]:
    contacts = [
        (
            f"Contact met de gezinscoach ({c.kind}, {_date(c.contact_on)})",
            _safe(c.note, hide) or "geen notitie",
        )
        for c in session.scalars(
            select(FamilyContact).where(FamilyContact.case_id == case_id).order_by(FamilyContact.contact_on)
        )
    ]
    found = session.scalar(select(BreakthroughPlan).where(BreakthroughPlan.case_id == case_id))
    if found is None:
        return contacts
    domains = dict(session.execute(select(LifeDomain.id, LifeDomain.name)).all())
    rows = [
        ("Plan opgesteld op", _date(found.drawn_up_on)),
        ("Gezinscoach", found.family_coach or "nog niet toegewezen"),
        ("Perspectief (in eigen woorden)", _safe(found.perspective, hide)),
        ("Wat het huishouden zelf kan", _safe(found.own_strength, hide)),
    ]
    for issue in session.scalars(
        select(PlanIssue).where(PlanIssue.plan_id == found.id).order_by(PlanIssue.id)
    ):
        rows.append((f"Knelpunt: {domains.get(issue.life_domain_id, '')}", _safe(issue.description, hide)))
    latest: dict[int, tuple[dt.date, int]] = {}
    for score in found.scores:
        latest[score.life_domain_id] = (score.measured_on, score.score)
    for domain_id, (measured_on, value) in sorted(latest.items(), key=lambda item: domains.get(item[0], "")):
        rows.append(
            (f"Score {domains.get(domain_id, '')}", f"{value} van 5 (gemeten op {_date(measured_on)})")
        )
    for item in session.scalars(
        select(Breakthrough).where(Breakthrough.plan_id == found.id).order_by(Breakthrough.id)
    ):
        state = BREAKTHROUGH_STATES.get(item.status, item.status)
        if item.reached_on:
            state += f" op {_date(item.reached_on)}"
        rows.append(("Doorbraak", f"{_safe(item.description, hide)} ({state})"))
    rows += [("Volgende stap", _safe(found.next_step, hide)), ("Evaluatie", _safe(found.evaluation, hide))]
    return [(what, value) for what, value in rows if value] + contacts


def who(acting_for: str | None, organisations_by_code: dict[str, str]) -> str:
    """'POLITIE/professional' → 'Politie (professional)'. Employees are not named (CJEU C-579/21)."""
    code, _, role = (acting_for or "").partition("/")
    organisation = organisations_by_code.get(code) or "organisatie niet vastgelegd"
    return f"{organisation} ({ROLES.get(role, role or 'onbekende rol')})"


def plain_action(action: str, object_type: str | None) -> str:
    if action == AuditAction.VIEW:
        return "heeft uw gegevens bekeken" if object_type == "person" else "heeft de casus bekeken"
    if action == AuditAction.EXPORT and object_type == "person":
        return "heeft dit inzageoverzicht of een eerder overzicht voor u gemaakt"
    said: dict[str, str] = {
        AuditAction.CREATE: "heeft gegevens vastgelegd",
        AuditAction.CHANGE: "heeft gegevens gewijzigd",
        AuditAction.DELETE: "heeft gegevens verwijderd",
        AuditAction.EXPORT: "heeft gegevens geëxporteerd",
        AuditAction.PRINT: "heeft gegevens afgedrukt",
        AuditAction.IMPORT: "heeft gegevens ingelezen",
    }
    return said.get(action, "heeft de gegevens gebruikt")
