"""Failed logins happen before the register is open, so they cannot be written to the audit log yet.

They are sealed to the register's inbox public key (X25519 + AES-GCM) in a file beside the
register, so no user name lies there in plaintext, and moved into the audit log at the next
successful login (the private key lives inside the encrypted database).

The file can be deleted, or its public key replaced by one an attacker holds. Both are found at
the next login (`state`): the public key follows from the private key in the database, so the
inbox is written again (`ensure`) and the login records what was wrong in the audit log. A
failure while the inbox is missing is still kept, without the name (there is no key to seal it
to), so the audit log at least shows when it happened.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casus_app.storage.atomic_file import write_atomic

_INFO = b"casus login inbox v1"
_RAW = serialization.Encoding.Raw
_UNSEALED_FIELDS = ("at", "outcome")  # what a record keeps when there is no key to seal it to


def inbox_path(register_path: Path) -> Path:
    return register_path.with_name(register_path.name + ".inbox")


def new_keypair() -> tuple[bytes, bytes]:
    private = X25519PrivateKey.generate()
    return (
        private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
        private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw),
    )


def public_key_of(private_key: bytes) -> bytes:
    """The inbox public key, derived from the private key kept inside the register."""
    return (
        X25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(_RAW, serialization.PublicFormat.Raw)
    )


def _derive(shared: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(shared)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _read(path: Path) -> dict:
    try:
        content = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return content if isinstance(content, dict) else {}


def _entries(content: dict) -> list:
    entries = content.get("entries")
    return entries if isinstance(entries, list) else []


def write_public_key(register_path: Path, public_key: bytes) -> None:
    path = inbox_path(register_path)
    content = _read(path)
    content["public_key"] = _b64(public_key)
    if not isinstance(content.get("entries"), list):
        content["entries"] = []
    write_atomic(path, json.dumps(content).encode("utf-8"))


def state(register_path: Path, public_key: bytes) -> str:
    """ "ok", "missing" (deleted, or unreadable) or "replaced" (another public key in it)."""
    content = _read(inbox_path(register_path))
    if "public_key" not in content:
        return "missing"
    if content["public_key"] != _b64(public_key):
        return "replaced"
    return "ok"


def ensure(register_path: Path, public_key: bytes) -> None:
    """Write the inbox again with the right public key when it is missing or was replaced."""
    if state(register_path, public_key) != "ok":
        write_public_key(register_path, public_key)


def post(register_path: Path, record: dict) -> None:
    """Seal one record for the register; without an inbox keep only its time and outcome."""
    path = inbox_path(register_path)
    content = _read(path)
    entries = _entries(content)
    content["entries"] = entries
    if "public_key" not in content:
        # The inbox was deleted: no key to seal to. The next login notices and recreates it.
        entries.append({"unsealed": {field: record.get(field) for field in _UNSEALED_FIELDS}})
        write_atomic(path, json.dumps(content).encode("utf-8"))
        return
    recipient = X25519PublicKey.from_public_bytes(base64.b64decode(content["public_key"]))
    ephemeral = X25519PrivateKey.generate()
    key = _derive(ephemeral.exchange(recipient))
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, json.dumps(record).encode("utf-8"), None)
    entries.append(
        {
            "ephemeral": _b64(ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)),
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        }
    )
    write_atomic(path, json.dumps(content).encode("utf-8"))


def collect(register_path: Path, private_key: bytes) -> list[dict]:
    """Open every sealed record; the caller empties the inbox after writing them.

    A record kept without a key comes back with `"unsealed": True` and no user; one that cannot
    be opened (damaged, or sealed to another key) as `{"damaged": True}`.
    """
    content = _read(inbox_path(register_path))
    private = X25519PrivateKey.from_private_bytes(private_key)
    records = []
    entries = _entries(content)
    for entry in entries:
        try:
            if "unsealed" in entry:
                plain = entry["unsealed"]
                at, outcome = plain.get("at"), plain.get("outcome")
                records.append(
                    {
                        "at": at if isinstance(at, str) else None,
                        "outcome": outcome if isinstance(outcome, str) else None,
                        "unsealed": True,
                    }
                )
                continue
            peer = X25519PublicKey.from_public_bytes(base64.b64decode(entry["ephemeral"]))
            key = _derive(private.exchange(peer))
            plain = AESGCM(key).decrypt(
                base64.b64decode(entry["nonce"]), base64.b64decode(entry["ciphertext"]), None
            )
            records.append(json.loads(plain))
        except Exception:  # noqa: BLE001 - a damaged record is reported, not fatal
            records.append({"damaged": True})
    return records


def clear(register_path: Path) -> None:
    path = inbox_path(register_path)
    content = _read(path)
    if content.get("entries"):
        content["entries"] = []
        write_atomic(path, json.dumps(content).encode("utf-8"))
