"""Creating a register and logging in: the only ways to get a Workspace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import object_session

from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import PermissionDenied, WrongPassword
from casus_app.storage import audit, login_inbox
from casus_app.storage.models import Organisation, RegisterMeta, User
from casus_app.storage.register import Register

from . import lockout, reference
from .workspace import Actor, Workspace


def create_register(
    path: Path, admin_name: str, password: str, *, display_name: str | None = None
) -> tuple[Workspace, str]:
    """A new register with default reference lists; `admin_name` becomes its beheerder.

    Returns the workspace and the recovery key, which must be shown to the user once.
    """
    validate_password(password)
    register, recovery_key = Register.create(path, admin_name, password)
    private_key, public_key = login_inbox.new_keypair()
    with register.session() as session:
        reference.seed_defaults(session)
        session.add(RegisterMeta(key="login_inbox_key", value=private_key.hex()))
        admin = User(
            name=admin_name,
            display_name=display_name,
            role=Role.ADMINISTRATOR.value,
            created_at=dt.datetime.now(dt.UTC),
        )
        session.add(admin)
        session.flush()
        ws = Workspace(register, _actor(admin))
        audit.append(
            session, ws.event(AuditAction.KEY_MANAGEMENT, object_type="register", details="aangemaakt")
        )
    login_inbox.write_public_key(path, public_key)
    register.save_audit_head()
    return ws, recovery_key


def login(path: Path, name: str, password: str) -> Workspace:
    """Open the register as `name`; failed attempts are kept and logged at the next login."""
    path = Path(path)
    register_id = lockout.register_id_of(path)
    if register_id is not None:
        try:
            lockout.check(path, register_id, name)  # before any key derivation: no guess is tried
        except lockout.TemporarilyLocked:
            login_inbox.post(path, {"at": audit.utc_now(), "user": name[:64], "outcome": "locked_out"})
            raise
    try:
        register = Register.open(path, name, password)
    except WrongPassword as exc:
        login_inbox.post(path, {"at": audit.utc_now(), "user": name[:64], "outcome": "wrong_password"})
        if register_id is not None:
            state = lockout.record_failure(path, register_id, name)
            if state.locked_until is not None:
                raise WrongPassword(f"{exc.message} {lockout.waiting_text(state.locked_until)}") from exc
        raise
    try:
        with register.session() as session:
            user = session.scalar(select(User).where(User.name == name))
            if user is None or not user.active:
                raise PermissionDenied(
                    f"Gebruiker '{name}' is niet (meer) actief in dit register. Vraag de beheerder om toegang."
                )
            ws = Workspace(register, _actor(user))
            _write_pending_failures(session, ws)
            audit.append(session, ws.event(AuditAction.LOGIN_OK, object_type="user", object_id=str(user.id)))
        login_inbox.clear(path)
        if register_id is not None:
            lockout.clear(path, register_id, name)
    except BaseException:
        register.close()
        raise
    return ws


_FAILURE_OUTCOMES = {"locked_out": "locked"}  # refused by the lockout before the password was tried


def _outcome(record: dict) -> str:
    return _FAILURE_OUTCOMES.get(record.get("outcome"), "failed")


def _write_pending_failures(session, ws: Workspace) -> None:
    private_hex = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == "login_inbox_key"))
    if not private_hex:
        return
    for record in login_inbox.collect(ws.register.path, bytes.fromhex(private_hex)):
        audit.append(
            session,
            audit.AuditEvent(
                action=AuditAction.LOGIN_FAILED,
                user_name=record.get("user"),
                at=record.get("at"),
                object_type="user",
                outcome="damaged" if record.get("damaged") else _outcome(record),
            ),
        )


def _actor(user: User) -> Actor:
    """The acting user as plain data (the user row must still be in its session)."""
    session = object_session(user)
    organisation = None
    if user.organisation_id is not None and session is not None:
        organisation = session.scalar(select(Organisation.code).where(Organisation.id == user.organisation_id))
    return Actor(
        user_id=user.id,
        name=user.name,
        role=Role(user.role),
        display_name=user.display_name,
        organisation_code=organisation,
        area_ids=frozenset(area.id for area in user.areas),
    )


MIN_PASSWORD_LENGTH = 10


def validate_password(password: str) -> None:
    from casus_app.domain.errors import InvalidInput

    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"Het wachtwoord is te kort: kies er een van minstens {MIN_PASSWORD_LENGTH} tekens "
            "(een zin van een paar woorden is sterk en goed te onthouden)."
        )
