"""Key slots: every user (and one recovery key) can unlock the one random database key K.

Per slot an X25519 keypair. The private key is wrapped with AES-256-GCM under
KEK = Argon2id(password, salt); K is sealed to the public key (ephemeral X25519 → HKDF-SHA256 →
AES-256-GCM). So a beheerder rotates K by re-sealing to the public keys, without passwords, and a
password change touches one slot only.

Both GCM operations authenticate, as associated data, the register id, slot id, user tag, kind and
Argon2 parameters; the seal also the key epoch and public key. The key epoch is NOT bound in the
private-key wrap: a rotation must change the epoch without the passwords that re-wrapping would
need. An edited epoch still fails, in the seal, and is then reported as a damaged file.

The user tag is HMAC-SHA256(register id, name) so names are not readable in the file; the register
id is public, so a tag still confirms a guessed name — it hides, it does not protect.
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
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casus_app.domain.errors import (
    DamagedKeySlots,
    InvalidInput,
    NotFound,
    RegisterUnavailable,
    WrongPassword,
)
from casus_app.storage.atomic_file import backup_path, write_atomic

__all__ = [
    "DamagedKeySlotFile",
    "KdfParams",
    "KeySlotFile",
    "Slot",
    "new_database_key",
    "tuned_time_cost",
    "user_tag",
    "wipe",
]

FORMAT = "casus-sleutels"
VERSION = 1
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
RECOVERY_TAG = "recovery"
MAX_FILE_BYTES = 1 << 20
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_CHECK_LEN = 4  # 128-bit secret + 32-bit check = 160 bits = 32 characters


class DamagedKeySlotFile(DamagedKeySlots):
    """A DamagedKeySlots that says whether `<name>.bak` is readable (then `load_backup` works)."""

    def __init__(self, message: str, backup_available: bool = False) -> None:
        super().__init__(message)
        self.backup_available = backup_available


@dataclass(frozen=True)
class KdfParams:
    m_kib: int
    t: int
    p: int
    salt: bytes


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


def wipe(buf: bytearray) -> None:
    """Overwrite `buf` with zeros in place (same length, so no reallocation)."""
    if not isinstance(buf, bytearray):
        raise TypeError("wipe() needs a bytearray")
    buf[:] = bytes(len(buf))


def new_database_key() -> bytearray:
    return bytearray(os.urandom(KEY_LEN))


def normalise_name(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold().strip()


def user_tag(register_id: str, name: str) -> str:
    """HMAC-SHA256(key = the register id's 16 bytes, msg = normalised name), hex."""
    key = uuid.UUID(hex=register_id).bytes
    return hmac.new(key, normalise_name(name).encode("utf-8"), hashlib.sha256).hexdigest()


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
    _derive(os.urandom(16), KdfParams(FLOOR_M_KIB, t, FLOOR_P, os.urandom(SALT_LEN)))
    return time.perf_counter() - start


def _derive(secret: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(secret, kdf.salt, kdf.t, kdf.m_kib, kdf.p, KEY_LEN, Type.ID)


def _password_bytes(password: str) -> bytes:
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kdf_json(kdf: KdfParams) -> dict[str, Any]:
    return {"name": "argon2id", "m_kib": kdf.m_kib, "t": kdf.t, "p": kdf.p, "salt": _b64(kdf.salt)}


def _canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _wrap_aad(register_id: str, slot_id: str, tag: str, kind: str, kdf: KdfParams) -> bytes:
    return _canonical(
        {
            "doel": "private-key wrap",
            "formaat": FORMAT,
            "register_id": register_id,
            "slot_id": slot_id,
            "user_tag": tag,
            "kind": kind,
            "kdf": _kdf_json(kdf),
        }
    )


def _seal_aad(register_id: str, key_epoch: int, slot: Slot, ephemeral_public: bytes) -> bytes:
    return _canonical(
        {
            "doel": "key seal",
            "formaat": FORMAT,
            "register_id": register_id,
            "key_epoch": key_epoch,
            "slot_id": slot.slot_id,
            "user_tag": slot.user_tag,
            "kind": slot.kind,
            "kdf": _kdf_json(slot.kdf),
            "public_key": _b64(slot.public_key),
            "ephemeral_public": _b64(ephemeral_public),
        }
    )


def _seal_kek(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    hkdf = HKDF(hashes.SHA256(), KEY_LEN, salt=ephemeral_public + recipient_public, info=SEAL_INFO)
    return hkdf.derive(shared)


def _seal(slot: Slot, register_id: str, key_epoch: int, key: bytes | bytearray) -> Slot:
    """`slot` with K sealed anew to its public key (fresh ephemeral key and nonce)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public_key))
    kek = _seal_kek(shared, ephemeral_public, slot.public_key)
    nonce = os.urandom(NONCE_LEN)
    aad = _seal_aad(register_id, key_epoch, slot, ephemeral_public)
    ciphertext = AESGCM(kek).encrypt(nonce, bytes(key), aad)
    return replace(slot, ephemeral_public=ephemeral_public, sealed_nonce=nonce, sealed_ciphertext=ciphertext)


def _new_slot(
    register_id: str, key_epoch: int, slot_id: str, tag: str, kind: str, secret: bytes, key: bytes | bytearray
) -> Slot:
    """A slot with a fresh keypair, salt and nonces: the private key wrapped under `secret`."""
    if len(key) != KEY_LEN:
        raise ValueError("the database key must be 32 bytes")
    kdf = KdfParams(FLOOR_M_KIB, tuned_time_cost(target_seconds()), FLOOR_P, os.urandom(SALT_LEN))
    private = X25519PrivateKey.generate()
    nonce = os.urandom(NONCE_LEN)
    wrapped = AESGCM(_derive(secret, kdf)).encrypt(
        nonce, private.private_bytes_raw(), _wrap_aad(register_id, slot_id, tag, kind, kdf)
    )
    unsealed = Slot(
        slot_id, tag, kind, kdf, private.public_key().public_bytes_raw(), nonce, wrapped, b"", b"", b""
    )
    return _seal(unsealed, register_id, key_epoch, key)


def _open_slot(register_id: str, key_epoch: int, slot: Slot, secret: bytes) -> bytearray | None:
    """K from `slot`, or None when the secret is wrong; DamagedKeySlots when the slot was edited."""
    aad = _wrap_aad(register_id, slot.slot_id, slot.user_tag, slot.kind, slot.kdf)
    try:
        private_raw = AESGCM(_derive(secret, slot.kdf)).decrypt(
            slot.wrapped_nonce, slot.wrapped_ciphertext, aad
        )
    except InvalidTag:
        return None  # wrong secret, or an edited field: GCM cannot tell which
    damaged = DamagedKeySlotFile(
        "Het sleutelbestand is gewijzigd of beschadigd: het wachtwoord klopt, maar de databasesleutel "
        "in deze sleutelplaats is niet te openen. Herstel de vorige kopie of gebruik de herstelsleutel."
    )
    private = X25519PrivateKey.from_private_bytes(private_raw)
    if private.public_key().public_bytes_raw() != slot.public_key:
        raise damaged
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(slot.ephemeral_public))
        kek = _seal_kek(shared, slot.ephemeral_public, slot.public_key)
        aad = _seal_aad(register_id, key_epoch, slot, slot.ephemeral_public)
        return bytearray(AESGCM(kek).decrypt(slot.sealed_nonce, slot.sealed_ciphertext, aad))
    except (InvalidTag, ValueError):
        raise damaged from None


def _wrong_password(name: str) -> WrongPassword:
    return WrongPassword(
        f"Onjuist wachtwoord voor gebruiker '{name}'. Controleer het wachtwoord en probeer het opnieuw."
    )


# --- recovery key -------------------------------------------------------------------------------


def _recovery_check(secret: bytes) -> bytes:
    return hashlib.sha256(b"casus herstelsleutel v1" + secret).digest()[:_RECOVERY_CHECK_LEN]


def _encode_recovery(secret: bytes) -> str:
    number = int.from_bytes(secret + _recovery_check(secret), "big")
    chars = "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(32)))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def _decode_recovery(text: str) -> bytes:
    """The 16-byte secret; WrongPassword when the text cannot be a recovery key (typo)."""
    invalid = WrongPassword(
        "Dit is geen geldige herstelsleutel. Een herstelsleutel bestaat uit 32 tekens in groepjes van "
        "vier (bijvoorbeeld K7Q2-…); controleer of alle tekens goed zijn overgenomen."
    )
    cleaned = "".join(text.split()).replace("-", "").upper().translate(str.maketrans("OIL", "011"))
    if len(cleaned) != 32 or any(c not in _CROCKFORD for c in cleaned):
        raise invalid
    number = 0
    for c in cleaned:
        number = (number << 5) | _CROCKFORD.index(c)
    raw = number.to_bytes(KEY_LEN // 2 + _RECOVERY_CHECK_LEN, "big")
    secret, check = raw[: KEY_LEN // 2], raw[KEY_LEN // 2 :]
    if not hmac.compare_digest(check, _recovery_check(secret)):
        raise invalid
    return secret


# --- the file -----------------------------------------------------------------------------------


@dataclass(eq=False)
class KeySlotFile:
    """The sidecar `<register>.keys`: in memory until `save()`; all changes replace whole slots."""

    path: Path
    register_id: str
    key_epoch: int
    audit_head: tuple[int, str] | None
    slots: list[Slot]

    @classmethod
    def create(
        cls, path: Path, register_id: str, key: bytes | bytearray, admin_name: str, admin_password: str
    ) -> tuple[KeySlotFile, str]:
        """A new sidecar with the admin's slot and a recovery slot; returns (file, recovery key).

        Refuses when a sidecar (or its `.bak`) exists: a new K over an existing register would lock it.
        """
        path = Path(path)
        if path.exists() or backup_path(path).exists():
            raise RegisterUnavailable(
                f"Er bestaat al een sleutelbestand '{path.name}'. Een nieuw sleutelbestand zou het "
                "bestaande register onbruikbaar maken; er is niets gewijzigd."
            )
        if not _is_register_id(register_id):
            raise ValueError("register_id must be a uuid4 in lowercase hex")
        keyfile = cls(path, register_id, 1, None, [])
        keyfile.add_user(admin_name, admin_password, key)
        secret = os.urandom(KEY_LEN // 2)
        keyfile.slots.append(
            _new_slot(register_id, 1, uuid.uuid4().hex, RECOVERY_TAG, "recovery", secret, key)
        )
        write_atomic(path, keyfile.to_bytes())
        return keyfile, _encode_recovery(secret)

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        path = Path(path)
        try:
            return _parse(path, path)
        except DamagedKeySlots as error:
            try:
                _parse(backup_path(path), path)
            except DamagedKeySlots:
                raise error from None
            raise DamagedKeySlotFile(
                f"{error.message} Er is een eerdere kopie van het sleutelbestand gevonden "
                f"('{backup_path(path).name}'); die kan worden teruggezet.",
                backup_available=True,
            ) from error

    @classmethod
    def load_backup(cls, path: Path) -> KeySlotFile:
        """The previous copy `<path>.bak`; its `save()` writes to `path` again (restoring it)."""
        return _parse(backup_path(Path(path)), Path(path))

    def has_user(self, name: str) -> bool:
        return self._find(name) is not None

    def unlock(self, name: str, password: str) -> bytearray:
        slot = self._find(name)
        if slot is None:
            # Same message and about the same time as a wrong password: who has a slot stays hidden.
            template = next((s.kdf for s in self.slots if s.kind == "user"), None)
            kdf = template or KdfParams(FLOOR_M_KIB, FLOOR_T, FLOOR_P, b"")
            _derive(_password_bytes(password), replace(kdf, salt=os.urandom(SALT_LEN)))
            raise _wrong_password(name)
        key = _open_slot(self.register_id, self.key_epoch, slot, _password_bytes(password))
        if key is None:
            raise _wrong_password(name)
        return key

    def unlock_recovery(self, recovery_key: str) -> bytearray:
        secret = _decode_recovery(recovery_key)
        slot = next((s for s in self.slots if s.kind == "recovery"), None)
        if slot is None:
            raise DamagedKeySlotFile("Het sleutelbestand bevat geen herstelsleutel.")
        key = _open_slot(self.register_id, self.key_epoch, slot, secret)
        if key is None:
            raise WrongPassword(
                "De herstelsleutel past niet bij dit register. Controleer of u de herstelsleutel van "
                "dit register gebruikt."
            )
        return key

    def add_user(self, name: str, password: str, key: bytes | bytearray) -> None:
        """A slot for `name` sealing `key` (K of an unlocked session); replaces an existing one."""
        tag = self._tag(name)
        if not password:
            raise InvalidInput("Het wachtwoord mag niet leeg zijn.")
        slot = _new_slot(
            self.register_id, self.key_epoch, uuid.uuid4().hex, tag, "user", _password_bytes(password), key
        )
        self._put(slot)

    def change_password(self, name: str, old_password: str, new_password: str) -> None:
        """Needs the old password; this slot only gets a new keypair, salt and nonces.

        A new keypair (not only a re-wrap) means an old copy of the file plus the old password
        cannot open seals made after a later rotation.
        """
        key = self.unlock(name, old_password)
        try:
            if not new_password:
                raise InvalidInput("Het wachtwoord mag niet leeg zijn.")
            old = self._find(name)
            if old is None:  # unlock succeeded, so the slot exists
                raise _wrong_password(name)
            self._put(
                _new_slot(
                    self.register_id,
                    self.key_epoch,
                    old.slot_id,
                    old.user_tag,
                    "user",
                    _password_bytes(new_password),
                    key,
                )
            )
        finally:
            wipe(key)

    def reset_password(self, name: str, new_password: str, key: bytes | bytearray) -> None:
        """For the beheerder: a new slot for an existing user, without the old password."""
        if self._find(name) is None:
            raise NotFound(f"Gebruiker '{name}' heeft geen sleutel in dit register.")
        self.add_user(name, new_password, key)

    def remove_user(self, name: str) -> None:
        """Removes the slot only; K is still known to that user until `rotate` and a re-key."""
        slot = self._find(name)
        if slot is None:
            raise NotFound(f"Gebruiker '{name}' heeft geen sleutel in dit register.")
        if sum(s.kind == "user" for s in self.slots) == 1:
            raise InvalidInput(
                "Dit is de laatste gebruiker met een sleutel; voeg eerst een andere beheerder toe."
            )
        self.slots = [s for s in self.slots if s.slot_id != slot.slot_id]

    def rotate(self, new_key: bytes | bytearray) -> KeySlotFile:
        """A new, unsaved file: key epoch + 1 and `new_key` sealed to every remaining slot."""
        if len(new_key) != KEY_LEN:
            raise ValueError("the database key must be 32 bytes")
        epoch = self.key_epoch + 1
        slots = [_seal(slot, self.register_id, epoch, new_key) for slot in self.slots]
        return KeySlotFile(self.path, self.register_id, epoch, self.audit_head, slots)

    def set_audit_head(self, seq: int, hash_hex: str) -> None:
        hash_hex = hash_hex.lower() if isinstance(hash_hex, str) else hash_hex
        if not _is_audit_head({"seq": seq, "hash": hash_hex}):
            raise ValueError("audit head: seq >= 0 and a 64-character hex SHA-256")
        self.audit_head = (seq, hash_hex)

    def save(self) -> None:
        """Atomic; the previous file becomes `.bak` — unless it is unreadable, so a good `.bak` stays."""
        previous_ok = True
        try:
            _parse(self.path, self.path)
        except DamagedKeySlots:
            previous_ok = False
        write_atomic(self.path, self.to_bytes(), keep_previous=previous_ok)

    def save_as(self, path: Path) -> None:
        """Writes a copy to `path` (atomically, keeping a `.bak` there); `self.path` is unchanged."""
        write_atomic(Path(path), self.to_bytes(), keep_previous=True)

    def to_bytes(self) -> bytes:
        doc = {
            "formaat": FORMAT,
            "versie": VERSION,
            "register_id": self.register_id,
            "key_epoch": self.key_epoch,
            "audit_head": _audit_head_json(self.audit_head),
            "slots": [_slot_json(s) for s in self.slots],
        }
        return (json.dumps(doc, indent=2, ensure_ascii=True) + "\n").encode("utf-8")

    def _tag(self, name: str) -> str:
        if not normalise_name(name):
            raise InvalidInput("De gebruikersnaam mag niet leeg zijn.")
        return user_tag(self.register_id, name)

    def _find(self, name: str) -> Slot | None:
        if not normalise_name(name):
            return None
        tag = user_tag(self.register_id, name)
        return next(
            (s for s in self.slots if s.kind == "user" and hmac.compare_digest(s.user_tag, tag)), None
        )

    def _put(self, slot: Slot) -> None:
        for i, existing in enumerate(self.slots):
            if existing.kind == slot.kind and existing.user_tag == slot.user_tag:
                self.slots[i] = slot
                return
        self.slots.append(slot)


# --- reading and checking the JSON --------------------------------------------------------------


class _Invalid(Exception):
    pass


_SLOT_KEYS = {"slot_id", "user_tag", "kind", "kdf", "public_key", "wrapped_private", "sealed_key"}


def _audit_head_json(head: tuple[int, str] | None) -> dict[str, Any] | None:
    return None if head is None else {"seq": head[0], "hash": head[1]}


def _slot_json(slot: Slot) -> dict[str, Any]:
    return {
        "slot_id": slot.slot_id,
        "user_tag": slot.user_tag,
        "kind": slot.kind,
        "kdf": _kdf_json(slot.kdf),
        "public_key": _b64(slot.public_key),
        "wrapped_private": {"nonce": _b64(slot.wrapped_nonce), "ciphertext": _b64(slot.wrapped_ciphertext)},
        "sealed_key": {
            "ephemeral_public": _b64(slot.ephemeral_public),
            "nonce": _b64(slot.sealed_nonce),
            "ciphertext": _b64(slot.sealed_ciphertext),
        },
    }


def _parse(source: Path, path: Path) -> KeySlotFile:
    name = source.name
    try:
        with open(source, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DamagedKeySlotFile(f"Het sleutelbestand '{name}' ontbreekt.") from None
    except OSError as error:
        raise DamagedKeySlotFile(
            f"Het sleutelbestand '{name}' is niet te lezen ({error.strerror})."
        ) from None
    try:
        if len(data) > MAX_FILE_BYTES:
            raise _Invalid("te groot")
        doc = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
        keyfile = _from_doc(doc, path)
    except _Invalid as error:
        raise DamagedKeySlotFile(
            f"Het sleutelbestand '{name}' is beschadigd of onvolledig ({error})."
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise DamagedKeySlotFile(
            f"Het sleutelbestand '{name}' is beschadigd of onvolledig (geen leesbare JSON)."
        ) from None
    return keyfile


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Invalid("dubbele sleutel")
    return result


def _no_constant(text: str) -> Any:
    raise _Invalid(f"ongeldige waarde {text}")


def _from_doc(doc: Any, path: Path) -> KeySlotFile:
    _require(isinstance(doc, dict), "geen object")
    _require(doc.get("formaat") == FORMAT, "onbekend formaat")
    if _is_int(doc.get("versie")) and doc["versie"] > VERSION:
        raise _Invalid("gemaakt door een nieuwere versie van Casus; werk Casus bij")
    _require(doc.get("versie") == VERSION and _is_int(doc["versie"]), "onbekende versie")
    _require(set(doc) == {"formaat", "versie", "register_id", "key_epoch", "audit_head", "slots"}, "velden")
    _require(_is_register_id(doc["register_id"]), "register_id")
    _require(_is_int(doc["key_epoch"]) and doc["key_epoch"] >= 1, "key_epoch")
    head = doc["audit_head"]
    _require(head is None or _is_audit_head(head), "audit_head")
    _require(isinstance(doc["slots"], list) and doc["slots"], "geen sleutelplaatsen")
    slots = [_slot_from_doc(s) for s in doc["slots"]]
    _require(len({s.slot_id for s in slots}) == len(slots), "dubbele slot_id")
    _require(len({(s.kind, s.user_tag) for s in slots}) == len(slots), "dubbele gebruiker")
    _require(any(s.kind == "user" for s in slots), "geen gebruikers")
    audit_head = None if head is None else (head["seq"], head["hash"])
    return KeySlotFile(path, doc["register_id"], doc["key_epoch"], audit_head, slots)


def _slot_from_doc(doc: Any) -> Slot:
    _require(isinstance(doc, dict) and set(doc) == _SLOT_KEYS, "velden van een sleutelplaats")
    slot_id, tag, kind = doc["slot_id"], doc["user_tag"], doc["kind"]
    _require(isinstance(slot_id, str) and _is_hex(slot_id, 32), "slot_id")
    _require(kind in ("user", "recovery"), "kind")
    if kind == "recovery":
        _require(tag == RECOVERY_TAG, "user_tag")
    else:
        _require(isinstance(tag, str) and _is_hex(tag, 64), "user_tag")
    kdf = doc["kdf"]
    _require(isinstance(kdf, dict) and set(kdf) == {"name", "m_kib", "t", "p", "salt"}, "kdf")
    _require(kdf["name"] == "argon2id", "kdf: alleen argon2id")
    _require(all(_is_int(kdf[k]) for k in ("m_kib", "t", "p")), "kdf")
    if kdf["m_kib"] < FLOOR_M_KIB or kdf["t"] < FLOOR_T or kdf["p"] < FLOOR_P:
        raise _Invalid("Argon2-parameters onder het minimum van 64 MiB, t=3, p=4")
    _require(kdf["m_kib"] <= CEIL_M_KIB and kdf["t"] <= CEIL_T and kdf["p"] <= CEIL_P, "kdf te zwaar")
    wrapped, sealed = doc["wrapped_private"], doc["sealed_key"]
    _require(isinstance(wrapped, dict) and set(wrapped) == {"nonce", "ciphertext"}, "wrapped_private")
    _require(
        isinstance(sealed, dict) and set(sealed) == {"ephemeral_public", "nonce", "ciphertext"}, "sealed_key"
    )
    return Slot(
        slot_id=slot_id,
        user_tag=tag,
        kind=kind,
        kdf=KdfParams(kdf["m_kib"], kdf["t"], kdf["p"], _unb64(kdf["salt"], SALT_LEN, "salt")),
        public_key=_unb64(doc["public_key"], KEY_LEN, "public_key"),
        wrapped_nonce=_unb64(wrapped["nonce"], NONCE_LEN, "nonce"),
        wrapped_ciphertext=_unb64(wrapped["ciphertext"], SEALED_LEN, "ciphertext"),
        ephemeral_public=_unb64(sealed["ephemeral_public"], KEY_LEN, "ephemeral_public"),
        sealed_nonce=_unb64(sealed["nonce"], NONCE_LEN, "nonce"),
        sealed_ciphertext=_unb64(sealed["ciphertext"], SEALED_LEN, "ciphertext"),
    )


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise _Invalid(what)


def _unb64(value: Any, length: int, what: str) -> bytes:
    """Strict, canonical base64 of exactly `length` bytes: a flipped character can never pass unchanged."""
    _require(isinstance(value, str) and value.isascii(), what)
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        raise _Invalid(what) from None
    _require(len(raw) == length and _b64(raw) == value, what)
    return raw


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_hex(value: str, length: int) -> bool:
    return len(value) == length and all(c in "0123456789abcdef" for c in value)


def _is_register_id(value: Any) -> bool:
    return isinstance(value, str) and _is_hex(value, 32) and uuid.UUID(hex=value).version == 4


def _is_audit_head(head: Any) -> bool:
    return (
        isinstance(head, dict)
        and set(head) == {"seq", "hash"}
        and _is_int(head["seq"])
        and head["seq"] >= 0
        and isinstance(head["hash"], str)
        and _is_hex(head["hash"], 64)
    )
