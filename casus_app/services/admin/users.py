"""User management: adding users with their key slot, passwords, removal with key rotation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select

from casus_app.domain import clock
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, NotFound, Text
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.auth.login import validate_password
from casus_app.services.plans import coach as plan_coach
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.keys import key_rotation
from casus_app.storage.models import Area, Organisation, User


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
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("gebruikers toevoegen"))
    name = name.strip()
    if not name or len(name) > 64:
        raise InvalidInput("Geef een gebruikersnaam van 1 tot 64 tekens.")
    validate_password(password, name, display_name or "")
    with ws.register.session() as session:
        if session.scalar(select(User.id).where(User.name == name)) is not None:
            raise InvalidInput("Er is al een gebruiker '{name}'. Kies een andere naam.", name=name)
        area_rows = list(session.scalars(select(Area).where(Area.code.in_(list(areas)))))
        unknown = sorted(set(areas) - {a.code for a in area_rows})
        if unknown:
            raise InvalidInput(
                "Onbekend gebied: {unknown}. Bestaande gebieden: {codes}",
                unknown=", ".join(unknown),
                codes=", ".join(session.scalars(select(Area.code).order_by(Area.code))),
            )
        if role is Role.PROFESSIONAL and not area_rows:
            raise InvalidInput("Een professional werkt in één of meer gebieden: geef die op met --gebied.")
        organisation_id = None
        if organisation:
            organisation_id = session.scalar(select(Organisation.id).where(Organisation.code == organisation))
            if organisation_id is None:
                raise InvalidInput("Onbekende organisatie '{organisation}'.", organisation=organisation)
        user = User(
            name=name,
            display_name=display_name,
            role=role.value,
            organisation_id=organisation_id,
            created_at=clock.now(),
        )
        user.areas = area_rows
        session.add(user)
        session.flush()
        # The slot is written before the transaction commits; a slot without a user row opens nothing
        # (the next unlock drops it as unknown). A new beheerder gets the audit anchor in their slot.
        anchor = ws.register.anchor_private if role is Role.ADMINISTRATOR else None
        ws.register.slots.add_user(name, password, ws.register.key, anchor_private=anchor)
        ws.register.slots.save()
        ws.register.record_slot(session, name, user.id)
        audit.append(
            session,
            audit_events.user_managed(ws, user.id, f"toegevoegd als {role.value}"),
        )
        plan_coach.link_plans_of_new_coach(ws, session, user.id)  # plans that already name this coach
        user_id = user.id
    return user_id


def change_password(ws: Workspace, old_password: str, new_password: str) -> None:
    """The acting user changes their own password; only their slot gets a new keypair.

    The sidecar first, then the record: a crash in between leaves a file with a valid MAC whose
    new slot the next unlock adopts (see storage/keys/slot_records.py).
    """
    validate_password(new_password, ws.actor.name)
    ws.register.slots.change_password(ws.actor.name, old_password, new_password)
    ws.register.slots.save()
    with ws.register.session() as session:
        ws.register.record_slot(session, ws.actor.name, ws.actor.user_id)
        session.get_one(User, ws.actor.user_id).must_change_password = False
        audit.append(
            session,
            audit_events.user_key_changed(ws, ws.actor.user_id, "wachtwoord gewijzigd"),
        )
    ws.actor = replace(ws.actor, must_change_password=False)


def remove_user(ws: Workspace, name: str) -> None:
    """Remove a user and renew the database key in one recoverable step (storage/keys/key_rotation.py),
    so neither their password nor an old copy of their slot opens anything afterwards."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("gebruikers verwijderen"))
    if name == ws.actor.name:
        raise InvalidInput("U kunt uzelf niet verwijderen. Laat een andere beheerder dat doen.")
    with ws.register.read_session() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise NotFound("Er is geen gebruiker '{name}'.", name=name)
        user_id = user.id
    renew_key(ws, user_id, name, active=False, details="verwijderd; databasesleutel vernieuwd")


def renew_key(
    ws: Workspace,
    user_id: int,
    name: str,
    *,
    active: bool | None,
    details: str,
    new_password: str | None = None,
) -> None:
    """Withdraw `name`'s slot (and with `new_password` give a new one), set the user (in)active and
    renew the database key — one step: a crash leaves it pending, and the next login finishes it."""
    slots = ws.register.slots
    old = slots.slot_of(name)
    added = []
    if new_password is not None:
        with ws.register.read_session() as session:
            is_admin = session.get_one(User, user_id).role == Role.ADMINISTRATOR.value
        anchor = ws.register.anchor_private if is_admin else None
        added = [
            (slots.prepare_user_slot(name, new_password, ws.register.key, anchor_private=anchor), user_id)
        ]
    elif old is not None and sum(s.kind == "user" for s in slots.slots) == 1:
        raise InvalidInput(
            "Dit is de laatste gebruiker met een sleutel; voeg eerst een andere beheerder toe."
        )
    kind = audit_events.user_managed if new_password is None else audit_events.user_key_changed
    event = kind(ws, user_id, details)
    plan = key_rotation.RotationPlan.for_event(
        event,
        user_id=user_id,
        set_active=active,
        must_change_password=True if new_password is not None else None,  # the beheerder chose it
        withdraw=[old.slot_id] if old else [],
        add=added,
    )
    key_rotation.rotate(ws.register, plan)
