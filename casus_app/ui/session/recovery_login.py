"""When no beheerder can sign in: the recovery key gives one of them a new password.

Opened from the login screen ("Herstelsleutel gebruiken…"). The key derivation takes a moment,
so the work runs in the background; the register is closed again afterwards and the beheerder
signs in with the new password as usual. The service logs it as 'herstelsleutel gebruikt'.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError
from casus_app.services.admin.user_admin import recover_with_key
from casus_app.services.auth.login import MIN_PASSWORD_LENGTH
from casus_app.ui.shell.tasks import Task
from casus_app.ui.widgets.errors import error_text


class RecoveryDialog(QDialog):
    """Recovery key, the beheerder's name, a new password twice; `admin_name` is set on success."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, user_name: str = "") -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.admin_name = ""
        self._task = Task(self)
        self._task.succeeded.connect(self._on_succeeded)
        self._task.failed.connect(self._on_failed)
        self.setWindowTitle(self.tr("Casus – herstelsleutel gebruiken"))
        self.setMinimumWidth(560)

        heading = QLabel(self.tr("Herstelsleutel gebruiken"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "Kan geen enkele beheerder zich meer aanmelden? Met de herstelsleutel van dit register "
                "krijgt een beheerder een nieuw wachtwoord. Dit komt in het auditlog."
            )
        )
        intro.setWordWrap(True)

        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)  # it opens everything: not on a projector
        self.key_edit.setToolTip(self.tr("De 32 tekens van het papier; spaties en streepjes mogen"))
        self.name_edit = QLineEdit(user_name)
        self.name_edit.setToolTip(self.tr("De gebruikersnaam van een beheerder van dit register"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Herstelsleutel"), self.key_edit)
        form.addRow(self.tr("&Beheerder"), self.name_edit)
        form.addRow(self.tr("&Nieuw wachtwoord"), self.password_edit)
        form.addRow(self.tr("Nog &eens"), self.repeat_edit)
        hint = QLabel(
            self.tr(
                "Minstens %1 tekens en niet makkelijk te raden; een zin van een paar woorden is sterk."
            ).replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)

        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Wachtwoord &instellen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.key_edit.setFocus()

    def submit(self) -> None:
        if self._task.running:
            return
        key, name = self.key_edit.text().strip(), self.name_edit.text().strip()
        password = self.password_edit.text()
        problem, field = None, None
        if not key:
            problem, field = self.tr("Vul de herstelsleutel in."), self.key_edit
        elif not name:
            problem, field = self.tr("Vul de gebruikersnaam van een beheerder in."), self.name_edit
        elif not password:
            problem, field = self.tr("Kies een nieuw wachtwoord."), self.password_edit
        elif password != self.repeat_edit.text():
            problem, field = self.tr("De twee wachtwoorden zijn niet gelijk."), self.repeat_edit
        if problem and field:
            self._show_error(problem)
            field.setFocus()
            return
        self._set_busy(True)
        self._task.start(lambda: recover_with_key(self.db_path, key, name, password))

    def reject(self) -> None:
        if not self._task.running:
            super().reject()

    def _on_succeeded(self, _result: object) -> None:
        self._set_busy(False)
        self.admin_name = self.name_edit.text().strip()
        self.key_edit.clear()
        self.accept()

    def _on_failed(self, exc: CasusError) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.repeat_edit.clear()
        self._show_error(error_text(exc))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.key_edit, self.name_edit, self.password_edit, self.repeat_edit, self.buttons):
            widget.setEnabled(not busy)
        self.ok_button.setText(self.tr("Bezig…") if busy else self.tr("Wachtwoord &instellen"))
        if busy:
            self.error_label.hide()
