"""The first steps a beheerder takes in a new register, and which are done.

A new register works at once, but is not yet safe to rely on: one beheerder is one lost password
away from the recovery key, a register without retention periods keeps everything forever, one
without a backup is one broken disk away from nothing. These steps are read from the register
itself each time, so the list is right whoever took a step and how (window or command line).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from casus_app.domain.enums import Role
from casus_app.domain.errors import Text
from casus_app.services.access import require_role
from casus_app.services.backup import reminder
from casus_app.services.privacy import retention
from casus_app.services.workspace import Workspace
from casus_app.storage.models import Case, User


class Step(StrEnum):
    SECOND_ADMINISTRATOR = "second_administrator"
    RETENTION = "retention"
    BACKUP = "backup"
    USERS = "users"


@dataclass(frozen=True)
class StepState:
    step: Step
    done: bool


def steps(ws: Workspace) -> list[StepState]:
    """The four first steps in the order to take them (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("de eerste stappen inzien"))
    with ws.register.read_session() as session:
        active = select(func.count(User.id)).where(User.active.is_(True))
        admins = session.scalar(active.where(User.role == Role.ADMINISTRATOR.value)) or 0
        others = session.scalar(active.where(User.role != Role.ADMINISTRATOR.value)) or 0
    periods_set = all(months is not None for months in retention.retention_periods(ws).values())
    return [
        StepState(Step.SECOND_ADMINISTRATOR, admins >= 2),
        StepState(Step.RETENTION, periods_set),
        StepState(Step.BACKUP, reminder.status(ws).last is not None),
        StepState(Step.USERS, others >= 1),
    ]


def worth_showing(ws: Workspace) -> bool:
    """At the start of a beheerder's session: while the register has no cases and a step is open."""
    if ws.actor.role is not Role.ADMINISTRATOR:
        return False
    with ws.register.read_session() as session:
        has_cases = session.scalar(select(Case.id).limit(1)) is not None
    return not has_cases and not all(state.done for state in steps(ws))
