"""Need-to-know: which user may do what. Every service checks here, so CLI and UI are equally safe."""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, select, true

from casus_app.domain.enums import CaseKind, Role
from casus_app.domain.errors import PermissionDenied
from casus_app.services.workspace import Actor
from casus_app.storage.models import BreakthroughPlan, Case

ROLE_NAMES = {
    Role.ADMINISTRATOR: "beheerder",
    Role.COORDINATOR: "coördinator",
    Role.PROFESSIONAL: "professional",
    Role.FAMILY_COACH: "gezinscoach",
}


def require_role(actor: Actor, *roles: Role, doing: str) -> None:
    if actor.role not in roles:
        allowed = " of ".join(ROLE_NAMES[r] for r in roles)
        raise PermissionDenied(f"U mag {doing} niet: dat mag alleen een {allowed}.")


def may_see_cases(actor: Actor) -> bool:
    return actor.role is not Role.COORDINATOR


def may_register_cases(actor: Actor) -> bool:
    return actor.role in (Role.ADMINISTRATOR, Role.PROFESSIONAL)


def require_case_access(actor: Actor) -> None:
    if not may_see_cases(actor):
        # A coordinator works with counts only; the message names no case and no person.
        raise PermissionDenied(
            "Als coördinator werkt u alleen met geanonimiseerde aantallen, niet met casussen."
        )


def visible_cases(actor: Actor) -> ColumnElement[bool]:
    """A SQL condition on Case that keeps only the cases this user may see."""
    if actor.role is Role.ADMINISTRATOR:
        return true()
    if actor.role is Role.PROFESSIONAL:
        return Case.area_id.in_(sorted(actor.area_ids)) if actor.area_ids else false()
    if actor.role is Role.FAMILY_COACH:
        # By the user linked to the plan, never by the name typed in it (services/plan_coach.py).
        coached = select(BreakthroughPlan.case_id).where(
            BreakthroughPlan.family_coach_user_id == actor.user_id
        )
        return (Case.kind == CaseKind.BREAKTHROUGH.value) & Case.id.in_(coached)
    return false()
