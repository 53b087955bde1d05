"""The forms of the users screen: a new user or another role and gebieden, and a new password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.enums import Role
from casus_app.services.admin.user_admin import UserInfo
from casus_app.ui.session.first_run import password_feedback
from casus_app.ui.widgets.labels import role_label


class PasswordFields:
    """A password and its repeat, with a hint that says what is still missing."""

    def __init__(self, parent: QWidget, form: QFormLayout, on_change) -> None:
        self.password_edit = QLineEdit(parent)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setToolTip(
            parent.tr("Minstens 10 tekens; een korte zin is sterk en goed te onthouden")
        )
        self.repeat_edit = QLineEdit(parent)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setToolTip(parent.tr("Typ hetzelfde wachtwoord nog een keer"))
        self.hint = QLabel(parent)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        form.addRow(parent.tr("&Wachtwoord"), self.password_edit)
        form.addRow(parent.tr("&Herhaal wachtwoord"), self.repeat_edit)
        form.addRow("", self.hint)
        self.password_edit.textChanged.connect(on_change)
        self.repeat_edit.textChanged.connect(on_change)

    def check(self) -> bool:
        ok, hint = password_feedback(self.password_edit.text(), self.repeat_edit.text())
        self.hint.setText(hint)
        self.hint.setProperty("ok", ok)
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        return ok

    @property
    def password(self) -> str:
        return self.password_edit.text()


class UserDialog(QDialog):
    """A new user (`user` None) or another role and gebieden for an existing one."""

    def __init__(
        self,
        areas: list[tuple[str, str]],
        organisations: list[tuple[str, str]],
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe gebruiker") if user is None else self.tr("Rol en gebieden"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setToolTip(self.tr("De naam waarmee iemand zich aanmeldt, bijvoorbeeld j.jansen"))
        self.name_edit.setMaxLength(64)
        self.display_edit = QLineEdit()
        self.display_edit.setToolTip(self.tr("Zoals de naam in Casus getoond wordt (mag leeg blijven)"))
        self.organisation_combo = QComboBox()
        self.organisation_combo.addItem(self.tr("(geen)"), None)
        for code, name in organisations:
            self.organisation_combo.addItem(name, code)
        self.organisation_combo.setToolTip(self.tr("Namens welke partner deze gebruiker werkt"))
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.role_combo.setToolTip(
            self.tr(
                "Beheerder: alles. Professional: casussen in de eigen gebieden. Gezinscoach: de eigen "
                "gezinnen. Coördinator: alleen geanonimiseerde aantallen."
            )
        )
        self.area_boxes: dict[str, QCheckBox] = {}
        area_grid = QGridLayout()
        for i, (code, name) in enumerate(areas):
            box = QCheckBox(name)
            box.setToolTip(self.tr("Casussen in %1 zien en bewerken").replace("%1", name))
            self.area_boxes[code] = box
            area_grid.addWidget(box, i // 2, i % 2)
        self.passwords: PasswordFields | None = None
        if user is None:
            # The least powerful role that can work on cases; beheerder is a deliberate choice.
            self.role_combo.setCurrentIndex(self.role_combo.findData(Role.PROFESSIONAL.value))
            form.addRow(self.tr("&Gebruikersnaam"), self.name_edit)
            form.addRow(self.tr("&Naam"), self.display_edit)
            form.addRow(self.tr("&Organisatie"), self.organisation_combo)
        else:
            who = QLabel(user.display_name or user.name)
            who.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(self.tr("Gebruiker"), who)
            self.role_combo.setCurrentIndex(self.role_combo.findData(user.role.value))
            for code in user.areas:
                if code in self.area_boxes:
                    self.area_boxes[code].setChecked(True)
        form.addRow(self.tr("&Rol"), self.role_combo)
        areas_label = QLabel(self.tr("Gebieden"))
        form.addRow(areas_label, area_grid)
        if user is None:
            self.passwords = PasswordFields(self, form, self._update)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Toevoegen") if user is None else self.tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self.role_combo.currentIndexChanged.connect(self._update)
        for box in self.area_boxes.values():
            box.toggled.connect(self._update)
        self._update()

    @property
    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    @property
    def areas(self) -> list[str]:
        return [code for code, box in self.area_boxes.items() if box.isChecked()]

    def _update(self) -> None:
        ok = True
        if self.passwords is not None:
            ok = self.passwords.check() and bool(self.name_edit.text().strip())
        if self.role is Role.PROFESSIONAL and not self.areas:
            ok = False
        self.ok_button.setEnabled(ok)


class PasswordDialog(QDialog):
    """A new password for someone else (reset or reactivation)."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        self.passwords = PasswordFields(self, form, self._update)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Instellen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    @property
    def password(self) -> str:
        return self.passwords.password

    def _update(self) -> None:
        self.ok_button.setEnabled(self.passwords.check())
