"""The backup file itself: a zip with an encrypted database copy, its key-slot file and a manifest.

Reading one checks everything that can be checked before a key is known (format, version, the
SHA-256 of the copy, the register id and audit head in the manifest); `verify_copy` checks the
rest once the copy's key is known (cipher and SQLite integrity, schema, register id inside the
database, and the audit chain ending exactly at the manifest's head). Nothing is replaced before
both passed.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from casus_app.domain.errors import InvalidInput, RegisterUnavailable
from casus_app.storage import audit, migrations
from casus_app.storage.engine import check_key, create_encrypted_engine, integrity_problems, open_raw
from casus_app.storage.keys.keyslots import KeySlotFile

FORMAT = "casus-backup"
VERSION = 1
DB_NAME, SLOTS_NAME, MANIFEST_NAME = "register.db", "sleutels.json", "manifest.json"
MAX_MANIFEST_BYTES = 1 << 16
_HEX64 = re.compile(r"[0-9a-f]{64}")
_REGISTER_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class BackupContents:
    """A backup unpacked into a work folder; the database is still encrypted under its own key."""

    database: Path
    slots: KeySlotFile
    register_id: str
    audit_head: tuple[int, str]
    made_at: str
    sha256: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest_for(register_id: str, key_epoch: int, head: tuple[int, str], copy: Path, made_at: str) -> dict:
    return {
        "formaat": FORMAT,
        "versie": VERSION,
        "register_id": register_id,
        "key_epoch": key_epoch,
        "schema": migrations.head_revision(),
        "audit_head": {"seq": head[0], "hash": head[1]},
        "sha256": sha256_of(copy),
        "gemaakt_op": made_at,
    }


def unpack(archive_path: Path, work: Path) -> BackupContents:
    """Unpack and check what can be checked without a key; InvalidInput (Dutch) otherwise."""
    unreadable = InvalidInput(
        "{archive_path} is geen leesbare Casus-back-up. Kies het .casusbackup-bestand dat Casus maakte.",
        archive_path=archive_path,
    )
    if not Path(archive_path).is_file():
        raise InvalidInput(
            "Het bestand {archive_path} bestaat niet. Kies een bestaande back-up.", archive_path=archive_path
        )
    try:
        with zipfile.ZipFile(archive_path) as archive:
            info = archive.getinfo(MANIFEST_NAME)
            if info.file_size > MAX_MANIFEST_BYTES:
                raise ValueError("manifest too large")
            manifest = json.loads(archive.read(MANIFEST_NAME))
            archive.extract(DB_NAME, work)
            archive.extract(SLOTS_NAME, work)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise unreadable from exc
    if not isinstance(manifest, dict) or manifest.get("formaat") != FORMAT:
        raise unreadable
    if manifest.get("versie") != VERSION:
        raise RegisterUnavailable(
            "Deze back-up is gemaakt door een andere versie van Casus. Er is niets teruggezet; werk Casus bij."
        )
    head = manifest.get("audit_head")
    register_id = manifest.get("register_id")
    head_ok = (
        isinstance(head, dict)
        and isinstance(head.get("seq"), int)
        and not isinstance(head.get("seq"), bool)
        and head["seq"] >= 1
        and isinstance(head.get("hash"), str)
        and _HEX64.fullmatch(head["hash"])
    )
    if (
        not head_ok
        or not isinstance(head, dict)  # implied by head_ok; says so to the type checker
        or not isinstance(register_id, str)
        or not _REGISTER_ID.fullmatch(register_id)
    ):
        raise InvalidInput(
            "Het manifest van de back-up is onvolledig (register-id of laatste auditregel ontbreekt). "
            "Er is niets teruggezet; gebruik een andere back-up."
        )
    database = work / DB_NAME
    if sha256_of(database) != manifest.get("sha256"):
        raise InvalidInput(
            "De back-up is beschadigd: de database klopt niet met het manifest. Er is niets teruggezet; "
            "gebruik een andere back-up."
        )
    slots = KeySlotFile.load(work / SLOTS_NAME)
    if slots.register_id != register_id:
        raise InvalidInput(
            "Het sleutelbestand in de back-up hoort niet bij de database in de back-up. Er is niets "
            "teruggezet; gebruik een andere back-up."
        )
    return BackupContents(
        database=database,
        slots=slots,
        register_id=register_id,
        audit_head=(head["seq"], head["hash"]),
        made_at=str(manifest.get("gemaakt_op") or "onbekende datum"),
        sha256=manifest["sha256"],
    )


def verify_copy(contents: BackupContents, key: bytearray) -> None:
    """Both integrity checks, schema, register id and the audit chain of the copy under `key`."""
    check_key(contents.database, key)
    conn = open_raw(contents.database, key)
    try:
        problems = integrity_problems(conn)
        if not problems:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            stored_id = conn.execute("SELECT value FROM register_meta WHERE key = 'register_id'").fetchone()
    finally:
        conn.close()
    if problems:
        raise InvalidInput(
            "De back-up is beschadigd ({problems}). Er is niets teruggezet.", problems="; ".join(problems[:3])
        )
    (version,) = revision or (None,)
    if version not in migrations.known_revisions():
        raise RegisterUnavailable(
            "Deze back-up komt van een nieuwere versie van Casus. Er is niets teruggezet."
        )
    (register_id,) = stored_id or (None,)
    if register_id != contents.register_id:
        raise InvalidInput(
            "De database in de back-up hoort niet bij het manifest (ander register-id). Er is niets teruggezet."
        )
    engine = create_encrypted_engine(contents.database, key, pooled=False)
    try:
        with Session(engine) as session:
            chain = audit.verify_chain(session, contents.audit_head)
            head = audit.head(session)
    finally:
        engine.dispose()
    if chain:
        raise InvalidInput(
            "Het auditlog in de back-up is niet ongeschonden: {problem} Er is niets teruggezet.",
            problem=chain[0].message,
        )
    if head != contents.audit_head:
        raise InvalidInput(
            "Het auditlog in de back-up loopt door na de laatste regel in het manifest ({audit_head}): "
            "de back-up is na het maken gewijzigd. Er is niets teruggezet.",
            audit_head=contents.audit_head[0],
        )
