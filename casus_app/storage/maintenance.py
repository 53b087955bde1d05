"""Whole-file operations on an open register: encrypted copies and the export under a new key.

The key rotation built on `export_under_new_key` is in `key_rotation`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from casus_app.domain.errors import DamagedDatabase
from casus_app.storage.engine import integrity_problems, key_pragma, open_raw

if TYPE_CHECKING:
    from casus_app.storage.register import Register


def remove_database_files(path: Path) -> None:
    """Remove a database file with its journal, WAL and shared-memory files, where present."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def copy_encrypted(register: Register, target: Path, key: bytes | bytearray | None = None) -> None:
    """A consistent encrypted copy through SQLite's online backup API (never a file copy).

    With `key` the copy is encrypted under that key instead of the register's own.
    """
    remove_database_files(target)
    source = open_raw(register.path, register.key)
    destination = open_raw(target, key or register.key)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
        problems = integrity_problems(destination)
        if problems:
            raise DamagedDatabase(
                "De kopie van het register is niet in orde: {problems}", problems="; ".join(problems[:3])
            )
    finally:
        destination.close()
        source.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def export_under_new_key(register: Register, target: Path, new_key: bytes | bytearray) -> None:
    """`sqlcipher_export` into a fresh file under `new_key`, then verify it (not PRAGMA rekey)."""
    remove_database_files(target)
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
            "De omgezette kopie van het register is niet in orde: {problems}",
            problems="; ".join(problems[:3]),
        )
