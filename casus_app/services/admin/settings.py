"""Register-wide settings a beheerder sets (retention, minimum count k, lock timeout), kept in
the encrypted register itself so that every workstation opening it follows the same rules."""

from __future__ import annotations

from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.domain.errors import Text
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import RegisterMeta

PREFIX = "setting."


def get_setting(ws: Workspace, key: str, default: str | None = None) -> str | None:
    with ws.register.read_session() as session:
        value = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == PREFIX + key))
    return default if value is None else value


def set_setting(ws: Workspace, key: str, value: str) -> None:
    """Change one setting (beheerder only); the change is audited with its key, not its value."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("instellingen wijzigen"))
    with ws.register.session() as session:
        row = session.get(RegisterMeta, PREFIX + key)
        if row is None:
            session.add(RegisterMeta(key=PREFIX + key, value=value))
        else:
            row.value = value
        audit.append(session, audit_events.setting_changed(ws, key))
