"""Gebruikers en rollen: the beheerder adds users, changes roles and gebieden, resets, (de)activates, removes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError
from casus_app.services.admin import profile, user_admin, users
from casus_app.services.admin.areas import list_areas
from casus_app.services.admin.settings import set_setting
from casus_app.services.admin.user_admin import UserInfo
from casus_app.services.workspace import Workspace
from casus_app.ui.admin.user_edit import PasswordDialog, UserDialog
from casus_app.ui.session import idle_lock
from casus_app.ui.session.profile import PhoneDialog
from casus_app.ui.shell.tasks import Task
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import role_label
from casus_app.ui.widgets.page_header import page_header


class UsersAdminView(QWidget):
    """The users of the register; every action goes through `user_admin`, which checks and logs it."""

    lock_minutes_changed = Signal(int)
    closed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._users: list[UserInfo] = []
        self._areas = list_areas(ws)
        self._area_names = dict(self._areas)
        self._task = Task(self)
        self._task.succeeded.connect(self._on_done)
        self._task.failed.connect(self._on_failed)
        self._done_text = ""

        title_row, self.back_button = page_header(self, self.tr("Gebruikers en rollen"), self.closed.emit)
        intro = QLabel(
            self.tr(
                "Wie Casus mag gebruiken, met welke rol en in welke gebieden. Elke wijziging komt "
                "in het auditlog."
            )
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Gebruikersnaam"),
                self.tr("Naam"),
                self.tr("Rol"),
                self.tr("Organisatie"),
                self.tr("Gebieden"),
                self.tr("Status"),
                self.tr("Telefoon"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Gebruikers"))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.add_button = self._button(
            self.tr("To&evoegen…"), self.tr("Een nieuwe gebruiker met een eigen wachtwoord"), self.add_user
        )
        self.role_button = self._button(
            self.tr("&Rol en gebieden…"),
            self.tr("Rol en gebieden van de gekozen gebruiker wijzigen"),
            self.change_role,
        )
        self.reset_button = self._button(
            self.tr("&Wachtwoord opnieuw…"),
            self.tr("Een nieuw wachtwoord geven; het oude werkt meteen niet meer"),
            self.reset_password,
        )
        self.phone_button = self._button(
            self.tr("Tele&foon…"),
            self.tr("Het telefoonnummer van de gekozen gebruiker, dat 'Ons plan' noemt"),
            self.change_phone,
        )
        self.deactivate_button = self._button(
            self.tr("&Deactiveren"),
            self.tr("Tijdelijk geen toegang (bijvoorbeeld bij verlof); terug te draaien"),
            self.deactivate,
        )
        self.reactivate_button = self._button(
            self.tr("Her&activeren…"),
            self.tr("Weer toegang geven, met een nieuw wachtwoord"),
            self.reactivate,
        )
        self.remove_button = self._button(
            self.tr("&Verwijderen…"),
            self.tr("Voorgoed geen toegang en een nieuwe databasesleutel (bij vertrek)"),
            self.remove,
        )
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.role_button,
            self.reset_button,
            self.phone_button,
            self.deactivate_button,
            self.reactivate_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.message_label = QLabel()
        self.message_label.setObjectName("hint")
        self.message_label.setProperty("ok", True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(self._lock_group(), 1)
        bottom.addWidget(self._recovery_group(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(intro)
        layout.addLayout(top, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # Bound methods, not lambdas holding self: PySide then deletes the view cleanly.
        self.table.itemDoubleClicked.connect(self._on_double_click)
        self.refresh()

    def _on_double_click(self, _item: QTableWidgetItem) -> None:
        self.change_role()

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _lock_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Automatisch vergrendelen"))
        self.lock_spin = QSpinBox()
        self.lock_spin.setRange(idle_lock.MIN_MINUTES, idle_lock.MAX_MINUTES)
        self.lock_spin.setSuffix(self.tr(" minuten"))
        self.lock_spin.setValue(idle_lock.lock_minutes(self._ws))
        self.lock_spin.setAccessibleName(self.tr("Vergrendelen na"))
        self.lock_spin.setToolTip(
            self.tr("Casus vergrendelt zich als zo lang niemand iets doet, op elke werkplek")
        )
        self.lock_save = QPushButton(self.tr("Op&slaan"))
        self.lock_save.setToolTip(self.tr("De nieuwe tijd geldt voor iedereen die dit register opent"))
        self.lock_save.clicked.connect(self.save_lock_minutes)
        label = QLabel(self.tr("Vergrendelen &na geen gebruik:"))
        label.setBuddy(self.lock_spin)
        label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.lock_spin)
        row.addWidget(self.lock_save)
        inner = QVBoxLayout(group)
        inner.addWidget(label)
        inner.addLayout(row)
        inner.addStretch(1)
        return group

    def _recovery_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Herstelsleutel: als geen beheerder meer kan aanmelden"))
        text = QLabel(
            self.tr(
                "1. De herstelsleutel (32 tekens) is één keer getoond toen het register werd gemaakt. Bewaar hem "
                "op papier, in een verzegelde envelop in een kluis, nooit op deze computer.\n"
                "2. Nodig? Open de envelop met twee mensen en leg vast wie, wanneer en waarom.\n"
                "3. Met de herstelsleutel krijgt een beheerder een nieuw wachtwoord; dit komt in het auditlog.\n"
                "4. Daarna: een nieuwe envelop met dezelfde sleutel, weer in de kluis."
            )
        )
        text.setWordWrap(True)
        inner = QVBoxLayout(group)
        inner.addWidget(text)
        return group

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_user()
        self._users = user_admin.list_users(self._ws)
        self.table.setRowCount(len(self._users))
        statuses = {
            user_admin.ACTIVE: self.tr("actief"),
            user_admin.DEACTIVATED: self.tr("gedeactiveerd"),
            user_admin.REMOVED: self.tr("verwijderd"),
        }
        for row, user in enumerate(self._users):
            areas = ", ".join(self._area_names.get(code, code) for code in user.areas)
            values = [
                user.name,
                user.display_name or "",
                role_label(user.role),
                user.organisation or "",
                areas,
                statuses.get(user.status, user.status),
                user.phone or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if not user.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        names = [u.name for u in self._users]
        if selected is not None and selected.name in names:
            self.table.selectRow(names.index(selected.name))
        elif self._users:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._users):
            return None
        return self._users[rows[0].row()]

    def select_user(self, name: str) -> None:
        for row, user in enumerate(self._users):
            if user.name == name:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        user = self.selected_user()
        busy = self._task.running
        me = user is not None and user.id == self._ws.actor.user_id
        self.add_button.setEnabled(not busy)
        self.role_button.setEnabled(not busy and user is not None and user.active)
        self.reset_button.setEnabled(not busy and user is not None and user.active)
        self.phone_button.setEnabled(not busy and user is not None and user.status != user_admin.REMOVED)
        self.deactivate_button.setEnabled(not busy and user is not None and user.active and not me)
        self.reactivate_button.setEnabled(not busy and user is not None and not user.active)
        self.remove_button.setEnabled(
            not busy and user is not None and user.status != user_admin.REMOVED and not me
        )

    # -- actions ----------------------------------------------------------------------------
    def add_user(self) -> None:
        dialog = UserDialog(self._areas, user_admin.list_organisations(self._ws), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, display = dialog.name_edit.text().strip(), dialog.display_edit.text().strip() or None
        assert dialog.passwords is not None  # a new user's dialog asks for a password
        role, areas, password = dialog.role, dialog.areas, dialog.passwords.password
        organisation = dialog.organisation_combo.currentData()
        self._run(
            lambda: users.add_user(
                self._ws, name, password, role, areas=areas, organisation=organisation, display_name=display
            ),
            self.tr("%1 is toegevoegd.").replace("%1", name),
            select=name,
        )

    def change_role(self) -> None:
        user = self.selected_user()
        if user is None or not user.active:
            return
        dialog = UserDialog(self._areas, [], user=user, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        role, areas = dialog.role, dialog.areas
        self._run(
            lambda: user_admin.change_role(self._ws, user.name, role, areas),
            self.tr("Rol en gebieden van %1 zijn gewijzigd.").replace("%1", user.name),
            select=user.name,
        )

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = PasswordDialog(
            self.tr("Nieuw wachtwoord voor %1").replace("%1", user.name),
            self.tr(
                "%1 krijgt een nieuwe sleutel met dit wachtwoord; het oude wachtwoord werkt daarna niet meer. "
                "Geef het nieuwe wachtwoord persoonlijk door, niet per e-mail."
            ).replace("%1", user.name),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password = dialog.password
        self._run(
            lambda: user_admin.reset_password(self._ws, user.name, password),
            self.tr("%1 heeft een nieuw wachtwoord; het oude werkt niet meer.").replace("%1", user.name),
            select=user.name,
        )

    def change_phone(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = PhoneDialog(
            self.tr("Telefoonnummer van %1").replace("%1", user.name),
            self.tr(
                "Op dit nummer bereikt een gezin %1: 'Ons plan' noemt het bij de gezinscoach. "
                "Leeg laten haalt het nummer weg."
            ).replace("%1", user.display_name or user.name),
            user.phone,
            lambda text: profile.set_user_phone(self._ws, user.name, text),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh()
        self.select_user(user.name)
        self._show_message(self.tr("Het telefoonnummer van %1 is opgeslagen.").replace("%1", user.name))

    def deactivate(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        question = self.tr(
            "%1 kan daarna niet meer aanmelden tot u de gebruiker heractiveert (met een nieuw "
            "wachtwoord). Doorgaan?"
        ).replace("%1", user.name)
        if not self._confirm(self.tr("Deactiveren"), question, self.tr("&Deactiveren")):
            return
        self._run(
            lambda: user_admin.deactivate(self._ws, user.name),
            self.tr("%1 is gedeactiveerd.").replace("%1", user.name),
            select=user.name,
        )

    def reactivate(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = PasswordDialog(
            self.tr("%1 heractiveren").replace("%1", user.name),
            self.tr("Geef %1 een nieuw wachtwoord; daarmee kan de gebruiker weer aanmelden.").replace(
                "%1", user.name
            ),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password = dialog.password
        self._run(
            lambda: user_admin.reactivate(self._ws, user.name, password),
            self.tr("%1 kan weer aanmelden.").replace("%1", user.name),
            select=user.name,
        )

    def remove(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        question = self.tr(
            "%1 voorgoed verwijderen? Casus maakt daarna een nieuwe databasesleutel, zodat ook een oude kopie "
            "van het sleutelbestand niets meer opent. Dat kan bij een groot register even duren. Wat %1 deed, "
            "blijft in het auditlog."
        ).replace("%1", user.name)
        if not self._confirm(self.tr("Verwijderen"), question, self.tr("&Verwijderen")):
            return
        self._run(
            lambda: user_admin.remove(self._ws, user.name),
            self.tr("%1 is verwijderd en de databasesleutel is vernieuwd.").replace("%1", user.name),
            select=user.name,
        )

    def save_lock_minutes(self) -> None:
        minutes = self.lock_spin.value()
        try:
            set_setting(self._ws, idle_lock.SETTING, str(minutes))
        except CasusError as exc:
            self._show_error(error_text(exc))
            return
        self._show_message(
            self.tr("Casus vergrendelt zich voortaan na %1 minuten zonder gebruik.").replace(
                "%1", str(minutes)
            )
        )
        self.lock_minutes_changed.emit(minutes)

    def _confirm(self, title: str, text: str, yes_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _run(self, call: Callable[[], object], done_text: str, *, select: str | None = None) -> None:
        self._done_text, self._select_after = done_text, select
        self.error_label.hide()
        self.message_label.setText(self.tr("Bezig…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._task.start(call)
        self._update_buttons()

    def _on_done(self, _result: object) -> None:
        self.unsetCursor()
        self.refresh()
        if self._select_after:
            self.select_user(self._select_after)
        self._show_message(self._done_text)

    def _on_failed(self, exc: CasusError) -> None:
        self.unsetCursor()
        self.message_label.clear()
        self._show_error(error_text(exc))
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self.error_label.hide()
        self.message_label.setText(text)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
