"""Signing in to an existing register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError
from casus_app.services.auth.login import login, restore_key_file_backup
from casus_app.services.workspace import Workspace
from casus_app.ui.session.recovery_login import RecoveryDialog
from casus_app.ui.shell.tasks import Task
from casus_app.ui.widgets.errors import error_text


class LoginDialog(QDialog):
    """Asks for name and password; on success `workspace` holds the open register."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, user_name: str = "") -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.workspace: Workspace | None = None
        self._task = Task(self)
        self._task.succeeded.connect(self._on_succeeded)
        self._task.failed.connect(self._on_failed)
        self.setWindowTitle(self.tr("Casus – aanmelden"))
        self.setMinimumWidth(520)

        heading = QLabel(self.tr("Aanmelden bij Casus"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr("Meld u aan met de gebruikersnaam en het wachtwoord die u van de beheerder kreeg.")
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit(user_name)
        self.name_edit.setToolTip(self.tr("Uw gebruikersnaam in dit register"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setToolTip(self.tr("Uw wachtwoord; Enter meldt u aan"))
        form = QFormLayout()
        form.addRow(self.tr("&Gebruikersnaam"), self.name_edit)
        form.addRow(self.tr("&Wachtwoord"), self.password_edit)

        self.error_label = QLabel()
        # Messages may quote what was typed: never read as markup.
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()

        self.path_label = QLabel(self.tr("Register: %1").replace("%1", str(self.db_path)))
        self.path_label.setObjectName("muted")
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setWordWrap(True)
        self.path_label.setToolTip(str(self.db_path))

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("&Aanmelden"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setDefault(True)
        self.login_button.setToolTip(self.tr("Open het register (Enter)"))
        cancel = self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Casus sluiten zonder aan te melden"))
        self.recovery_button = self.buttons.addButton(
            self.tr("&Herstelsleutel gebruiken…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.recovery_button.setToolTip(
            self.tr(
                "Geen beheerder kan zich aanmelden: geef er een een nieuw wachtwoord met de herstelsleutel"
            )
        )
        self.recovery_button.clicked.connect(self.use_recovery_key)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.path_label)
        layout.addWidget(self.buttons)

        (self.password_edit if user_name else self.name_edit).setFocus()

    def submit(self) -> None:
        if self._task.running:
            return
        name = self.name_edit.text().strip()
        if not name:
            self._show_error(self.tr("Vul uw gebruikersnaam in."))
            self.name_edit.setFocus()
            return
        if not self.password_edit.text():
            self._show_error(self.tr("Vul uw wachtwoord in."))
            self.password_edit.setFocus()
            return
        password = self.password_edit.text()
        self._set_busy(True)
        self._task.start(lambda: login(self.db_path, name, password))

    def reject(self) -> None:
        # While the register is being opened the dialog stays: the result must land somewhere.
        if not self._task.running:
            super().reject()

    def _on_succeeded(self, workspace: Workspace) -> None:
        self._set_busy(False)
        self.workspace = workspace
        self.accept()

    def _on_failed(self, exc: CasusError) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self._show_error(error_text(exc))
        self.password_edit.setFocus()
        if getattr(exc, "backup_available", False):
            self.offer_key_file_backup()

    def offer_key_file_backup(self) -> bool:
        """The key file is damaged but its previous copy is fine: put it back only when asked to."""
        answer = QMessageBox.question(
            self,
            self.tr("Sleutelbestand herstellen"),
            self.tr(
                "Het sleutelbestand van dit register is beschadigd, maar er is een eerdere kopie. "
                "Wilt u die kopie terugzetten? Wachtwoorden die sinds die kopie zijn gewijzigd, werken "
                "dan weer zoals ervoor."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            restore_key_file_backup(self.db_path)
        except CasusError as exc:
            self._show_error(error_text(exc))
            return False
        self._show_error(
            self.tr("De eerdere kopie van het sleutelbestand is teruggezet. Meld u opnieuw aan.")
        )
        return True

    def use_recovery_key(self) -> bool:
        """The recovery dialog; afterwards the beheerder signs in here with the new password."""
        dialog = RecoveryDialog(self.db_path, self, user_name=self.name_edit.text().strip())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.name_edit.setText(dialog.admin_name)
        self.password_edit.clear()
        self.error_label.hide()
        self.notice_label.setText(self.tr("Het nieuwe wachtwoord is ingesteld. Meld u daarmee aan."))
        self.notice_label.show()
        self.password_edit.setFocus()
        return True

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.name_edit, self.password_edit, self.buttons):
            widget.setEnabled(not busy)
        self.login_button.setText(self.tr("Bezig met openen…") if busy else self.tr("&Aanmelden"))
        if busy:
            self.error_label.hide()
