"""Whole-file operations on an open register: encrypted copies and key rotation."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import update

from casus_app.domain.errors import DamagedDatabase

from .engine import integrity_problems, key_pragma, open_raw
from .keyslots import KeySlotFile, new_database_key, wipe
from .models import RegisterMeta

if TYPE_CHECKING:
    from .register import Register


def _remove_quietly(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def copy_encrypted(register: Register, target: Path, key: bytes | bytearray | None = None) -> None:
    """A consistent encrypted copy through SQLite's online backup API (never a file copy).

    With `key` the copy is encrypted under that key instead of the register's own.
    """
    _remove_quietly(target)
    source = open_raw(register.path, register.key)
    destination = open_raw(target, key or register.key)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
        problems = integrity_problems(destination)
        if problems:
            raise DamagedDatabase("De kopie van het register is niet in orde: " + "; ".join(problems[:3]))
    finally:
        destination.close()
        source.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def export_under_new_key(register: Register, target: Path, new_key: bytes | bytearray) -> None:
    """`sqlcipher_export` into a fresh file under `new_key`, then verify it (not PRAGMA rekey)."""
    _remove_quietly(target)
    conn = open_raw(register.path, register.key)
    try:
        attach_key = key_pragma(new_key).removeprefix("PRAGMA key = ")
        conn.execute(f"ATTACH DATABASE ? AS rotated KEY {attach_key}", (str(target),))
        conn.execute("SELECT sqlcipher_export('rotated')")
        conn.execute("DETACH DATABASE rotated")
    finally:
        conn.close()
    check = open_raw(target, new_key)
    try:
        problems = integrity_problems(check)
        check.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        check.close()
    if problems:
        raise DamagedDatabase(
            "De omgezette kopie van het register is niet in orde: " + "; ".join(problems[:3])
        )


def rotate_key(register: Register, new_slots_for: callable) -> KeySlotFile:
    """Re-encrypt the whole register under a new key and re-seal it to the remaining slots.

    `new_slots_for(slots)` returns the slot file to keep (e.g. without a removed user) before the
    rotation. Order for crash safety: new database beside the old, pending sidecar `.next`, swap
    the database, then the sidecar; `Register._unlock_matching` completes an interrupted swap.
    """
    from .register import sidecar_path

    new_key = new_database_key()
    rotated_db = register.path.with_name(register.path.name + ".rotating")
    try:
        kept = new_slots_for(register.slots)
        rotated_slots = kept.rotate(new_key)
        with register.session() as session:
            session.execute(
                update(RegisterMeta)
                .where(RegisterMeta.key == "key_epoch")
                .values(value=str(rotated_slots.key_epoch))
            )
        export_under_new_key(register, rotated_db, new_key)
        pending = sidecar_path(register.path).with_name(sidecar_path(register.path).name + ".next")
        rotated_slots.save_as(pending)
        register.engine.dispose()
        conn = open_raw(register.path, register.key)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        os.replace(rotated_db, register.path)
        for leftover in ("-wal", "-shm"):
            stale = register.path.with_name(register.path.name + leftover)
            if stale.exists():
                stale.unlink()
        rotated_slots.save_as(sidecar_path(register.path))
        pending.unlink(missing_ok=True)
    except BaseException:
        wipe(new_key)
        if rotated_db.exists():
            rotated_db.unlink()
        raise
    return rotated_slots, new_key
