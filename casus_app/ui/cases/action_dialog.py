"""One afspraak outside an overleg: a new one for the case on screen, or a change to one (deadline,
organisation, person, result). Also the question for a snooze.

The person is picked from the users of the chosen organisation (so "Mijn afspraken" finds it for
them) or typed, for someone without an account.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.cases import action_changes, actions
from casus_app.services.cases.action_changes import ActionEdit
from casus_app.services.cases.actions import ActionInput
from casus_app.services.cases.form_input import form_choices
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.combos import select_data
from casus_app.ui.widgets.dates import date_edit, pydate, qdate
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import date_text


class ActionDialog(QDialog):
    """Saves when accepted: `add_action` without `action`, else `change_action` on it.

    `action` is an ActionView (case view) or ActionItem (Mijn afspraken): id, ref, description,
    owner, owner_person, owner_user_id, agreed_on, deadline, result.
    """

    def __init__(
        self,
        ws: Workspace,
        case_id: int,
        case_ref: str,
        action=None,
        parent: QWidget | None = None,
        *,
        lead: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.action = ws, case_id, action
        self.saved_id: int | None = None
        # Gone once closed: no case data stays behind in a hidden window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = (
            self.tr("Nieuwe afspraak voor casus %1").replace("%1", case_ref)
            if action is None
            else self.tr("Afspraak %1 van casus %2 wijzigen")
            .replace("%1", action.ref)
            .replace("%2", case_ref)
        )
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setObjectName("section")
        heading.setTextFormat(Qt.TextFormat.PlainText)

        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("Wat moet er gebeuren?"))
        self.description_edit.setToolTip(self.tr("Kort en zakelijk; geen bijzondere persoonsgegevens"))
        self.owner_combo = QComboBox()
        self.choices = form_choices(ws)
        for code, name in self.choices.organisations:
            self.owner_combo.addItem(name, code)
        self.owner_combo.setToolTip(self.tr("De organisatie die de afspraak uitvoert"))
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setToolTip(
            self.tr(
                "Kies een medewerker met een account (dan staat de afspraak bij Mijn afspraken) of typ een naam"
            )
        )
        person_line = self.person_combo.lineEdit()
        if person_line is not None:
            person_line.setPlaceholderText(self.tr("(nog niemand)"))
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("(geen)"), None)
        for code, name in self.choices.intervention_types:
            self.type_combo.addItem(name, code)
        self.type_combo.setToolTip(
            self.tr("Wat voor interventie de afspraak is; telt mee in de monitoring (afspraken naar type)")
        )
        self.deadline_edit = date_edit(clock.today())
        self.deadline_edit.setToolTip(self.tr("Uiterlijk wanneer het gedaan moet zijn"))
        self.result_edit = QLineEdit()
        self.result_edit.setMaxLength(action_changes.MAX_RESULT)
        self.result_edit.setPlaceholderText(self.tr("bijvoorbeeld: brief verstuurd, huisbezoek gedaan"))
        self.result_edit.setToolTip(
            self.tr("Wat het opleverde, in een paar woorden, zonder persoonsgegevens")
        )

        form = QFormLayout()
        if action is None:
            form.addRow(self.tr("&Omschrijving *"), self.description_edit)
        else:
            shown = QLabel(action.description)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            form.addRow(self.tr("Afspraak:"), shown)
            form.addRow(self.tr("Afgesproken op:"), QLabel(date_text(action.agreed_on)))
        form.addRow(self.tr("O&rganisatie *"), self.owner_combo)
        form.addRow(self.tr("&Wie"), self.person_combo)
        if action is None:
            form.addRow(self.tr("&Interventietype"), self.type_combo)
        form.addRow(self.tr("&Deadline"), self.deadline_edit)
        if action is not None:
            form.addRow(self.tr("R&esultaat"), self.result_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.save_button = buttons.addButton(self.tr("Op&slaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, 0)

        owner = action.owner if action is not None else lead
        if owner is not None:
            select_data(self.owner_combo, owner, self.choices.name_of(owner))
        self._fill_people()
        self.owner_combo.currentIndexChanged.connect(lambda _i: self._fill_people())
        if action is not None:
            self._show_person(action.owner_person, action.owner_user_id)
            self.deadline_edit.setDate(qdate(action.deadline))
            self.result_edit.setText(action.result or "")
            self.deadline_edit.setFocus()
        else:
            self.deadline_edit.setDate(qdate(actions.default_deadline(ws, case_id)))
            self.description_edit.setFocus()

    def _fill_people(self) -> None:
        typed = self.person_combo.currentText()
        self.person_combo.clear()
        code = self.owner_combo.currentData()
        for person in action_changes.people_of(self.ws, code) if code else []:
            self.person_combo.addItem(person.name, person.user_id)
        self.person_combo.setCurrentIndex(-1)
        self.person_combo.setEditText(typed)

    def _show_person(self, name: str | None, user_id: int | None) -> None:
        index = self.person_combo.findData(user_id) if user_id is not None else -1
        if index >= 0:
            self.person_combo.setCurrentIndex(index)
        else:
            self.person_combo.setCurrentIndex(-1)
            self.person_combo.setEditText(name or "")

    def person(self) -> tuple[str | None, int | None]:
        """The name and, when it is one of the listed users, their user id."""
        text = self.person_combo.currentText().strip()
        index = self.person_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        user_id = self.person_combo.itemData(index) if text and index >= 0 else None
        return text or None, user_id

    def save(self) -> None:
        name, user_id = self.person()
        owner = self.owner_combo.currentData() or ""
        deadline = pydate(self.deadline_edit.date())
        try:
            if self.action is None:
                self.saved_id = actions.add_action(
                    self.ws,
                    self.case_id,
                    ActionInput(
                        self.description_edit.text(),
                        owner,
                        name,
                        deadline,
                        user_id,
                        intervention_type=self.type_combo.currentData(),
                    ),
                )
            else:
                action_changes.change_action(
                    self.ws,
                    self.action.id,
                    ActionEdit(deadline, owner, name, user_id, self.result_edit.text()),
                )
                self.saved_id = self.action.id
        except CasusError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()


def ask_snooze(ws: Workspace, action, parent: QWidget | None = None, *, today: dt.date | None = None) -> bool:
    """Ask how many days before its deadline an afspraak should come back, then snooze it (0: not
    at all); True when something changed."""
    title = QCoreApplication.translate("ActionDialog", "Afspraak laten sluimeren")
    today = today or clock.today()
    most = (action.deadline - today).days - 1
    if most < 1 and action.snoozed_until is None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "ActionDialog", "De deadline is te dichtbij om de afspraak nog te laten sluimeren."
            ),
        )
        return False
    current = (action.deadline - action.snoozed_until).days if action.snoozed_until else min(7, most)
    days, ok = QInputDialog.getInt(
        parent,
        title,
        QCoreApplication.translate(
            "ActionDialog",
            "Uit Mijn afspraken tot hoeveel dagen vóór de deadline (%1)? 0: niet laten sluimeren.",
        ).replace("%1", date_text(action.deadline)),
        max(0, min(current, most)),
        0,
        max(most, 0),
    )
    if not ok:
        return False
    try:
        action_changes.snooze_action(ws, action.id, days, today=today)
    except CasusError as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return False
    return True
