"""A demo register: synthetic but realistic data, so a newcomer sees a living app."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from casus_app.domain import clock
from casus_app.domain.enums import Role
from casus_app.services.admin import settings, users
from casus_app.services.auth import login
from casus_app.services.cases.action_changes import ActionEdit, change_action
from casus_app.services.demo.data import write_exchange
from casus_app.services.exchange import importer
from casus_app.services.workspace import Workspace
from casus_app.storage.models import Action, Area, BreakthroughPlan, Case, Organisation, User

LINKED_ACTIONS = 12  # open afspraken per demo professional given to them as their person

DEMO_USERS = (
    # name, role, areas, organisation, display name
    ("professional", Role.PROFESSIONAL, ("HSB", "HSN", "VRH", "HLH"), "BUURTTEAM", "Demo Professional"),
    ("wijkagent", Role.PROFESSIONAL, ("VRH",), "POLITIE", "Demo Wijkagent"),
    ("coordinator", Role.COORDINATOR, (), "GEMEENTE", "Demo Coördinator"),
    ("gezinscoach", Role.FAMILY_COACH, (), "BUURTTEAM", None),  # named after the busiest coach
)


DEMO_SETTING = "oefenregister"
DEMO_FILE_NAME = "oefenregister.db"


def demo_path(register: Path) -> Path:
    """Where the first start puts a demo: beside the real register, never in its place."""
    return Path(register).with_name(DEMO_FILE_NAME)


def is_demo(ws: Workspace) -> bool:
    return settings.get_setting(ws, DEMO_SETTING) == "1"


def create_demo_register(
    path: Path,
    admin_name: str,
    password: str,
    n_cases: int = 2000,
    progress: Callable[[int, int], None] | None = None,
    *,
    seed: int = 2026,
    with_users: bool = True,
    today: dt.date | None = None,
) -> tuple[Workspace, str]:
    """A new register filled with `n_cases` synthetic cases; demo users share the admin's password.

    The cases are the same for the same (n_cases, seed, today); `today` defaults to the app clock."""
    ws, recovery_key = login.create_register(Path(path), admin_name, password, display_name="Demo Beheerder")
    try:
        settings.set_setting(ws, DEMO_SETTING, "1")  # every screen says so (ui: the oefenregister banner)
        # The generated file is synthetic (no real person in it) and removed straight after.
        with tempfile.TemporaryDirectory(prefix="casus-demo-") as work:
            source = Path(work) / "demo.json"
            write_exchange(source, n_cases, seed=seed, today=today or clock.today())
            importer.import_file(ws, source, progress)
        if with_users:
            busiest_coach = _busiest_family_coach(ws)
            for name, role, areas, organisation, display_name in DEMO_USERS:
                if role is Role.FAMILY_COACH:
                    display_name = busiest_coach
                if name != admin_name:
                    users.add_user(
                        ws,
                        name,
                        password,
                        role,
                        areas=areas,
                        organisation=organisation,
                        display_name=display_name,
                    )
            _give_afspraken_to_professionals(ws)
    except BaseException:
        ws.close()
        raise
    return ws, recovery_key


def _give_afspraken_to_professionals(ws: Workspace) -> None:
    """Some open afspraken of each demo professional's organisation in their gebieden get them as
    their person, so "Mijn afspraken › mij" and the "Wie" column show something (each change audited)."""
    owner = aliased(Organisation)
    picks = []
    with ws.register.read_session() as session:
        for name, role, areas, _organisation, _display_name in DEMO_USERS:
            user = session.scalar(select(User).where(User.name == name))
            if role is not Role.PROFESSIONAL or user is None or user.organisation_id is None:
                continue
            rows = session.execute(
                select(Action.id, Action.deadline, owner.code)
                .join(Case, Case.id == Action.case_id)
                .join(Area, Area.id == Case.area_id)
                .join(owner, owner.id == Action.owner_id)
                .where(
                    Action.owner_id == user.organisation_id,
                    Action.done_on.is_(None),
                    Action.cancelled_on.is_(None),
                    Case.end_date.is_(None),
                    Area.code.in_(areas),
                )
                .order_by(Action.deadline, Action.id)
                .limit(LINKED_ACTIONS)
            ).all()
            picks += [(row.id, row.deadline, row.code, user.id) for row in rows]
    for action_id, deadline, code, user_id in picks:
        change_action(ws, action_id, ActionEdit(deadline, code, owner_user_id=user_id))


def _busiest_family_coach(ws: Workspace) -> str | None:
    """The demo gezinscoach takes the name of the coach with the most households in the data."""
    with ws.register.read_session() as session:
        return session.scalar(
            select(BreakthroughPlan.family_coach)
            .where(BreakthroughPlan.family_coach.is_not(None))
            .group_by(BreakthroughPlan.family_coach)
            .order_by(func.count().desc(), BreakthroughPlan.family_coach)
            .limit(1)
        )
