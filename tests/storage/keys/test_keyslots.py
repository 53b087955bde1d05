"""Key slots: unlocking, tampering, damaged sidecars, rotation and atomic saves."""

from __future__ import annotations

import base64
import json
import os
import re
import stat
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from casus_app.domain.errors import (
    DamagedKeySlots,
    InvalidInput,
    NotFound,
    RegisterUnavailable,
    WrongPassword,
)
from casus_app.storage import atomic_file
from casus_app.storage.atomic_file import write_atomic
from casus_app.storage.keys.keyslots import (
    KdfParams,
    KeySlotFile,
    _derive,
    new_database_key,
    tuned_time_cost,
    user_tag,
    wipe,
)

ADMIN, ADMIN_PW = "Beheerder", "correct horse battery staple"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def floor_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASUS_KDF_TARGET_SECONDS", "0")


@dataclass
class Register:
    path: Path
    keys: KeySlotFile
    key: bytearray
    recovery: str

    def doc(self) -> dict[str, Any]:
        return json.loads(self.path.read_text("utf-8"))

    def write(self, doc: dict[str, Any]) -> None:
        self.path.write_text(json.dumps(doc), "utf-8")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytearray, str]:
    """One sidecar per module (creating costs two derivations); each test gets a copy."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASUS_KDF_TARGET_SECONDS", "0")
        key = new_database_key()
        path = tmp_path_factory.mktemp("template") / "casus.db.keys"
        _, recovery = KeySlotFile.create(path, uuid.uuid4().hex, key, ADMIN, ADMIN_PW)
    return path, key, recovery


@pytest.fixture
def register(tmp_path: Path, template: tuple[Path, bytearray, str]) -> Register:
    source, key, recovery = template
    path = tmp_path / "casus.db.keys"
    write_atomic(path, source.read_bytes())
    return Register(path, KeySlotFile.load(path), bytearray(key), recovery)


def wrong_password_message(name: str) -> str:
    return f"Onjuist wachtwoord voor gebruiker '{name}'. Controleer het wachtwoord en probeer het opnieuw."


def unlock_fails(path: Path, name: str = ADMIN, password: str = ADMIN_PW) -> None:
    """Loading or unlocking must fail with a user error — never hand out a key."""
    with pytest.raises((DamagedKeySlots, WrongPassword)):
        KeySlotFile.load(path).unlock(name, password)


# --- unlocking ---------------------------------------------------------------------------------


def test_unlock_with_right_password_returns_key(register: Register) -> None:
    key = KeySlotFile.load(register.path).unlock(ADMIN, ADMIN_PW)
    assert isinstance(key, bytearray)
    assert key == register.key
    assert KeySlotFile.load(register.path).unlock("  beheerder ", ADMIN_PW) == register.key


def test_wrong_password_and_unknown_user_give_the_same_message(register: Register) -> None:
    keys = KeySlotFile.load(register.path)
    start = time.perf_counter()
    with pytest.raises(WrongPassword) as wrong:
        keys.unlock(ADMIN, "wrong")
    wrong_time = time.perf_counter() - start
    start = time.perf_counter()
    with pytest.raises(WrongPassword) as unknown:
        keys.unlock("Onbekend", ADMIN_PW)
    unknown_time = time.perf_counter() - start

    assert wrong.value.message == wrong_password_message(ADMIN)
    assert unknown.value.message == wrong_password_message("Onbekend")
    assert not keys.has_user("Onbekend") and keys.has_user(ADMIN)
    # The unknown user also pays for a derivation, so timing does not tell who exists.
    assert unknown_time > 0.5 * wrong_time


def test_recovery_key_unlocks_in_any_spelling(register: Register) -> None:
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}", register.recovery)
    keys = KeySlotFile.load(register.path)
    assert keys.unlock_recovery(register.recovery) == register.key
    assert keys.unlock_recovery(register.recovery.replace("-", "").lower()) == register.key

    typo = register.recovery[:-1] + ("0" if register.recovery[-1] != "0" else "1")
    with pytest.raises(WrongPassword, match="herstelsleutel"):
        keys.unlock_recovery(typo)
    with pytest.raises(WrongPassword):
        keys.unlock_recovery("not a key")


def test_change_password_touches_only_that_slot(register: Register) -> None:
    register.keys.add_user("Jansen", "jansen-pw", register.key)
    register.keys.save()
    before = register.doc()

    keys = KeySlotFile.load(register.path)
    with pytest.raises(WrongPassword):
        keys.change_password(ADMIN, "not the password", "new")
    keys.change_password(ADMIN, ADMIN_PW, "a new password")
    keys.save()

    keys = KeySlotFile.load(register.path)
    with pytest.raises(WrongPassword):
        keys.unlock(ADMIN, ADMIN_PW)
    assert keys.unlock(ADMIN, "a new password") == register.key
    after = register.doc()
    assert after["slots"][1:] == before["slots"][1:]  # Jansen and recovery, byte for byte
    assert after["slots"][0]["slot_id"] == before["slots"][0]["slot_id"]
    assert after["slots"][0]["kdf"]["salt"] != before["slots"][0]["kdf"]["salt"]
    assert keys.unlock("Jansen", "jansen-pw") == register.key


def test_reset_add_and_remove_users(register: Register) -> None:
    keys = register.keys
    keys.add_user("Jansen", "first", register.key)
    keys.add_user("jansen", "second", register.key)  # same user: replaces the slot
    assert sum(s.kind == "user" for s in keys.slots) == 2
    with pytest.raises(WrongPassword):
        keys.unlock("Jansen", "first")
    keys.reset_password("Jansen", "third", register.key)
    assert keys.unlock("Jansen", "third") == register.key
    with pytest.raises(NotFound):
        keys.reset_password("Nobody", "x", register.key)
    keys.remove_user("Jansen")
    assert not keys.has_user("Jansen")
    with pytest.raises(InvalidInput):
        keys.remove_user(ADMIN)  # the last user cannot lock everyone out


def test_create_refuses_an_existing_sidecar(register: Register) -> None:
    with pytest.raises(RegisterUnavailable):
        KeySlotFile.create(register.path, uuid.uuid4().hex, new_database_key(), ADMIN, "x")


# --- tampering ---------------------------------------------------------------------------------


def _flip(text: str, index: int) -> str:
    replacement = "A" if text[index] != "A" else "B"
    return text[:index] + replacement + text[index + 1 :]


BASE64_FIELDS = [
    ("kdf", "salt"),
    ("public_key",),
    ("wrapped_private", "nonce"),
    ("wrapped_private", "ciphertext"),
    ("sealed_key", "ephemeral_public"),
    ("sealed_key", "nonce"),
    ("sealed_key", "ciphertext"),
]


def _get(slot: dict[str, Any], field: tuple[str, ...]) -> Any:
    for part in field[:-1]:
        slot = slot[part]
    return slot[field[-1]]


def _set(slot: dict[str, Any], field: tuple[str, ...], value: Any) -> None:
    for part in field[:-1]:
        slot = slot[part]
    slot[field[-1]] = value


@pytest.mark.parametrize("field", BASE64_FIELDS, ids=lambda f: ".".join(f))
def test_flipped_base64_character_never_unlocks(register: Register, field: tuple[str, ...]) -> None:
    original = register.doc()
    text = _get(original["slots"][0], field)
    for index in {0, len(text) // 2, len(text.rstrip("=")) - 1}:
        doc = json.loads(json.dumps(original))
        _set(doc["slots"][0], field, _flip(text, index))
        register.write(doc)
        unlock_fails(register.path)


def _edit(doc: dict[str, Any], change: str) -> str:
    """Apply one edit to the admin slot; returns the name to unlock as."""
    slot = doc["slots"][0]
    if change == "kdf.t":
        slot["kdf"]["t"] += 1
    elif change == "kdf.m_kib":
        slot["kdf"]["m_kib"] *= 2
    elif change == "kdf.p":
        slot["kdf"]["p"] += 1
    elif change == "kdf.salt":
        slot["kdf"]["salt"] = base64.b64encode(os.urandom(16)).decode()
    elif change == "slot_id":
        slot["slot_id"] = uuid.uuid4().hex
    elif change == "user_tag":  # the admin's slot relabelled as another user's
        slot["user_tag"] = user_tag(doc["register_id"], "Mallory")
        return "Mallory"
    elif change == "register_id":  # moved to another register, tag recomputed to match
        doc["register_id"] = uuid.uuid4().hex
        slot["user_tag"] = user_tag(doc["register_id"], ADMIN)
    elif change == "key_epoch":
        doc["key_epoch"] += 1
    elif change == "public_key":
        slot["public_key"] = base64.b64encode(os.urandom(32)).decode()
    elif change == "ephemeral_public":
        slot["sealed_key"]["ephemeral_public"] = base64.b64encode(os.urandom(32)).decode()
    elif change in ("wrapped_private.ciphertext", "sealed_key.ciphertext"):
        part = change.split(".")[0]
        slot[part]["ciphertext"] = base64.b64encode(os.urandom(48)).decode()
    else:
        raise AssertionError(change)
    return ADMIN


EDITS = [
    "kdf.t",
    "kdf.m_kib",
    "kdf.p",
    "kdf.salt",
    "slot_id",
    "user_tag",
    "register_id",
    "key_epoch",
    "public_key",
    "ephemeral_public",
    "wrapped_private.ciphertext",
    "sealed_key.ciphertext",
]


@pytest.mark.parametrize("change", EDITS)
def test_edited_slot_field_never_unlocks(register: Register, change: str) -> None:
    doc = register.doc()
    name = _edit(doc, change)
    register.write(doc)
    unlock_fails(register.path, name)


@pytest.mark.parametrize("change", ["key_epoch", "public_key", "ephemeral_public", "sealed_key.ciphertext"])
def test_edits_after_a_correct_password_are_reported_as_damage(register: Register, change: str) -> None:
    doc = register.doc()
    _edit(doc, change)
    register.write(doc)
    with pytest.raises(DamagedKeySlots):
        KeySlotFile.load(register.path).unlock(ADMIN, ADMIN_PW)


@pytest.mark.parametrize("change", ["slot_id", "user_tag", "register_id"])
def test_relabelled_slot_is_refused_by_the_private_key_wrap(register: Register, change: str) -> None:
    # The wrap's associated data binds these, so unwrapping fails (indistinguishable from a wrong
    # password) before the sealed key is ever tried.
    doc = register.doc()
    name = _edit(doc, change)
    register.write(doc)
    with pytest.raises(WrongPassword):
        KeySlotFile.load(register.path).unlock(name, ADMIN_PW)


def test_base64_with_changed_padding_bits_is_refused(register: Register) -> None:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    doc = register.doc()
    salt = doc["slots"][0]["kdf"]["salt"]  # 16 bytes: "xx==", the last character carries 4 spare bits
    last = len(salt) - 3
    other = alphabet[alphabet.index(salt[last]) ^ 1]
    doc["slots"][0]["kdf"]["salt"] = salt[:last] + other + salt[last + 1 :]
    assert base64.b64decode(doc["slots"][0]["kdf"]["salt"]) == base64.b64decode(salt)
    register.write(doc)
    with pytest.raises(DamagedKeySlots):
        KeySlotFile.load(register.path)


def test_user_slot_relabelled_as_recovery_does_not_open_with_recovery_key(register: Register) -> None:
    doc = register.doc()
    admin_slot = doc["slots"][0]
    admin_slot.update(kind="recovery", user_tag="recovery")
    doc["slots"] = [admin_slot, doc["slots"][0] | {"slot_id": uuid.uuid4().hex, "kind": "user"}]
    doc["slots"][1]["user_tag"] = user_tag(doc["register_id"], ADMIN)
    register.write(doc)
    with pytest.raises((DamagedKeySlots, WrongPassword)):
        KeySlotFile.load(register.path).unlock_recovery(register.recovery)


@pytest.mark.parametrize(("param", "value"), [("m_kib", 32768), ("t", 2), ("p", 1), ("m_kib", 1 << 30)])
def test_kdf_parameters_outside_the_limits_are_refused(register: Register, param: str, value: int) -> None:
    doc = register.doc()
    doc["slots"][0]["kdf"][param] = value
    register.write(doc)
    with pytest.raises(DamagedKeySlots):
        KeySlotFile.load(register.path)


def test_newer_format_version_is_refused_with_a_clear_message(register: Register) -> None:
    doc = register.doc()
    doc["versie"] = 3
    register.write(doc)
    with pytest.raises(DamagedKeySlots, match="nieuwere versie"):
        KeySlotFile.load(register.path)


# --- damaged or missing sidecar ----------------------------------------------------------------


def _damage(path: Path, how: str) -> None:
    if how == "missing":
        path.unlink()
    elif how == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "not json":
        path.write_bytes(b"\x00\xffgarbage")
    elif how == "wrong structure":
        path.write_text('{"formaat": "casus-sleutels", "versie": 1, "slots": []}', "utf-8")


DAMAGES = ["missing", "truncated", "empty", "not json", "wrong structure"]


@pytest.mark.parametrize("how", DAMAGES)
def test_damaged_sidecar_without_backup(register: Register, how: str) -> None:
    _damage(register.path, how)
    with pytest.raises(DamagedKeySlots) as error:
        KeySlotFile.load(register.path)
    assert getattr(error.value, "backup_available", False) is False
    assert "sleutelbestand" in error.value.message
    assert register.path.exists() == (how != "missing")  # nothing created


@pytest.mark.parametrize("how", DAMAGES)
def test_damaged_sidecar_points_to_a_good_backup(register: Register, how: str) -> None:
    register.keys.save()  # the first version becomes casus.db.keys.bak
    backup = register.path.with_name("casus.db.keys.bak")
    assert backup.exists()
    _damage(register.path, how)

    with pytest.raises(DamagedKeySlots) as error:
        KeySlotFile.load(register.path)
    assert error.value.backup_available is True  # type: ignore[attr-defined]
    assert "eerdere kopie" in error.value.message
    assert register.path.exists() == (how != "missing")

    restored = KeySlotFile.load_backup(register.path)
    assert restored.unlock(ADMIN, ADMIN_PW) == register.key
    good_backup = backup.read_bytes()
    restored.save()  # restores the main file; the good .bak is not replaced by the damaged file
    assert KeySlotFile.load(register.path).unlock(ADMIN, ADMIN_PW) == register.key
    assert backup.read_bytes() == good_backup


def test_damaged_backup_is_not_offered(register: Register) -> None:
    register.keys.save()
    register.path.with_name("casus.db.keys.bak").write_bytes(b"{")
    _damage(register.path, "truncated")
    with pytest.raises(DamagedKeySlots) as error:
        KeySlotFile.load(register.path)
    assert getattr(error.value, "backup_available", False) is False


# --- rotation ----------------------------------------------------------------------------------


def test_rotation_reseals_without_passwords_and_locks_out_a_removed_user(
    register: Register, tmp_path: Path
) -> None:
    keys = register.keys
    keys.add_user("Jansen", "jansen-pw", register.key)
    keys.add_user("Pietersen", "pietersen-pw", register.key)
    keys.save()
    old_copy = tmp_path / "kept-by-pietersen.keys"
    old_copy.write_bytes(register.path.read_bytes())

    keys.remove_user("Pietersen")
    new_key = new_database_key()
    rotated = keys.rotate(new_key)
    assert rotated is not keys and keys.key_epoch == 1 and rotated.key_epoch == 2
    assert KeySlotFile.load(register.path).key_epoch == 1  # rotate does not save
    rotated.save()

    current = KeySlotFile.load(register.path)
    assert current.unlock(ADMIN, ADMIN_PW) == new_key
    assert current.unlock("Jansen", "jansen-pw") == new_key
    assert current.unlock_recovery(register.recovery) == new_key
    with pytest.raises(WrongPassword):
        current.unlock("Pietersen", "pietersen-pw")

    from_old_copy = KeySlotFile.load(old_copy).unlock("Pietersen", "pietersen-pw")
    assert from_old_copy == register.key
    assert from_old_copy != new_key


# --- secrets hygiene ---------------------------------------------------------------------------


def test_salts_and_nonces_never_repeat(register: Register) -> None:
    keys = register.keys
    for i in range(6):
        keys.add_user(f"user{i}", f"pw{i}", register.key)
    seen = list(keys.slots)
    for i in range(3):
        keys.change_password(f"user{i}", f"pw{i}", f"new{i}")
        keys.reset_password(f"user{i + 3}", f"reset{i}", register.key)
        seen.extend(keys.slots)
    rotated = keys.rotate(new_database_key())
    seen.extend(rotated.slots)

    wraps = {s.wrapped_ciphertext: s for s in seen}.values()
    seals = {s.sealed_ciphertext: s for s in seen}.values()
    salts = [s.kdf.salt for s in wraps]
    nonces = [s.wrapped_nonce for s in wraps] + [s.sealed_nonce for s in seals]
    ephemerals = [s.ephemeral_public for s in seals]
    assert len(wraps) == 14  # admin, recovery, 6 users, 3 changed, 3 reset
    assert len(set(salts)) == len(salts)
    assert len(set(nonces)) == len(nonces)
    assert len(set(ephemerals)) == len(ephemerals)
    assert all(len(s) == 16 for s in salts) and all(len(n) == 12 for n in nonces)


def test_file_holds_no_user_names(register: Register) -> None:
    register.keys.add_user("Ada Lovelace", "pw", register.key)
    register.keys.save()
    text = register.path.read_text("utf-8").casefold()
    for name in (ADMIN, "Ada Lovelace", "Lovelace"):
        assert name.casefold() not in text


@posix_only
def test_files_are_private(register: Register) -> None:
    register.keys.save()
    for path in (register.path, register.path.with_name("casus.db.keys.bak")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_audit_head_round_trip(register: Register) -> None:
    register.keys.set_audit_head(41, "AB" * 32)
    register.keys.save()
    assert KeySlotFile.load(register.path).audit_head == (41, "ab" * 32)
    with pytest.raises(ValueError):
        register.keys.set_audit_head(-1, "ab" * 32)


def test_wipe_and_new_key() -> None:
    key = new_database_key()
    assert isinstance(key, bytearray) and len(key) == 32 and key != new_database_key()
    wipe(key)
    assert key == bytearray(32)


# --- tuning ------------------------------------------------------------------------------------


def _timed(t: int) -> float:
    start = time.perf_counter()
    _derive(b"password", KdfParams(65536, t, 4, os.urandom(16)))
    return time.perf_counter() - start


def test_tuning_reaches_the_target_roughly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    tuned_time_cost.cache_clear()
    t = tuned_time_cost(0.2)
    floor, tuned = _timed(3), _timed(t)
    print(f"\nArgon2id 64 MiB p=4: t=3 {floor:.3f} s; tuned t={t} {tuned:.3f} s (target 0.2 s)")
    assert 3 <= t <= 12
    if t > 3:
        assert 0.2 / 3 < tuned < 0.2 * 3
    else:  # this machine is slow: the floor alone exceeds the target
        assert floor > 0.2 / 2

    monkeypatch.setenv("CASUS_KDF_TARGET_SECONDS", "0.2")
    keys, _ = KeySlotFile.create(tmp_path / "k.keys", uuid.uuid4().hex, new_database_key(), ADMIN, "pw")
    assert {s.kdf.t for s in keys.slots} == {t}


# --- atomic write ------------------------------------------------------------------------------


def _leftovers(directory: Path) -> list[str]:
    return [p.name for p in directory.iterdir() if p.name.startswith(".")]


def test_write_atomic_keeps_previous(tmp_path: Path) -> None:
    path = tmp_path / "export.pdf"
    write_atomic(path, b"one")
    write_atomic(path, b"two", keep_previous=True)
    assert path.read_bytes() == b"two"
    assert path.with_name("export.pdf.bak").read_bytes() == b"one"
    assert _leftovers(tmp_path) == []


def test_write_atomic_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_link(*args: object, **kwargs: object) -> None:
        raise OSError("no hard links here")

    monkeypatch.setattr(atomic_file.os, "link", no_link)
    path = tmp_path / "x"
    write_atomic(path, b"one")
    write_atomic(path, b"two", keep_previous=True)
    assert (path.read_bytes(), path.with_name("x.bak").read_bytes()) == (b"two", b"one")
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("crash_at", ["any replace", "final replace"])
def test_crash_during_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash_at: str
) -> None:
    path = tmp_path / "x"
    write_atomic(path, b"old")
    real_replace = os.replace

    def crashing_replace(src: Any, dst: Any) -> None:
        if crash_at == "any replace" or Path(dst) == path:
            raise OSError("simulated crash")
        real_replace(src, dst)

    monkeypatch.setattr(atomic_file.os, "replace", crashing_replace)
    with pytest.raises(OSError, match="simulated crash"):
        write_atomic(path, b"new", keep_previous=True)
    assert path.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_crash_during_password_change_keeps_the_old_password(
    register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = KeySlotFile.load(register.path)
    keys.change_password(ADMIN, ADMIN_PW, "new password")

    def crash(src: Any, dst: Any) -> None:
        raise OSError("simulated crash")

    monkeypatch.setattr(atomic_file.os, "replace", crash)
    with pytest.raises(OSError):
        keys.save()
    monkeypatch.undo()
    assert KeySlotFile.load(register.path).unlock(ADMIN, ADMIN_PW) == register.key
