"""The gebieden of the register, for filters and pickers."""

from __future__ import annotations

from sqlalchemy import select

from casus_app.services.workspace import Workspace
from casus_app.storage.models import Area


def list_areas(ws: Workspace) -> list[tuple[str, str]]:
    """Every gebied as (code, name), by name.

    Reference data, not case data: every role may read it, a coordinator included.
    """
    with ws.register.read_session() as session:
        return [
            (code, name) for code, name in session.execute(select(Area.code, Area.name).order_by(Area.name))
        ]
