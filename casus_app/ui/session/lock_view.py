"""The locked screen: nothing of the register shows until the same user gives the password again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from casus_app.domain.errors import CasusError
from casus_app.services.auth.login import reauthenticate
from casus_app.services.workspace import Workspace
from casus_app.ui.shell.tasks import Task
from casus_app.ui.widgets.card import card_page
from casus_app.ui.widgets.errors import error_text


class LockView(QWidget):
    unlocked = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._task = Task(self)
        self._task.succeeded.connect(self._on_succeeded)
        self._task.failed.connect(self._on_failed)

        heading = QLabel(self.tr("Casus is vergrendeld"))
        heading.setObjectName("heading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who = ws.actor.display_name or ws.actor.name
        explanation = QLabel(
            self.tr("Aangemeld als %1. Voer uw wachtwoord in om verder te werken.").replace("%1", who)
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Wachtwoord"))
        self.password_edit.setAccessibleName(self.tr("Wachtwoord"))
        self.password_edit.setToolTip(self.tr("Uw wachtwoord; Enter ontgrendelt"))
        self.unlock_button = QPushButton(self.tr("O&ntgrendelen"))
        self.unlock_button.setToolTip(self.tr("Casus weer tonen (Enter)"))
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        row = QHBoxLayout()
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.unlock_button)
        card = card_page(self, 600)
        card.addWidget(heading)
        card.addWidget(explanation)
        card.addSpacing(8)
        card.addLayout(row)
        card.addWidget(self.error_label)

        self.password_edit.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)

    def prepare(self) -> None:
        self.password_edit.clear()
        self.error_label.hide()
        self.password_edit.setFocus()

    def submit(self) -> None:
        password = self.password_edit.text()
        if self._task.running or not password:
            return
        self._set_busy(True)
        # The auth service applies the lockout and writes every failure to the audit log.
        self._task.start(lambda: reauthenticate(self._ws, password))

    def _on_succeeded(self, _result: object) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.unlocked.emit()

    def _on_failed(self, exc: CasusError) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self.password_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Bezig…") if busy else self.tr("O&ntgrendelen"))
