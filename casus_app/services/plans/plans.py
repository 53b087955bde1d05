"""The doorbraakplan of a household: reading, creating and changing it, each step audited.

A gezinscoach works on the plans of their own households, a professional on the doorbraak cases of
their gebieden (`access.visible_cases`), a coordinator on none. Every change returns the plan as it
now is, so the screen need not read it again (which would log a second view).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, union_all
from sqlalchemy.orm import Session

from casus_app.domain import clock, plan_rules
from casus_app.domain.enums import AuditAction, CaseKind
from casus_app.domain.errors import InvalidInput, Text, Texts
from casus_app.services import audit_events
from casus_app.services.access import PLAN, require_case, require_case_access, require_plan
from casus_app.services.plans import coach as plan_coach
from casus_app.services.plans import contacts, items
from casus_app.services.plans.contacts import ContactInput, ContactView
from casus_app.services.plans.items import (  # noqa: F401  (part of this module's API)
    BreakthroughInput,
    BreakthroughView,
    HelperInput,
    HelperView,
    IssueInput,
    IssueView,
    ScoreView,
)
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import (
    Area,
    BreakthroughPlan,
    BreakthroughType,
    Case,
    LifeDomain,
    Organisation,
    Person,
    User,
)

_PLAN_COLUMNS = (
    "id",
    "case_id",
    "drawn_up_on",
    "family_coach",
    "perspective",
    "own_strength",
    "status",
    "next_step",
    "evaluation",
    "goal_reached",
    "quality_improved",
    "cost_years",
)
NOT_FOUND = PLAN.not_found


@dataclass(frozen=True)
class PlanText:
    """The parts of the plan written in words."""

    drawn_up_on: dt.date
    family_coach: str | None
    perspective: str | None
    own_strength: str | None
    next_step: str | None


@dataclass(frozen=True)
class Evaluation:
    goal_reached: bool | None
    quality_improved: bool | None
    evaluation: str | None


@dataclass(frozen=True)
class StatusOption:
    status: str
    problems: tuple[Text, ...]  # empty: the step can be taken now (Dutch, translated by the UI)
    correction: bool


@dataclass(frozen=True)
class PlanDetail:
    id: int
    case_id: int
    case_ref: str
    case_closed: bool
    area_name: str
    household: tuple[str, ...]  # full names of the betrokkenen
    drawn_up_on: dt.date
    family_coach: str | None
    perspective: str | None
    own_strength: str | None
    status: str
    next_step: str | None
    evaluation: str | None
    goal_reached: bool | None
    quality_improved: bool | None
    scores: tuple[ScoreView, ...]
    helpers: tuple[HelperView, ...]
    issues: tuple[IssueView, ...]
    breakthroughs: tuple[BreakthroughView, ...]
    cost_years: int = 1  # the years over which doormodderen and doorbreken are compared
    contacts: tuple[ContactView, ...] = ()  # newest first
    coach_phone: str | None = None  # from the linked gezinscoach's profile, for 'Ons plan'

    @property
    def text(self) -> PlanText:
        return PlanText(
            self.drawn_up_on, self.family_coach, self.perspective, self.own_strength, self.next_step
        )

    @property
    def costs(self) -> plan_rules.CostComparison:
        return plan_rules.compare_costs(
            [
                plan_rules.HelperCost(h.cost_per_year, h.cost_after_per_year, h.organisation_name)
                for h in self.helpers
            ],
            [plan_rules.BreakthroughCost(b.cost_eur, b.status, b.payer_name) for b in self.breakthroughs],
            self.cost_years,
        )

    @property
    def series(self) -> list[plan_rules.DomainSeries]:
        return plan_rules.score_series(
            plan_rules.ScoreInput(s.life_domain_id, s.domain, s.position, s.measured_on, s.score)
            for s in self.scores
        )

    @property
    def facts(self) -> plan_rules.PlanFacts:
        return plan_rules.PlanFacts(
            self.perspective,
            tuple(
                plan_rules.BreakthroughFacts(b.status, b.decided_by, b.mandate_level)
                for b in self.breakthroughs
            ),
            self.goal_reached,
            self.quality_improved,
        )

    def status_options(self) -> list[StatusOption]:
        return [
            StatusOption(
                target.value,
                tuple(plan_rules.transition_problems(self.status, target, self.facts)),
                plan_rules.is_correction(self.status, target),
            )
            for target in plan_rules.next_statuses(self.status)
        ]


@dataclass(frozen=True)
class PlanChoices:
    """The lists the plan's pickers offer, as (code or id, name)."""

    organisations: tuple[tuple[str, str], ...]
    breakthrough_types: tuple[tuple[str, str], ...]
    life_domains: tuple[tuple[int, str], ...]
    coaches: tuple[str, ...] = ()  # the gezinscoaches' names, offered in the coach field (plan_coach.py)
    retired_names: tuple[tuple[str, str], ...] = ()  # (code, name) of retired organisations and types

    def name_of(self, code: str | None) -> str | None:
        """The name of an organisation or doorbraaktype, retired ones included."""
        for item_code, name in (*self.organisations, *self.breakthrough_types, *self.retired_names):
            if item_code == code:
                return name
        return code


# -- reading --------------------------------------------------------------------------------------
def plan_choices(ws: Workspace) -> PlanChoices:
    """Reference lists only: no case data, so nothing to audit."""
    require_case_access(ws.actor)
    coaches = tuple(c.name for c in plan_coach.coach_choices(ws))
    with ws.register.read_session() as session:
        return PlanChoices(
            tuple(
                session.execute(
                    select(Organisation.code, Organisation.name)
                    .where(Organisation.retired.is_(False))
                    .order_by(Organisation.name)
                )
            ),
            tuple(
                session.execute(
                    select(BreakthroughType.code, BreakthroughType.name)
                    .where(BreakthroughType.retired.is_(False))
                    .order_by(BreakthroughType.name)
                )
            ),
            tuple(
                session.execute(
                    select(LifeDomain.id, LifeDomain.name).order_by(LifeDomain.position, LifeDomain.name)
                )
            ),
            coaches,
            tuple(
                session.execute(
                    union_all(
                        select(Organisation.code, Organisation.name).where(Organisation.retired),
                        select(BreakthroughType.code, BreakthroughType.name).where(BreakthroughType.retired),
                    )
                )
            ),
        )


def find_plan(ws: Workspace, case_id: int) -> int | None:
    """The id of the plan of a case this user may see, or None when it has none (yet)."""
    with ws.register.read_session() as session:
        require_case(ws.actor, session, case_id, change=False)
        return session.scalar(select(BreakthroughPlan.id).where(BreakthroughPlan.case_id == case_id))


def get_plan(ws: Workspace, plan_id: int, *, reason: str | None = None) -> PlanDetail:
    """One plan in full; the view is one audit entry, naming the betrokkenen shown."""
    with ws.register.read_session() as session:
        plan = require_plan(ws.actor, session, plan_id, change=False)
        detail = _detail(session, plan)
        person_refs = list(
            session.scalars(select(Person.ref).where(Person.case_id == plan.case_id).order_by(Person.id))
        )
    view_log.plan_opened(ws, detail.case_ref, detail.case_id, person_refs, reason=reason)
    return detail


def record_print(ws: Workspace, plan_id: int, document: str) -> None:
    """A printed or saved document of the plan ('ons plan', 'besluitnotitie') goes to the audit log."""
    with ws.register.session() as session:
        log_print(ws, session, plan_id, document)


def log_print(ws: Workspace, session: Session, plan_id: int, document: str) -> None:
    """`record_print` inside the caller's transaction (services/documents.py writes the file in it)."""
    _log(
        ws,
        session,
        AuditAction.PRINT,
        require_plan(ws.actor, session, plan_id, change=False),
        details=document,
    )


# -- the plan itself ------------------------------------------------------------------------------
def create_plan(ws: Workspace, case_id: int, drawn_up_on: dt.date, family_coach: str | None) -> PlanDetail:
    """A new, empty plan (status concept) for a doorbraak case that has none."""
    require_case_access(ws.actor)
    coach = _clean(family_coach, 120)
    _not_future(drawn_up_on, Text("De datum van het plan"))
    with ws.register.session() as session:
        case = require_case(ws.actor, session, case_id, change=True)
        if case.kind != CaseKind.BREAKTHROUGH:
            raise InvalidInput("Alleen een casus van de soort 'doorbraak' krijgt een doorbraakplan.")
        if session.scalar(select(BreakthroughPlan.id).where(BreakthroughPlan.case_id == case_id)):
            raise InvalidInput("Deze casus heeft al een doorbraakplan. Open dat plan.")
        plan = BreakthroughPlan(
            case_id=case_id,
            drawn_up_on=drawn_up_on,
            family_coach=coach,
            family_coach_user_id=plan_coach.find_coach(session, coach),
            status=plan_rules.PlanStatus.DRAFT.value,
        )
        session.add(plan)
        session.flush()
        _log(ws, session, AuditAction.CREATE, plan)
        return _detail(session, plan)


def update_text(ws: Workspace, plan_id: int, text: PlanText) -> PlanDetail:
    """Change the plan's words: date, gezinscoach, perspectief, eigen kracht, volgende stap."""
    _not_future(text.drawn_up_on, Text("De datum van het plan"))
    values = {
        "drawn_up_on": text.drawn_up_on,
        "family_coach": _clean(text.family_coach, 120),
        "perspective": _clean(text.perspective, 4000),
        "own_strength": _clean(text.own_strength, 4000),
        "next_step": _clean(text.next_step, 1000),
    }
    return _change_plan(ws, plan_id, values)


def save_evaluation(ws: Workspace, plan_id: int, evaluation: Evaluation) -> PlanDetail:
    values = {
        "goal_reached": evaluation.goal_reached,
        "quality_improved": evaluation.quality_improved,
        "evaluation": _clean(evaluation.evaluation, 4000),
    }
    return _change_plan(ws, plan_id, values)


def set_cost_years(ws: Workspace, plan_id: int, years: int) -> PlanDetail:
    """Compare doormodderen and doorbreken over `years` years (1 to 10)."""
    if not isinstance(years, int) or not 1 <= years <= plan_rules.MAX_YEARS:
        raise InvalidInput("Vergelijk de kosten over 1 tot {max_years} jaar.", max_years=plan_rules.MAX_YEARS)
    return _change_plan(ws, plan_id, {"cost_years": years})


def change_status(ws: Workspace, plan_id: int, target: str) -> PlanDetail:
    """Move the plan along concept → ter besluit → besloten → (niet) gerealiseerd → geëvalueerd."""
    with ws.register.session() as session:
        plan = require_plan(ws.actor, session, plan_id, change=True)
        detail = _detail(session, plan)
        problems = plan_rules.transition_problems(plan.status, target, detail.facts)
        if problems:
            raise InvalidInput("{problems}", problems=Texts(problems, " "))
        before, plan.status = plan.status, target
        _log(ws, session, AuditAction.CHANGE, plan, details=f"status: {before} → {target}")
        return _detail(session, plan)


def _change_plan(ws: Workspace, plan_id: int, values: dict) -> PlanDetail:
    with ws.register.session() as session:
        plan = require_plan(ws.actor, session, plan_id, change=True)
        changed = [name for name, value in values.items() if getattr(plan, name) != value]
        coach_before = plan.family_coach
        for name in changed:
            setattr(plan, name, values[name])
        if "family_coach" in changed:  # access follows the coach's user (plan_coach.py)
            plan.family_coach_user_id = plan_coach.coach_after_change(
                session, coach_before, plan.family_coach, plan.family_coach_user_id
            )
        if changed:
            _log(ws, session, AuditAction.CHANGE, plan, details="gewijzigd: " + ", ".join(changed))
        return _detail(session, plan)


# -- scores, helpers, knelpunten and doorbraken ---------------------------------------------------
def record_measurement(
    ws: Workspace, plan_id: int, measured_on: dt.date, scores: dict[int, int]
) -> PlanDetail:
    """Scores (1–5) per leefgebied measured on one day; a score already there for that day is replaced."""
    _not_future(measured_on, Text("De datum van de meting"))
    return _items(ws, plan_id, lambda s, p: items.record_measurement(s, p, measured_on, scores))


def delete_score(ws: Workspace, plan_id: int, score_id: int) -> PlanDetail:
    return _items(ws, plan_id, lambda s, p: items.delete_score(s, p, score_id))


def save_helper(ws: Workspace, plan_id: int, helper_id: int | None, item: HelperInput) -> PlanDetail:
    """Add a helper (helper_id None) or change one."""
    return _items(ws, plan_id, lambda s, p: items.save_helper(s, p, helper_id, item))


def delete_helper(ws: Workspace, plan_id: int, helper_id: int) -> PlanDetail:
    return _items(ws, plan_id, lambda s, p: items.delete_helper(s, p, helper_id))


def save_issue(ws: Workspace, plan_id: int, issue_id: int | None, item: IssueInput) -> PlanDetail:
    """Add a knelpunt (issue_id None) or change one."""
    return _items(ws, plan_id, lambda s, p: items.save_issue(s, p, issue_id, item))


def delete_issue(ws: Workspace, plan_id: int, issue_id: int) -> PlanDetail:
    return _items(ws, plan_id, lambda s, p: items.delete_issue(s, p, issue_id))


def save_breakthrough(
    ws: Workspace, plan_id: int, item_id: int | None, item: BreakthroughInput
) -> PlanDetail:
    """Add a doorbraak (item_id None) or change one; 'behaald' needs the date it was reached."""
    if item.reached_on is not None:
        _not_future(item.reached_on, Text("De datum waarop de doorbraak is behaald"))
    return _items(ws, plan_id, lambda s, p: items.save_breakthrough(s, p, item_id, item))


def delete_breakthrough(ws: Workspace, plan_id: int, item_id: int) -> PlanDetail:
    return _items(ws, plan_id, lambda s, p: items.delete_breakthrough(s, p, item_id))


def save_contact(ws: Workspace, plan_id: int, contact_id: int | None, item: ContactInput) -> PlanDetail:
    """Add a contact with the household (contact_id None) or change one."""
    return _contact_change(
        ws,
        plan_id,
        AuditAction.CREATE if contact_id is None else AuditAction.CHANGE,
        lambda s, case: contacts.save(s, case, contact_id, item, ws.actor.user_id),
    )


def delete_contact(ws: Workspace, plan_id: int, contact_id: int) -> PlanDetail:
    return _contact_change(
        ws, plan_id, AuditAction.DELETE, lambda s, case: contacts.delete(s, case, contact_id)
    )


def _contact_change(
    ws: Workspace, plan_id: int, action: str, change: Callable[[Session, Case], str]
) -> PlanDetail:
    with ws.register.session() as session:
        plan = require_plan(ws.actor, session, plan_id, change=True)
        case = contacts.household(ws, session, plan.case_id)
        details = change(session, case)
        audit.append(session, audit_events.family_contact(ws, action, case.ref, case.id, details))
        return _detail(session, plan)


def _items(
    ws: Workspace, plan_id: int, change: Callable[[Session, BreakthroughPlan], items.Change]
) -> PlanDetail:
    """Run one change of the plan's parts and log it, in one transaction."""
    with ws.register.session() as session:
        plan = require_plan(ws.actor, session, plan_id, change=True)
        action, object_type, details = change(session, plan)
        statuses = [b.status for b in plan.breakthroughs]
        if not plan_rules.keeps_a_reached_breakthrough(plan.status, statuses):
            raise InvalidInput(
                "Dit plan staat op 'gerealiseerd' en heeft dan een behaalde doorbraak nodig. "
                "Zet eerst de status van het plan terug naar 'besloten'."
            )
        _log(ws, session, action, plan, object_type=object_type, details=details)
        session.flush()
        session.expire(plan)
        return _detail(session, plan)


# -- helpers --------------------------------------------------------------------------------------
def _log(
    ws: Workspace,
    session: Session,
    action: str,
    plan: BreakthroughPlan,
    *,
    object_type: str = "plan",
    details: str | None = None,
) -> None:
    ref = session.execute(select(Case.ref).where(Case.id == plan.case_id)).scalar_one()
    event = audit_events.plan_event(ws, action, ref, plan.case_id, object_type=object_type, details=details)
    audit.append(session, event)


def _detail(session: Session, plan: BreakthroughPlan) -> PlanDetail:
    case, area_name = session.execute(
        select(Case, Area.name).join(Area, Area.id == Case.area_id).where(Case.id == plan.case_id)
    ).one()
    household = tuple(
        " ".join(p for p in (person.first_name, person.infix, person.last_name) if p)
        for person in case.persons
    )
    parts = items.read_parts(session, plan)
    values = {name: getattr(plan, name) for name in _PLAN_COLUMNS}
    phone = (
        session.scalar(select(User.phone).where(User.id == plan.family_coach_user_id))
        if plan.family_coach_user_id is not None
        else None
    )
    return PlanDetail(
        case_ref=case.ref,
        case_closed=case.end_date is not None,
        area_name=area_name,
        household=household,
        contacts=contacts.read_contacts(session, case.id),
        coach_phone=phone,
        **values,
        **parts,
    )


def _clean(value: str | None, limit: int) -> str | None:
    text = (value or "").strip()
    if len(text) > limit:
        raise InvalidInput(
            "Een tekst is te lang ({length} tekens); houd het onder {limit} tekens.",
            length=len(text),
            limit=limit,
        )
    return text or None


def _not_future(day: dt.date, what: Text) -> None:
    if day > clock.today():
        raise InvalidInput(
            "{what} ligt in de toekomst ({day:%d-%m-%Y}). Kies vandaag of eerder.", what=what, day=day
        )


__all__ = [
    "BreakthroughInput",
    "BreakthroughView",
    "ContactInput",
    "ContactView",
    "Evaluation",
    "HelperInput",
    "HelperView",
    "IssueInput",
    "IssueView",
    "PlanChoices",
    "PlanDetail",
    "PlanText",
    "ScoreView",
    "StatusOption",
    "change_status",
    "create_plan",
    "delete_breakthrough",
    "delete_contact",
    "delete_helper",
    "delete_issue",
    "delete_score",
    "find_plan",
    "get_plan",
    "log_print",
    "plan_choices",
    "record_measurement",
    "record_print",
    "save_breakthrough",
    "save_contact",
    "save_evaluation",
    "save_helper",
    "save_issue",
    "set_cost_years",
    "update_text",
]
