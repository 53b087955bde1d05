"""Registering a signal as a case, or editing one: the form, its errors, and the duplicate warning.

Soort and hoofdcategorie start empty, so that a case is never counted under a choice nobody made;
"aangemeld door" starts at the user's own organisation. Esc, Annuleren or closing the window asks
before a filled-in or changed form is thrown away.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock, labels
from casus_app.domain.enums import CaseKind, Risk
from casus_app.domain.errors import CasusError
from casus_app.services.cases import editing as case_editing
from casus_app.services.cases.editing import PossibleDuplicate
from casus_app.services.cases.form_input import CaseInput, CaseInvalid, PersonInput, form_choices
from casus_app.services.workspace import Workspace
from casus_app.ui.cases.case_duplicates import CaseDuplicatesDialog
from casus_app.ui.widgets.combos import select_data
from casus_app.ui.widgets.dates import date_edit, pydate, qdate
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import kind_label, translated

PersonIdRole = Qt.ItemDataRole.UserRole + 1
PERSON_COLUMNS = 5  # voornaam, tussenvoegsel, achternaam, geboortedatum, rol


def parse_dutch_date(text: str) -> dt.date:
    """dd-mm-jjjj (also with / or .), or jjjj-mm-dd; ValueError otherwise."""
    text = text.strip()
    for separator in ("-", "/", "."):
        parts = text.split(separator)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            if len(parts[0]) == 4:
                return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            if len(parts[2]) == 4:
                return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
    raise ValueError(text)


class CaseFormDialog(QDialog):
    """After `accept()`, `case_id` is the case saved: the new one, the edited one, or the case the
    signal was added to."""

    def __init__(
        self,
        ws: Workspace,
        *,
        case_id: int | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.case_id = case_id
        self.editing = case_id is not None
        self.choices = form_choices(ws)
        # Gone once closed: no case data stays behind in a hidden window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        initial = case_editing.load_case_input(ws, case_id) if case_id is not None else None
        self.setWindowTitle(self.tr("Casus bewerken") if self.editing else self.tr("Nieuwe casus aanmelden"))
        self.resize(940, 700)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("(kies een soort)"), None)
        for kind in CaseKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.area_combo = QComboBox()
        for code, name in self.choices.areas:
            self.area_combo.addItem(name, code)
        self.neighbourhood_combo = QComboBox()
        self.street_edit, self.number_edit, self.suffix_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.postcode_edit, self.city_edit = QLineEdit(), QLineEdit()
        self.number_edit.setMaximumWidth(90)
        self.suffix_edit.setMaximumWidth(70)
        self.postcode_edit.setMaximumWidth(110)
        self.postcode_edit.setPlaceholderText("1234 AB")
        self.start_edit = date_edit(today or clock.today())
        self.category_combo = QComboBox()
        self.extra_list = QListWidget()
        self.extra_list.setMaximumHeight(110)
        for code, name, _kind in self.choices.categories:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.extra_list.addItem(item)
        self.reporter_combo, self.lead_combo = QComboBox(), QComboBox()
        self.reporter_combo.addItem(self.tr("(kies een organisatie)"), None)
        self.lead_combo.addItem(self.tr("(nog niemand)"), None)
        for code, name in self.choices.organisations:
            self.reporter_combo.addItem(name, code)
            self.lead_combo.addItem(name, code)
        self.reporter_combo.setCurrentIndex(
            max(self.reporter_combo.findData(self.choices.own_organisation), 0)
        )
        self.risk_combo = QComboBox()
        self.risk_combo.addItem(self.tr("(niet ingeschat)"), None)
        for risk in Risk:
            self.risk_combo.addItem(translated(labels.RISK_NAMES, risk.value), risk.value)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(80)
        self.persons_table = QTableWidget(0, PERSON_COLUMNS)
        self.persons_table.setHorizontalHeaderLabels(
            [
                self.tr("Voornaam"),
                self.tr("Tussenvoegsel"),
                self.tr("Achternaam"),
                self.tr("Geboortedatum"),
                self.tr("Rol"),
            ]
        )
        self.persons_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.persons_table.verticalHeader().hide()
        self.persons_table.setTabKeyNavigation(True)
        # Typing or F2 edits a cell. Not CurrentChanged: an editor opened on every move leaks under
        # the style sheet when the dialog closes.
        triggers = QAbstractItemView.EditTrigger
        self.persons_table.setEditTriggers(
            triggers.AnyKeyPressed
            | triggers.EditKeyPressed
            | triggers.DoubleClicked
            | triggers.SelectedClicked
        )
        self.persons_table.setMaximumHeight(150)
        self.add_person_button = QPushButton(self.tr("Betrokkene &toevoegen"))
        self.add_person_button.setAutoDefault(False)
        self.add_person_button.setToolTip(
            self.tr("Een regel voor een betrokkene (Alt+T); geboortedatum als dd-mm-jjjj")
        )
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        # What a required choice is missing, shown under the field itself.
        self.field_errors = {
            combo: self._field_error(combo)
            for combo in (self.kind_combo, self.category_combo, self.reporter_combo)
        }
        self._tooltips()

        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Soort *"), self._with_error(self.kind_combo))
        left.addRow(self.tr("&Gebied *"), self.area_combo)
        left.addRow(self.tr("&Buurt"), self.neighbourhood_combo)
        left.addRow(self.tr("St&raat"), self.street_edit)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_edit)
        suffix_label = QLabel(self.tr("toe&voeging"))
        suffix_label.setBuddy(self.suffix_edit)
        number_row.addWidget(suffix_label)
        number_row.addWidget(self.suffix_edit)
        number_row.addStretch(1)
        number_label = QLabel(self.tr("&Huisnummer"))
        number_label.setBuddy(self.number_edit)
        left.addRow(number_label, number_row)
        place_row = QHBoxLayout()
        place_row.addWidget(self.postcode_edit)
        place_row.addWidget(self.city_edit, 1)
        place_label = QLabel(self.tr("&Postcode, plaats"))
        place_label.setBuddy(self.postcode_edit)
        left.addRow(place_label, place_row)
        left.addRow(self.tr("Start&datum *"), self.start_edit)
        right.addRow(self.tr("Hoo&fdcategorie *"), self._with_error(self.category_combo))
        right.addRow(self.tr("Overige &categorieën"), self.extra_list)
        right.addRow(self.tr("Aa&ngemeld door *"), self._with_error(self.reporter_combo))
        right.addRow(self.tr("R&egie"), self.lead_combo)
        right.addRow(self.tr("R&isico"), self.risk_combo)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        summary_label = QLabel(self.tr("Sa&menvatting"))
        summary_label.setBuddy(self.summary_edit)
        persons_row = QHBoxLayout()
        persons_label = QLabel(self.tr("Betrokkenen"))
        persons_label.setObjectName("section")
        persons_row.addWidget(persons_label)
        persons_row.addStretch(1)
        persons_row.addWidget(self.add_person_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Opslaan") if self.editing else self.tr("Casus &aanmelden"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary_edit)
        layout.addLayout(persons_row)
        layout.addWidget(self.persons_table)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self._fill_categories)
        self.area_combo.currentIndexChanged.connect(self._fill_neighbourhoods)
        self.add_person_button.clicked.connect(lambda: self.add_person_row(focus=True))
        self._fill_categories()
        self._fill_neighbourhoods()
        if initial is not None:
            self._load(initial)
        for combo, label in self.field_errors.items():
            combo.currentIndexChanged.connect(lambda _i, c=combo, lab=label: lab.setVisible(False))
        self._as_opened = self._snapshot()
        self.kind_combo.setFocus()

    def _field_error(self, combo: QComboBox) -> QLabel:
        label = QLabel()
        label.setObjectName("error")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, combo: QComboBox) -> QWidget:
        """The field with its error line under it; the row's label still takes the focus to the field."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(combo)
        column.addWidget(self.field_errors[combo])
        box.setFocusProxy(combo)
        return box

    def _tooltips(self) -> None:
        self.kind_combo.setToolTip(
            self.tr(
                "Leefbaarheid (voor de voordeur), casuïstiek (achter de voordeur) of doorbraak; kies zelf"
            )
        )
        self.area_combo.setToolTip(
            self.tr("Het gebied waarin de casus hoort; u ziet alleen uw eigen gebieden")
        )
        self.neighbourhood_combo.setToolTip(self.tr("Een van de buurten van het gekozen gebied"))
        self.postcode_edit.setToolTip(self.tr("Vier cijfers en twee letters, bijvoorbeeld 6431 AB"))
        self.category_combo.setToolTip(
            self.tr("De categorie waaronder de casus wordt geteld; kies eerst de soort")
        )
        self.reporter_combo.setToolTip(
            self.tr("De organisatie die het signaal meldt; staat op uw eigen organisatie")
        )
        self.extra_list.setToolTip(self.tr("Vink met de spatiebalk aan wat verder speelt"))
        self.lead_combo.setToolTip(self.tr("De organisatie die de regie heeft"))
        self.summary_edit.setToolTip(self.tr("Kort en zakelijk; geen bijzondere persoonsgegevens"))

    # -- filling --------------------------------------------------------------------------------
    def _fill_categories(self) -> None:
        kind = self.kind_combo.currentData()
        current = self.category_combo.currentData()
        self.category_combo.clear()
        self.category_combo.addItem(
            self.tr("(kies een hoofdcategorie)") if kind is not None else self.tr("(kies eerst een soort)"),
            None,
        )
        for code, name, category_kind in self.choices.categories:
            if category_kind in (None, kind):
                self.category_combo.addItem(name, code)
        index = self.category_combo.findData(current)
        self.category_combo.setCurrentIndex(max(index, 0))

    def _fill_neighbourhoods(self) -> None:
        current = self.neighbourhood_combo.currentData()
        self.neighbourhood_combo.clear()
        self.neighbourhood_combo.addItem(self.tr("(geen buurt)"), None)
        for name in self.choices.neighbourhoods.get(self.area_combo.currentData(), []):
            self.neighbourhood_combo.addItem(name, name)
        self.neighbourhood_combo.setCurrentIndex(max(self.neighbourhood_combo.findData(current), 0))

    def _select(self, combo: QComboBox, value: object) -> None:
        select_data(combo, value, self.choices.name_of(value) if isinstance(value, str) else None)

    def _load(self, data: CaseInput) -> None:
        self._select(self.kind_combo, data.kind)
        self._select(self.area_combo, data.area)
        self._select(self.neighbourhood_combo, data.neighbourhood)
        self.street_edit.setText(data.street or "")
        self.number_edit.setText(data.house_number or "")
        self.suffix_edit.setText(data.house_suffix or "")
        self.postcode_edit.setText(data.postcode or "")
        self.city_edit.setText(data.city or "")
        self.start_edit.setDate(qdate(data.start_date))
        self._select(self.category_combo, data.main_category)
        for row in range(self.extra_list.count()):
            item = self.extra_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.categories
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._select(self.reporter_combo, data.reported_by)
        self._select(self.lead_combo, data.lead)
        self._select(self.risk_combo, data.risk)
        self.summary_edit.setPlainText(data.summary or "")
        for person in data.persons:
            self.add_person_row(person)

    def add_person_row(self, person: PersonInput | None = None, *, focus: bool = False) -> int:
        row = self.persons_table.rowCount()
        self.persons_table.insertRow(row)
        values = ["", "", "", "", self.tr("bewoner")]
        if person is not None:
            birth = person.birth_date.strftime("%d-%m-%Y") if person.birth_date else ""
            values = [person.first_name or "", person.infix or "", person.last_name, birth, person.role]
        items = [QTableWidgetItem(value) for value in values]
        items[0].setData(PersonIdRole, person.id if person is not None else None)
        for column, item in enumerate(items):
            self.persons_table.setItem(row, column, item)
        if focus:
            self.persons_table.setCurrentCell(row, 0)
            self.persons_table.setFocus()
            self.persons_table.editItem(items[0])
        return row

    # -- saving ---------------------------------------------------------------------------------
    def form_data(self) -> CaseInput:
        """The form as a CaseInput; raises CaseInvalid for a birth date that is no date."""
        persons, errors = [], []
        for row in range(self.persons_table.rowCount()):
            cells = [self.persons_table.item(row, c) for c in range(PERSON_COLUMNS)]
            values = [(cell.text() if cell is not None else "").strip() for cell in cells]
            if not any(values[:4]):
                continue  # an empty row is left out
            birth = None
            if values[3]:
                try:
                    birth = parse_dutch_date(values[3])
                except ValueError:
                    errors.append(
                        (
                            self.tr("Betrokkene %1, geboortedatum").replace("%1", str(row + 1)),
                            self.tr("'%1' is geen datum; schrijf die als dd-mm-jjjj").replace(
                                "%1", values[3]
                            ),
                        )
                    )
            person_id = cells[0].data(PersonIdRole) if cells[0] is not None else None
            persons.append(PersonInput(values[2], values[4], values[0], values[1], birth, person_id))
        if errors:
            raise CaseInvalid(errors)
        extra = tuple(
            self.extra_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.extra_list.count())
            if self.extra_list.item(r).checkState() == Qt.CheckState.Checked
        )
        return CaseInput(
            kind=self.kind_combo.currentData(),
            area=self.area_combo.currentData() or "",
            main_category=self.category_combo.currentData() or "",
            reported_by=self.reporter_combo.currentData() or "",
            start_date=pydate(self.start_edit.date()),
            neighbourhood=self.neighbourhood_combo.currentData(),
            street=self.street_edit.text(),
            house_number=self.number_edit.text(),
            house_suffix=self.suffix_edit.text(),
            postcode=self.postcode_edit.text(),
            city=self.city_edit.text(),
            categories=extra,
            lead=self.lead_combo.currentData(),
            summary=self.summary_edit.toPlainText(),
            risk=self.risk_combo.currentData(),
            persons=tuple(persons),
        )

    def missing_choices(self) -> bool:
        """Show, under each required choice left open, what to do; focus the first. True if any."""
        messages = {
            self.kind_combo: self.tr("Kies een soort: leefbaarheid, casuïstiek of doorbraak."),
            self.category_combo: self.tr("Kies de hoofdcategorie waaronder de casus wordt geteld."),
            self.reporter_combo: self.tr("Kies de organisatie die het signaal aanmeldt."),
        }
        missing = [combo for combo in messages if combo.currentData() is None]
        for combo, label in self.field_errors.items():
            label.setText(messages[combo])
            label.setVisible(combo in missing)
        if missing:
            self.show_error(self.tr("De casus is niet opgeslagen: kies wat bij de velden in rood staat."))
            missing[0].setFocus()
        return bool(missing)

    def save(self) -> None:
        if self.missing_choices():
            return
        try:
            data = self.form_data()
            if self.editing and self.case_id is not None:  # editing: the id was given and stays
                case_editing.update_case(self.ws, self.case_id, data)
            else:
                self.case_id = self._register(data)
                if self.case_id is None:
                    return
        except CasusError as exc:
            self.show_error(error_text(exc))
            return
        self.accept()

    def _register(self, data: CaseInput) -> int | None:
        try:
            return case_editing.register_case(self.ws, data)
        except PossibleDuplicate as duplicate:
            choice = CaseDuplicatesDialog(duplicate.candidates, self)
            if choice.exec() != QDialog.DialogCode.Accepted:
                return None
            if choice.chosen_case is None:
                return case_editing.register_case(self.ws, data, allow_duplicate=True)
            case_editing.add_signal_to_case(self.ws, choice.chosen_case, data)
            return choice.chosen_case

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # -- leaving without saving -----------------------------------------------------------------
    def _snapshot(self) -> tuple:
        """Everything the user can change, to tell a changed form from the one that was opened."""
        combos = (
            self.kind_combo,
            self.area_combo,
            self.neighbourhood_combo,
            self.category_combo,
            self.reporter_combo,
            self.lead_combo,
            self.risk_combo,
        )
        edits = (self.street_edit, self.number_edit, self.suffix_edit, self.postcode_edit, self.city_edit)
        checked = tuple(
            self.extra_list.item(r).checkState() == Qt.CheckState.Checked
            for r in range(self.extra_list.count())
        )
        persons = tuple(
            tuple(
                (item.text().strip() if item is not None else "")
                for item in (self.persons_table.item(r, c) for c in range(PERSON_COLUMNS))
            )
            for r in range(self.persons_table.rowCount())
        )
        return (
            tuple(c.currentData() for c in combos),
            tuple(e.text().strip() for e in edits),
            self.start_edit.date(),
            checked,
            self.summary_edit.toPlainText().strip(),
            persons,
        )

    def is_changed(self) -> bool:
        typing = self.persons_table.state() == QAbstractItemView.State.EditingState  # a cell not yet left
        return typing or self._snapshot() != self._as_opened

    def confirm_discard(self) -> bool:
        """True when the form may close: nothing was filled in or changed, or the user says so."""
        if not self.is_changed():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Niet opgeslagen"),
            self.tr("Wat u heeft ingevuld is nog niet opgeslagen. Weggooien?")
            if not self.editing
            else self.tr("Uw wijzigingen aan de casus zijn nog niet opgeslagen. Weggooien?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        discard = box.addButton(self.tr("&Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Verder invullen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def cancel(self) -> None:
        """Annuleren and Esc: close, after asking when something would be lost."""
        if self.confirm_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()  # QDialog would reject at once
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button. Locking calls reject() itself: nothing may stay on screen then.
        if not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)
