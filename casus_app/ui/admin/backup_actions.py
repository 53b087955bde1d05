"""Beheer › Back-up maken…, and the reminder in the status bar when the last backup is too old.

The backup itself is the service the command line uses (`services/backup/create.backup`): an
encrypted archive, checked before it is kept, recorded in the audit log. It runs in the
background with a progress dialog; the reminder reads the audit log (`services/backup/reminder`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.backup import reminder
from casus_app.services.backup.create import backup
from casus_app.services.backup.restore import RestoreResult
from casus_app.ui.admin.backup_settings import BackupSettingsDialog
from casus_app.ui.admin.restore_flow import RestoreFlow
from casus_app.ui.shell.tasks import Task
from casus_app.ui.shell.window_parts import WindowParts
from casus_app.ui.widgets.errors import error_text

REMINDER_STYLE = (
    "QPushButton#backupReminder { color: #5c3c00; background: #fff3bf; border: 1px solid #c9a227;"
    " border-radius: 4px; padding: 2px 10px; font-weight: 600; }"
    "QPushButton#backupReminder:focus { background: #ffdd00; color: #0b0c0c; border: 2px solid #0b0c0c; }"
)


class BackupActions(QObject):
    def __init__(self, window: WindowParts, menu: QMenu) -> None:
        super().__init__(window.window())
        self.window = window
        self.widget = window.window()
        self.ws = window.ws
        self._task = Task(self)
        self._task.succeeded.connect(self._made)
        self._task.failed.connect(self._failed)
        self._progress: QProgressDialog | None = None
        self.last_made: Path | None = None
        self._quiet_failure = False
        self.settings_dialog: BackupSettingsDialog | None = None

        tr = window.tr
        self.backup_action = QAction(tr("Back-up &maken…"), self.widget)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.backup_action.setStatusTip(tr("Een versleutelde back-up van het hele register, gecontroleerd"))
        self.backup_action.triggered.connect(self.make_backup)
        self.restore_action = QAction(tr("Back-up &terugzetten…"), self.widget)
        self.restore_action.setStatusTip(tr("Het register vervangen door een gecontroleerde back-up"))
        self.restore_action.triggered.connect(self.restore_backup)
        self.settings_action = QAction(tr("Back-up-i&nstellingen…"), self.widget)
        self.settings_action.setStatusTip(tr("Herinnering na hoeveel dagen; een back-up bij het afsluiten"))
        self.settings_action.triggered.connect(self.show_settings)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)
        menu.addAction(self.settings_action)

        self.reminder_button = QPushButton()
        self.reminder_button.setObjectName("backupReminder")
        self.reminder_button.setStyleSheet(REMINDER_STYLE)
        self.reminder_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reminder_button.clicked.connect(self.make_backup)
        self.reminder_button.hide()
        window.statusBar().addPermanentWidget(self.reminder_button)
        self.refresh_reminder()

    def default_target(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = self.ws.register.path.stem
        return Path(folder or Path.home()) / f"{stem}-{clock.today():%Y-%m-%d}.casusbackup"

    def make_backup(self) -> None:
        if self._task.running:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self.widget,
            self.window.tr("Back-up maken"),
            str(self.default_target()),
            self.window.tr("Casus-back-ups (*.casusbackup)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix != ".casusbackup":
            target = target.with_name(target.name + ".casusbackup")
        self.start_backup(target)

    def start_backup(self, target: Path, *, quiet_failure: bool = False) -> None:
        """Make the backup in the background; the window stays responsive and says what it does.
        With `quiet_failure` the caller tells the user about a failure itself."""
        self._quiet_failure = quiet_failure
        progress = QProgressDialog(
            self.window.tr("Back-up wordt gemaakt en gecontroleerd…"), "", 0, 0, self.widget
        )
        progress.setWindowTitle(self.window.tr("Casus – back-up"))
        progress.setCancelButton(None)  # half a backup is no backup: it finishes or fails whole
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._progress = progress
        self.backup_action.setEnabled(False)
        self._task.start(lambda: backup(self.ws, target))

    def _close_progress(self) -> None:
        self.backup_action.setEnabled(True)
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _made(self, out: Path) -> None:
        self._close_progress()
        self.last_made = out
        self.refresh_reminder()
        self.window.statusBar().showMessage(
            self.window.tr("Versleutelde back-up gemaakt: %1").replace("%1", str(out)), 15000
        )

    def _failed(self, exc: CasusError) -> None:
        self._close_progress()
        if self._quiet_failure:
            return
        QMessageBox.warning(self.widget, self.window.tr("Back-up maken"), error_text(exc))

    def refresh_reminder(self) -> None:
        state = reminder.status(self.ws)
        now = clock.local_now()
        if not state.overdue(now):
            self.reminder_button.hide()
            return
        days = state.days_since(now)
        text = (
            self.window.tr("Nog geen back-up gemaakt")
            if days is None
            else self.window.tr("Laatste back-up %1 dagen geleden").replace("%1", str(days))
        )
        self.reminder_button.setText("⚠ " + text)
        self.reminder_button.setAccessibleName(text)
        self.reminder_button.setToolTip(self.window.tr("Maak nu een back-up (Ctrl+Shift+K)"))
        self.reminder_button.show()

    def restore_backup(self) -> RestoreResult | None:
        """Choose a backup, confirm, close this register, restore, and sign in again."""
        tr = self.window.tr
        chosen, _ = QFileDialog.getOpenFileName(
            self.widget,
            tr("Back-up terugzetten"),
            str(self.default_target().parent),
            tr("Casus-back-ups (*.casusbackup)"),
        )
        if not chosen:
            return None
        answer = QMessageBox.warning(
            self.widget,
            tr("Back-up terugzetten"),
            tr(
                "Het register wordt vervangen door de back-up van %1. Wat sindsdien is vastgelegd, staat "
                "daarna niet meer in het register; het huidige register blijft ernaast bewaard. Casus "
                "controleert de back-up eerst helemaal, sluit het register en vraagt u daarna opnieuw aan "
                "te melden. Doorgaan?"
            ).replace("%1", Path(chosen).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        password, ok = QInputDialog.getText(
            self.widget,
            tr("Back-up terugzetten"),
            tr("Uw wachtwoord, ter bevestiging:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            return None
        register, user = self.ws.register.path, self.ws.actor.name
        self.window.close_workspace()  # the register is replaced as a file: nobody may hold it open
        self.widget.hide()
        flow = RestoreFlow(None, register, user)
        result = flow.run(Path(chosen), password)
        if result is None:
            QMessageBox.warning(None, tr("Back-up terugzetten"), flow.error or tr("Er is niets teruggezet."))
        else:
            message = tr("Back-up van %1 gecontroleerd en teruggezet.").replace("%1", result.made_at)
            if result.kept_as:
                message += " " + tr("Het vorige register staat ernaast als %1.").replace(
                    "%1", str(result.kept_as)
                )
            QMessageBox.information(None, tr("Back-up terugzetten"), message)
        self.window.next_register = register  # sign in again, to the restored or the unchanged register
        self.window.close()
        return result

    def show_settings(self) -> BackupSettingsDialog:
        self.settings_dialog = dialog = BackupSettingsDialog(self.ws, self.widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_reminder()
            self.window.statusBar().showMessage(self.window.tr("Back-up-instellingen opgeslagen."), 8000)
        return dialog

    def backup_on_close(self) -> bool:
        """On closing, the backup the beheerder asked for, waited for with progress; False when it
        failed and the user would rather not close yet."""
        folder = reminder.on_close_folder(self.ws)
        if folder is None or self._task.running:
            return True
        target = reminder.on_close_target(self.ws, folder, clock.local_now())
        waiting = QEventLoop()
        outcome: list[Path | CasusError] = []
        self._task.succeeded.connect(waiting.quit)
        self._task.failed.connect(waiting.quit)
        self._task.succeeded.connect(outcome.append)
        self._task.failed.connect(outcome.append)
        try:
            self.start_backup(target, quiet_failure=True)
            if self._task.running:
                waiting.exec()
        finally:
            for slot in (waiting.quit, outcome.append):
                self._task.succeeded.disconnect(slot)
                self._task.failed.disconnect(slot)
        if outcome and isinstance(outcome[0], Path):
            reminder.prune_on_close(self.ws, folder)
            return True
        message = error_text(outcome[0]) if outcome and isinstance(outcome[0], CasusError) else ""
        answer = QMessageBox.warning(
            self.widget,
            self.window.tr("Back-up bij het afsluiten"),
            self.window.tr(
                "De back-up bij het afsluiten is niet gelukt: %1\n\nToch afsluiten zonder back-up?"
            ).replace("%1", message),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def set_enabled(self, enabled: bool) -> None:
        """Locked: no backup from behind the lock screen."""
        self.settings_action.setEnabled(enabled)
        self.restore_action.setEnabled(enabled)
        self.backup_action.setEnabled(enabled and not self._task.running)
        self.reminder_button.setEnabled(enabled)
