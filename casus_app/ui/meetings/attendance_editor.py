"""Who is present, per person with their organisation: a list to tick (space bar) and a line to add someone.

Used when an overleg is planned (the regular members ticked beforehand) and, as a dialog, during
and after the meeting (meeting mode, Alt+Z). Its keys avoid the menu bar's letters.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError
from casus_app.services.meetings.attendance import Attendee
from casus_app.ui.widgets.errors import error_text

AttendeeRole = Qt.ItemDataRole.UserRole + 2


class AttendanceEditor(QWidget):
    """`attendees()`: the ticked rows. `touched` turns True once the user changes anything."""

    def __init__(self, organisations: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = dict(organisations)
        self.touched = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Aanwezigen"))
        self.list.setToolTip(
            self.tr("Vink met de spatiebalk aan wie er is; wie er niet is vinkt u uit. Later aan te vullen.")
        )
        self.list.setMinimumHeight(150)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Naam van een aanwezige"))
        self.name_edit.setPlaceholderText(self.tr("Voornaam en achternaam"))
        self.organisation_combo = QComboBox()
        self.organisation_combo.setAccessibleName(self.tr("Organisatie van de aanwezige"))
        # Long names (Vangnet en Bemoeizorg Mondriaan) must not squeeze the name field.
        self.organisation_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation_combo.setMinimumContentsLength(16)
        self.name_edit.setMinimumWidth(180)
        self.organisation_combo.addItem(self.tr("(kies de organisatie)"), "")
        for code, name in organisations:
            self.organisation_combo.addItem(name, code)
        self.add_button = QPushButton(self.tr("To&evoegen"))
        self.add_button.setToolTip(
            self.tr("Deze persoon toevoegen aan de aanwezigen (Enter in het naamveld)")
        )
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()

        name_label = QLabel(self.tr("Naam"))
        name_label.setBuddy(self.name_edit)
        organisation_label = QLabel(self.tr("Organisatie"))
        organisation_label.setBuddy(self.organisation_combo)
        row = QGridLayout()  # two lines: a long organisation name must not squeeze the name
        row.addWidget(name_label, 0, 0)
        row.addWidget(self.name_edit, 0, 1, 1, 2)
        row.addWidget(organisation_label, 1, 0)
        row.addWidget(self.organisation_combo, 1, 1)
        row.addWidget(self.add_button, 1, 2)
        row.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error_label)

        self.add_button.clicked.connect(self.add_person)
        self.name_edit.returnPressed.connect(self.add_person)
        self.list.itemChanged.connect(self._changed)

    def _changed(self, *_args) -> None:
        self.touched = True

    def set_attendees(self, attendees, *, checked: bool = True) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for attendee in attendees:
            self._add_row(attendee, checked)
        self.list.blockSignals(False)
        self.error_label.hide()

    def _add_row(self, attendee: Attendee, checked: bool) -> QListWidgetItem:
        name = attendee.organisation_name or self.names.get(attendee.organisation, attendee.organisation)
        attendee = Attendee(attendee.name, attendee.organisation, name)
        item = QListWidgetItem(attendee.text)
        item.setData(AttendeeRole, attendee)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def add_person(self) -> None:
        name = " ".join(self.name_edit.text().split())
        code = self.organisation_combo.currentData()
        if not name or not code:
            self.error_label.setText(
                self.tr("Vul de naam in en kies de organisatie van de aanwezige.")
                if not code
                else self.tr("Vul de naam van de aanwezige in.")
            )
            self.error_label.show()
            (self.organisation_combo if name else self.name_edit).setFocus()
            return
        self.error_label.hide()
        for row in range(self.list.count()):
            existing = self.list.item(row).data(AttendeeRole)
            if (existing.name, existing.organisation) == (name, code):
                self.list.item(row).setCheckState(Qt.CheckState.Checked)
                self.list.setCurrentRow(row)
                break
        else:
            self.list.setCurrentItem(self._add_row(Attendee(name, code), True))
        self.touched = True
        self.name_edit.clear()
        self.name_edit.setFocus()

    def attendees(self) -> tuple[Attendee, ...]:
        return tuple(
            self.list.item(r).data(AttendeeRole)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        )

    def pending_text(self) -> str:
        """A name typed but not added yet (so a save does not silently drop it)."""
        return self.name_edit.text().strip()


class AttendanceDialog(QDialog):
    """Edit who is present; `save` is the service call, so a refusal keeps the dialog open."""

    def __init__(self, title: str, attendees, organisations, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.editor = AttendanceEditor(organisations)
        self.editor.set_attendees(attendees)
        heading = QLabel(self.tr("&Aanwezig"))
        heading.setBuddy(self.editor.list)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Op&slaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(640, 480)
        self.editor.list.setFocus()

    def accept(self) -> None:
        if self.editor.pending_text():
            self.editor.add_person()
            if self.editor.pending_text():
                return  # no organisation chosen: the editor says so
        try:
            self.save(self.editor.attendees())
        except CasusError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        super().accept()
