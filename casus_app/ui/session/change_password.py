"""Changing one's own password: only the user's own key slot is re-wrapped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casus_app.domain.errors import CasusError
from casus_app.services.admin.users import change_password
from casus_app.services.auth.login import MIN_PASSWORD_LENGTH
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.errors import error_text


class ChangePasswordDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self.setMinimumWidth(480)
        text = self.tr(
            "Kies een nieuw wachtwoord van minstens %1 tekens. Een zin van een paar woorden is sterk "
            "en goed te onthouden."
        ).replace("%1", str(MIN_PASSWORD_LENGTH))
        if forced:
            # After a reset by a beheerder: they know this password, so it is the user's own first.
            text = (
                self.tr(
                    "De beheerder heeft uw wachtwoord opnieuw ingesteld. Kies nu een eigen wachtwoord; "
                    "daarna opent Casus. Vul bij 'Huidig wachtwoord' het wachtwoord in dat u van de "
                    "beheerder kreeg."
                )
                + " "
                + text
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.old_edit, self.new_edit, self.repeat_edit = (QLineEdit() for _ in range(3))
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Huidig wachtwoord"), self.old_edit)
        form.addRow(self.tr("&Nieuw wachtwoord"), self.new_edit)
        form.addRow(self.tr("Nieuw wachtwoord he&rhalen"), self.repeat_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Wachtwoord &wijzigen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Casus sluiten") if forced else self.tr("Annuleren")
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            self._show(self.tr("De twee nieuwe wachtwoorden zijn niet gelijk. Typ ze opnieuw."))
            return
        try:
            change_password(self.ws, self.old_edit.text(), self.new_edit.text())
        except CasusError as exc:
            self._show(error_text(exc))
            return
        self.accept()

    def _show(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        self.old_edit.setFocus()
