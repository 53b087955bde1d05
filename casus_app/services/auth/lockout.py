"""Slowing down password guessing: after a few wrong passwords a name is locked for a while.

The lock grows with every further wrong password (30 s, 1, 2, 4 … minutes, at most an hour) and
ends with the first right one. It is kept in `<register>.lockout` beside the register, because
the register itself cannot be read before the password is right. The file holds no name: each
entry is keyed by the same HMAC user tag as the key-slot file, and only counts and times.

Keeping the lock where a user cannot reset it unnoticed:
- Names with a key slot have their own entries, which nothing else pushes out. Names without
  one (typing errors, made-up names) share one bucket of at most MAX_UNKNOWN entries, so
  trying many made-up names fills only that bucket.
- The file carries a random id and a generation that every write raises. At each successful
  login the id and generation are kept inside the encrypted register (`register_meta`) and
  compared at the next one; every failed attempt also seals what it wrote into the login inbox
  (`storage/login_inbox.py`). A deleted, replaced or rolled-back file, or one that counts fewer
  failures than the sealed records, is written to the audit log as tampering (`tampering`).

What cannot be prevented on one computer, and why a MAC would not help: everything read before
the password is known can also be read — and rewritten — by whoever can write the folder, so the
lock can be reset; it cannot be reset unnoticed, except by putting the lockout file and the inbox
back together to a copy taken after the last successful login (the wrong passwords tried since
are then lost from the audit log as well), or by setting the computer's clock forward. Someone
who can do that can also copy the key file and guess offline, without any lockout: that is what
Argon2id in the key slots is for. This lock guards the sign-in screen of Casus.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.errors import CasusError, Text
from casus_app.storage.atomic_file import write_atomic
from casus_app.storage.keys.keyslots import KeySlotFile, user_tag
from casus_app.storage.models import RegisterMeta

FREE_ATTEMPTS = 3  # wrong passwords without any wait: typing errors happen
FIRST_DELAY = dt.timedelta(seconds=30)
MAX_DELAY = dt.timedelta(hours=1)
FORGET_AFTER = dt.timedelta(days=1)  # a count this old starts again from zero
MAX_UNKNOWN = 200  # names without a key slot share this many entries; the file stays small
FORMAT, VERSION = "casus-aanmeldpogingen", 2
STATE_KEY = "lockout_state"  # register_meta: the file's id and generation at the last login


class TemporarilyLocked(CasusError):
    """Too many wrong passwords for this name; `until` says when the next attempt is allowed."""

    def __init__(self, message: Text, until: dt.datetime) -> None:
        super().__init__(message)
        self.until = until


@dataclass(frozen=True)
class LockState:
    failures: int
    locked_until: dt.datetime | None


@dataclass(frozen=True)
class Stamp:
    """Which lockout file, at which generation (kept inside the register)."""

    file_id: str
    generation: int


@dataclass
class _Book:
    """The lockout file in memory. `found`: "ok", "missing" or "damaged"."""

    file_id: str
    generation: int
    users: dict[str, dict]  # tag -> entry, for names that have a key slot
    unknown: dict[str, dict]  # tag -> entry, for every other name (bounded)
    found: str
    cleared: dict[str, str] = field(default_factory=dict)  # tag -> when a right password ended its count

    def entry(self, tag: str) -> dict | None:
        return self.users.get(tag) or self.unknown.get(tag)

    @property
    def stamp(self) -> Stamp:
        return Stamp(self.file_id, self.generation)


def lockout_path(register_path: Path) -> Path:
    return register_path.with_name(register_path.name + ".lockout")


def slots_of(register_path: Path) -> KeySlotFile | None:
    """The key-slot file, or None when it cannot be read (opening the register reports why)."""
    from casus_app.storage.register import sidecar_path

    try:
        return KeySlotFile.load(sidecar_path(Path(register_path)))
    except CasusError:
        return None


def register_id_of(register_path: Path) -> str | None:
    """The register id from the key file, or None when that cannot be read (opening reports why)."""
    slots = slots_of(register_path)
    return slots.register_id if slots is not None else None


def waiting_text(until: dt.datetime, *, now: dt.datetime | None = None) -> Text:
    """ "U kunt het over 30 seconden opnieuw proberen." """
    return Text("U kunt het over {wait} opnieuw proberen.", wait=_wait(until - (now or _now())))


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
    entry = _read(register_path).entry(user_tag(register_id, name))
    if not entry or _expired(entry, now):
        return LockState(0, None)
    until = _parse(entry["until"]) if entry.get("until") else None
    return LockState(int(entry["failures"]), until)


def record_failure(
    register_path: Path,
    register_id: str,
    name: str,
    *,
    known: bool | None = None,
    now: dt.datetime | None = None,
) -> LockState:
    """Count one wrong password; returns the new state (with the lock, if any).

    `known`: whether `name` has a key slot (looked up in the key file when not given). Only
    those names get entries that nothing pushes out.
    """
    now = now or _now()
    if known is None:
        slots = slots_of(register_path)
        known = slots is not None and slots.has_user(name)
    book = _read(register_path)
    tag = user_tag(register_id, name)
    entry = book.entry(tag)
    failures = 1 if not entry or _expired(entry, now) else int(entry["failures"]) + 1
    delay = delay_after(failures)
    until = now + delay if delay else None
    new_entry = {"failures": failures, "last": now.isoformat(), "until": until.isoformat() if until else None}
    book.users.pop(tag, None)
    book.unknown.pop(tag, None)
    if known:
        book.users[tag] = new_entry
    else:
        book.unknown[tag] = new_entry
        if len(book.unknown) > MAX_UNKNOWN:  # the oldest made-up names go, never a real user's count
            newest = sorted(book.unknown.items(), key=lambda item: item[1]["last"], reverse=True)
            book.unknown = dict(newest[:MAX_UNKNOWN])
    _write(register_path, book, now)
    return LockState(failures, until)


def evidence(register_path: Path, register_id: str, name: str) -> dict:
    """What the file says now about `name`, to seal into the login inbox beside the failure."""
    book = _read(register_path)
    tag = user_tag(register_id, name)
    entry = book.entry(tag)
    return {
        "bestand": book.file_id,
        "generatie": book.generation,
        "sleutel": tag,
        "bekend": tag in book.users,
        "pogingen": int(entry["failures"]) if entry else 0,
        "laatste": entry["last"] if entry else None,
    }


def clear(register_path: Path, register_id: str, name: str, *, now: dt.datetime | None = None) -> Stamp:
    """A right password ends the count for this name; makes the file when it is not there.

    Returns the file's id and generation, to be kept inside the register (`remember`).
    """
    now = now or _now()
    book = _read(register_path)
    tag = user_tag(register_id, name)
    removed = book.users.pop(tag, None) is not None
    removed = book.unknown.pop(tag, None) is not None or removed
    if removed:
        book.cleared[tag] = now.isoformat()  # so a sealed record of the earlier count still fits
    if removed or book.found != "ok" or not book.file_id:
        _write(register_path, book, now)
    return book.stamp


def current(register_path: Path) -> Stamp:
    """The file's id and generation as it is now."""
    return _read(register_path).stamp


# -- tamper evidence, compared at a successful login --------------------------------------------------


def recorded(session: Session) -> Stamp | None:
    """The id and generation kept inside the register at the last login (None before the first)."""
    raw = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == STATE_KEY))
    try:
        doc = json.loads(raw) if raw else None
        return Stamp(str(doc["bestand"]), int(doc["generatie"])) if doc else None
    except (ValueError, TypeError, KeyError):
        return None


def remember(session: Session, stamp: Stamp) -> None:
    value = json.dumps({"bestand": stamp.file_id, "generatie": stamp.generation})
    row = session.get(RegisterMeta, STATE_KEY)
    if row is None:
        session.add(RegisterMeta(key=STATE_KEY, value=value))
    else:
        row.value = value


def tampering(
    register_path: Path,
    last: Stamp | None,
    sealed: list[dict],
    *,
    now: dt.datetime | None = None,
) -> list[str]:
    """Why the lockout file cannot be the one Casus wrote since the last login (Dutch), or [].

    `last` is `recorded(session)`; `sealed` the `lockout` evidence of the inbox records since.
    """
    now = now or _now()
    book = _read(register_path)
    name = lockout_path(Path(register_path)).name
    reasons: list[str] = []

    def add(text: str) -> None:
        if text not in reasons:
            reasons.append(text)

    if book.found == "missing" and (last is not None or sealed):
        add(
            f"Het bestand met aanmeldpogingen ({name}) was verwijderd; daarmee vervallen de wachttijden "
            "na verkeerde wachtwoorden. Het is opnieuw aangemaakt."
        )
        return reasons
    if book.found == "damaged":
        add(
            f"Het bestand met aanmeldpogingen ({name}) was onleesbaar gemaakt; daarmee vervallen de "
            "wachttijden na verkeerde wachtwoorden. Het is opnieuw aangemaakt."
        )
        return reasons
    replaced = f"Het bestand met aanmeldpogingen ({name}) is vervangen door een ander bestand."
    rolled_back = f"Het bestand met aanmeldpogingen ({name}) is teruggezet naar een eerdere stand."
    if last is not None and last.file_id and last.file_id != book.file_id:
        add(replaced)
    elif last is not None and book.generation < last.generation:
        add(rolled_back)
    for ev in sealed:
        if ev.get("bestand") and ev.get("bestand") != book.file_id:
            add(replaced)
        elif int(ev.get("generatie") or 0) > book.generation:
            add(rolled_back)
        elif ev.get("bekend") and ev.get("laatste") and not _holds(book, ev, now):
            add(
                f"Het bestand met aanmeldpogingen ({name}) telt minder mislukte pogingen dan Casus "
                "verzegeld heeft vastgelegd: het is bewerkt."
            )
    return reasons


def _holds(book: _Book, ev: dict, now: dt.datetime) -> bool:
    """Whether the file still counts at least the failures a sealed record saw (recent ones only)."""
    try:
        seen = _parse(ev["laatste"])
    except (TypeError, ValueError):
        return True
    if now - seen > FORGET_AFTER:
        return True  # that count would have expired anyway
    tag = str(ev.get("sleutel"))
    if tag in book.cleared and _parse(book.cleared[tag]) >= seen:
        return True  # a right password (login, lock screen, restore) ended that count since
    entry = book.users.get(tag)
    if entry is None:
        return False
    last = _parse(entry["last"])
    return last > seen or (last == seen and int(entry["failures"]) >= int(ev.get("pogingen") or 0))


# -- the file ----------------------------------------------------------------------------------------


def _wait(remaining: dt.timedelta) -> Text:
    seconds = max(1, math.ceil(remaining.total_seconds()))
    if seconds < 90:
        return Text("{seconds} seconden", seconds=seconds)
    return Text("{minutes} minuten", minutes=math.ceil(seconds / 60))


def _message(remaining: dt.timedelta) -> Text:
    return Text(
        "Er is te vaak een verkeerd wachtwoord ingevoerd voor deze gebruiker. Om raden tegen te gaan "
        "kunt u het over {wait} opnieuw proberen. Weet u uw wachtwoord niet meer, vraag "
        "dan de beheerder om een nieuw wachtwoord.",
        wait=_wait(remaining),
    )


def _now() -> dt.datetime:
    return clock.now()


def _parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _expired(entry: dict, now: dt.datetime) -> bool:
    return now - _parse(entry["last"]) > FORGET_AFTER


def _read(register_path: Path) -> _Book:
    path = lockout_path(Path(register_path))
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return _Book("", 0, {}, {}, "missing")
    except OSError:
        return _Book("", 0, {}, {}, "damaged")
    try:
        content = json.loads(raw)
    except ValueError:
        return _Book("", 0, {}, {}, "damaged")
    if not isinstance(content, dict):
        return _Book("", 0, {}, {}, "damaged")
    if content.get("versie") == 1 or "entries" in content:
        # Version 1 had one list for every name and no id: keep the counts until they expire.
        return _Book("", 0, _entries(content.get("entries")), {}, "ok")
    file_id, generation = content.get("bestand"), content.get("generatie")
    if not isinstance(file_id, str) or not isinstance(generation, int) or isinstance(generation, bool):
        return _Book("", 0, {}, {}, "damaged")
    return _Book(
        file_id,
        generation,
        _entries(content.get("gebruikers")),
        _entries(content.get("onbekend")),
        "ok",
        _times(content.get("gewist")),
    )


def _entries(raw: object) -> dict[str, dict]:
    if not isinstance(raw, dict):
        return {}
    return {tag: entry for tag, entry in raw.items() if _well_formed(entry)}


def _times(raw: object) -> dict[str, str]:
    if not isinstance(raw, dict):
        return {}
    times = {}
    for tag, value in raw.items():
        try:
            _parse(value)
        except (TypeError, ValueError):
            continue
        times[tag] = value
    return times


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


def _write(register_path: Path, book: _Book, now: dt.datetime) -> None:
    if not book.file_id:
        book.file_id = uuid.uuid4().hex  # a new file: a deleted one cannot come back unnoticed
    book.generation += 1
    book.found = "ok"
    # Counts that expired are forgotten; a sealed record that old is not compared either.
    book.users = {tag: e for tag, e in book.users.items() if not _expired(e, now)}
    book.unknown = {tag: e for tag, e in book.unknown.items() if not _expired(e, now)}
    book.cleared = {tag: at for tag, at in book.cleared.items() if now - _parse(at) <= FORGET_AFTER}
    doc = {
        "formaat": FORMAT,
        "versie": VERSION,
        "bestand": book.file_id,
        "generatie": book.generation,
        "gebruikers": book.users,
        "onbekend": book.unknown,
        "gewist": book.cleared,
    }
    write_atomic(lockout_path(Path(register_path)), json.dumps(doc, indent=1).encode("utf-8"))
