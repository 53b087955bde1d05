"""A user's own profile: the telephone number a household calls or apps ('Ons plan').

A user sets their own number; a beheerder sets anyone's (user administration). The number is
checked and written one way (`domain/phone.py`). The audit entry says that it changed, never the
number itself.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain.enums import Role
from casus_app.domain.errors import NotFound, Text
from casus_app.domain.phone import normalise_phone
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import User


def my_phone(ws: Workspace) -> str | None:
    """The acting user's own telephone number (their own data: nothing to audit)."""
    with ws.register.read_session() as session:
        return session.scalar(select(User.phone).where(User.id == ws.actor.user_id))


def set_my_phone(ws: Workspace, phone: str | None) -> str | None:
    """Set (or with an empty text remove) one's own number; returns it as stored."""
    number = normalise_phone(phone)
    with ws.register.session() as session:
        user = session.get(User, ws.actor.user_id)
        if user is None:
            raise NotFound("Uw account bestaat niet meer. Meld u opnieuw aan.")
        _store(ws, session, user, number, "eigen ")
    return number


def set_user_phone(ws: Workspace, name: str, phone: str | None) -> str | None:
    """A beheerder sets (or removes) someone's number; returns it as stored."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("telefoonnummers van anderen wijzigen"))
    number = normalise_phone(phone)
    with ws.register.session() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise NotFound("Gebruiker '{name}' bestaat niet. Vernieuw de lijst.", name=name)
        _store(ws, session, user, number, "eigen " if user.id == ws.actor.user_id else "")
    return number


def _store(ws: Workspace, session: Session, user: User, number: str | None, own: str) -> None:
    if user.phone == number:
        return
    what = "verwijderd" if number is None else "gewijzigd"
    user.phone = number
    audit.append(session, audit_events.user_phone_changed(ws, user.id, f"{own}telefoonnummer {what}"))
