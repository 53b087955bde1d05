"""Beheer › Back-up-instellingen…: after how many days the reminder comes, and whether Casus
makes a backup into a chosen folder each time it closes (services/backup/reminder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError
from casus_app.services.backup import reminder
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.errors import error_text


class BackupSettingsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Casus – back-up-instellingen"))
        self.setMinimumWidth(560)

        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, reminder.MAX_REMINDER_DAYS)
        self.days_spin.setSuffix(self.tr(" dagen"))
        self.days_spin.setSpecialValueText(self.tr("nooit"))
        self.days_spin.setValue(reminder.reminder_days(ws))
        self.days_spin.setToolTip(
            self.tr("Een melding onderin het venster als de laatste back-up ouder is; 0: nooit")
        )
        folder = reminder.on_close_folder(ws)
        self.on_close_box = QCheckBox(self.tr("Bij het &afsluiten een back-up maken"))
        self.on_close_box.setChecked(folder is not None)
        self.on_close_box.setToolTip(
            self.tr("Elke keer dat u Casus sluit, een gecontroleerde back-up in de gekozen map")
        )
        self.folder_edit = QLineEdit(str(folder) if folder else "")
        self.folder_edit.setPlaceholderText(
            self.tr("Map voor de back-ups, bij voorkeur op een andere schijf")
        )
        self.folder_edit.setAccessibleName(self.tr("Map voor back-ups bij het afsluiten"))
        self.browse_button = QPushButton(self.tr("&Bladeren…"))
        self.browse_button.setToolTip(self.tr("Een map kiezen"))
        self.browse_button.clicked.connect(self.browse)
        note = QLabel(
            self.tr(
                "Dat gebeurt als een beheerder Casus sluit. Casus bewaart de laatste %1 back-ups van het "
                "afsluiten in die map en ruimt oudere op; back-ups die u zelf maakt, blijven staan."
            ).replace("%1", str(reminder.ON_CLOSE_KEEP))
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        days_label = QLabel(self.tr("&Herinnering na"))
        days_label.setBuddy(self.days_spin)
        form.addRow(days_label, self.days_spin)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form.addRow(self.on_close_box)
        folder_label = QLabel(self.tr("&Map"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("", note)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Op&slaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Sluiten zonder op te slaan (Esc)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.on_close_box.toggled.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        on = self.on_close_box.isChecked()
        self.folder_edit.setEnabled(on)
        self.browse_button.setEnabled(on)

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor back-ups bij het afsluiten"), self.folder_edit.text() or str(Path.home())
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def save(self) -> None:
        folder_text = self.folder_edit.text().strip()
        if self.on_close_box.isChecked() and not folder_text:
            self._fail(self.tr("Kies een map voor de back-ups bij het afsluiten, of vink die uit."))
            self.folder_edit.setFocus()
            return
        try:
            reminder.set_reminder_days(self.ws, self.days_spin.value())
            reminder.set_on_close_folder(
                self.ws, Path(folder_text).expanduser() if self.on_close_box.isChecked() else None
            )
        except CasusError as exc:
            self._fail(error_text(exc))
            return
        self.accept()
