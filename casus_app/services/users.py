"""User management: adding users with their key slot, passwords, removal with key rotation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import InvalidInput, NotFound
from casus_app.storage import audit
from casus_app.storage.maintenance import rotate_key
from casus_app.storage.models import Area, Organisation, User

from .access import require_role
from .auth import validate_password
from .workspace import Workspace


def add_user(
    ws: Workspace,
    name: str,
    password: str,
    role: Role,
    *,
    areas: Sequence[str] = (),
    organisation: str | None = None,
    display_name: str | None = None,
) -> int:
    """Add a user with their own key slot (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing="gebruikers toevoegen")
    name = name.strip()
    if not name or len(name) > 64:
        raise InvalidInput("Geef een gebruikersnaam van 1 tot 64 tekens.")
    validate_password(password)
    with ws.register.session() as session:
        if session.scalar(select(User.id).where(User.name == name)) is not None:
            raise InvalidInput(f"Er is al een gebruiker '{name}'. Kies een andere naam.")
        area_rows = list(session.scalars(select(Area).where(Area.code.in_(list(areas)))))
        unknown = sorted(set(areas) - {a.code for a in area_rows})
        if unknown:
            raise InvalidInput(f"Onbekend gebied: {', '.join(unknown)}. Bestaande gebieden: "
                               + ", ".join(session.scalars(select(Area.code).order_by(Area.code))))  # fmt: skip
        if role is Role.PROFESSIONAL and not area_rows:
            raise InvalidInput("Een professional werkt in één of meer gebieden: geef die op met --gebied.")
        organisation_id = None
        if organisation:
            organisation_id = session.scalar(select(Organisation.id).where(Organisation.code == organisation))
            if organisation_id is None:
                raise InvalidInput(f"Onbekende organisatie '{organisation}'.")
        user = User(
            name=name, display_name=display_name, role=role.value, organisation_id=organisation_id,
            created_at=dt.datetime.now(dt.UTC),
        )  # fmt: skip
        user.areas = area_rows
        session.add(user)
        session.flush()
        # The slot is written before the transaction commits; a slot without a user row opens nothing.
        ws.register.slots.add_user(name, password, ws.register.key)
        ws.register.slots.save()
        audit.append(session, ws.event(AuditAction.USER_MANAGEMENT, object_type="user", object_id=str(user.id),
                                       details=f"toegevoegd als {role.value}"))  # fmt: skip
        user_id = user.id
    ws.register.save_audit_head()
    return user_id


def change_password(ws: Workspace, old_password: str, new_password: str) -> None:
    """The acting user changes their own password; only their slot is re-wrapped."""
    validate_password(new_password)
    ws.register.slots.change_password(ws.actor.name, old_password, new_password)
    ws.register.slots.save()
    with ws.register.session() as session:
        audit.append(session, ws.event(AuditAction.KEY_MANAGEMENT, object_type="user",
                                       object_id=str(ws.actor.user_id), details="wachtwoord gewijzigd"))  # fmt: skip


def remove_user(ws: Workspace, name: str) -> None:
    """Remove a user and rotate the database key, so an old copy of their slot opens nothing."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing="gebruikers verwijderen")
    if name == ws.actor.name:
        raise InvalidInput("U kunt uzelf niet verwijderen. Laat een andere beheerder dat doen.")
    with ws.register.session() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise NotFound(f"Er is geen gebruiker '{name}'.")
        user.active = False
        audit.append(session, ws.event(AuditAction.USER_MANAGEMENT, object_type="user", object_id=str(user.id),
                                       details="verwijderd; databasesleutel vernieuwd"))  # fmt: skip

    def without_user(slots):
        slots.remove_user(name)
        return slots

    ws.register.rekey(lambda slots: rotate_key(ws.register, without_user))
    ws.register.save_audit_head()
