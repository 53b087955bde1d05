"""The telephone number on a user's profile, which 'Ons plan' prints for the household: one dialog,
opened by the user for themselves (Bestand → Mijn telefoonnummer) and by a beheerder for anyone
(Gebruikers en rollen → Telefoon)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casus_app.domain.errors import CasusError
from casus_app.domain.phone import MAX_LENGTH
from casus_app.ui.widgets.errors import error_text


class PhoneDialog(QDialog):
    """`submit(text)` checks and saves the number (raising CasusError with a Dutch message when it is
    not one); the dialog stays open with what was typed until it succeeds."""

    def __init__(
        self,
        title: str,
        explanation: str,
        current: str | None,
        submit: Callable[[str], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._submit = submit
        self.saved: str | None = current
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_edit = QLineEdit(current or "")
        self.phone_edit.setMaxLength(MAX_LENGTH + 10)
        self.phone_edit.setPlaceholderText(self.tr("bijvoorbeeld 06-12345678"))
        self.phone_edit.setToolTip(self.tr("Een Nederlands nummer; leeg laten haalt het nummer weg"))
        form = QFormLayout()
        form.addRow(self.tr("&Telefoonnummer:"), self.phone_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            self.saved = self._submit(self.phone_edit.text())
        except CasusError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            self.phone_edit.setFocus()
            return
        self.accept()
