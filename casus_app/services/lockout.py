"""Slowing down password guessing: after a few wrong passwords a name is locked for a while.

The lock grows with every further wrong password (30 s, 1, 2, 4 … minutes, at most an hour) and
ends with the first right one. It is kept in `<register>.lockout` beside the register, because
the register itself cannot be read before the password is right. The file holds no name: each
entry is keyed by the same HMAC user tag as the key-slot file, and only counts and times.

This guards the sign-in of Casus. Someone who copies the key file can still guess offline; that
is what Argon2id in the key slots is for.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from pathlib import Path

from casus_app.domain.errors import CasusError
from casus_app.storage.atomic_file import write_atomic
from casus_app.storage.keyslots import user_tag

FREE_ATTEMPTS = 3  # wrong passwords without any wait: typing errors happen
FIRST_DELAY = dt.timedelta(seconds=30)
MAX_DELAY = dt.timedelta(hours=1)
FORGET_AFTER = dt.timedelta(days=1)  # a count this old starts again from zero
MAX_ENTRIES = 500  # names that do not exist also get an entry; the file stays small


class TemporarilyLocked(CasusError):
    """Too many wrong passwords for this name; `until` says when the next attempt is allowed."""

    def __init__(self, message: str, until: dt.datetime) -> None:
        super().__init__(message)
        self.until = until


@dataclass(frozen=True)
class LockState:
    failures: int
    locked_until: dt.datetime | None


def lockout_path(register_path: Path) -> Path:
    return register_path.with_name(register_path.name + ".lockout")


def register_id_of(register_path: Path) -> str | None:
    """The register id from the key file, or None when that cannot be read (opening reports why)."""
    from casus_app.storage.keyslots import KeySlotFile
    from casus_app.storage.register import sidecar_path

    try:
        return KeySlotFile.load(sidecar_path(Path(register_path))).register_id
    except CasusError:
        return None


def waiting_text(until: dt.datetime, *, now: dt.datetime | None = None) -> str:
    """ "U kunt het over 30 seconden opnieuw proberen." """
    return f"U kunt het over {_wait(until - (now or _now()))} opnieuw proberen."


def delay_after(failures: int) -> dt.timedelta:
    """How long a name is locked after `failures` wrong passwords in a row."""
    if failures <= FREE_ATTEMPTS:
        return dt.timedelta(0)
    return min(FIRST_DELAY * (2 ** (failures - FREE_ATTEMPTS - 1)), MAX_DELAY)


def check(register_path: Path, register_id: str, name: str, *, now: dt.datetime | None = None) -> None:
    """Raise TemporarilyLocked while this name must wait; before any key derivation is tried."""
    now = now or _now()
    state = state_of(register_path, register_id, name, now=now)
    if state.locked_until is not None and state.locked_until > now:
        raise TemporarilyLocked(_message(state.locked_until - now), state.locked_until)


def state_of(
    register_path: Path, register_id: str, name: str, *, now: dt.datetime | None = None
) -> LockState:
    now = now or _now()
    entry = _read(register_path).get(user_tag(register_id, name))
    if not entry or now - _parse(entry["last"]) > FORGET_AFTER:
        return LockState(0, None)
    until = _parse(entry["until"]) if entry.get("until") else None
    return LockState(int(entry["failures"]), until)


def record_failure(
    register_path: Path, register_id: str, name: str, *, now: dt.datetime | None = None
) -> LockState:
    """Count one wrong password; returns the new state (with the lock, if any)."""
    now = now or _now()
    entries = _read(register_path)
    tag = user_tag(register_id, name)
    entry = entries.get(tag)
    failures = 1 if not entry or now - _parse(entry["last"]) > FORGET_AFTER else int(entry["failures"]) + 1
    delay = delay_after(failures)
    until = now + delay if delay else None
    entries[tag] = {
        "failures": failures,
        "last": now.isoformat(),
        "until": until.isoformat() if until else None,
    }
    if len(entries) > MAX_ENTRIES:
        newest = sorted(entries.items(), key=lambda item: item[1]["last"], reverse=True)[:MAX_ENTRIES]
        entries = dict(newest)
    _write(register_path, entries)
    return LockState(failures, until)


def clear(register_path: Path, register_id: str, name: str) -> None:
    """A right password ends the count for this name."""
    entries = _read(register_path)
    if entries.pop(user_tag(register_id, name), None) is not None:
        _write(register_path, entries)


def _wait(remaining: dt.timedelta) -> str:
    seconds = max(1, math.ceil(remaining.total_seconds()))
    return f"{seconds} seconden" if seconds < 90 else f"{math.ceil(seconds / 60)} minuten"


def _message(remaining: dt.timedelta) -> str:
    return (
        "Er is te vaak een verkeerd wachtwoord ingevoerd voor deze gebruiker. Om raden tegen te gaan "
        f"kunt u het over {_wait(remaining)} opnieuw proberen. Weet u uw wachtwoord niet meer, vraag "
        "dan de beheerder om een nieuw wachtwoord."
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _read(register_path: Path) -> dict[str, dict]:
    try:
        content = json.loads(lockout_path(register_path).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    entries = content.get("entries") if isinstance(content, dict) else None
    if not isinstance(entries, dict):
        return {}
    return {tag: entry for tag, entry in entries.items() if _well_formed(entry)}


def _well_formed(entry: object) -> bool:
    """An edited or damaged entry is dropped, as if it were never there."""
    if not isinstance(entry, dict) or not isinstance(entry.get("failures"), int):
        return False
    try:
        _parse(entry["last"])
        if entry.get("until") is not None:
            _parse(entry["until"])
    except (KeyError, TypeError, ValueError):
        return False
    return True


def _write(register_path: Path, entries: dict[str, dict]) -> None:
    doc = {"formaat": "casus-aanmeldpogingen", "versie": 1, "entries": entries}
    write_atomic(lockout_path(register_path), json.dumps(doc, indent=1).encode("utf-8"))
