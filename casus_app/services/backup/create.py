"""Encrypted backups; restoring one lives in `restore`.

A backup is one zip file holding an encrypted copy of the database (SQLite's online backup
API, never a copy of the live file), the key-slot file and a manifest with the audit head of the
copy (see `backup_archive`). Nothing in it is readable without a password or the recovery key.

The audit entry "back-up gemaakt" is written only once the file is in place, in the same
transaction that puts it there: a backup that failed for any reason leaves neither a file nor an
entry. Other threads may be writing meanwhile; the entry takes the write lock up front and waits
for them, and a register that stays busy gives a Dutch message instead of "database is locked".
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import sqlalchemy.event
import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.orm import Session

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, RegisterUnavailable, Text
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.backup.archive import DB_NAME, MANIFEST_NAME, SLOTS_NAME, manifest_for
from casus_app.services.backup.restore import RestoreResult, restore
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.atomic_file import fsync_directory
from casus_app.storage.engine import IMMEDIATE_OPTION, open_raw
from casus_app.storage.maintenance import copy_encrypted
from casus_app.storage.register import sidecar_path

__all__ = ["RestoreResult", "backup", "restore"]

BUSY_ATTEMPTS = 3  # each waits up to the engine's busy_timeout for the write lock
_T = TypeVar("_T")


def backup(ws: Workspace, out: Path) -> Path:
    """Write an encrypted backup to `out` (atomically) and log it; on any failure neither happens."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("een back-up maken"))
    out = _checked_target(ws, Path(out))
    try:
        with (
            _write_errors_reported(out),
            tempfile.TemporaryDirectory(prefix=".casus-backup-", dir=out.parent) as work,
        ):
            copy = Path(work) / DB_NAME
            _when_not_busy(lambda: copy_encrypted(ws.register, copy))
            head = _head_of_copy(ws, copy)  # the copy's own last entry, not the live one that moves on
            manifest = manifest_for(
                ws.register.slots.register_id, ws.register.slots.key_epoch, head, copy, audit.utc_now()
            )
            partial = Path(work) / "backup.zip"
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.write(copy, DB_NAME)
                archive.writestr(SLOTS_NAME, ws.register.slots.to_bytes())
                archive.writestr(MANIFEST_NAME, json.dumps(manifest, indent=1))
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            os.chmod(partial, 0o600)
            _when_not_busy(lambda: _place_and_log(ws, partial, out, manifest))
    except _AfterCommit as exc:
        raise exc.error from None  # the backup stands: not a failed write
    return out


class _AfterCommit(Exception):
    """Saving the audit head failed once the backup's entry had committed; `backup` raises `error`."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _checked_target(ws: Workspace, out: Path) -> Path:
    folder = out.parent
    if not folder.is_dir():
        raise InvalidInput(
            "De map {folder} bestaat niet. Kies een andere map voor de back-up, of maak deze map eerst aan.",
            folder=folder,
        )
    if out.is_dir():
        raise InvalidInput(
            "{out} is een map. Geef een bestandsnaam voor de back-up, bijvoorbeeld {example}.",
            out=out,
            example=out / "casus.casusbackup",
        )
    register = ws.register.path
    own_files = {register, sidecar_path(register)} | {
        register.with_name(register.name + s) for s in ("-wal", "-shm")
    }
    if out.resolve() in {p.resolve() for p in own_files}:
        raise InvalidInput(
            "Een back-up kan niet over het register zelf worden geschreven. Kies een andere naam."
        )
    return out


def _head_of_copy(ws: Workspace, copy: Path) -> tuple[int, str]:
    conn = open_raw(copy, ws.register.key)
    try:
        row = conn.execute("SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    if row is None:
        return 0, audit.GENESIS
    seq, row_hash = row
    return seq, row_hash


def _place_and_log(ws: Workspace, partial: Path, out: Path, manifest: dict) -> None:
    """The file is renamed into place inside the transaction of its audit entry.

    Once that commits, the backup stands: the register then saves the audit head (a register kept
    busy saves it at the next change or at closing), which takes nothing back.
    """
    placed = committed = False

    def _committed(_session: Session) -> None:
        nonlocal committed
        committed = True

    try:
        with ws.register.session() as session:
            sqlalchemy.event.listen(session, "after_commit", _committed, once=True)
            session.connection(execution_options={IMMEDIATE_OPTION: True})
            audit.append(
                session,
                audit_events.backup_made(
                    ws, f"tot auditregel {manifest['audit_head']['seq']}; sha256 {manifest['sha256'][:16]}"
                ),
            )
            os.replace(partial, out)
            placed = True
            fsync_directory(out.parent)
    except BaseException as exc:
        if committed and isinstance(exc, Exception):  # saving the audit head after it: the backup stands
            raise _AfterCommit(exc) from exc
        if placed and not committed:  # the commit failed after the rename: no entry, so no file either
            with contextlib.suppress(OSError):
                out.unlink()
        raise


def _is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "locked" in text or "busy" in text


def _when_not_busy(action: Callable[[], _T]) -> _T:
    for attempt in range(BUSY_ATTEMPTS):
        try:
            return action()
        except (sqlalchemy.exc.OperationalError, sqlcipher.OperationalError) as exc:
            if not _is_busy(exc):
                raise
            if attempt == BUSY_ATTEMPTS - 1:
                raise RegisterUnavailable(
                    "Het register is bezig met andere wijzigingen en bleef te lang bezet; de back-up is niet "
                    "gemaakt. Probeer het over een ogenblik opnieuw."
                ) from exc
    raise AssertionError("unreachable")


@contextlib.contextmanager
def _write_errors_reported(out: Path) -> Iterator[None]:
    """A full disk or a folder without write permission is told in Dutch (and nothing was logged)."""
    try:
        yield
    except OSError as exc:
        raise InvalidInput(
            "De back-up kon niet worden geschreven in {parent} ({strerror}). Er is geen back-up gemaakt; "
            "kies een andere map of maak ruimte vrij.",
            parent=out.parent,
            strerror=exc.strerror or exc,
        ) from exc
    except sqlcipher.OperationalError as exc:
        if "full" not in str(exc).lower():
            raise
        raise InvalidInput(
            "De schijf met {parent} is vol. Er is geen back-up gemaakt; kies een andere map of maak "
            "ruimte vrij.",
            parent=out.parent,
        ) from exc
