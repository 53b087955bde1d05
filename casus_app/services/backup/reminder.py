"""When was the last backup, and is it time for the next? Read from the audit log, which records
every backup made (`audit_events.backup_made`), so the answer survives restarts and is the same
for the window and the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from casus_app.domain.enums import AuditAction
from casus_app.services.admin import settings
from casus_app.services.workspace import Workspace
from casus_app.storage.models import AuditEntry

REMINDER_DAYS_SETTING = "backup_reminder_days"
DEFAULT_REMINDER_DAYS = 7


@dataclass(frozen=True)
class BackupStatus:
    last: dt.datetime | None  # local time of the last backup made, None when never
    due_after_days: int  # a reminder after this many days without a backup; 0: no reminder

    def days_since(self, now: dt.datetime) -> int | None:
        return None if self.last is None else (now.date() - self.last.date()).days

    def overdue(self, now: dt.datetime) -> bool:
        if self.due_after_days <= 0:
            return False
        days = self.days_since(now)
        return days is None or days >= self.due_after_days


def reminder_days(ws: Workspace) -> int:
    value = settings.get_setting(ws, REMINDER_DAYS_SETTING)
    return int(value) if value and value.isdigit() else DEFAULT_REMINDER_DAYS


def status(ws: Workspace) -> BackupStatus:
    with ws.register.read_session() as session:
        last = session.scalar(
            select(func.max(AuditEntry.at)).where(
                AuditEntry.action == AuditAction.BACKUP.value, AuditEntry.outcome == "ok"
            )
        )
    when = None
    if last:
        stamp = dt.datetime.fromisoformat(last)
        when = (stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)).astimezone()
    return BackupStatus(when, reminder_days(ws))
