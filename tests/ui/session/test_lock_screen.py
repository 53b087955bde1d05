"""The lock screen goes through the auth service: the same lockout as login, every failure logged."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from casus_app.domain import clock
from casus_app.services.auth import lockout
from casus_app.services.auth import login as auth
from casus_app.storage.models import AuditEntry
from casus_app.ui.session.lock_view import LockView

USER, PASSWORD = "beheer", "een lang wachtwoord"


@pytest.fixture
def fixed_clock():
    with clock.installed(clock.FixedClock(dt.datetime(2026, 6, 15, 9, 0, tzinfo=dt.UTC))) as fixed:
        yield fixed


@pytest.fixture
def lock_view(qtbot, tmp_path, fixed_clock):
    ws, _ = auth.create_register(tmp_path / "r.db", USER, PASSWORD)
    view = LockView(ws)
    qtbot.addWidget(view)
    view.show()
    view.prepare()
    yield view
    ws.close()


def _try(qtbot, view: LockView, password: str) -> str:
    """Type a password, press Enter, and return the error shown ("" when it unlocked)."""
    unlocked = []
    view.unlocked.connect(lambda: unlocked.append(True))
    view.error_label.hide()
    view.password_edit.setText(password)
    view.submit()
    qtbot.waitUntil(lambda: bool(unlocked) or view.error_label.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: view.unlock_button.isEnabled(), timeout=10_000)
    return "" if unlocked else view.error_label.text()


def test_wrong_passwords_at_the_lock_screen_are_delayed_and_logged(qtbot, lock_view, fixed_clock):
    for _ in range(lockout.FREE_ATTEMPTS):
        message = _try(qtbot, lock_view, "niet het wachtwoord")
        assert message.startswith("Onjuist wachtwoord")
        assert "opnieuw proberen" not in message
    assert "U kunt het over 30 seconden opnieuw proberen" in _try(qtbot, lock_view, "niet het wachtwoord")
    # While the wait lasts, even the right password is refused before it is tried.
    assert "te vaak een verkeerd wachtwoord" in _try(qtbot, lock_view, PASSWORD)
    fixed_clock.advance(dt.timedelta(seconds=31))
    assert _try(qtbot, lock_view, PASSWORD) == ""

    ws = lock_view._ws
    with ws.register.read_session() as session:
        entries = list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action.in_(("login_failed", "login_ok")))
                .order_by(AuditEntry.seq)
            )
        )
    unlocks = [
        (e.action, e.outcome, e.user_name)
        for e in entries
        if e.details in ("vergrendeld scherm", "scherm ontgrendeld")
    ]
    assert unlocks == [("login_failed", "failed", USER)] * 4 + [
        ("login_failed", "locked", USER),
        ("login_ok", "ok", USER),
    ]
    # The count was the login's own: a right password ended it.
    assert lockout.state_of(ws.register.path, ws.register.slots.register_id, USER).failures == 0


def test_the_lock_screen_counts_with_the_login_screen(qtbot, lock_view, fixed_clock):
    """Wrong passwords at the lock screen also slow down the sign-in afterwards."""
    for _ in range(lockout.FREE_ATTEMPTS + 1):
        _try(qtbot, lock_view, "niet het wachtwoord")
    ws = lock_view._ws
    path = ws.register.path
    ws.close()
    with pytest.raises(lockout.TemporarilyLocked):
        auth.login(path, USER, PASSWORD)
