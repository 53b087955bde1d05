"""What an attacker who can write every file beside the register does, for the red-team tests."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from casus_app.domain.errors import DamagedDatabase, DamagedKeySlots, WrongPassword
from casus_app.storage.engine import check_key
from casus_app.storage.keys.keyslots import KeySlotFile
from casus_app.storage.keys.slot_crypto import b64, mac_key, new_slot, password_bytes, user_tag
from casus_app.storage.keys.slot_format import compute_mac, slot_json
from casus_app.storage.register import sidecar_path

MALLORY, MALLORY_PASSWORD = "mallory", "mallory haar eigen wachtwoord"


def sidecar_doc(register_path: Path) -> dict:
    return json.loads(sidecar_path(register_path).read_text("utf-8"))


def write_sidecar(register_path: Path, doc: dict, key: bytes | bytearray | None = None) -> None:
    """Write the sidecar as an attacker; with `key` (K, known from any password) the MAC is redone."""
    if key is not None:
        doc["mac"] = b64(compute_mac(mac_key(doc["register_id"], key), doc))
    sidecar_path(register_path).write_text(json.dumps(doc), "utf-8")


def plant_slot(register_path: Path, key: bytes | bytearray | None = None) -> str:
    """Add a slot for 'mallory' (no such user) to the sidecar; returns its slot id.

    Without K the sealed key is random (and the MAC no longer fits); with K it is the real key and
    the MAC is recomputed, so the file looks as if Casus wrote it.
    """
    doc = sidecar_doc(register_path)
    register_id, epoch = doc["register_id"], doc["key_epoch"]
    slot_id = uuid.uuid4().hex
    sealed = key if key is not None else os.urandom(32)
    slot = new_slot(
        register_id,
        epoch,
        slot_id,
        user_tag(register_id, MALLORY),
        "user",
        password_bytes(MALLORY_PASSWORD),
        sealed,
    )
    doc["slots"].append(slot_json(slot))
    write_sidecar(register_path, doc, key)
    return slot_id


def key_from(sidecar: Path, name: str, password: str) -> bytearray | None:
    """What `name` gets out of this copy of the sidecar with `password` (None: nothing)."""
    try:
        return KeySlotFile.load(sidecar).unlock(name, password)
    except (WrongPassword, DamagedKeySlots):
        return None


def opens_register(register_path: Path, key: bytearray | None) -> bool:
    if key is None:
        return False
    try:
        check_key(register_path, key)
    except DamagedDatabase:
        return False
    return True
