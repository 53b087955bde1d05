"""The sidecar's file format: strict JSON in, canonical JSON out, and its MAC.

Version 2 adds, over version 1, a MAC over the whole document (HMAC-SHA256 under a key derived
from K, see `slot_crypto.mac_key`), the latest signed audit checkpoint (`audit_anchor`) and, per
anchor-holding slot, the wrapped anchor key. Version 1 files are still read (a register from an
older Casus); the first save writes version 2.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casus_app.domain.errors import Text, marked
from casus_app.storage.keys.slot_crypto import (
    CEIL_M_KIB,
    CEIL_P,
    CEIL_T,
    FLOOR_M_KIB,
    FLOOR_P,
    FLOOR_T,
    FORMAT,
    KEY_LEN,
    NONCE_LEN,
    RECOVERY_TAG,
    SALT_LEN,
    SEALED_LEN,
    AnchorWrap,
    DamagedKeySlotFile,
    KdfParams,
    Slot,
    b64,
    canonical,
    kdf_json,
)

VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_FILE_BYTES = 1 << 20
SIGNATURE_LEN = 64
_V1_FIELDS = {"formaat", "versie", "register_id", "key_epoch", "audit_head", "slots"}
_V2_FIELDS = _V1_FIELDS | {"audit_anchor", "mac"}
_SLOT_KEYS = {"slot_id", "user_tag", "kind", "kdf", "public_key", "wrapped_private", "sealed_key"}


@dataclass(frozen=True)
class Checkpoint:
    """An audit head (seq, hash) signed with the audit anchor; binds the recovery slot's public key."""

    public_key: bytes  # the anchor's Ed25519 public key
    seq: int
    hash: str
    recovery_public: bytes
    signature: bytes


@dataclass
class FileContent:
    register_id: str
    key_epoch: int
    audit_head: tuple[int, str] | None
    slots: list[Slot]
    checkpoint: Checkpoint | None
    mac: bytes | None
    version: int


class Invalid(Exception):
    pass


# --- writing ------------------------------------------------------------------------------------


def body(
    register_id: str,
    key_epoch: int,
    audit_head: tuple[int, str] | None,
    slots: list[Slot],
    checkpoint: Checkpoint | None,
) -> dict[str, Any]:
    """The document without its MAC: exactly what the MAC covers."""
    return {
        "formaat": FORMAT,
        "versie": VERSION,
        "register_id": register_id,
        "key_epoch": key_epoch,
        "audit_head": None if audit_head is None else {"seq": audit_head[0], "hash": audit_head[1]},
        "audit_anchor": checkpoint_json(checkpoint),
        "slots": [slot_json(s) for s in slots],
    }


def compute_mac(mac_key: bytes | bytearray, doc: dict[str, Any]) -> bytes:
    content = {k: v for k, v in doc.items() if k != "mac"}
    return hmac.new(bytes(mac_key), canonical(content), hashlib.sha256).digest()


def serialise(doc: dict[str, Any], mac: bytes | None) -> bytes:
    doc = {**doc, "mac": None if mac is None else b64(mac)}
    return (json.dumps(doc, indent=2, ensure_ascii=True) + "\n").encode("utf-8")


def checkpoint_json(checkpoint: Checkpoint | None) -> dict[str, Any] | None:
    if checkpoint is None:
        return None
    return {
        "public_key": b64(checkpoint.public_key),
        "seq": checkpoint.seq,
        "hash": checkpoint.hash,
        "recovery_public": b64(checkpoint.recovery_public),
        "signature": b64(checkpoint.signature),
    }


def slot_json(slot: Slot) -> dict[str, Any]:
    doc = {
        "slot_id": slot.slot_id,
        "user_tag": slot.user_tag,
        "kind": slot.kind,
        "kdf": kdf_json(slot.kdf),
        "public_key": b64(slot.public_key),
        "wrapped_private": {"nonce": b64(slot.wrapped_nonce), "ciphertext": b64(slot.wrapped_ciphertext)},
        "sealed_key": {
            "ephemeral_public": b64(slot.ephemeral_public),
            "nonce": b64(slot.sealed_nonce),
            "ciphertext": b64(slot.sealed_ciphertext),
        },
    }
    if slot.anchor is not None:
        doc["anchor"] = {
            "public_key": b64(slot.anchor.public_key),
            "nonce": b64(slot.anchor.nonce),
            "ciphertext": b64(slot.anchor.ciphertext),
        }
    return doc


# --- reading ------------------------------------------------------------------------------------


def read(source: Path) -> tuple[FileContent, dict[str, Any]]:
    """The parsed file and its raw document (for the MAC); DamagedKeySlotFile when unreadable."""
    name = source.name
    try:
        with open(source, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DamagedKeySlotFile("Het sleutelbestand '{name}' ontbreekt.", name=name) from None
    except OSError as error:
        raise DamagedKeySlotFile(
            "Het sleutelbestand '{name}' is niet te lezen ({strerror}).", name=name, strerror=error.strerror
        ) from None
    try:
        if len(data) > MAX_FILE_BYTES:
            raise Invalid("te groot")
        doc = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
        return from_doc(doc), doc
    except Invalid as error:
        raise DamagedKeySlotFile(
            "Het sleutelbestand '{name}' is beschadigd of onvolledig ({error}).",
            name=name,
            error=_reason(error),
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise DamagedKeySlotFile(
            "Het sleutelbestand '{name}' is beschadigd of onvolledig (geen leesbare JSON).", name=name
        ) from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise Invalid("dubbele sleutel")
    return result


def _no_constant(text: str) -> Any:
    raise Invalid(Text("ongeldige waarde {text}", text=text))


# What is wrong with a key file, in words of its own (the rest names a field of the format).
_REASONS = frozenset(
    {
        marked("te groot"),
        marked("dubbele sleutel"),
        marked("dubbele gebruiker"),
        marked("dubbele slot_id"),
        marked("geen gebruikers"),
        marked("geen object"),
        marked("geen sleutelplaatsen"),
        marked("gemaakt door een nieuwere versie van Casus; werk Casus bij"),
        marked("kdf te zwaar"),
        marked("kdf: alleen argon2id"),
        marked("onbekend formaat"),
        marked("onbekende versie"),
        marked("velden van een sleutelplaats"),
        marked("velden"),
        marked("formaat"),
        marked("Argon2-parameters onder het minimum van 64 MiB, t=3, p=4"),
    }
)


def _reason(error: Invalid) -> object:
    """The reason as a text the interface translates; a field's name as it is."""
    reason = error.args[0] if error.args else ""
    return Text(reason) if isinstance(reason, str) and reason in _REASONS else reason


def from_doc(doc: Any) -> FileContent:
    require(isinstance(doc, dict), "geen object")
    require(doc.get("formaat") == FORMAT, "onbekend formaat")
    version = doc.get("versie")
    if is_int(version) and version > VERSION:
        raise Invalid("gemaakt door een nieuwere versie van Casus; werk Casus bij")
    require(is_int(version) and version in READABLE_VERSIONS, "onbekende versie")
    require(set(doc) == (_V1_FIELDS if version == 1 else _V2_FIELDS), "velden")
    require(is_register_id(doc["register_id"]), "register_id")
    require(is_int(doc["key_epoch"]) and doc["key_epoch"] >= 1, "key_epoch")
    head = doc["audit_head"]
    require(head is None or is_audit_head(head), "audit_head")
    require(isinstance(doc["slots"], list) and bool(doc["slots"]), "geen sleutelplaatsen")
    slots = [_slot_from_doc(s, version) for s in doc["slots"]]
    require(len({s.slot_id for s in slots}) == len(slots), "dubbele slot_id")
    require(len({(s.kind, s.user_tag) for s in slots}) == len(slots), "dubbele gebruiker")
    require(any(s.kind == "user" for s in slots), "geen gebruikers")
    checkpoint, mac = None, None
    if version >= 2:
        checkpoint = _checkpoint_from_doc(doc["audit_anchor"])
        if doc["mac"] is not None:
            mac = unb64(doc["mac"], 32, "mac")
    audit_head = None if head is None else (head["seq"], head["hash"])
    return FileContent(doc["register_id"], doc["key_epoch"], audit_head, slots, checkpoint, mac, version)


def _checkpoint_from_doc(doc: Any) -> Checkpoint | None:
    if doc is None:
        return None
    keys = {"public_key", "seq", "hash", "recovery_public", "signature"}
    require(isinstance(doc, dict) and set(doc) == keys, "audit_anchor")
    require(is_audit_head({"seq": doc["seq"], "hash": doc["hash"]}), "audit_anchor")
    return Checkpoint(
        public_key=unb64(doc["public_key"], KEY_LEN, "audit_anchor"),
        seq=doc["seq"],
        hash=doc["hash"],
        recovery_public=unb64(doc["recovery_public"], KEY_LEN, "audit_anchor"),
        signature=unb64(doc["signature"], SIGNATURE_LEN, "audit_anchor"),
    )


def _slot_from_doc(doc: Any, version: int) -> Slot:
    require(isinstance(doc, dict), "velden van een sleutelplaats")
    allowed = (_SLOT_KEYS,) if version == 1 else (_SLOT_KEYS, _SLOT_KEYS | {"anchor"})
    require(set(doc) in allowed, "velden van een sleutelplaats")
    slot_id, tag, kind = doc["slot_id"], doc["user_tag"], doc["kind"]
    require(isinstance(slot_id, str) and is_hex(slot_id, 32), "slot_id")
    require(kind in ("user", "recovery"), "kind")
    if kind == "recovery":
        require(tag == RECOVERY_TAG, "user_tag")
    else:
        require(isinstance(tag, str) and is_hex(tag, 64), "user_tag")
    kdf = doc["kdf"]
    require(isinstance(kdf, dict) and set(kdf) == {"name", "m_kib", "t", "p", "salt"}, "kdf")
    require(kdf["name"] == "argon2id", "kdf: alleen argon2id")
    require(all(is_int(kdf[k]) for k in ("m_kib", "t", "p")), "kdf")
    if kdf["m_kib"] < FLOOR_M_KIB or kdf["t"] < FLOOR_T or kdf["p"] < FLOOR_P:
        raise Invalid("Argon2-parameters onder het minimum van 64 MiB, t=3, p=4")
    require(kdf["m_kib"] <= CEIL_M_KIB and kdf["t"] <= CEIL_T and kdf["p"] <= CEIL_P, "kdf te zwaar")
    wrapped, sealed = doc["wrapped_private"], doc["sealed_key"]
    require(isinstance(wrapped, dict) and set(wrapped) == {"nonce", "ciphertext"}, "wrapped_private")
    require(
        isinstance(sealed, dict) and set(sealed) == {"ephemeral_public", "nonce", "ciphertext"}, "sealed_key"
    )
    anchor = None
    if "anchor" in doc:
        raw = doc["anchor"]
        require(isinstance(raw, dict) and set(raw) == {"public_key", "nonce", "ciphertext"}, "anchor")
        anchor = AnchorWrap(
            unb64(raw["public_key"], KEY_LEN, "anchor"),
            unb64(raw["nonce"], NONCE_LEN, "anchor"),
            unb64(raw["ciphertext"], SEALED_LEN, "anchor"),
        )
    return Slot(
        slot_id=slot_id,
        user_tag=tag,
        kind=kind,
        kdf=KdfParams(kdf["m_kib"], kdf["t"], kdf["p"], unb64(kdf["salt"], SALT_LEN, "salt")),
        public_key=unb64(doc["public_key"], KEY_LEN, "public_key"),
        wrapped_nonce=unb64(wrapped["nonce"], NONCE_LEN, "nonce"),
        wrapped_ciphertext=unb64(wrapped["ciphertext"], SEALED_LEN, "ciphertext"),
        ephemeral_public=unb64(sealed["ephemeral_public"], KEY_LEN, "ephemeral_public"),
        sealed_nonce=unb64(sealed["nonce"], NONCE_LEN, "nonce"),
        sealed_ciphertext=unb64(sealed["ciphertext"], SEALED_LEN, "ciphertext"),
        anchor=anchor,
    )


def slot_from_json(doc: Any) -> Slot:
    """A slot kept as JSON elsewhere (a pending rotation); ValueError when it is not valid."""
    try:
        return _slot_from_doc(doc, VERSION)
    except Invalid as error:
        raise ValueError(str(error)) from None


def require(condition: bool, what: str) -> None:
    if not condition:
        raise Invalid(what)


def unb64(value: Any, length: int, what: str) -> bytes:
    """Strict, canonical base64 of exactly `length` bytes: a flipped character can never pass unchanged."""
    require(isinstance(value, str) and value.isascii(), what)
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        raise Invalid(what) from None
    require(len(raw) == length and b64(raw) == value, what)
    return raw


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_hex(value: str, length: int) -> bool:
    return len(value) == length and all(c in "0123456789abcdef" for c in value)


def is_register_id(value: Any) -> bool:
    return isinstance(value, str) and is_hex(value, 32) and uuid.UUID(hex=value).version == 4


def is_audit_head(head: Any) -> bool:
    return (
        isinstance(head, dict)
        and set(head) == {"seq", "hash"}
        and is_int(head["seq"])
        and head["seq"] >= 0
        and isinstance(head["hash"], str)
        and is_hex(head["hash"], 64)
    )
