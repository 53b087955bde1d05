"""Restoring a backup, tried as an attacker would: nobody gets back in who was let go since the backup,
only a beheerder of today's register may restore, and a backup of another register is refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import CasusError, DamagedDatabase, InvalidInput, PermissionDenied, WrongPassword
from casus_app.services.admin import user_admin, users
from casus_app.services.admin.verify import verify
from casus_app.services.auth import login
from casus_app.services.backup.create import backup, restore
from casus_app.services.backup.restore import BackupNotOpened, RestoreNotConfirmed
from casus_app.services.cases.queries import count_cases
from casus_app.services.exchange.importer import import_file
from casus_app.storage import audit
from casus_app.storage.engine import check_key
from casus_app.storage.keys.keyslots import KeySlotFile
from casus_app.storage.models import AuditEntry
from tests.conftest import ADMIN, EXAMPLE, PASSWORD

OLD = "het wachtwoord van toen"
NEW = "een heel nieuw wachtwoord"


def _state(register_path: Path) -> tuple:
    """What a restore would change: the key, the data, the files beside the register (a refused
    attempt still logs the sign-in, so the bytes do change)."""
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        with ws.register.read_session() as session:
            restores = session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == AuditAction.RESTORE.value)
            )
        slots = ws.register.slots
        names = sorted(
            p.name for p in register_path.parent.iterdir() if not p.name.endswith((".bak", ".lock"))
        )
        return slots.register_id, slots.key_epoch, count_cases(ws), restores, names
    finally:
        ws.close()


def _keys_in(path: Path, name: str, password: str, tmp_path: Path) -> list[bytearray]:
    """Every database key this name and password unlock from any key file beside the register or in the backup."""
    found = []
    candidates = [p for p in path.parent.iterdir() if ".keys" in p.name]
    with zipfile.ZipFile(tmp_path / "backup.casusbackup") as archive:
        archive.extract("sleutels.json", tmp_path / "uitgepakt")
    candidates.append(tmp_path / "uitgepakt" / "sleutels.json")
    for candidate in candidates:
        try:
            found.append(KeySlotFile.load(candidate).unlock(name, password))
        except CasusError:
            continue
    return found


def _opens_nothing(register_path: Path, name: str, password: str, tmp_path: Path) -> None:
    with pytest.raises((WrongPassword, PermissionDenied)):
        login.login(register_path, name, password).close()
    keys = _keys_in(register_path, name, password, tmp_path)
    assert keys, (
        "the old password still opens the backup's own key file (as it should: it is that day's file)"
    )
    for key in keys:
        with pytest.raises(DamagedDatabase):
            check_key(register_path, key)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return tmp_path / "backup.casusbackup"


def test_a_user_removed_since_the_backup_stays_out(example_ws, register_path, archive, tmp_path):
    users.add_user(example_ws, "petra", OLD, Role.PROFESSIONAL, areas=["HSB"])
    backup(example_ws, archive)
    user_admin.remove(example_ws, "petra")
    example_ws.close()

    result = restore(archive, register_path, ADMIN, PASSWORD)

    assert result.differences == ()
    _opens_nothing(register_path, "petra", OLD, tmp_path)
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        status = {u.name: u.status for u in user_admin.list_users(ws)}
        assert status["petra"] == user_admin.REMOVED
        assert verify(ws).ok
    finally:
        ws.close()


def test_a_user_deactivated_since_the_backup_stays_deactivated(example_ws, register_path, archive, tmp_path):
    users.add_user(example_ws, "karel", OLD, Role.COORDINATOR)
    backup(example_ws, archive)
    user_admin.deactivate(example_ws, "karel")
    example_ws.close()

    restore(archive, register_path, ADMIN, PASSWORD)

    _opens_nothing(register_path, "karel", OLD, tmp_path)
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        listed = {u.name: u for u in user_admin.list_users(ws)}
        assert listed["karel"].status == user_admin.DEACTIVATED and not listed["karel"].has_key
    finally:
        ws.close()


def test_todays_users_and_passwords_keep_working(example_ws, register_path, archive):
    users.add_user(example_ws, "anna", OLD, Role.PROFESSIONAL, areas=["HSB"])
    backup(example_ws, archive)
    users.add_user(example_ws, "nieuw", NEW, Role.COORDINATOR)  # added after the backup
    user_admin.reset_password(example_ws, "anna", NEW)
    user_admin.change_role(example_ws, "anna", Role.COORDINATOR)
    example_ws.close()

    restore(archive, register_path, ADMIN, PASSWORD)

    with pytest.raises(WrongPassword):
        login.login(register_path, "anna", OLD)
    anna = login.login(register_path, "anna", NEW)
    assert anna.actor.role is Role.COORDINATOR
    anna.close()
    login.login(register_path, "nieuw", NEW).close()


def test_only_a_beheerder_of_todays_register_may_restore(example_ws, register_path, archive):
    users.add_user(example_ws, "anna", OLD, Role.ADMINISTRATOR)  # beheerder in the backup
    backup(example_ws, archive)
    user_admin.change_role(example_ws, "anna", Role.PROFESSIONAL, areas=["HSB"])  # no longer today
    users.add_user(example_ws, "piet", NEW, Role.COORDINATOR)
    example_ws.close()
    before = _state(register_path)

    for name, password in (("anna", OLD), ("piet", NEW)):
        with pytest.raises(PermissionDenied):
            restore(archive, register_path, name, password, confirm=True)
    with pytest.raises(WrongPassword):
        restore(archive, register_path, ADMIN, "niet het goede wachtwoord", confirm=True)

    assert _state(register_path) == before


def test_a_backup_of_another_register_is_refused_unless_told(example_ws, register_path, tmp_path):
    other_ws, _ = login.create_register(tmp_path / "ander" / "casus.db", ADMIN, PASSWORD)
    other_archive = backup(other_ws, tmp_path / "ander.casusbackup")
    other_id = other_ws.register.slots.register_id
    other_ws.close()
    example_ws.close()
    before = _state(register_path)

    with pytest.raises(InvalidInput, match="--ander-register"):
        restore(other_archive, register_path, ADMIN, PASSWORD, confirm=True)
    assert _state(register_path) == before
    with pytest.raises(RestoreNotConfirmed, match="ander register"):
        restore(other_archive, register_path, ADMIN, PASSWORD, other_register=True)

    restore(other_archive, register_path, ADMIN, PASSWORD, other_register=True, confirm=True)
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        assert ws.register.slots.register_id == other_id
        assert count_cases(ws) == 0
        assert verify(ws).ok
    finally:
        ws.close()


def test_the_audit_log_keeps_everything_since_the_backup_and_records_the_restore(
    admin_ws, register_path, archive
):
    backup(admin_ws, archive)
    import_file(admin_ws, EXAMPLE)
    with admin_ws.register.read_session() as session:
        head_before = audit.head(session)
    admin_ws.close()

    result = restore(archive, register_path, ADMIN, PASSWORD)

    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        assert count_cases(ws) == 0  # the data is the backup's
        with ws.register.read_session() as session:
            assert (
                session.scalar(select(AuditEntry.row_hash).where(AuditEntry.seq == head_before[0]))
                == head_before[1]
            )
            restored = session.scalars(
                select(AuditEntry).where(AuditEntry.action == AuditAction.RESTORE.value)
            ).one()
        assert restored.seq > head_before[0] and restored.user_name == ADMIN
        assert result.made_at in restored.details
        assert ws.register.slots.audit_head[0] >= restored.seq
        assert verify(ws).ok
    finally:
        ws.close()


def test_a_changed_password_needs_the_old_one_or_the_recovery_key_to_open_the_backup(register_path, archive):
    ws, recovery_key = login.create_register(register_path, ADMIN, PASSWORD)
    users.add_user(ws, "petra", OLD, Role.COORDINATOR)
    backup(ws, archive)
    users.change_password(ws, PASSWORD, NEW)
    user_admin.remove(ws, "petra")  # a new database key: today's key no longer opens the backup
    ws.close()

    with pytest.raises(BackupNotOpened):
        restore(archive, register_path, ADMIN, NEW)
    with pytest.raises(WrongPassword):
        restore(archive, register_path, ADMIN, NEW, backup_secret="niet het goede wachtwoord")
    restore(archive, register_path, ADMIN, NEW, backup_secret=lambda: recovery_key)

    with pytest.raises(WrongPassword):
        login.login(register_path, ADMIN, PASSWORD)  # the password of then does not come back
    login.login(register_path, ADMIN, NEW).close()
    restore(archive, register_path, ADMIN, NEW, backup_secret=PASSWORD)  # the password of then opens it too
    login.login(register_path, ADMIN, NEW).close()


def _rewrite(archive: Path, change) -> None:
    with zipfile.ZipFile(archive) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    manifest = json.loads(parts["manifest.json"])
    change(manifest, parts)
    parts["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(archive, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


@pytest.mark.parametrize(
    "change",
    [
        lambda m, p: m.update(sha256="0" * 64),
        lambda m, p: m.update(audit_head={"seq": m["audit_head"]["seq"], "hash": "f" * 64}),
        lambda m, p: m.update(
            audit_head={"seq": m["audit_head"]["seq"] - 1, "hash": m["audit_head"]["hash"]}
        ),
        lambda m, p: m.update(audit_head=None),
        lambda m, p: m.update(register_id="0" * 32),
    ],
    ids=["hash", "head-hash", "head-seq", "no-head", "register-id"],
)
def test_a_tampered_manifest_replaces_nothing(example_ws, register_path, archive, change):
    backup(example_ws, archive)
    example_ws.close()
    _rewrite(archive, change)
    before = _state(register_path)
    with pytest.raises(InvalidInput):
        restore(archive, register_path, ADMIN, PASSWORD, confirm=True, other_register=False)
    assert _state(register_path) == before


def test_a_damaged_register_is_restored_with_todays_key_file(example_ws, register_path, archive, tmp_path):
    users.add_user(example_ws, "petra", OLD, Role.PROFESSIONAL, areas=["HSB"])
    backup(example_ws, archive)
    user_admin.deactivate(example_ws, "petra")
    example_ws.close()
    data = bytearray(register_path.read_bytes())
    data[200] ^= 0xFF
    register_path.write_bytes(bytes(data))

    with pytest.raises(RestoreNotConfirmed, match="beschadigd") as caught:
        restore(archive, register_path, ADMIN, PASSWORD)
    assert any("petra" in line for line in caught.value.differences)
    result = restore(archive, register_path, ADMIN, PASSWORD, confirm=True)

    assert result.kept_as.exists()
    _opens_nothing(register_path, "petra", OLD, tmp_path)
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        assert count_cases(ws) == 3 and verify(ws).ok
    finally:
        ws.close()


def test_a_damaged_register_cannot_be_used_to_become_beheerder_again(example_ws, register_path, archive):
    users.add_user(example_ws, "piet", OLD, Role.ADMINISTRATOR)
    backup(example_ws, archive)  # piet is a beheerder in the backup
    user_admin.deactivate(example_ws, "piet")
    user_admin.change_role(example_ws, "piet", Role.COORDINATOR)
    user_admin.reactivate(example_ws, "piet", NEW)  # today a coordinator, with a key
    example_ws.close()
    data = bytearray(register_path.read_bytes())
    data[200] ^= 0xFF
    register_path.write_bytes(bytes(data))

    with pytest.raises(PermissionDenied):
        restore(archive, register_path, "piet", NEW, backup_secret=OLD, confirm=True)
    assert not register_path.with_name(register_path.name + ".voor-herstel").exists()


def test_into_an_empty_place_only_the_backups_beheerder_and_after_confirmation(example_ws, tmp_path, archive):
    users.add_user(example_ws, "anna", OLD, Role.PROFESSIONAL, areas=["HSB"])
    backup(example_ws, archive)
    example_ws.close()
    elsewhere = tmp_path / "elders" / "casus.db"

    with pytest.raises(PermissionDenied):
        restore(archive, elsewhere, "anna", OLD, confirm=True)
    with pytest.raises(RestoreNotConfirmed, match="geen register"):
        restore(archive, elsewhere, ADMIN, PASSWORD)
    assert not elsewhere.exists()
    restore(archive, elsewhere, ADMIN, PASSWORD, confirm=lambda differences: "anna" in differences[0])
    ws = login.login(elsewhere, ADMIN, PASSWORD)
    try:
        assert count_cases(ws) == 3 and verify(ws).ok
    finally:
        ws.close()
