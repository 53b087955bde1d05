"""Need-to-know: which user may do what. Every service checks here, so CLI and UI are equally safe.

Per kind of object one rule says which roles may read it and which may change it; within those
roles a user reaches only the rows of their own cases (`visible_cases`) or overleggen
(`visible_meetings`). One helper per kind (`require_case`, `require_action`, `require_discussion`,
`require_meeting`, `require_plan`) applies its rule and returns the object, or refuses in Dutch:
a role outside the rule gets `PermissionDenied`, an object out of reach `NotFound` (which never
says whether it exists).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.orm import Session

from casus_app.domain.enums import AREA_WIDE_MEETING_KINDS, CaseKind, MeetingKind, Role
from casus_app.domain.errors import InvalidInput, NotFound, PermissionDenied, Text, Texts
from casus_app.services.workspace import Actor
from casus_app.storage.models import Action, BreakthroughPlan, Case, Discussion, Meeting


def require_role(actor: Actor, *roles: Role, doing: Text) -> None:
    """`doing`: what the user tried, as it reads after "U mag" ("leefgebieden wijzigen")."""
    if actor.role not in roles:
        raise PermissionDenied(
            "U mag {doing} niet: dat mag alleen een {allowed}.",
            doing=doing,
            allowed=Texts(roles, " of "),
        )


@dataclass(frozen=True)
class Rule:
    """Who may read and who may change one kind of object, and the answer when it is out of reach."""

    read: frozenset[Role]
    change: frozenset[Role]
    not_found: Text  # Dutch; the same whether the object is missing or out of this user's reach


# Everyone who works with cases: everyone but the coordinator, who sees anonymised counts only.
CASE_WORKERS = frozenset({Role.ADMINISTRATOR, Role.PROFESSIONAL, Role.FAMILY_COACH})

CASE = Rule(CASE_WORKERS, CASE_WORKERS, Text("Deze casus bestaat niet of u heeft er geen toegang toe."))
ACTION = Rule(CASE_WORKERS, CASE_WORKERS, Text("Deze afspraak bestaat niet of u heeft er geen toegang toe."))
DISCUSSION = Rule(
    CASE_WORKERS, CASE_WORKERS, Text("Deze bespreking bestaat niet of u heeft er geen toegang toe.")
)
MEETING = Rule(CASE_WORKERS, CASE_WORKERS, Text("Dit overleg bestaat niet of u heeft er geen toegang toe."))
PLAN = Rule(
    CASE_WORKERS, CASE_WORKERS, Text("Dit doorbraakplan bestaat niet of u heeft er geen toegang toe.")
)

# The status of an overleg that is over: it can be read, never changed (its verslag is final).
MEETING_FINISHED = "afgerond"
# An overleg that did not take place: kept for the record, never changed.
MEETING_CANCELLED = "geannuleerd"


def may_see_cases(actor: Actor) -> bool:
    return actor.role in CASE.read


def may_register_cases(actor: Actor) -> bool:
    return actor.role in (Role.ADMINISTRATOR, Role.PROFESSIONAL)


def require_case_access(actor: Actor) -> None:
    """Whether this user works with cases at all (for lists; one object: the helpers below)."""
    _require_roles(actor, CASE.read)


def _require_roles(actor: Actor, roles: frozenset[Role]) -> None:
    if actor.role in roles:
        return
    if actor.role is Role.COORDINATOR:
        # A coordinator works with counts only; the message names no case and no person.
        raise PermissionDenied(
            "Als coördinator werkt u alleen met geanonimiseerde aantallen, niet met casussen."
        )
    raise PermissionDenied("U heeft hiervoor geen toegang.")


def visible_cases(actor: Actor) -> ColumnElement[bool]:
    """A SQL condition on Case that keeps only the cases this user may see."""
    if actor.role is Role.ADMINISTRATOR:
        return true()
    if actor.role is Role.PROFESSIONAL:
        return Case.area_id.in_(sorted(actor.area_ids)) if actor.area_ids else false()
    if actor.role is Role.FAMILY_COACH:
        # By the user linked to the plan, never by the name typed in it (services/plans/coach.py).
        coached = select(BreakthroughPlan.case_id).where(
            BreakthroughPlan.family_coach_user_id == actor.user_id
        )
        return (Case.kind == CaseKind.BREAKTHROUGH.value) & Case.id.in_(coached)
    return false()


# Kinds of overleg that serve all of Heerlen-Noord: cases of every gebied, open to every gebied's
# professionals (each sees only the cases of their own gebieden on it).
AREA_WIDE_MEETINGS = AREA_WIDE_MEETING_KINDS


def visible_meetings(actor: Actor) -> ColumnElement[bool]:
    """A SQL condition on Meeting: the overleggen of the user's gebieden and the doorbraakteam
    (a gezinscoach: the doorbraakteam only)."""
    if actor.role is Role.ADMINISTRATOR:
        return true()
    if actor.role is Role.PROFESSIONAL:
        own = Meeting.area_id.in_(sorted(actor.area_ids)) if actor.area_ids else false()
        return own | Meeting.kind.in_(sorted(AREA_WIDE_MEETINGS))
    if actor.role is Role.FAMILY_COACH:
        return Meeting.kind == MeetingKind.BREAKTHROUGH_TEAM.value
    return false()


def plannable_meeting_kinds(actor: Actor) -> list[str]:
    """The soorten overleg this user may plan: those they can open afterwards."""
    if actor.role is Role.FAMILY_COACH:
        return [MeetingKind.BREAKTHROUGH_TEAM.value]
    if actor.role in (Role.ADMINISTRATOR, Role.PROFESSIONAL):
        return [k.value for k in MeetingKind]
    return []


def may_plan_meeting(actor: Actor, kind: str, area_id: int) -> bool:
    """A beheerder anywhere; a professional in their own gebieden; a gezinscoach a doorbraakteam
    (which they can open in every gebied)."""
    if kind not in plannable_meeting_kinds(actor):
        return False
    if actor.role is Role.PROFESSIONAL:
        return area_id in actor.area_ids
    return True


def require_meeting_planning(actor: Actor, kind: str, area_id: int) -> None:
    """Refuses, in Dutch, an overleg this user could not open once it is planned."""
    _require_roles(actor, MEETING.change)
    if kind not in plannable_meeting_kinds(actor):
        raise PermissionDenied(
            "Als gezinscoach kunt u alleen een doorbraakteam plannen: andere overleggen kunt u niet openen."
        )
    if not may_plan_meeting(actor, kind, area_id):
        raise PermissionDenied(
            "U kunt alleen een overleg plannen in een gebied waarin u werkt. "
            "Kies een van uw eigen gebieden, of vraag de beheerder om toegang."
        )


# -- one helper per kind of object: `change=False` to read it, `change=True` to change it ----------
def require_case(actor: Actor, session: Session, case_id: int, *, change: bool) -> Case:
    _require_roles(actor, CASE.change if change else CASE.read)
    case = session.scalar(select(Case).where(Case.id == case_id, visible_cases(actor)))
    if case is None:
        raise NotFound(CASE.not_found)
    return case


def require_action(actor: Actor, session: Session, action_id: int, *, change: bool) -> tuple[Action, Case]:
    """The afspraak and its case."""
    _require_roles(actor, ACTION.change if change else ACTION.read)
    row = session.execute(
        select(Action, Case)
        .join(Case, Case.id == Action.case_id)
        .where(Action.id == action_id, visible_cases(actor))
    ).first()
    if row is None:
        raise NotFound(ACTION.not_found)
    return row.Action, row.Case


def require_meeting(actor: Actor, session: Session, meeting_id: int, *, change: bool) -> Meeting:
    """The overleg; to change it, it must not be afgerond (`MEETING_FINISHED`) or geannuleerd."""
    _require_roles(actor, MEETING.change if change else MEETING.read)
    meeting = session.scalar(select(Meeting).where(Meeting.id == meeting_id, visible_meetings(actor)))
    if meeting is None:
        raise NotFound(MEETING.not_found)
    if change and meeting.status == MEETING_FINISHED:
        raise InvalidInput(
            "Overleg {ref} is afgerond; het verslag is definitief en kan niet meer veranderen.",
            ref=meeting.ref,
        )
    if change and meeting.status == MEETING_CANCELLED:
        raise InvalidInput("Overleg {ref} is geannuleerd en kan niet meer veranderen.", ref=meeting.ref)
    return meeting


def require_discussion(
    actor: Actor, session: Session, discussion_id: int, *, change: bool
) -> tuple[Discussion, Meeting, Case]:
    """The bespreking, its overleg (`require_meeting`) and its case.

    The bespreking is looked up before the role is checked: a role without cases reaches none.
    """
    row = session.execute(
        select(Discussion, Case)
        .join(Case, Case.id == Discussion.case_id)
        .where(Discussion.id == discussion_id, visible_cases(actor))
    ).first()
    if row is None:
        raise NotFound(DISCUSSION.not_found)
    _require_roles(actor, DISCUSSION.change if change else DISCUSSION.read)
    meeting = require_meeting(actor, session, row.Discussion.meeting_id, change=change)
    return row.Discussion, meeting, row.Case


def require_plan(actor: Actor, session: Session, plan_id: int, *, change: bool) -> BreakthroughPlan:
    _require_roles(actor, PLAN.change if change else PLAN.read)
    plan = session.scalar(
        select(BreakthroughPlan)
        .join(Case, Case.id == BreakthroughPlan.case_id)
        .where(BreakthroughPlan.id == plan_id, visible_cases(actor))
    )
    if plan is None:
        raise NotFound(PLAN.not_found)
    return plan
