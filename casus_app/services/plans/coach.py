"""The gezinscoach of a doorbraakplan: the user the plan is linked to, found from the name given.

A gezinscoach sees the households whose plan is linked to their user (`access.visible_cases`). The
link is made when the plan is made or its coach is changed, when a plan is imported, and when a
coach's account is made after their plans: the name typed is compared, folded ("Ozlem Aydin" is
"Özlem Aydın"), with the names and display names of the gezinscoaches. A name that fits no coach, or
more than one, links to no one: the plan keeps the name, and no one gets access by a look-alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from casus_app.domain.enums import Role
from casus_app.domain.text_fold import fold
from casus_app.services import audit_events
from casus_app.services.access import require_case_access
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import BreakthroughPlan, User


@dataclass(frozen=True)
class CoachChoice:
    user_id: int
    name: str  # as the plan shows it: the display name, or else the user name


def coach_choices(ws: Workspace) -> list[CoachChoice]:
    """The active gezinscoaches, for the plan's coach field (no case data, so nothing to audit)."""
    require_case_access(ws.actor)
    with ws.register.read_session() as session:
        rows = session.execute(
            select(User.id, User.name, User.display_name).where(
                User.role == Role.FAMILY_COACH.value, User.active.is_(True)
            )
        ).all()
    return sorted(
        (CoachChoice(i, (display or name).strip()) for i, name, display in rows),
        key=lambda c: (fold(c.name), c.user_id),
    )


def _key(name: str) -> str:
    return " ".join(fold(name).split())


class CoachIndex:
    """The gezinscoaches by folded name and display name, read once for many plans."""

    def __init__(self, session: Session) -> None:
        self._users: dict[str, dict[bool, set[int]]] = {}
        for user_id, name, display_name, active in session.execute(
            select(User.id, User.name, User.display_name, User.active).where(
                User.role == Role.FAMILY_COACH.value
            )
        ):
            for key in {_key(n) for n in (name, display_name) if n and n.strip()}:
                self._users.setdefault(key, {True: set(), False: set()})[bool(active)].add(user_id)

    def find(self, coach: str | None) -> int | None:
        """The one coach of that name, an active one first; None when none or several fit."""
        found = self._users.get(_key(coach)) if coach and coach.strip() else None
        if not found:
            return None
        users = found[True] or found[False]
        return next(iter(users)) if len(users) == 1 else None


def find_coach(session: Session, coach: str | None) -> int | None:
    """The user id of the gezinscoach a plan names, or None."""
    return CoachIndex(session).find(coach) if coach and coach.strip() else None


def link_unlinked_plans(
    session: Session, *, first_plan_id: int = 0, only_user: int | None = None
) -> list[int]:
    """Link every plan (from `first_plan_id` on) that names a coach but has no coach user yet (to
    `only_user`, when given, and no one else); returns the ids of the plans linked."""
    plans = session.execute(
        select(BreakthroughPlan.id, BreakthroughPlan.family_coach).where(
            BreakthroughPlan.id >= first_plan_id,
            BreakthroughPlan.family_coach_user_id.is_(None),
            BreakthroughPlan.family_coach.is_not(None),
        )
    ).all()
    if not plans:
        return []
    coaches = CoachIndex(session)
    links = [(plan_id, coaches.find(name)) for plan_id, name in plans]
    links = [(p, u) for p, u in links if u is not None and (only_user is None or u == only_user)]
    if links:  # one executemany by primary key: an import may link thousands
        session.execute(update(BreakthroughPlan), [{"id": p, "family_coach_user_id": u} for p, u in links])
    return [plan_id for plan_id, _ in links]


def link_plans_of_new_coach(ws: Workspace, session: Session, user_id: int) -> int:
    """After a gezinscoach's account is made (or a user becomes one): link the plans that already
    name them, in the same transaction, with one audit entry. Returns how many were linked."""
    role = session.scalar(select(User.role).where(User.id == user_id))
    if role != Role.FAMILY_COACH.value:
        return 0
    linked = link_unlinked_plans(session, only_user=user_id)
    if linked:
        audit.append(
            session,
            audit_events.user_managed(ws, user_id, f"gezinscoach van {len(linked)} doorbraakplan(nen)"),
        )
    return len(linked)


def coach_after_change(
    session: Session, before: str | None, after: str | None, linked: int | None
) -> int | None:
    """The coach user once a plan's coach name changed: the same user when only the spelling did
    ('Ozlem' → 'Özlem'), else whoever the new name fits."""
    if linked is not None and before and after and _key(before) == _key(after):
        return linked
    return find_coach(session, after)
