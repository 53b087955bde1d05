"""The register's promises on a real SQLCipher file: passwords, damage, plaintext, locking."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from casus_app.domain.errors import DamagedDatabase, DamagedKeySlots, RegisterUnavailable, WrongPassword
from casus_app.services.admin.verify import verify
from casus_app.services.auth import login
from casus_app.storage.location import ensure_local
from casus_app.storage.register import sidecar_path
from tests.conftest import ADMIN, PASSWORD


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_wrong_password_changes_nothing(example_ws, register_path):
    example_ws.close()
    before = (_digest(register_path), _digest(sidecar_path(register_path)))
    with pytest.raises(WrongPassword) as caught:
        login.login(register_path, ADMIN, "niet het wachtwoord")
    assert "Onjuist wachtwoord" in caught.value.message
    assert (_digest(register_path), _digest(sidecar_path(register_path))) == before


def test_failed_login_is_audited_at_next_login(admin_ws, register_path):
    admin_ws.close()
    with pytest.raises(WrongPassword):
        login.login(register_path, ADMIN, "fout fout fout")
    inbox = register_path.with_name(register_path.name + ".inbox").read_bytes()
    assert ADMIN.encode() not in inbox  # sealed, not plaintext
    ws = login.login(register_path, ADMIN, PASSWORD)
    with ws.register.read_session() as session:
        actions = session.execute(text("SELECT action, user_name FROM audit_log ORDER BY seq")).all()
    ws.close()
    assert ("login_failed", ADMIN) in actions
    assert actions[-1] == ("login_ok", ADMIN)


def test_unknown_user_gets_the_wrong_password_message(admin_ws, register_path):
    admin_ws.close()
    with pytest.raises(WrongPassword) as caught:
        login.login(register_path, "niemand", PASSWORD)
    assert "Onjuist wachtwoord" in caught.value.message


def test_damaged_slot_file_has_its_own_message(admin_ws, register_path):
    admin_ws.close()
    slots = sidecar_path(register_path)
    slots.write_bytes(slots.read_bytes()[:100])
    with pytest.raises(DamagedKeySlots) as caught:
        login.login(register_path, ADMIN, PASSWORD)
    assert "sleutel" in caught.value.message.lower()


def test_damaged_database_first_page_is_refused(admin_ws, register_path):
    admin_ws.close()
    data = bytearray(register_path.read_bytes())
    data[200] ^= 0xFF
    register_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase) as caught:
        login.login(register_path, ADMIN, PASSWORD)
    assert "beschadigd" in caught.value.message


def test_damaged_later_page_is_found_by_verify(example_ws, register_path):
    example_ws.close()
    data = bytearray(register_path.read_bytes())
    assert len(data) > 4096 * 6
    data[4096 * 5 + 100] ^= 0xFF
    register_path.write_bytes(bytes(data))
    # Either logging in already reads the damaged page, or verify finds it; never silence.
    try:
        ws = login.login(register_path, ADMIN, PASSWORD)
    except DamagedDatabase as exc:
        assert "beschadigd" in exc.message
        return
    report = verify(ws)
    ws.close()
    assert not report.ok
    assert any(what == "Versleuteling en database" and not ok for what, ok, _ in report.checks)


def test_nothing_personal_in_plaintext_on_disk(example_ws, register_path):
    example_ws.close()
    for path in register_path.parent.iterdir():
        raw = path.read_bytes()
        assert b"Voorbeeld" not in raw, path
        assert b"SQLite format 3" not in raw, path
        assert ADMIN.encode() not in raw, path
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(register_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_one_instance_at_a_time(admin_ws, register_path):
    with pytest.raises(RegisterUnavailable) as caught:
        login.login(register_path, ADMIN, PASSWORD)
    assert "al geopend" in caught.value.message


def test_network_paths_are_refused():
    with pytest.raises(RegisterUnavailable) as caught:
        ensure_local(Path("//server/share/casus.db"))
    assert "netwerkschijf" in caught.value.message
    with pytest.raises(RegisterUnavailable):
        ensure_local(Path("/home/x/OneDrive/casus.db"))


def test_existing_register_is_never_overwritten(admin_ws, register_path):
    admin_ws.close()
    with pytest.raises(RegisterUnavailable):
        login.create_register(register_path, "ander", PASSWORD)


def test_recovery_key_opens_the_register(register_path):
    from casus_app.storage.register import Register

    ws, recovery_key = login.create_register(register_path, ADMIN, PASSWORD)
    ws.close()
    register = Register.open_with_recovery_key(register_path, recovery_key.lower().replace("-", ""))
    register.close()
