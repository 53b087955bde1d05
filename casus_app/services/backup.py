"""Encrypted backups and verified restores.

A backup is one zip file holding an encrypted copy of the database (SQLite's online backup
API, never a copy of the live file), the key-slot file and a manifest with the audit head.
Nothing in it is readable without a password or the recovery key.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from sqlalchemy import select

from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import InvalidInput, PermissionDenied, RegisterUnavailable
from casus_app.storage import audit, migrations
from casus_app.storage.engine import check_key, integrity_problems, open_raw
from casus_app.storage.keyslots import KeySlotFile, wipe
from casus_app.storage.location import RegisterLock, ensure_local
from casus_app.storage.maintenance import copy_encrypted
from casus_app.storage.models import User
from casus_app.storage.register import Register, sidecar_path

from .access import require_role
from .workspace import Workspace

FORMAT = "casus-backup"
DB_NAME, SLOTS_NAME, MANIFEST_NAME = "register.db", "sleutels.json", "manifest.json"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def backup(ws: Workspace, out: Path) -> Path:
    """Write an encrypted backup to `out` (atomically)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing="een back-up maken")
    out = Path(out)
    with ws.register.session() as session:
        entry = audit.append(session, ws.event(AuditAction.BACKUP, object_type="register"))
        head = (entry.seq, entry.row_hash)
    ws.register.save_audit_head()
    with tempfile.TemporaryDirectory(prefix=".casus-backup-", dir=out.parent) as work:
        copy = Path(work) / DB_NAME
        copy_encrypted(ws.register, copy)
        manifest = {
            "formaat": FORMAT, "versie": 1, "register_id": ws.register.slots.register_id,
            "key_epoch": ws.register.slots.key_epoch, "schema": migrations.head_revision(),
            "audit_head": {"seq": head[0], "hash": head[1]}, "sha256": _sha256(copy),
            "gemaakt_op": audit.utc_now(),
        }  # fmt: skip
        partial = Path(work) / "backup.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.write(copy, DB_NAME)
            archive.write(sidecar_path(ws.register.path), SLOTS_NAME)
            archive.writestr(MANIFEST_NAME, json.dumps(manifest, indent=1))
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, out)
    return out


def _read_backup(archive_path: Path, work: Path) -> dict:
    try:
        with zipfile.ZipFile(archive_path) as archive:
            manifest = json.loads(archive.read(MANIFEST_NAME))
            if manifest.get("formaat") != FORMAT:
                raise ValueError
            archive.extract(DB_NAME, work)
            archive.extract(SLOTS_NAME, work)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InvalidInput(f"{archive_path} is geen leesbare Casus-back-up.") from exc
    if _sha256(work / DB_NAME) != manifest.get("sha256"):
        raise InvalidInput(
            "De back-up is beschadigd: de database klopt niet met het manifest. Gebruik een andere back-up."
        )
    return manifest


def restore(archive_path: Path, target: Path, user_name: str, password: str) -> dict:
    """Verify a backup completely, then (and only then) put it in place of the register at `target`.

    The current register, if any, is kept beside it as `<name>.voor-herstel`.
    """
    target = Path(target)
    ensure_local(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = RegisterLock(target)
    lock.acquire()
    try:
        with tempfile.TemporaryDirectory(prefix=".casus-restore-", dir=target.parent) as work_name:
            work = Path(work_name)
            manifest = _read_backup(Path(archive_path), work)
            slots = KeySlotFile.load(work / SLOTS_NAME)
            key = slots.unlock(user_name, password)
            try:
                _verify_copy(work / DB_NAME, key, slots, manifest, user_name)
            finally:
                wipe(key)
            _swap_in(work, target)
    finally:
        lock.release()
    restored = Register.open(target, user_name, password)
    try:
        ws = Workspace(restored, _restore_actor(restored, user_name))
        with restored.session() as session:
            audit.append(session, ws.event(AuditAction.RESTORE, object_type="register",
                                           details=f"back-up van {manifest.get('gemaakt_op')}"))  # fmt: skip
        # A backup may hold cases whose retention period ended since: remove them before anyone uses it.
        from .retention import purge

        purge(ws, occasion="bewaartermijn verstreken, na het terugzetten van een back-up")
    finally:
        restored.close()
    return manifest


def _verify_copy(db: Path, key: bytearray, slots: KeySlotFile, manifest: dict, user_name: str) -> None:
    check_key(db, key)
    conn = open_raw(db, key)
    try:
        problems = integrity_problems(conn)
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        role = conn.execute("SELECT role FROM users WHERE name = ? AND active", (user_name,)).fetchone()
    finally:
        conn.close()
    if problems:
        raise InvalidInput(
            "De back-up is beschadigd (" + "; ".join(problems[:3]) + "). Er is niets teruggezet."
        )
    if revision not in migrations.known_revisions():
        raise RegisterUnavailable(
            "Deze back-up komt van een nieuwere versie van Casus. Er is niets teruggezet."
        )
    if not role or role[0] != Role.ADMINISTRATOR.value:
        raise PermissionDenied("Alleen een beheerder van het register in de back-up mag die terugzetten.")
    from sqlalchemy.orm import Session

    from casus_app.storage.engine import create_encrypted_engine

    engine = create_encrypted_engine(db, key, pooled=False)
    try:
        with Session(engine) as session:
            head = manifest.get("audit_head") or {}
            chain = audit.verify_chain(session, (head.get("seq", 0), head.get("hash", "")))
    finally:
        engine.dispose()
    if chain:
        raise InvalidInput(
            "Het auditlog in de back-up is niet ongeschonden: "
            + chain[0].message
            + " Er is niets teruggezet."
        )


def _swap_in(work: Path, target: Path) -> None:
    keys = sidecar_path(target)
    if target.exists():
        kept = target.with_name(target.name + ".voor-herstel")
        shutil.copy2(target, kept)
        wal = target.with_name(target.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
        if keys.exists():
            shutil.copy2(keys, kept.with_name(kept.name + ".keys"))
    for leftover in ("-wal", "-shm"):
        stale = target.with_name(target.name + leftover)
        if stale.exists():
            stale.unlink()
    os.replace(work / DB_NAME, target)
    os.replace(work / SLOTS_NAME, keys)
    os.chmod(target, 0o600)


def _restore_actor(register: Register, user_name: str):
    from .auth import _actor

    with register.read_session() as session:
        return _actor(session.scalar(select(User).where(User.name == user_name)))
