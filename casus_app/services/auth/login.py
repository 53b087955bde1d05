"""Creating a register and logging in: the only ways to get a Workspace."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import object_session

from casus_app.domain import clock, password_strength
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, PermissionDenied, WrongPassword
from casus_app.services import audit_events
from casus_app.services.admin import reference
from casus_app.services.auth import lockout, login_checks
from casus_app.services.workspace import Actor, Workspace
from casus_app.storage import audit, login_inbox
from casus_app.storage.keys.keyslots import wipe
from casus_app.storage.models import Organisation, RegisterMeta, User
from casus_app.storage.register import Register, sidecar_path


def register_exists(path: Path) -> bool:
    """A register is there when its file or its key file is; never start a new one over either."""
    return path.exists() or sidecar_path(path).exists()


def create_register(
    path: Path, admin_name: str, password: str, *, display_name: str | None = None
) -> tuple[Workspace, str]:
    """A new register with default reference lists; `admin_name` becomes its beheerder.

    Returns the workspace and the recovery key, which must be shown to the user once.
    """
    validate_password(password, admin_name, display_name or "")
    register, recovery_key = Register.create(path, admin_name, password)
    private_key, public_key = login_inbox.new_keypair()
    with register.session() as session:
        reference.seed_defaults(session)
        session.add(RegisterMeta(key="login_inbox_key", value=private_key.hex()))
        admin = User(
            name=admin_name,
            display_name=display_name,
            role=Role.ADMINISTRATOR.value,
            created_at=clock.now(),
        )
        session.add(admin)
        session.flush()
        register.record_slot(session, admin_name, admin.id)  # the register's own record of its slots
        ws = Workspace(register, _actor(admin))
        audit.append(session, audit_events.register_created(ws))
        # The lockout file exists from the start, so removing it is noticed at the first login.
        lockout.remember(session, lockout.clear(path, register.slots.register_id, admin_name))
    login_inbox.write_public_key(path, public_key)
    return ws, recovery_key


def login(path: Path, name: str, password: str) -> Workspace:
    """Open the register as `name`; failed attempts are kept and logged at the next login."""
    path = Path(path)
    slots = lockout.slots_of(path)
    register_id = slots.register_id if slots is not None else None
    if register_id is not None:
        try:
            lockout.check(path, register_id, name)  # before any key derivation: no guess is tried
        except lockout.TemporarilyLocked:
            _post_failure(path, register_id, name, "locked_out")
            raise
    try:
        register = Register.open(path, name, password)
    except WrongPassword as exc:
        state = None
        if slots is not None:
            state = lockout.record_failure(path, slots.register_id, name, known=slots.has_user(name))
        _post_failure(path, register_id, name, "wrong_password")
        if state is not None and state.locked_until is not None:
            raise WrongPassword(
                "{error} {waiting}", error=exc, waiting=lockout.waiting_text(state.locked_until)
            ) from exc
        raise
    try:
        with register.session() as session:
            user = session.scalar(select(User).where(User.name == name))
            if user is None or not user.active:
                raise PermissionDenied(
                    "Gebruiker '{name}' is niet (meer) actief in dit register. Vraag de beheerder om toegang.",
                    name=name,
                )
            ws = Workspace(register, _actor(user))
            # Failed attempts into the audit log; a deleted inbox or reset lockout is recorded.
            after_commit = login_checks.settle(session, ws)
            audit.append(session, audit_events.logged_in(ws, user.id))
        after_commit()
    except BaseException:
        register.close()
        raise
    return ws


def restore_key_file_backup(path: Path) -> None:
    """Put the previous copy of the register's key file back, after the user agreed to at the login
    that found the key file damaged (`backup_available` on the error). Raises CasusError."""
    Register.restore_slots_from_backup(path)


def reauthenticate(ws: Workspace, password: str) -> None:
    """The lock screen: the signed-in user's password again, under the same lockout as login.

    Every wrong password counts towards the lockout and is written to the audit log at once (the
    register is open); while locked, even the right password waits.
    """
    register, name = ws.register, ws.actor.name
    register_id = register.slots.register_id
    with register.session() as session:
        login_checks.compare_lockout(session, ws)  # a lockout file removed while the screen was locked
    try:
        lockout.check(register.path, register_id, name)
    except lockout.TemporarilyLocked:
        _unlock_failed(ws, "locked")
        raise
    try:
        key = register.slots.unlock(name, password)
    except WrongPassword as exc:
        state = lockout.record_failure(register.path, register_id, name, known=True)
        _unlock_failed(ws, "failed")
        if state.locked_until is not None:
            raise WrongPassword(
                "{error} {waiting}", error=exc, waiting=lockout.waiting_text(state.locked_until)
            ) from exc
        raise
    wipe(key)
    with register.session() as session:
        lockout.remember(session, lockout.clear(register.path, register_id, name))
        audit.append(session, audit_events.logged_in(ws, ws.actor.user_id, "scherm ontgrendeld"))


def _unlock_failed(ws: Workspace, outcome: str) -> None:
    with ws.register.session() as session:
        lockout.remember(session, lockout.current(ws.register.path))
        audit.append(session, audit_events.unlock_failed(ws, ws.actor.user_id, outcome))


def _post_failure(path: Path, register_id: str | None, name: str, outcome: str) -> None:
    """Seal the failure into the inbox, with what the lockout file says now (compared at login)."""
    record: dict[str, object] = {"at": audit.utc_now(), "user": name[:64], "outcome": outcome}
    if register_id is not None:
        record["lockout"] = lockout.evidence(path, register_id, name)
    login_inbox.post(path, record)


def _actor(user: User) -> Actor:
    """The acting user as plain data (the user row must still be in its session)."""
    session = object_session(user)
    organisation = None
    if user.organisation_id is not None and session is not None:
        organisation = session.scalar(
            select(Organisation.code).where(Organisation.id == user.organisation_id)
        )
    return Actor(
        user_id=user.id,
        name=user.name,
        role=Role(user.role),
        display_name=user.display_name,
        organisation_code=organisation,
        area_ids=frozenset(area.id for area in user.areas),
        must_change_password=user.must_change_password,
    )


MIN_PASSWORD_LENGTH = password_strength.MIN_LENGTH


def validate_password(password: str, *personal: str) -> None:
    """Refuse a password that is short or easy to guess; `personal`: the user's name and the like."""
    reason = password_strength.weakness(password, personal)
    if reason:
        raise InvalidInput(reason)
