"""The backup reminder reads the last backup from the audit log and counts local days."""

from __future__ import annotations

import datetime as dt

from casus_app.domain import clock
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
