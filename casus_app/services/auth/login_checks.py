"""What a successful login (or unlock) checks and writes besides LOGIN_OK.

The failed attempts sealed in the login inbox go into the audit log; an inbox that was deleted
or given another public key is written again and recorded; a lockout file that was deleted,
replaced, rolled back or edited since the last login is recorded as tampering (see lockout.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.services import audit_events
from casus_app.services.auth import lockout
from casus_app.services.workspace import Workspace
from casus_app.storage import audit, login_inbox
from casus_app.storage.models import RegisterMeta

INBOX_KEY = "login_inbox_key"  # register_meta: the inbox private key (hex)
TAMPERED = "tampered"  # audit outcome of a file beside the register found changed behind Casus's back
_FAILURE_OUTCOMES = {"locked_out": "locked"}  # refused by the lockout before the password was tried


def settle(session: Session, ws: Workspace) -> Callable[[], None]:
    """Inside the login transaction; returns what to do with the files once it is committed."""
    path = ws.register.path
    private_key, new = _inbox_key(session)
    public_key = login_inbox.public_key_of(private_key)
    inbox_state = "ok" if new else login_inbox.state(path, public_key)
    records = [] if new else login_inbox.collect(path, private_key)
    for record in records:
        _failed_login(session, record)
    inbox_name = login_inbox.inbox_path(path).name
    if inbox_state == "missing":
        _tampered(
            session,
            ws,
            inbox_name,
            f"Het bestand met mislukte aanmeldingen ({inbox_name}) ontbrak; "
            "de aanmeldpogingen daarin zijn verloren. Het is opnieuw aangemaakt.",
        )
    elif inbox_state == "replaced":
        _tampered(
            session,
            ws,
            inbox_name,
            f"In het bestand met mislukte aanmeldingen ({inbox_name}) stond "
            "een andere sleutel; wat daarmee is vastgelegd, kan Casus niet lezen. Het is hersteld.",
        )
    sealed = [r["lockout"] for r in records if isinstance(r.get("lockout"), dict)]
    compare_lockout(session, ws, sealed)
    lockout.remember(session, lockout.clear(path, ws.register.slots.register_id, ws.actor.name))

    def after_commit() -> None:
        login_inbox.ensure(path, public_key)
        login_inbox.clear(path)

    return after_commit


def compare_lockout(session: Session, ws: Workspace, sealed: list[dict] | None = None) -> None:
    """Record every sign that the lockout file was reset behind Casus's back since it was last seen."""
    path = ws.register.path
    for reason in lockout.tampering(path, lockout.recorded(session), sealed or []):
        _tampered(session, ws, lockout.lockout_path(path).name, reason)


def _inbox_key(session: Session) -> tuple[bytes, bool]:
    """The inbox private key; a register from before the inbox gets one now (`new` True)."""
    private_hex = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == INBOX_KEY))
    if private_hex:
        return bytes.fromhex(private_hex), False
    private_key, _ = login_inbox.new_keypair()
    session.add(RegisterMeta(key=INBOX_KEY, value=private_key.hex()))
    return private_key, True


def _failed_login(session: Session, record: dict) -> None:
    user = record.get("user")
    audit.append(
        session,
        audit_events.login_failed(
            user[:64] if isinstance(user, str) else None,
            _timestamp(record.get("at")),
            _outcome(record),
            "bewaard zonder sleutel: gebruikersnaam onbekend" if record.get("unsealed") else None,
        ),
    )


def _outcome(record: dict) -> str:
    if record.get("damaged"):
        return "damaged"
    outcome = record.get("outcome")
    return _FAILURE_OUTCOMES.get(outcome, "failed") if isinstance(outcome, str) else "failed"


def _timestamp(value: object) -> str | None:
    """A record's time when it is one (anyone can post to the inbox); otherwise now."""
    if not isinstance(value, str):
        return None
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return value


def _tampered(session: Session, ws: Workspace, file_name: str, reason: str) -> None:
    audit.append(session, audit_events.file_tampered(ws, file_name, TAMPERED, reason))
