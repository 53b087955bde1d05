"""Repeated wrong passwords lock a name for a growing time; the lock file names nobody."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from casus_app.domain import clock
from casus_app.domain.errors import WrongPassword
from casus_app.services.auth import lockout, login
from casus_app.storage.models import AuditEntry
from tests.conftest import ADMIN, PASSWORD

T0 = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


def test_the_delay_grows_with_every_further_wrong_password():
    delays = [lockout.delay_after(n).total_seconds() for n in range(1, 12)]
    assert delays[:3] == [0, 0, 0]
    assert delays[3:8] == [30, 60, 120, 240, 480]
    assert delays[-1] == 3600  # capped at an hour


def test_a_lock_holds_until_it_ends_and_a_right_password_clears_the_count(tmp_path):
    path, rid = tmp_path / "r.db", "0" * 32
    for i in range(3):
        assert (
            lockout.record_failure(path, rid, "anna", now=T0 + dt.timedelta(seconds=i)).locked_until is None
        )
    state = lockout.record_failure(path, rid, "anna", now=T0 + dt.timedelta(seconds=3))
    assert state.failures == 4 and state.locked_until == T0 + dt.timedelta(seconds=33)
    with pytest.raises(lockout.TemporarilyLocked, match="over 30 seconden opnieuw"):
        lockout.check(
            path, rid, "Anna ", now=T0 + dt.timedelta(seconds=3)
        )  # the name as the key file folds it
    lockout.check(path, rid, "bert", now=T0 + dt.timedelta(seconds=3))  # other names are not affected
    lockout.check(path, rid, "anna", now=T0 + dt.timedelta(seconds=34))
    assert lockout.record_failure(path, rid, "anna", now=T0 + dt.timedelta(seconds=40)).locked_until == (
        T0 + dt.timedelta(seconds=100)
    )
    # A day later the count starts again.
    assert lockout.record_failure(path, rid, "anna", now=T0 + dt.timedelta(days=2)).failures == 1
    lockout.clear(path, rid, "anna")
    assert lockout.state_of(path, rid, "anna", now=T0 + dt.timedelta(days=2)).failures == 0


def test_the_lock_file_holds_no_name_and_a_damaged_one_is_ignored(tmp_path):
    path, rid = tmp_path / "r.db", "1" * 32
    lockout.record_failure(path, rid, "jolanda.jansen", now=T0)
    content = lockout.lockout_path(path).read_text()
    assert "jolanda" not in content.lower()
    lockout.lockout_path(path).write_text('{"entries": {"x": {"failures": 9, "last": "gisteren"}}}')
    assert lockout.state_of(path, rid, "jolanda.jansen").failures == 0
    lockout.lockout_path(path).write_text("niet eens json")
    lockout.check(path, rid, "jolanda.jansen")


def test_login_locks_after_repeated_wrong_passwords_even_for_the_right_one(
    admin_ws, register_path, monkeypatch
):
    admin_ws.close()
    for _ in range(lockout.FREE_ATTEMPTS):
        with pytest.raises(WrongPassword) as wrong:
            login.login(register_path, ADMIN, "niet het wachtwoord")
        assert "opnieuw proberen" not in wrong.value.message
    with pytest.raises(WrongPassword, match="U kunt het over 30 seconden opnieuw proberen"):
        login.login(register_path, ADMIN, "niet het wachtwoord")
    # Now even the right password waits: the attempt is refused before the key slot is tried.
    tried = []
    monkeypatch.setattr("casus_app.storage.register.Register.open", lambda *a: tried.append(a))
    with pytest.raises(lockout.TemporarilyLocked):
        login.login(register_path, ADMIN, PASSWORD)
    assert tried == []
    monkeypatch.undo()
    # Once the wait is over the right password opens, the count is gone and the refusals are in the log.
    later = clock.now() + dt.timedelta(minutes=2)
    monkeypatch.setattr(lockout, "_now", lambda: later)
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        assert lockout.state_of(register_path, ws.register.slots.register_id, ADMIN).failures == 0
        with ws.register.read_session() as session:
            outcomes = list(
                session.scalars(select(AuditEntry.outcome).where(AuditEntry.action == "login_failed"))
            )
        assert outcomes == ["failed"] * 4 + ["locked"]
    finally:
        ws.close()


def test_made_up_names_cannot_push_a_real_users_lock_out(admin_ws, register_path):
    """501 made-up names once evicted the oldest entry — the locked user's — and so reset it."""
    rid = admin_ws.register.slots.register_id
    admin_ws.close()
    for i in range(lockout.FREE_ATTEMPTS + 1):
        lockout.record_failure(register_path, rid, ADMIN, now=T0 + dt.timedelta(seconds=i))
    for i in range(501):
        lockout.record_failure(
            register_path, rid, f"verzonnen{i}", now=T0 + dt.timedelta(seconds=5, microseconds=i)
        )
    with pytest.raises(lockout.TemporarilyLocked):
        lockout.check(register_path, rid, ADMIN, now=T0 + dt.timedelta(seconds=10))
    content = lockout.lockout_path(register_path).read_text()
    assert len(content) < 200 * lockout.MAX_UNKNOWN  # the made-up names share one bounded bucket
    # A made-up name is still slowed down like a real one, so trying names tells nothing.
    for i in range(lockout.FREE_ATTEMPTS + 1):
        lockout.record_failure(register_path, rid, "niemand", now=T0 + dt.timedelta(seconds=20 + i))
    with pytest.raises(lockout.TemporarilyLocked):
        lockout.check(register_path, rid, "niemand", now=T0 + dt.timedelta(seconds=30))
