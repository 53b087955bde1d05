"""Failed logins happen before the register is open, so they cannot be written to the audit log yet.

They are sealed to the register's inbox public key (X25519 + AES-GCM) in a file beside the
register, so no user name lies there in plaintext, and moved into the audit log at the next
successful login (the private key lives inside the encrypted database).
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

from .atomic_file import write_atomic

_INFO = b"casus login inbox v1"
_RAW = serialization.Encoding.Raw


def inbox_path(register_path: Path) -> Path:
    return register_path.with_name(register_path.name + ".inbox")


def new_keypair() -> tuple[bytes, bytes]:
    private = X25519PrivateKey.generate()
    return (
        private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
        private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw),
    )


def _derive(shared: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(shared)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def write_public_key(register_path: Path, public_key: bytes) -> None:
    path = inbox_path(register_path)
    content = _read(path)
    content["public_key"] = _b64(public_key)
    content.setdefault("entries", [])
    write_atomic(path, json.dumps(content).encode("utf-8"))


def post(register_path: Path, record: dict) -> None:
    """Seal one record for the register; silently nothing when the register has no inbox."""
    path = inbox_path(register_path)
    content = _read(path)
    if "public_key" not in content:
        return
    recipient = X25519PublicKey.from_public_bytes(base64.b64decode(content["public_key"]))
    ephemeral = X25519PrivateKey.generate()
    key = _derive(ephemeral.exchange(recipient))
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, json.dumps(record).encode("utf-8"), None)
    content.setdefault("entries", []).append(
        {
            "ephemeral": _b64(ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)),
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        }
    )
    write_atomic(path, json.dumps(content).encode("utf-8"))


def collect(register_path: Path, private_key: bytes) -> list[dict]:
    """Open every sealed record; the caller empties the inbox after writing them."""
    content = _read(inbox_path(register_path))
    private = X25519PrivateKey.from_private_bytes(private_key)
    records = []
    for entry in content.get("entries", []):
        try:
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
