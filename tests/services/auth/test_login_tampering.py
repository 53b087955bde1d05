"""The files beside the register that hold what happens before login cannot be reset unnoticed.

The lockout file (`.lockout`) and the failed-login inbox (`.inbox`) can be deleted, replaced or
put back by anyone who can write the folder. The next successful login notices, records it in
the audit log as tampering, and writes the inbox again.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from sqlalchemy import select

from casus_app.domain import clock
from casus_app.domain.errors import WrongPassword
from casus_app.services.auth import lockout
from casus_app.services.auth import login as auth
from casus_app.storage import login_inbox
from casus_app.storage.models import AuditEntry, RegisterMeta
from tests.conftest import ADMIN, PASSWORD

WRONG = "niet het wachtwoord"


@pytest.fixture
def closed_register(register_path):
    with clock.installed(clock.FixedClock(dt.datetime(2026, 6, 15, 9, 0, tzinfo=dt.UTC))) as fixed:
        ws, _ = auth.create_register(register_path, ADMIN, PASSWORD)
        ws.close()
        yield fixed


def _fail(register_path, times: int = 1, name: str = ADMIN) -> None:
    for _ in range(times):
        with pytest.raises(WrongPassword):
            auth.login(register_path, name, WRONG)


def _entries(register_path, **where) -> list[AuditEntry]:
    ws = auth.login(register_path, ADMIN, PASSWORD)
    try:
        with ws.register.read_session() as session:
            query = select(AuditEntry).order_by(AuditEntry.seq)
            for field, value in where.items():
                query = query.where(getattr(AuditEntry, field) == value)
            return list(session.scalars(query))
    finally:
        ws.close()


def _tampering(register_path) -> list[str]:
    return [e.details for e in _entries(register_path, outcome="tampered")]


def test_a_deleted_lockout_file_is_recorded_at_the_next_login(closed_register, register_path):
    _fail(register_path, lockout.FREE_ATTEMPTS + 1)
    with pytest.raises(lockout.TemporarilyLocked):
        auth.login(register_path, ADMIN, PASSWORD)
    lockout.lockout_path(register_path).unlink()  # resets the wait: that cannot be prevented…
    entries = _entries(register_path)  # …and the right password works at once
    (tampered,) = [e for e in entries if e.outcome == "tampered"]
    assert tampered.object_id == "casus.db.lockout" and "verwijderd" in tampered.details
    assert tampered.action == "key_management" and tampered.user_name == ADMIN
    # The wrong passwords tried before are in the log all the same.
    assert [e.outcome for e in entries if e.action == "login_failed"] == ["failed"] * 4 + ["locked"]
    assert lockout.lockout_path(register_path).exists()
    assert _tampering(register_path) == [tampered.details]  # recorded once, not at every login


def test_a_lockout_file_put_back_from_before_the_last_login_is_recorded(closed_register, register_path):
    old_copy = register_path.with_name("lockout-kopie")
    _fail(register_path, 2)
    shutil.copy(lockout.lockout_path(register_path), old_copy)
    auth.login(register_path, ADMIN, PASSWORD).close()
    _fail(register_path, lockout.FREE_ATTEMPTS + 1)
    shutil.copy(old_copy, lockout.lockout_path(register_path))
    (reason,) = _tampering(register_path)
    assert "teruggezet naar een eerdere stand" in reason


def test_a_lockout_file_put_back_from_after_the_last_login_shows_in_the_sealed_records(
    closed_register, register_path
):
    auth.login(register_path, ADMIN, PASSWORD).close()
    copy_after_login = register_path.with_name("lockout-kopie")
    shutil.copy(lockout.lockout_path(register_path), copy_after_login)
    _fail(register_path, lockout.FREE_ATTEMPTS + 1)
    shutil.copy(copy_after_login, lockout.lockout_path(register_path))
    (reason,) = _tampering(register_path)
    assert "teruggezet" in reason


def test_an_edited_count_shows_in_the_sealed_records(closed_register, register_path):
    _fail(register_path, lockout.FREE_ATTEMPTS + 1)
    # A count ended by a right password outside the login (lock screen, restore) is no tampering…
    lockout.clear(register_path, lockout.register_id_of(register_path), ADMIN)
    assert _tampering(register_path) == []
    closed_register.advance(dt.timedelta(minutes=1))
    # …a count taken out of the file by hand is.
    _fail(register_path, lockout.FREE_ATTEMPTS + 1)
    path = lockout.lockout_path(register_path)
    doc = json.loads(path.read_text())
    assert len(doc["gebruikers"]) == 1  # the beheerder has a key slot: a durable entry
    doc["gebruikers"] = {}  # the lock is gone, the generation unchanged
    path.write_text(json.dumps(doc))
    (reason,) = _tampering(register_path)
    assert "minder mislukte pogingen" in reason and "bewerkt" in reason


def test_a_deleted_inbox_is_recreated_and_recorded(closed_register, register_path):
    _fail(register_path, 1, name="iemand")
    login_inbox.inbox_path(register_path).unlink()
    _fail(register_path, 1, name="nog.iemand")  # kept, without the name: there is no key to seal to
    assert "nog.iemand" not in login_inbox.inbox_path(register_path).read_text()
    entries = _entries(register_path)
    (tampered,) = [e for e in entries if e.outcome == "tampered"]
    assert tampered.object_id == "casus.db.inbox" and "ontbrak" in tampered.details
    (failed,) = [e for e in entries if e.action == "login_failed"]  # the first record went with the file
    assert failed.user_name is None and "zonder sleutel" in failed.details
    # The inbox is back, under the register's own key: a failure is sealed with its name again.
    _fail(register_path, 1, name="derde")
    failed = _entries(register_path, action="login_failed")
    assert [e.user_name for e in failed] == [None, "derde"]
    assert len(_entries(register_path, outcome="tampered")) == 1


def test_an_inbox_with_another_public_key_is_recorded_and_restored(closed_register, register_path):
    _, attackers_public = login_inbox.new_keypair()
    login_inbox.write_public_key(register_path, attackers_public)
    _fail(register_path, 1, name="iemand")  # sealed to the attacker's key: Casus cannot read it
    entries = _entries(register_path)
    (tampered,) = [e for e in entries if e.outcome == "tampered"]
    assert "andere sleutel" in tampered.details
    assert [e.outcome for e in entries if e.action == "login_failed"] == ["damaged"]
    ws = auth.login(register_path, ADMIN, PASSWORD)
    try:
        with ws.register.read_session() as session:
            private = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == "login_inbox_key"))
    finally:
        ws.close()
    assert login_inbox.state(register_path, login_inbox.public_key_of(bytes.fromhex(private))) == "ok"
