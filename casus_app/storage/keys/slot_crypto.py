"""The cryptography of one key slot: Argon2id, the private-key wrap, the seal of K, the anchor wrap.

Per slot an X25519 keypair. The private key is wrapped with AES-256-GCM under
KEK = Argon2id(password, salt); K is sealed to the public key (ephemeral X25519 → HKDF-SHA256 →
AES-256-GCM). So a rotation re-seals K to the public keys without passwords, and a password
change touches one slot only.

Both GCM operations authenticate, as associated data, the register id, slot id, user tag, kind and
Argon2 parameters; the seal also the key epoch and public key. The key epoch is NOT bound in the
private-key wrap: a rotation must change the epoch without the passwords that re-wrapping would
need. An edited epoch still fails, in the seal, and is then reported as a damaged file.

A slot of a beheerder (and the recovery slot) may also hold the audit anchor: an Ed25519 private
key wrapped under a key derived from the same KEK, so only someone who knows that password can
use it — sealing to a public key would not do, anyone can seal to one. The anchor's public key is
also part of the private-key wrap's associated data, so stripping the anchor from a slot makes
the slot unusable instead of silently turning it into an ordinary one.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import math
import os
import time
import unicodedata
import uuid
from dataclasses import dataclass, replace
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casus_app.domain.errors import DamagedKeySlots

FORMAT = "casus-sleutels"
KEY_LEN = 32
SALT_LEN = 16
NONCE_LEN = 12
SEALED_LEN = KEY_LEN + 16  # 32-byte secret + GCM tag
# RFC 9106, second recommended option; refused below when reading a slot.
FLOOR_M_KIB, FLOOR_T, FLOOR_P = 65536, 3, 4
MAX_TUNED_T = 12
# Ceilings only stop an edited file from making unlock allocate gigabytes or run for minutes.
CEIL_M_KIB, CEIL_T, CEIL_P = 1 << 20, 64, 64
DEFAULT_TARGET_SECONDS = 0.5
TARGET_ENV = "CASUS_KDF_TARGET_SECONDS"
SEAL_INFO = b"casus key seal v1"
MAC_INFO = b"casus sidecar mac v1"
ANCHOR_WRAP_INFO = b"casus audit anchor wrap v1"
RECOVERY_TAG = "recovery"


class DamagedKeySlotFile(DamagedKeySlots):
    """A DamagedKeySlots that says whether `<name>.bak` is readable (then `load_backup` works)."""

    def __init__(self, template: str, /, *, backup_available: bool = False, **params: object) -> None:
        super().__init__(template, **params)
        self.backup_available = backup_available


@dataclass(frozen=True)
class KdfParams:
    m_kib: int
    t: int
    p: int
    salt: bytes


@dataclass(frozen=True)
class AnchorWrap:
    """The audit anchor's Ed25519 private key, wrapped under the slot's KEK-derived key."""

    public_key: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class Slot:
    slot_id: str
    user_tag: str
    kind: str  # "user" | "recovery"
    kdf: KdfParams
    public_key: bytes
    wrapped_nonce: bytes
    wrapped_ciphertext: bytes
    ephemeral_public: bytes
    sealed_nonce: bytes
    sealed_ciphertext: bytes
    anchor: AnchorWrap | None = None


@dataclass
class Opening:
    """What a correct password or recovery key gives: K, which slot opened, and the anchor key."""

    key: bytearray
    slot_id: str
    anchor_private: bytearray | None = None  # raw Ed25519 private key, only in anchor slots

    def wipe(self) -> None:
        wipe(self.key)
        if self.anchor_private is not None:
            wipe(self.anchor_private)


def wipe(buf: bytearray) -> None:
    """Overwrite `buf` with zeros in place (same length, so no reallocation)."""
    if not isinstance(buf, bytearray):
        raise TypeError("wipe() needs a bytearray")
    buf[:] = bytes(len(buf))


def new_database_key() -> bytearray:
    return bytearray(os.urandom(KEY_LEN))


def new_anchor_key() -> bytearray:
    """A fresh Ed25519 private key (raw 32 bytes) for signing audit checkpoints."""
    return bytearray(Ed25519PrivateKey.generate().private_bytes_raw())


def anchor_public(private_raw: bytes | bytearray) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(bytes(private_raw)).public_key().public_bytes_raw()


def normalise_name(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold().strip()


def user_tag(register_id: str, name: str) -> str:
    """HMAC-SHA256(key = the register id's 16 bytes, msg = normalised name), hex."""
    key = uuid.UUID(hex=register_id).bytes
    return hmac.new(key, normalise_name(name).encode("utf-8"), hashlib.sha256).hexdigest()


def mac_key(register_id: str, key: bytes | bytearray) -> bytearray:
    """The sidecar's MAC key: HKDF-SHA256(K), domain-separated from every other use of K."""
    hkdf = HKDF(hashes.SHA256(), KEY_LEN, salt=uuid.UUID(hex=register_id).bytes, info=MAC_INFO)
    return bytearray(hkdf.derive(bytes(key)))


def target_seconds() -> float:
    raw = os.environ.get(TARGET_ENV)
    if raw is None or not raw.strip():
        return DEFAULT_TARGET_SECONDS
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_TARGET_SECONDS
    return value if math.isfinite(value) and value > 0 else 0.0


@functools.lru_cache(maxsize=8)
def tuned_time_cost(target: float) -> int:
    """Argon2 t (m = 64 MiB, p = 4) for one derivation of about `target` seconds, in [3, 12]."""
    if target <= 0:
        return FLOOR_T
    # Time is roughly a + b·t (a: allocating 64 MiB); fit it from two measurements.
    e3 = _timed_derivation(FLOOR_T)
    if e3 >= target:
        return FLOOR_T
    e6 = _timed_derivation(2 * FLOOR_T)
    per_pass = max((e6 - e3) / FLOOR_T, 1e-6)
    overhead = max(e3 - FLOOR_T * per_pass, 0.0)
    return max(FLOOR_T, min(MAX_TUNED_T, round((target - overhead) / per_pass)))


def _timed_derivation(t: int) -> float:
    start = time.perf_counter()
    derive(os.urandom(16), KdfParams(FLOOR_M_KIB, t, FLOOR_P, os.urandom(SALT_LEN)))
    return time.perf_counter() - start


def derive(secret: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(secret, kdf.salt, kdf.t, kdf.m_kib, kdf.p, KEY_LEN, Type.ID)


def password_bytes(password: str) -> bytes:
    return unicodedata.normalize("NFC", password).encode("utf-8")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def kdf_json(kdf: KdfParams) -> dict[str, Any]:
    return {"name": "argon2id", "m_kib": kdf.m_kib, "t": kdf.t, "p": kdf.p, "salt": b64(kdf.salt)}


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _wrap_aad(
    register_id: str, slot_id: str, tag: str, kind: str, kdf: KdfParams, anchor: bytes | None
) -> bytes:
    doc = {
        "doel": "private-key wrap",
        "formaat": FORMAT,
        "register_id": register_id,
        "slot_id": slot_id,
        "user_tag": tag,
        "kind": kind,
        "kdf": kdf_json(kdf),
    }
    if anchor is not None:  # absent in slots without an anchor, so older slots still open
        doc["anchor_public"] = b64(anchor)
    return canonical(doc)


def _anchor_aad(register_id: str, slot_id: str, tag: str, kind: str, anchor: bytes) -> bytes:
    return canonical(
        {
            "doel": "audit anchor wrap",
            "formaat": FORMAT,
            "register_id": register_id,
            "slot_id": slot_id,
            "user_tag": tag,
            "kind": kind,
            "anchor_public": b64(anchor),
        }
    )


def _anchor_wrap_key(kek: bytes, register_id: str) -> bytes:
    hkdf = HKDF(hashes.SHA256(), KEY_LEN, salt=uuid.UUID(hex=register_id).bytes, info=ANCHOR_WRAP_INFO)
    return hkdf.derive(kek)


def _seal_aad(register_id: str, key_epoch: int, slot: Slot, ephemeral_public: bytes) -> bytes:
    return canonical(
        {
            "doel": "key seal",
            "formaat": FORMAT,
            "register_id": register_id,
            "key_epoch": key_epoch,
            "slot_id": slot.slot_id,
            "user_tag": slot.user_tag,
            "kind": slot.kind,
            "kdf": kdf_json(slot.kdf),
            "public_key": b64(slot.public_key),
            "ephemeral_public": b64(ephemeral_public),
        }
    )


def _seal_kek(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    hkdf = HKDF(hashes.SHA256(), KEY_LEN, salt=ephemeral_public + recipient_public, info=SEAL_INFO)
    return hkdf.derive(shared)


def seal(slot: Slot, register_id: str, key_epoch: int, key: bytes | bytearray) -> Slot:
    """`slot` with K sealed anew to its public key (fresh ephemeral key and nonce)."""
    if len(key) != KEY_LEN:
        raise ValueError("the database key must be 32 bytes")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public_key))
    kek = _seal_kek(shared, ephemeral_public, slot.public_key)
    nonce = os.urandom(NONCE_LEN)
    aad = _seal_aad(register_id, key_epoch, slot, ephemeral_public)
    ciphertext = AESGCM(kek).encrypt(nonce, bytes(key), aad)
    return replace(slot, ephemeral_public=ephemeral_public, sealed_nonce=nonce, sealed_ciphertext=ciphertext)


def new_slot(
    register_id: str,
    key_epoch: int,
    slot_id: str,
    tag: str,
    kind: str,
    secret: bytes,
    key: bytes | bytearray,
    anchor_private: bytes | bytearray | None = None,
) -> Slot:
    """A slot with a fresh keypair, salt and nonces: the private key (and anchor) under `secret`."""
    if len(key) != KEY_LEN:
        raise ValueError("the database key must be 32 bytes")
    kdf = KdfParams(FLOOR_M_KIB, tuned_time_cost(target_seconds()), FLOOR_P, os.urandom(SALT_LEN))
    kek = derive(secret, kdf)
    anchor = None
    if anchor_private is not None:
        public = anchor_public(anchor_private)
        nonce = os.urandom(NONCE_LEN)
        ciphertext = AESGCM(_anchor_wrap_key(kek, register_id)).encrypt(
            nonce, bytes(anchor_private), _anchor_aad(register_id, slot_id, tag, kind, public)
        )
        anchor = AnchorWrap(public, nonce, ciphertext)
    private = X25519PrivateKey.generate()
    nonce = os.urandom(NONCE_LEN)
    aad = _wrap_aad(register_id, slot_id, tag, kind, kdf, anchor.public_key if anchor else None)
    wrapped = AESGCM(kek).encrypt(nonce, private.private_bytes_raw(), aad)
    unsealed = Slot(
        slot_id,
        tag,
        kind,
        kdf,
        private.public_key().public_bytes_raw(),
        nonce,
        wrapped,
        b"",
        b"",
        b"",
        anchor,
    )
    return seal(unsealed, register_id, key_epoch, key)


def _damaged() -> DamagedKeySlotFile:
    return DamagedKeySlotFile(
        "Het sleutelbestand is gewijzigd of beschadigd: het wachtwoord klopt, maar de databasesleutel "
        "in deze sleutelplaats is niet te openen. Herstel de vorige kopie of gebruik de herstelsleutel."
    )


def open_slot(register_id: str, key_epoch: int, slot: Slot, secret: bytes) -> Opening | None:
    """K (and the anchor) from `slot`, or None when the secret is wrong; DamagedKeySlots when edited."""
    anchor = slot.anchor
    aad = _wrap_aad(
        register_id, slot.slot_id, slot.user_tag, slot.kind, slot.kdf, anchor.public_key if anchor else None
    )
    kek = derive(secret, slot.kdf)
    try:
        private_raw = AESGCM(kek).decrypt(slot.wrapped_nonce, slot.wrapped_ciphertext, aad)
    except InvalidTag:
        return None  # wrong secret, or an edited field: GCM cannot tell which
    private = X25519PrivateKey.from_private_bytes(private_raw)
    if private.public_key().public_bytes_raw() != slot.public_key:
        raise _damaged()
    anchor_private = None
    if anchor is not None:
        try:
            anchor_private = bytearray(
                AESGCM(_anchor_wrap_key(kek, register_id)).decrypt(
                    anchor.nonce,
                    anchor.ciphertext,
                    _anchor_aad(register_id, slot.slot_id, slot.user_tag, slot.kind, anchor.public_key),
                )
            )
        except InvalidTag:
            raise _damaged() from None
        if anchor_public(anchor_private) != anchor.public_key:
            raise _damaged()
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(slot.ephemeral_public))
        kek = _seal_kek(shared, slot.ephemeral_public, slot.public_key)
        aad = _seal_aad(register_id, key_epoch, slot, slot.ephemeral_public)
        key = bytearray(AESGCM(kek).decrypt(slot.sealed_nonce, slot.sealed_ciphertext, aad))
    except (InvalidTag, ValueError):
        raise _damaged() from None
    return Opening(key, slot.slot_id, anchor_private)
