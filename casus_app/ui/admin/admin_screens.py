"""Privacy in daily use, in the main window: the Beheer menu and its pages, the retention reminder,
the inactivity lock and the clipboard guard.

Kept apart from the main window so that it only has to create this object and tell it when the
window locks, unlocks and closes. What it uses of the window is named in `ui/shell/window_parts.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from casus_app.domain.enums import Role
from casus_app.services.admin import getting_started
from casus_app.services.admin.getting_started import Step
from casus_app.services.privacy import retention
from casus_app.ui.admin.backup_actions import BackupActions
from casus_app.ui.admin.getting_started import GettingStartedDialog
from casus_app.ui.session.clipboard_guard import ClipboardGuard
from casus_app.ui.session.idle_lock import IdleLock, lock_minutes
from casus_app.ui.shell.window_parts import WindowParts
from casus_app.ui.widgets.errors import text_of

if TYPE_CHECKING:
    from casus_app.ui.admin.reference_lists import ReferenceListsDialog
    from casus_app.ui.admin.users_admin import UsersAdminView
    from casus_app.ui.privacy.audit_trail import AuditTrailView
    from casus_app.ui.privacy.inzage import InzageDialog
    from casus_app.ui.privacy.retention import RetentionView

REMINDER_STYLE = (
    "QPushButton#retentionReminder { color: #7a1105; background: #fde0dc; border: 1px solid #b3261e;"
    " border-radius: 4px; padding: 2px 10px; font-weight: 600; }"
    "QPushButton#retentionReminder:focus { background: #ffdd00; color: #0b0c0c; border: 2px solid #0b0c0c; }"
)


class AdminScreens(QObject):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.window())
        self.window = window
        self.widget = window.window()  # the parent of its actions and dialogs
        self.ws = window.ws
        self.is_admin = self.ws.actor.role is Role.ADMINISTRATOR
        self.actions: list[QAction] = []
        self.users_view: UsersAdminView | None = None
        self.audit_view: AuditTrailView | None = None
        self.retention_view: RetentionView | None = None
        self.inzage_dialog: InzageDialog | None = None  # while it is open
        self.reference_dialog: ReferenceListsDialog | None = None  # while it is open
        self._came_from: QWidget | None = None
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleLock(window.lock, lock_minutes(self.ws), self)
        self.reminder = QPushButton()
        self.reminder.setObjectName("retentionReminder")
        self.reminder.setStyleSheet(REMINDER_STYLE)
        self.reminder.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reminder.hide()
        self.backups: BackupActions | None = None
        if self.is_admin:
            self._build_menu()
            self.reminder.clicked.connect(self.show_retention)
            window.statusBar().addPermanentWidget(self.reminder)
            self.refresh_reminder()
            self._add_backups()

    def _build_menu(self) -> None:
        tr = self.window.tr
        menu = self.window.menuBar().addMenu(tr("Be&heer"))
        self.menu = menu
        for text, shortcut, tip, slot in (
            (
                tr("&Gebruikers en rollen"),
                "Ctrl+Shift+G",
                tr("Gebruikers toevoegen, rollen en gebieden, wachtwoorden"),
                self.show_users,
            ),
            (
                tr("&Audittrail"),
                "Ctrl+Shift+A",
                tr("Wie deed wat wanneer; de keten controleren en exporteren"),
                self.show_audit,
            ),
            (
                tr("&Bewaartermijnen"),
                "Ctrl+Shift+B",
                tr("Termijnen uit het convenant en casussen die over hun termijn zijn"),
                self.show_retention,
            ),
            (
                tr("&Referentielijsten…"),
                "Ctrl+Shift+R",
                tr("Organisaties, gebieden, buurten, categorieën, afsluitredenen, doorbraaktypen"),
                self.show_reference_lists,
            ),
            (
                tr("&Inzageverzoek…"),
                "Ctrl+Shift+I",
                tr("Alles wat Casus over één persoon bevat, voor die persoon (AVG art. 15)"),
                self.show_inzage,
            ),
        ):
            action = QAction(text, self.widget)
            action.setShortcut(QKeySequence(shortcut))
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions.append(action)
        self.menu = menu

    # -- pages --------------------------------------------------------------------------------
    def _add_backups(self) -> None:
        self.backups = BackupActions(self.window, self.menu)
        self.getting_started: GettingStartedDialog | None = None
        self.getting_started_action = QAction(self.window.tr("&Eerste stappen…"), self.widget)
        self.getting_started_action.setStatusTip(
            self.window.tr("Tweede beheerder, bewaartermijnen, back-up, gebruikers: wat nog moet")
        )
        self.getting_started_action.triggered.connect(self.show_getting_started)
        self.menu.addAction(self.getting_started_action)
        self.actions.append(self.getting_started_action)
        if getting_started.worth_showing(self.ws):
            QTimer.singleShot(0, self.show_getting_started)  # once the window is up

    def show_getting_started(self) -> GettingStartedDialog:
        if self.getting_started is None:
            backups = self.backups
            assert backups is not None  # made just before this action
            self.getting_started = GettingStartedDialog(
                self.ws,
                {
                    Step.SECOND_ADMINISTRATOR: self.show_users,
                    Step.RETENTION: self.show_retention,
                    Step.BACKUP: backups.make_backup,
                    Step.USERS: self.show_users,
                },
                self.widget,
            )
        self.getting_started.show()
        self.getting_started.raise_()
        return self.getting_started

    def _show(self, page: QWidget) -> None:
        if self.window.locked:
            return
        current = self.window.content.currentWidget()
        if current not in (self.users_view, self.audit_view, self.retention_view):
            self._came_from = current
        self.window.content.setCurrentWidget(page)

    def back(self) -> None:
        target = self._came_from if self._came_from is not None else self.window.case_list
        self._came_from = None
        if target is not None:
            self.window.content.setCurrentWidget(target)
            if target is self.window.case_list:
                self.window.case_list.focus_table()

    def show_users(self) -> None:
        from casus_app.ui.admin.users_admin import UsersAdminView

        if self.users_view is None:
            self.users_view = UsersAdminView(self.ws)
            self.users_view.closed.connect(self.back)
            self.users_view.lock_minutes_changed.connect(self.idle.set_minutes)
            self.window.content.addWidget(self.users_view)
        else:
            self.users_view.refresh()
        self._show(self.users_view)
        self.users_view.table.setFocus()

    def show_audit(self) -> None:
        from casus_app.ui.privacy.audit_trail import AuditTrailView

        if self.audit_view is None:
            self.audit_view = AuditTrailView(self.ws)
            self.audit_view.closed.connect(self.back)
            self.window.content.addWidget(self.audit_view)
        self._show(self.audit_view)
        self.audit_view.load()
        self.audit_view.table.setFocus()

    def show_retention(self) -> None:
        from casus_app.ui.privacy.retention import RetentionView

        if self.retention_view is None:
            self.retention_view = RetentionView(self.ws)
            self.retention_view.closed.connect(self.back)
            self.retention_view.changed.connect(self.refresh_reminder)
            self.window.content.addWidget(self.retention_view)
        self._show(self.retention_view)
        self.retention_view.load()

    def show_reference_lists(self) -> None:
        from casus_app.ui.admin.reference_lists import ReferenceListsDialog

        if self.window.locked:
            return
        self.reference_dialog = dialog = ReferenceListsDialog(self.ws, self.widget)
        dialog.exec()
        self.reference_dialog = None

    def show_inzage(self) -> None:
        from casus_app.ui.privacy.inzage import InzageDialog

        if self.window.locked:
            return
        self.inzage_dialog = dialog = InzageDialog(self.ws, self.widget)
        dialog.exec()
        self.inzage_dialog = None

    def ready_to_close(self) -> bool:
        """Before the window closes: the backup on closing, if a beheerder set one; False keeps the
        window open (it failed and the user chose to stay)."""
        return self.backups is None or self.backups.backup_on_close()

    # -- the reminder -------------------------------------------------------------------------
    def refresh_reminder(self) -> None:
        if not self.is_admin:
            return
        reminders = retention.retention_reminders(self.ws)
        codes = {r.code for r in reminders}
        if "due" in codes:
            due = len(retention.cases_past_retention(self.ws))
            text = (
                self.window.tr("1 casus over de bewaartermijn")
                if due == 1
                else self.window.tr("%1 casussen over de bewaartermijn").replace("%1", str(due))
            )
        elif "not_set" in codes:
            text = self.window.tr("Bewaartermijn niet ingesteld")
        else:
            self.reminder.hide()
            return
        self.reminder.setText("⚠ " + text)
        self.reminder.setToolTip("\n\n".join(text_of(r.text) for r in reminders))
        self.reminder.setAccessibleName(text)
        self.reminder.show()

    # -- the window's life ----------------------------------------------------------------------
    def lock(self) -> None:
        self.idle.timer.stop()
        self.clipboard.clear_own()
        dialog = getattr(self, "inzage_dialog", None)
        if dialog is not None and dialog.isVisible():
            dialog.reject()  # nothing of a person may stay visible behind the lock
        for action in self.actions:
            action.setEnabled(False)
        if self.backups is not None:
            self.backups.set_enabled(False)

    def unlock(self) -> None:
        for action in self.actions:
            action.setEnabled(True)
        if self.backups is not None:
            self.backups.set_enabled(True)
            self.backups.refresh_reminder()
        self.idle.restart()
        self.refresh_reminder()

    def close(self) -> None:
        self.idle.stop()
        self.clipboard.clear_own()
        self.clipboard.stop()
