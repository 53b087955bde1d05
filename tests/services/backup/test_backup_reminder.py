"""The backup reminder reads the last backup from the audit log and counts local days."""

from __future__ import annotations

import datetime as dt

import pytest

from casus_app.domain import clock
from casus_app.domain.errors import InvalidInput, PermissionDenied
from casus_app.services.admin import settings
from casus_app.services.backup import create, reminder
from tests.conftest import TEST_DAY


def test_never_backed_up_is_overdue_and_a_backup_resets_the_count(admin_ws, tmp_path):
    state = reminder.status(admin_ws)
    assert state.last is None and state.due_after_days == 7
    assert state.overdue(clock.local_now())

    create.backup(admin_ws, tmp_path / "b.casusbackup")
    state = reminder.status(admin_ws)
    assert state.last is not None and state.days_since(clock.local_now()) == 0
    assert not state.overdue(clock.local_now())

    six_days_on = dt.datetime.combine(TEST_DAY + dt.timedelta(days=6), dt.time(23, 59)).astimezone()
    seven_days_on = dt.datetime.combine(TEST_DAY + dt.timedelta(days=7), dt.time(0, 1)).astimezone()
    assert not state.overdue(six_days_on)
    assert state.overdue(seven_days_on) and state.days_since(seven_days_on) == 7


def test_the_beheerder_sets_the_days_or_switches_the_reminder_off(admin_ws):
    settings.set_setting(admin_ws, reminder.REMINDER_DAYS_SETTING, "14")
    assert reminder.status(admin_ws).due_after_days == 14
    settings.set_setting(admin_ws, reminder.REMINDER_DAYS_SETTING, "0")
    assert not reminder.status(admin_ws).overdue(clock.local_now())


def test_the_days_are_checked(admin_ws):
    reminder.set_reminder_days(admin_ws, 30)
    assert reminder.reminder_days(admin_ws) == 30
    for wrong in (-1, reminder.MAX_REMINDER_DAYS + 1):
        with pytest.raises(InvalidInput, match="0 tot en met 365 dagen"):
            reminder.set_reminder_days(admin_ws, wrong)
    assert reminder.reminder_days(admin_ws) == 30


def test_the_folder_for_backups_on_closing(admin_ws, tmp_path):
    assert reminder.on_close_folder(admin_ws) is None
    with pytest.raises(InvalidInput, match="bestaat niet"):
        reminder.set_on_close_folder(admin_ws, tmp_path / "nergens")
    with pytest.raises(InvalidInput, match="andere map dan die van het register"):
        reminder.set_on_close_folder(admin_ws, admin_ws.register.path.parent)
    folder = tmp_path / "backups"
    folder.mkdir()
    reminder.set_on_close_folder(admin_ws, folder)
    assert reminder.on_close_folder(admin_ws) == folder
    reminder.set_on_close_folder(admin_ws, None)
    assert reminder.on_close_folder(admin_ws) is None


def test_only_the_newest_backups_made_on_closing_are_kept(admin_ws, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 11, 30, 17, 0)
    made = [reminder.on_close_target(admin_ws, folder, start + dt.timedelta(days=i)) for i in range(12)]
    for path in made:
        path.write_bytes(b"x")
    own = folder / "handmatig.casusbackup"
    other_register = folder / "ander-afsluiten-2026-01-01-120000.casusbackup"
    own.write_bytes(b"x")
    other_register.write_bytes(b"x")

    gone = reminder.prune_on_close(admin_ws, folder, keep=10)

    assert gone == made[:2]
    assert sorted(p for p in folder.iterdir()) == sorted([*made[2:], own, other_register])


def test_a_professional_may_not_change_the_backup_settings(example_ws):
    from casus_app.domain.enums import Role
    from casus_app.services.admin.users import add_user
    from casus_app.services.auth.login import login

    add_user(example_ws, "els", "Een Heel Sterk Wachtwoord 42", Role.PROFESSIONAL, areas=["HSB"])
    example_ws.close()  # one session per register at a time
    ws = login(example_ws.register.path, "els", "Een Heel Sterk Wachtwoord 42")
    try:
        with pytest.raises(PermissionDenied):
            reminder.set_reminder_days(ws, 3)
    finally:
        ws.close()
