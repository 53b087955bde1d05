"""The key-slot sidecar `<register>.keys`: every user (and one recovery key) can unlock K.

The cryptography of one slot is in `slot_crypto`, the file format and its MAC in `slot_format`.
This module is the file as the rest of Casus uses it: load, unlock, add or replace a slot,
rotate, save.

The user tag is HMAC-SHA256(register id, name) so names are not readable in the file; the register
id is public, so a tag still confirms a guessed name — it hides, it does not protect.

Authenticity: the whole file carries a MAC under a key derived from K, and the register records
every slot (id, public key, user tag, kind) inside the encrypted database (`slot_records`).
Unlocking binds the file to K (`bind`), after which `mac_ok()` tells whether the file was last
written by someone holding K; what to do about a difference is the register's decision.
"""

from __future__ import annotations

import hmac
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from casus_app.domain.errors import (
    DamagedKeySlots,
    InvalidInput,
    NotFound,
    RegisterUnavailable,
    WrongPassword,
)
from casus_app.storage.atomic_file import backup_path, write_atomic
from casus_app.storage.keys.recovery_key import decode_recovery, encode_recovery, new_recovery_secret
from casus_app.storage.keys.slot_crypto import (
    FLOOR_M_KIB,
    FLOOR_P,
    FLOOR_T,
    KEY_LEN,
    RECOVERY_TAG,
    SALT_LEN,
    DamagedKeySlotFile,
    KdfParams,
    Opening,
    Slot,
    derive,
    mac_key,
    new_database_key,
    new_slot,
    normalise_name,
    open_slot,
    password_bytes,
    seal,
    tuned_time_cost,
    user_tag,
    wipe,
)
from casus_app.storage.keys.slot_format import (
    Checkpoint,
    body,
    compute_mac,
    is_audit_head,
    is_register_id,
    read,
    serialise,
)

__all__ = [
    "Checkpoint",
    "DamagedKeySlotFile",
    "KdfParams",
    "KeySlotFile",
    "Opening",
    "Slot",
    "new_database_key",
    "tuned_time_cost",
    "user_tag",
    "wipe",
]

# Kept for tests and callers of the former single module.
_derive = derive


def _wrong_password(name: str) -> WrongPassword:
    return WrongPassword(
        "Onjuist wachtwoord voor gebruiker '{name}'. Controleer het wachtwoord en probeer het opnieuw.",
        name=name,
    )


@dataclass(eq=False)
class KeySlotFile:
    """The sidecar `<register>.keys`: in memory until `save()`; all changes replace whole slots."""

    path: Path
    register_id: str
    key_epoch: int
    audit_head: tuple[int, str] | None
    slots: list[Slot]
    checkpoint: Checkpoint | None = None  # the latest audit head signed with the anchor
    loaded_mac: bytes | None = None  # the MAC as read (None: none in the file)
    loaded_version: int = 2
    _mac_key: bytearray | None = field(default=None, repr=False)
    _loaded_body: dict | None = field(default=None, repr=False)

    @classmethod
    def create(
        cls,
        path: Path,
        register_id: str,
        key: bytes | bytearray,
        admin_name: str,
        admin_password: str,
        anchor_private: bytes | bytearray | None = None,
    ) -> tuple[KeySlotFile, str]:
        """A new sidecar with the admin's slot and a recovery slot; returns (file, recovery key).

        With `anchor_private` both slots hold the audit anchor. Refuses when a sidecar (or its
        `.bak`) exists: a new K over an existing register would lock it.
        """
        path = Path(path)
        if path.exists() or backup_path(path).exists():
            raise RegisterUnavailable(
                "Er bestaat al een sleutelbestand '{name}'. Een nieuw sleutelbestand zou het bestaande "
                "register onbruikbaar maken; er is niets gewijzigd.",
                name=path.name,
            )
        if not is_register_id(register_id):
            raise ValueError("register_id must be a uuid4 in lowercase hex")
        keyfile = cls(path, register_id, 1, None, [])
        keyfile.bind(key)
        keyfile.add_user(admin_name, admin_password, key, anchor_private=anchor_private)
        secret = new_recovery_secret()
        keyfile.slots.append(
            new_slot(register_id, 1, uuid.uuid4().hex, RECOVERY_TAG, "recovery", secret, key, anchor_private)
        )
        write_atomic(path, keyfile.to_bytes())
        return keyfile, encode_recovery(secret)

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        path = Path(path)
        try:
            return cls._read(path, path)
        except DamagedKeySlots as error:
            try:
                cls._read(backup_path(path), path)
            except DamagedKeySlots:
                raise error from None
            raise DamagedKeySlotFile(
                "{error} Er is een eerdere kopie van het sleutelbestand gevonden ('{backup}'); die kan "
                "worden teruggezet.",
                error=error,
                backup=backup_path(path).name,
                backup_available=True,
            ) from error

    @classmethod
    def load_backup(cls, path: Path) -> KeySlotFile:
        """The previous copy `<path>.bak`; its `save()` writes to `path` again (restoring it)."""
        return cls._read(backup_path(Path(path)), Path(path))

    @classmethod
    def _read(cls, source: Path, path: Path) -> KeySlotFile:
        content, doc = read(source)
        return cls(
            path,
            content.register_id,
            content.key_epoch,
            content.audit_head,
            content.slots,
            content.checkpoint,
            content.mac,
            content.version,
            _loaded_body={k: v for k, v in doc.items() if k != "mac"},
        )

    # -- unlocking ----------------------------------------------------------------------------
    def has_user(self, name: str) -> bool:
        return self._find(name) is not None

    def unlock(self, name: str, password: str) -> bytearray:
        opening = self.open_user(name, password)
        if opening.anchor_private is not None:
            wipe(opening.anchor_private)
        return opening.key

    def unlock_recovery(self, recovery_key: str) -> bytearray:
        opening = self.open_recovery(recovery_key)
        if opening.anchor_private is not None:
            wipe(opening.anchor_private)
        return opening.key

    def open_user(self, name: str, password: str) -> Opening:
        """K, the slot that opened and (for an anchor slot) the anchor key; binds the file to K."""
        slot = self._find(name)
        if slot is None:
            # Same message and about the same time as a wrong password: who has a slot stays hidden.
            template = next((s.kdf for s in self.slots if s.kind == "user"), None)
            kdf = template or KdfParams(FLOOR_M_KIB, FLOOR_T, FLOOR_P, b"")
            derive(password_bytes(password), replace(kdf, salt=os.urandom(SALT_LEN)))
            raise _wrong_password(name)
        opening = open_slot(self.register_id, self.key_epoch, slot, password_bytes(password))
        if opening is None:
            raise _wrong_password(name)
        self.bind(opening.key)
        return opening

    def open_recovery(self, recovery_key: str) -> Opening:
        secret = decode_recovery(recovery_key)
        slot = self.recovery_slot()
        if slot is None:
            raise DamagedKeySlotFile("Het sleutelbestand bevat geen herstelsleutel.")
        opening = open_slot(self.register_id, self.key_epoch, slot, secret)
        if opening is None:
            raise WrongPassword(
                "De herstelsleutel past niet bij dit register. Controleer of u de herstelsleutel van "
                "dit register gebruikt."
            )
        self.bind(opening.key)
        return opening

    # -- authenticity -------------------------------------------------------------------------
    def bind(self, key: bytes | bytearray) -> None:
        """From now on the file is saved with a MAC under K (the key of an unlocked register)."""
        if self._mac_key is not None:
            wipe(self._mac_key)
        self._mac_key = mac_key(self.register_id, key)

    def mac_ok(self) -> bool:
        """Whether the file as loaded carried a valid MAC under the bound key (False: none or wrong)."""
        if self._mac_key is None:
            raise ValueError("bind the file to the database key first")
        if self.loaded_mac is None or self._loaded_body is None:
            return False
        return hmac.compare_digest(compute_mac(self._mac_key, self._loaded_body), self.loaded_mac)

    def forget_key(self) -> None:
        if self._mac_key is not None:
            wipe(self._mac_key)
            self._mac_key = None

    # -- changing slots -----------------------------------------------------------------------
    def add_user(
        self,
        name: str,
        password: str,
        key: bytes | bytearray,
        anchor_private: bytes | bytearray | None = None,
    ) -> Slot:
        """A slot for `name` sealing `key` (K of an unlocked session); replaces an existing one."""
        tag = self._tag(name)
        if not password:
            raise InvalidInput("Het wachtwoord mag niet leeg zijn.")
        slot = new_slot(
            self.register_id,
            self.key_epoch,
            uuid.uuid4().hex,
            tag,
            "user",
            password_bytes(password),
            key,
            anchor_private,
        )
        self._put(slot)
        return slot

    def prepare_user_slot(
        self,
        name: str,
        password: str,
        key: bytes | bytearray,
        anchor_private: bytes | bytearray | None = None,
    ) -> Slot:
        """A new slot for `name`, NOT put in the file: for a rotation that adds it (`rotate(extra=…)`)."""
        if not password:
            raise InvalidInput("Het wachtwoord mag niet leeg zijn.")
        return new_slot(
            self.register_id,
            self.key_epoch,
            uuid.uuid4().hex,
            self._tag(name),
            "user",
            password_bytes(password),
            key,
            anchor_private,
        )

    def change_password(self, name: str, old_password: str, new_password: str) -> Slot:
        """Needs the old password; this slot only gets a new keypair, salt and nonces.

        A new keypair (not only a re-wrap) means an old copy of the file plus the old password
        cannot open seals made after a later rotation. An anchor in the slot moves along.
        """
        opening = self.open_user(name, old_password)
        try:
            if not new_password:
                raise InvalidInput("Het wachtwoord mag niet leeg zijn.")
            old = self._find(name)
            if old is None:  # unlock succeeded, so the slot exists
                raise _wrong_password(name)
            slot = new_slot(
                self.register_id,
                self.key_epoch,
                old.slot_id,
                old.user_tag,
                "user",
                password_bytes(new_password),
                opening.key,
                opening.anchor_private,
            )
            self._put(slot)
            return slot
        finally:
            opening.wipe()

    def reset_password(
        self, name: str, new_password: str, key: bytes | bytearray, anchor_private: bytes | None = None
    ) -> Slot:
        """For the beheerder: a new slot for an existing user, without the old password."""
        if self._find(name) is None:
            raise NotFound("Gebruiker '{name}' heeft geen sleutel in dit register.", name=name)
        return self.add_user(name, new_password, key, anchor_private=anchor_private)

    def remove_user(self, name: str) -> None:
        """Removes the slot only; K is still known to that user until `rotate` and a re-key."""
        slot = self._find(name)
        if slot is None:
            raise NotFound("Gebruiker '{name}' heeft geen sleutel in dit register.", name=name)
        if sum(s.kind == "user" for s in self.slots) == 1:
            raise InvalidInput(
                "Dit is de laatste gebruiker met een sleutel; voeg eerst een andere beheerder toe."
            )
        self.slots = [s for s in self.slots if s.slot_id != slot.slot_id]

    def remove_slots(self, slot_ids: Iterable[str]) -> list[Slot]:
        """Drop these slots (unknown or withdrawn ones); returns what was dropped."""
        ids = set(slot_ids)
        dropped = [s for s in self.slots if s.slot_id in ids]
        self.slots = [s for s in self.slots if s.slot_id not in ids]
        return dropped

    def rotate(
        self,
        new_key: bytes | bytearray,
        keep: Callable[[Slot], bool] | None = None,
        extra: Iterable[Slot] = (),
    ) -> KeySlotFile:
        """A new, unsaved file: key epoch + 1 and `new_key` sealed to the slots `keep` accepts
        (every slot when None) and to the `extra` (prepared, not yet sealed) slots."""
        if len(new_key) != KEY_LEN:
            raise ValueError("the database key must be 32 bytes")
        epoch = self.key_epoch + 1
        chosen = [s for s in self.slots if keep is None or keep(s)]
        extra_ids = {s.slot_id for s in extra}
        chosen = [s for s in chosen if s.slot_id not in extra_ids] + list(extra)
        slots = [seal(slot, self.register_id, epoch, new_key) for slot in chosen]
        rotated = KeySlotFile(self.path, self.register_id, epoch, self.audit_head, slots, self.checkpoint)
        rotated.bind(new_key)
        return rotated

    def set_audit_head(self, seq: int, hash_hex: str) -> None:
        hash_hex = hash_hex.lower() if isinstance(hash_hex, str) else hash_hex
        if not is_audit_head({"seq": seq, "hash": hash_hex}):
            raise ValueError("audit head: seq >= 0 and a 64-character hex SHA-256")
        self.audit_head = (seq, hash_hex)

    def set_checkpoint(self, checkpoint: Checkpoint | None) -> None:
        self.checkpoint = checkpoint

    # -- looking up ---------------------------------------------------------------------------
    def slot_of(self, name: str) -> Slot | None:
        return self._find(name)

    def slot_by_id(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.slot_id == slot_id), None)

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    # -- writing ------------------------------------------------------------------------------
    def save(self) -> None:
        """Atomic; the previous file becomes `.bak` — unless it is unreadable, so a good `.bak` stays."""
        previous_ok = True
        try:
            read(self.path)
        except DamagedKeySlots:
            previous_ok = False
        write_atomic(self.path, self.to_bytes(), keep_previous=previous_ok)

    def save_as(self, path: Path) -> None:
        """Writes a copy to `path` (atomically, keeping a `.bak` there); `self.path` is unchanged."""
        write_atomic(Path(path), self.to_bytes(), keep_previous=True)

    def to_bytes(self) -> bytes:
        doc = body(self.register_id, self.key_epoch, self.audit_head, self.slots, self.checkpoint)
        # Without K (a file only loaded, never unlocked) the MAC as read is kept: if anything
        # changed it no longer fits, which the next unlock reports.
        mac = compute_mac(self._mac_key, doc) if self._mac_key is not None else self.loaded_mac
        return serialise(doc, mac)

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
