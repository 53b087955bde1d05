"""When was the last backup, is it time for the next, and is one made on closing?

The last backup is read from the audit log, which records every backup made
(`audit_events.backup_made`), so the answer survives restarts and is the same for the window and
the command line. The reminder's days and the folder for backups on closing are register settings a
beheerder sets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from casus_app.domain.enums import AuditAction
from casus_app.domain.errors import InvalidInput
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


MAX_REMINDER_DAYS = 365
ON_CLOSE_SETTING = "backup_on_close_folder"
ON_CLOSE_KEEP = 10  # backups made on closing kept per register in the folder; older ones go


def set_reminder_days(ws: Workspace, days: int) -> None:
    """A reminder after `days` without a backup; 0 turns it off (beheerder only, audited)."""
    if not 0 <= days <= MAX_REMINDER_DAYS:
        raise InvalidInput(
            "Kies voor de herinnering 0 tot en met {most} dagen (0: geen herinnering).",
            most=MAX_REMINDER_DAYS,
        )
    settings.set_setting(ws, REMINDER_DAYS_SETTING, str(days))


def on_close_folder(ws: Workspace) -> Path | None:
    """The folder a backup goes to each time Casus closes, or None when that is off."""
    value = settings.get_setting(ws, ON_CLOSE_SETTING)
    return Path(value) if value else None


def set_on_close_folder(ws: Workspace, folder: Path | None) -> None:
    """Make a backup into `folder` on every closing, or stop doing so (None); beheerder only."""
    if folder is not None:
        if not folder.is_absolute() or not folder.is_dir():
            raise InvalidInput(
                "De map {folder} bestaat niet. Kies een bestaande map voor de back-ups bij het afsluiten.",
                folder=str(folder),
            )
        if folder.resolve() == ws.register.path.parent.resolve():
            raise InvalidInput(
                "Kies voor de back-ups een andere map dan die van het register zelf: een back-up naast "
                "het register gaat samen met het register verloren."
            )
    settings.set_setting(ws, ON_CLOSE_SETTING, str(folder) if folder is not None else "")


def on_close_target(ws: Workspace, folder: Path, now: dt.datetime) -> Path:
    """A new file name in `folder` for the backup made on closing at `now`."""
    stem = ws.register.path.stem
    return folder / f"{stem}-afsluiten-{now:%Y-%m-%d-%H%M%S}.casusbackup"


def prune_on_close(ws: Workspace, folder: Path, keep: int = ON_CLOSE_KEEP) -> list[Path]:
    """Remove all but the newest `keep` backups made on closing of this register; returns what went.
    Only files named by `on_close_target` for this register are touched."""
    made = sorted(folder.glob(f"{ws.register.path.stem}-afsluiten-*.casusbackup"))
    gone = made[:-keep] if keep > 0 else made
    for path in gone:
        path.unlink(missing_ok=True)
    return gone
