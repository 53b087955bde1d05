"""The file side of a restore: the staged database, keeping today's register, the atomic swap.

Order (crash safety): the restored database is complete, checked and fsynced beside the live one
(`<name>.herstel`) before anything live is touched; today's register is kept as
`<name>.voor-herstel` (a hard link, with its key file); the new key file is written as
`<name>.keys.next`; the database is swapped in with one rename (the commit point); then the key
file. Until the rename the old database and key file fit each other; after it the key file does
not fit and the open path takes `.keys.next` (`Register._unlock_matching`), so today's password
opens the old or the restored register at every moment, never neither.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from casus_app.domain.errors import DamagedDatabase
from casus_app.storage import login_inbox
from casus_app.storage.atomic_file import fsync_directory, write_atomic
from casus_app.storage.engine import integrity_problems, open_raw
from casus_app.storage.keys.keyslots import KeySlotFile, wipe
from casus_app.storage.location import RegisterLock
from casus_app.storage.register import sidecar_path

STAGING_SUFFIX = ".herstel"
KEPT_SUFFIX = ".voor-herstel"


def reached(step: str) -> None:
    """A step of the restore is done. The crash tests kill the process here; otherwise nothing happens."""


def copy_under_key(source: Path, key: bytearray, target: Path, new_key: bytearray) -> None:
    remove_database(target)
    src, dst = open_raw(source, key), open_raw(target, new_key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    os.chmod(target, 0o600)


def seal(staging: Path, key: bytearray) -> None:
    """One self-contained, checked, durable file before anything live is touched."""
    conn = open_raw(staging, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        problems = integrity_problems(conn)
    finally:
        conn.close()
    if problems:
        raise DamagedDatabase(
            "Het teruggezette register is niet in orde ({problems}). Er is niets teruggezet.",
            problems="; ".join(problems[:3]),
        )
    with open(staging, "rb") as handle:
        os.fsync(handle.fileno())
    fsync_directory(staging.parent)


def swap(
    lock: RegisterLock, today_key: bytearray | None, staging: Path, new_slots: KeySlotFile, new_key: bytearray
) -> Path | None:
    """Keep today's register, then the pending key file, the database, the key file (steps 3–6).

    `today_key` (when today's database could be read) checkpoints its WAL first. Returns where
    today's register is kept (None when there was none).
    """
    target = lock.register_path
    main = sidecar_path(target)
    pending = main.with_name(main.name + ".next")
    kept = None
    if target.exists():
        if today_key is not None:
            conn = open_raw(target, today_key)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        kept = _keep_previous(target)
        reached("oud-bewaard")
    write_atomic(pending, new_slots.to_bytes())
    reached("sleutels-klaar")
    lock.replace_database(staging)
    fsync_directory(target.parent)
    reached("database-gewisseld")
    write_atomic(main, new_slots.to_bytes(), keep_previous=main.exists())
    pending.unlink(missing_ok=True)
    reached("sleutels-gewisseld")
    _write_inbox_key(target, new_key)
    wipe(new_key)
    return kept


def _keep_previous(target: Path) -> Path:
    """The register being replaced, kept beside it with its key file: a hard link, so nothing is copied."""
    kept = target.with_name(target.name + KEPT_SUFFIX)
    remove_database(kept)
    partial = target.with_name(f".{kept.name}.tmp")
    partial.unlink(missing_ok=True)
    try:
        os.link(target, partial)
    except OSError:  # a file system without hard links
        shutil.copy2(target, partial)
    os.replace(partial, kept)
    # Today's WAL goes with it (empty once checkpointed), so none is left beside the new file.
    for suffix in ("-wal", "-shm"):
        leftover = target.with_name(target.name + suffix)
        if suffix == "-wal" and leftover.exists():
            os.replace(leftover, kept.with_name(kept.name + suffix))
        else:
            leftover.unlink(missing_ok=True)
    main = sidecar_path(target)
    if main.exists():
        write_atomic(sidecar_path(kept), main.read_bytes())
    fsync_directory(target.parent)
    return kept


def _write_inbox_key(target: Path, key: bytearray) -> None:
    """The failed-login inbox must be sealed to the key the restored database holds."""
    conn = open_raw(target, key)
    try:
        row = conn.execute("SELECT value FROM register_meta WHERE key = 'login_inbox_key'").fetchone()
    finally:
        conn.close()
    if row:
        (private_hex,) = row
        private = X25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
        login_inbox.write_public_key(target, private.public_key().public_bytes_raw())


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def remove_leftovers(target: Path) -> None:
    """What an interrupted restore left (under the lock, so no restore is running)."""
    remove_database(target.with_name(target.name + STAGING_SUFFIX))
    for stale in target.parent.glob(work_prefix(target) + "*"):
        shutil.rmtree(stale, ignore_errors=True)


def work_prefix(target: Path) -> str:
    return f".{target.name}.herstel-werk-"
