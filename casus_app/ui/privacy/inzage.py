"""Inzageverzoek: find a person by name and birth date, check the matches, then overview, correct or erase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.privacy import inzage
from casus_app.services.privacy.inzage import PersonMatch
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.dates import DateEdit, picked_date, qdate
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import date_text, kind_label


def _date_edit(value: QDate) -> QDateEdit:
    edit = DateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(qdate(clock.today()))
    return edit


class InzageDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.matches: list[PersonMatch] = []
        self.last_pdf: Path | None = None
        self.setWindowTitle(self.tr("Inzageverzoek"))
        self.resize(1000, 620)

        heading = QLabel(self.tr("Inzageverzoek"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "Iemand vraagt welke gegevens Casus over hem of haar bevat (AVG art. 15; antwoord binnen een maand). "
                "Zoek op naam en geboortedatum, controleer bij elke gevonden regel of het echt om deze persoon gaat, "
                "en maak dan het overzicht. Gegevens van anderen blijven eruit."
            )
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld Jan de Vries"))
        self.name_edit.setToolTip(self.tr("De naam zoals de persoon die opgaf; de achternaam is nodig"))
        self.birth_edit = _date_edit(QDate(1980, 1, 1))
        self.birth_edit.setToolTip(self.tr("De geboortedatum, om naamgenoten uit te sluiten"))
        self.search_button = QPushButton(self.tr("&Zoeken"))
        self.search_button.setToolTip(self.tr("Zoek in alle casussen (Enter)"))
        self.search_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("&Naam"), self.name_edit)
        row = QHBoxLayout()
        row.addWidget(self.birth_edit)
        row.addStretch(1)
        row.addWidget(self.search_button)
        birth_label = QLabel(self.tr("&Geboortedatum"))
        birth_label.setBuddy(self.birth_edit)
        form.addRow(birth_label, row)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Naam"),
                self.tr("Geboortedatum"),
                self.tr("Rol"),
                self.tr("Casus"),
                self.tr("Soort"),
                self.tr("Begonnen"),
                self.tr("Afgesloten"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Gevonden gegevens"))
        self.table.setToolTip(self.tr("Vink aan wat bij deze persoon hoort"))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.found_label = QLabel()
        self.found_label.setTextFormat(Qt.TextFormat.PlainText)
        self.found_label.setWordWrap(True)
        notice = QLabel(
            self.tr(
                "Let op: namen van andere betrokkenen worden in notities onherkenbaar gemaakt. Namen van mensen die niet "
                "als betrokkene zijn vastgelegd, herkent Casus niet: lees het overzicht na voordat u het verstuurt."
            )
        )
        notice.setObjectName("muted")
        notice.setWordWrap(True)
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

        self.pdf_button = QPushButton(self.tr("Overzicht als &PDF…"))
        self.pdf_button.setToolTip(self.tr("Het overzicht voor de persoon, van de aangevinkte gegevens"))
        self.correct_button = QPushButton(self.tr("&Corrigeren…"))
        self.correct_button.setToolTip(
            self.tr("Naam, geboortedatum of rol van de gekozen regel verbeteren (AVG art. 16)")
        )
        self.erase_button = QPushButton(self.tr("&Wissen…"))
        self.erase_button.setToolTip(self.tr("De aangevinkte gegevens voorgoed wissen (AVG art. 17)"))
        close = QPushButton(self.tr("S&luiten"))
        close.clicked.connect(self.accept)
        actions = QHBoxLayout()
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.erase_button)
        actions.addStretch(1)
        actions.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.found_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(notice)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)

        self.search_button.clicked.connect(self.search)
        self.name_edit.returnPressed.connect(self.search)
        # Bound methods, not lambdas holding self: PySide then deletes the dialog cleanly.
        self.pdf_button.clicked.connect(self._pdf_clicked)
        self.correct_button.clicked.connect(self.correct)
        self.erase_button.clicked.connect(self._erase_clicked)
        self.table.itemChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- finding ----------------------------------------------------------------------------
    def search(self) -> None:
        self.error_label.hide()
        self.message_label.clear()
        try:
            self.matches = inzage.find_person(self._ws, self.name_edit.text(), picked_date(self.birth_edit))
        except CasusError as exc:
            self._show_error(error_text(exc))
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.matches))
        unknown = self.tr("onbekend – controleer")
        for row, m in enumerate(self.matches):
            values = [
                m.full_name,
                date_text(m.birth_date) or unknown,
                m.role,
                m.case_ref,
                kind_label(m.case_kind),
                date_text(m.start_date),
                date_text(m.end_date),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    # Only records with the same birth date are ticked; the beheerder decides on the rest.
                    item.setCheckState(
                        Qt.CheckState.Checked if m.birth_date_known else Qt.CheckState.Unchecked
                    )
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        sure = sum(m.birth_date_known for m in self.matches)
        if not self.matches:
            self.found_label.setText(
                self.tr(
                    "Niets gevonden. Controleer de spelling en de geboortedatum; staat de "
                    "persoon er echt niet in, dan meldt u dat ook."
                )
            )
        else:
            text = self.tr("%1 regel(s) met deze naam en geboortedatum (aangevinkt).").replace(
                "%1", str(sure)
            )
            if len(self.matches) > sure:
                text += " " + self.tr(
                    "%1 regel(s) met deze naam zonder geboortedatum: vink alleen aan wat echt bij "
                    "deze persoon hoort."
                ).replace("%1", str(len(self.matches) - sure))
            self.found_label.setText(text)
        if self.matches:
            self.table.selectRow(0)
        self._update_buttons()

    def checked_ids(self) -> list[int]:
        return [
            m.person_id
            for row, m in enumerate(self.matches)
            if (item := self.table.item(row, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def selected_match(self) -> PersonMatch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.matches[rows[0].row()] if rows and rows[0].row() < len(self.matches) else None

    def _update_buttons(self, *_args: object) -> None:
        checked = bool(self.matches) and bool(self.checked_ids())
        self.pdf_button.setEnabled(checked)
        self.erase_button.setEnabled(checked)
        self.correct_button.setEnabled(self.selected_match() is not None)

    # -- overview, correction, erasure ------------------------------------------------------
    def _pdf_clicked(self) -> None:
        self.make_pdf()

    def _erase_clicked(self) -> None:
        self.erase()

    def make_pdf(self, path: Path | None = None) -> None:
        ids = self.checked_ids()
        if not ids:
            return
        if path is None:
            suggested = f"inzage-{clock.today():%Y%m%d}.pdf"
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Inzageoverzicht opslaan"), suggested, self.tr("PDF (*.pdf)")
            )
            if not name:
                return
            path = Path(name)
        try:
            from casus_app.reports.privacy.inzage_report import render  # reportlab only when a PDF is made

            overview = inzage.write_inzage_pdf(self._ws, ids, path, render)
        except CasusError as exc:
            self._show_error(error_text(exc))
            return
        self.last_pdf = path
        self.error_label.hide()
        self.message_label.setText(
            self.tr(
                "Overzicht van %1 casus(sen) opgeslagen in %2. Het bevat persoonsgegevens: geef het alleen aan "
                "de persoon zelf."
            )
            .replace("%1", str(len(overview.cases)))
            .replace("%2", str(path))
        )

    def correct(self) -> None:
        match = self.selected_match()
        if match is None:
            return
        dialog = CorrectionDialog(match, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            changed = inzage.correct_person(self._ws, match.person_id, **dialog.values())
        except CasusError as exc:
            self._show_error(error_text(exc))
            return
        self.error_label.hide()
        self.message_label.setText(
            self.tr("Gecorrigeerd in %1: %2.").replace("%1", match.case_ref).replace("%2", ", ".join(changed))
            if changed
            else self.tr("Er was niets veranderd.")
        )
        if changed:
            text = self.message_label.text()
            self.search()  # a corrected name or birth date may no longer match the search: that is fine
            self.message_label.setText(text)

    def erase(self, *, confirmed: bool = False) -> None:
        ids = self.checked_ids()
        if not ids:
            return
        if not confirmed:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Gegevens wissen"), "", parent=self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(
                self.tr(
                    "%1 regel(s) van deze persoon voorgoed wissen, ook de naam in notities van die "
                    "casussen? De casussen zelf blijven bestaan. Dit kan niet ongedaan worden gemaakt."
                ).replace("%1", str(len(ids)))
            )
            yes = box.addButton(self.tr("Voorgoed &wissen"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole))
            box.exec()
            if box.clickedButton() is not yes:
                return
        try:
            erased = inzage.erase_persons(self._ws, ids)
        except CasusError as exc:
            self._show_error(error_text(exc))
            return
        self.search()
        self.message_label.setText(
            self.tr("%1 regel(s) gewist; dit staat in het auditlog.").replace("%1", str(erased))
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class CorrectionDialog(QDialog):
    """The details of one betrokkene record, to correct on the person's request."""

    def __init__(self, match: PersonMatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gegevens corrigeren – %1").replace("%1", match.case_ref))
        self.setMinimumWidth(480)
        self.first_edit = QLineEdit(match.first_name or "")
        self.infix_edit = QLineEdit(match.infix or "")
        self.last_edit = QLineEdit(match.last_name)
        self.role_edit = QLineEdit(match.role)
        self.birth_edit = _date_edit(qdate(match.birth_date) if match.birth_date else QDate(1980, 1, 1))
        self._had_birth_date = match.birth_date is not None
        form = QFormLayout()
        form.addRow(self.tr("&Voornaam"), self.first_edit)
        form.addRow(self.tr("&Tussenvoegsel"), self.infix_edit)
        form.addRow(self.tr("&Achternaam"), self.last_edit)
        form.addRow(self.tr("&Geboortedatum"), self.birth_edit)
        form.addRow(self.tr("&Rol"), self.role_edit)
        note = QLabel(
            self.tr("De wijziging komt in het auditlog, met welke velden zijn veranderd (niet de waarden).")
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._birth_touched = False
        self.birth_edit.dateChanged.connect(self._birth_changed)

    def _birth_changed(self, _date: QDate) -> None:
        self._birth_touched = True

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {
            "first_name": self.first_edit.text(),
            "infix": self.infix_edit.text(),
            "last_name": self.last_edit.text(),
            "role": self.role_edit.text(),
        }
        if self._had_birth_date or self._birth_touched:
            values["birth_date"] = picked_date(self.birth_edit)
        return values
