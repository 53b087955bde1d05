"""The beheerder's user screen: the list, role and gebieden, password resets, (de)activation, removal.

Adding a user and removing one (with a new database key) live in `users`; this module adds what a
beheerder does day to day. Every change is written to the audit log in the same transaction,
with codes only (role, gebied codes), never a password or a person's name.

Deactivating, resetting a password and removing all renew the database key together with the
change (one recoverable step, storage/keys/key_rotation.py): the old password then opens nothing, not
even with an earlier copy of the key file or a backup's `sleutels.json` — those hold only the old
key, which no longer fits. Reactivating gives a new slot under the current key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import InvalidInput, NotFound, Text
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.admin import users
from casus_app.services.auth.login import validate_password
from casus_app.services.plans import coach
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Area, AuditEntry, Organisation, User

ACTIVE, DEACTIVATED, REMOVED = "actief", "gedeactiveerd", "verwijderd"


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    display_name: str | None
    role: Role
    organisation: str | None
    areas: tuple[str, ...]
    status: str  # ACTIVE, DEACTIVATED or REMOVED
    has_key: bool
    created_at: dt.datetime
    phone: str | None = None  # services/admin/profile.py

    @property
    def active(self) -> bool:
        return self.status == ACTIVE


def list_users(ws: Workspace) -> list[UserInfo]:
    """Every user of the register with role, gebieden and status, by name (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("gebruikers bekijken"))
    with ws.register.read_session() as session:
        organisations = dict(session.execute(select(Organisation.id, Organisation.code)).all())
        result = []
        for user in session.scalars(select(User).order_by(func.lower(User.name))):
            result.append(
                UserInfo(
                    id=user.id,
                    name=user.name,
                    display_name=user.display_name,
                    role=Role(user.role),
                    organisation=organisations.get(user.organisation_id)
                    if user.organisation_id is not None
                    else None,
                    areas=tuple(area.code for area in user.areas),
                    status=_status(session, user),
                    has_key=ws.register.slots.has_user(user.name),
                    created_at=user.created_at,
                    phone=user.phone,
                )
            )
    return result


def list_organisations(ws: Workspace) -> list[tuple[str, str]]:
    """The partner organisations as (code, name), by name, for the user form."""
    with ws.register.read_session() as session:
        return [
            (row.code, row.name)
            for row in session.execute(
                select(Organisation.code, Organisation.name).order_by(Organisation.name)
            )
        ]


def _status(session: Session, user: User) -> str:
    if user.active:
        return ACTIVE
    last = session.scalar(
        select(AuditEntry.details)
        .where(
            AuditEntry.action == AuditAction.USER_MANAGEMENT.value,
            AuditEntry.object_type == "user",
            AuditEntry.object_id == str(user.id),
        )
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    )
    return REMOVED if last and last.startswith("verwijderd") else DEACTIVATED


def change_role(ws: Workspace, name: str, role: Role, areas: Sequence[str] = ()) -> None:
    """Give a user another role and/or other gebieden (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("rollen wijzigen"))
    role = Role(role)
    with ws.register.session() as session:
        user = _user(session, name)
        if user.id == ws.actor.user_id and role is not Role.ADMINISTRATOR:
            raise InvalidInput(
                "U kunt uw eigen beheerdersrol niet afnemen. Laat een andere beheerder dat doen."
            )
        area_rows = list(session.scalars(select(Area).where(Area.code.in_(list(areas))).order_by(Area.code)))
        unknown = sorted(set(areas) - {a.code for a in area_rows})
        if unknown:
            raise InvalidInput("Onbekend gebied: {unknown}.", unknown=", ".join(unknown))
        if role is Role.PROFESSIONAL and not area_rows:
            raise InvalidInput("Een professional werkt in één of meer gebieden: kies er minstens één.")
        if user.role == Role.ADMINISTRATOR.value and role is not Role.ADMINISTRATOR:
            _keep_an_administrator(session, user)
        before = (user.role, tuple(a.code for a in user.areas))
        user.role = role.value
        user.areas = area_rows
        after = (role.value, tuple(a.code for a in area_rows))
        if before == after:
            return
        codes = ", ".join(after[1]) or "geen"
        audit.append(
            session,
            audit_events.user_managed(ws, user.id, f"rol {after[0]}; gebieden {codes}"),
        )
        if before[0] != after[0]:
            coach.link_plans_of_new_coach(ws, session, user.id)  # now a gezinscoach: their plans


def reset_password(ws: Workspace, name: str, new_password: str) -> None:
    """A new key slot with a new password; the old password stops working at once (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("wachtwoorden opnieuw instellen"))
    validate_password(new_password, name)
    with ws.register.read_session() as session:
        user = _user(session, name)
        if not user.active:
            raise InvalidInput(
                "Gebruiker '{name}' is niet actief. Kies 'Heractiveren' om een nieuw wachtwoord te geven.",
                name=name,
            )
        user_id = user.id
    if not ws.register.slots.has_user(name):
        raise NotFound("Gebruiker '{name}' heeft geen sleutel in dit register.", name=name)
    users.renew_key(
        ws,
        user_id,
        name,
        active=None,
        new_password=new_password,
        details="wachtwoord opnieuw ingesteld door beheerder; nieuwe sleutelplaats; "
        "databasesleutel vernieuwd",
    )


def deactivate(ws: Workspace, name: str) -> None:
    """Stop a user from signing in: inactive, their key slot withdrawn and the database key renewed,
    so their password opens nothing, also not with an old copy of the key file (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("gebruikers deactiveren"))
    with ws.register.read_session() as session:
        user = _user(session, name)
        if user.id == ws.actor.user_id:
            raise InvalidInput("U kunt uzelf niet deactiveren. Laat een andere beheerder dat doen.")
        if not user.active:
            raise InvalidInput("Gebruiker '{name}' is al niet actief.", name=name)
        if user.role == Role.ADMINISTRATOR.value:
            _keep_an_administrator(session, user)
        user_id = user.id
    users.renew_key(
        ws,
        user_id,
        name,
        active=False,
        details="gedeactiveerd; sleutelplaats ingetrokken; databasesleutel vernieuwd",
    )


def reactivate(ws: Workspace, name: str, new_password: str) -> None:
    """Let an inactive user sign in again, with a new password and key slot (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("gebruikers heractiveren"))
    validate_password(new_password, name)
    with ws.register.session() as session:
        user = _user(session, name)
        if user.active:
            raise InvalidInput("Gebruiker '{name}' is al actief.", name=name)
        user.active = True
        user.must_change_password = True  # the beheerder chose this password
        anchor = ws.register.anchor_private if user.role == Role.ADMINISTRATOR.value else None
        ws.register.slots.add_user(name, new_password, ws.register.key, anchor_private=anchor)
        ws.register.slots.save()
        ws.register.record_slot(session, name, user.id)
        audit.append(
            session,
            audit_events.user_managed(ws, user.id, "geheractiveerd; nieuwe sleutelplaats"),
        )


def remove(ws: Workspace, name: str) -> None:
    """Remove a user for good and renew the database key (beheerder only).

    Also for a user deactivated earlier (before Casus renewed the key on deactivation, an old copy
    of the key file would still open the current key).
    """
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("gebruikers verwijderen"))
    if ws.register.slots.has_user(name):
        with ws.register.read_session() as session:
            user = _user(session, name)
            if user.role == Role.ADMINISTRATOR.value and user.active:
                _keep_an_administrator(session, user)
        users.remove_user(ws, name)
        return
    if name == ws.actor.name:
        raise InvalidInput("U kunt uzelf niet verwijderen. Laat een andere beheerder dat doen.")
    with ws.register.read_session() as session:
        user_id = _user(session, name).id
    users.renew_key(ws, user_id, name, active=False, details="verwijderd; databasesleutel vernieuwd")


def _user(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise NotFound("Er is geen gebruiker '{name}'.", name=name)
    return user


def _keep_an_administrator(session: Session, user: User) -> None:
    others = session.scalar(
        select(func.count(User.id)).where(
            User.role == Role.ADMINISTRATOR.value, User.active.is_(True), User.id != user.id
        )
    )
    if not others:
        raise InvalidInput(
            "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder, zodat het register "
            "beheerd kan blijven worden."
        )


def recover_with_key(path: Path, recovery_key: str, name: str, new_password: str) -> None:
    """When no beheerder can sign in: the recovery key opens the register and gives a beheerder a new password.

    Logged as key management in that beheerder's name, with 'herstelsleutel gebruikt'.
    """
    from casus_app.storage.register import Register

    validate_password(new_password, name)
    register = Register.open_with_recovery_key(path, recovery_key)
    try:
        with register.session() as session:
            user = session.scalar(select(User).where(User.name == name))
            if user is None or not user.active or user.role != Role.ADMINISTRATOR.value:
                raise InvalidInput(
                    "'{name}' is geen actieve beheerder van dit register. Kies een beheerder.", name=name
                )
            # The recovery slot holds the audit anchor (registers made since it exists): pass it on.
            register.slots.add_user(name, new_password, register.key, anchor_private=register.anchor_private)
            register.slots.save()
            register.record_slot(session, name, user.id)
            audit.append(session, audit_events.recovery_key_used(name, user.id))
    finally:
        register.close()
