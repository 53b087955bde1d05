"""Mijn gezinnen: the gezinscoach's households, each plan's status, the last contact, the next step
and its date, what waits for a decision and which afspraken are overdue. Enter opens the plan;
"Contact toevoegen" logs a contact with the chosen household."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.plans import contacts, families
from casus_app.services.plans.families import FamilyRow
from casus_app.services.workspace import Workspace
from casus_app.ui.plans.plan_contacts import ContactDialog
from casus_app.ui.plans.plan_labels import contact_kind_label, plan_status_label
from casus_app.ui.shell.presentation import Presentation
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.hidden_text import RevealButton
from casus_app.ui.widgets.labels import date_text

ATTENTION_BACKGROUND = QColor("#fde0dc")
ATTENTION_FOREGROUND = QColor("#7a1105")
COL_LAST_CONTACT, COL_NEXT_DATE, COL_NEXT_STEP = 4, 5, 6


class FamiliesView(QWidget):
    open_plan = Signal(int)  # case id
    open_case = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._today = today
        self.rows: list[FamilyRow] = []
        heading = QLabel(self.tr("Mijn gezinnen"))
        heading.setObjectName("heading")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        # Presentation mode: no surnames; next steps and afspraken hidden until "Tekst tonen".
        self.presentation: Presentation | None = None
        self.reveal = RevealButton("mijn gezinnen")
        self.reveal.toggled_text.connect(self._show_rows)
        self.closed_check = QCheckBox(self.tr("Ook &afgesloten gezinnen"))
        self.closed_check.setToolTip(self.tr("Laat ook gezinnen zien waarvan de casus is afgesloten"))
        self.closed_check.toggled.connect(self.load)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("De lijst opnieuw ophalen (F5)"))
        self.refresh_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.closed_check)
        top.addWidget(self.refresh_button)

        headers = [
            self.tr("Casus"),
            self.tr("Gezin"),
            self.tr("Gebied"),
            self.tr("Plan"),
            self.tr("Laatste contact"),
            self.tr("Volgende stap op"),
            self.tr("Volgende stap"),
            self.tr("Wacht op besluit"),
            self.tr("Afspraken te laat"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Mijn gezinnen"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(COL_NEXT_STEP, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Wrapped text changes row heights when a column's width changes.
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.table.setToolTip(self.tr("Enter of dubbelklik opent het plan"))
        self.table.activated.connect(self._open_plan)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(
            self.tr(
                "U heeft nog geen gezinnen. Een gezin komt hier zodra uw naam als gezinscoach in het "
                "doorbraakplan staat."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("muted")

        self.plan_button = QPushButton(self.tr("&Plan openen"))
        self.plan_button.setToolTip(self.tr("Het doorbraakplan van het gekozen gezin (Enter)"))
        self.plan_button.clicked.connect(self._open_plan)
        self.case_button = QPushButton(self.tr("Ca&sus openen"))
        self.case_button.setToolTip(self.tr("De casus van het gekozen gezin, met afspraken en besprekingen"))
        self.case_button.clicked.connect(self._open_case)
        self.contact_button = QPushButton(self.tr("Contact &toevoegen…"))
        self.contact_button.setToolTip(
            self.tr("Een huisbezoek, telefoontje of overleg met het gekozen gezin vastleggen")
        )
        self.contact_button.clicked.connect(self.add_contact)
        self.contact_dialog: ContactDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.case_button)
        buttons.addWidget(self.contact_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reveal)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

    def load(self) -> None:
        """Read the list (each household shown is logged) and show it."""
        try:
            self.rows = families.my_families(
                self.ws, today=self._today, include_closed=self.closed_check.isChecked()
            )
        except CasusError as exc:
            QMessageBox.warning(self, self.tr("Mijn gezinnen"), error_text(exc))
            self.rows = []
        self._show_rows()
        if self.rows and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)

    def focus_table(self) -> None:
        if self.rows:
            self.table.setFocus()
            if not self.table.selectionModel().selectedRows():
                self.table.selectRow(0)

    def set_presentation(self, presentation: Presentation) -> None:
        self.presentation = presentation
        self.reveal.bind(presentation)

    def _show_rows(self) -> None:
        presenting = self.presentation is not None and self.presentation.on
        self.reveal.set_cases(r.case_id for r in self.rows if r.next_step or r.awaiting_decision or r.overdue)
        bold = QFont(self.table.font())
        bold.setBold(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            status = plan_status_label(row.plan_status)
            if row.closed:
                status += " " + self.tr("(afgesloten)")
            waiting = "; ".join(row.awaiting_decision)
            late = "; ".join(
                self.tr("%1 (%2, %3 dagen te laat)")
                .replace("%1", a.description)
                .replace("%2", a.owner)
                .replace("%3", str(a.days_late))
                for a in row.overdue
            )
            household = self.tr("(verborgen)") if presenting and row.household else row.household
            waiting, late = self.reveal.cell(waiting, row.case_id), self.reveal.cell(late, row.case_id)
            values = [
                row.case_ref,
                household,
                row.area_name,
                status,
                self._contact_text(row),
                self._next_date_text(row),
                self.reveal.cell(row.next_step, row.case_id),
                waiting,
                late,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if row.needs_attention:
                    item.setBackground(QBrush(ATTENTION_BACKGROUND))
                    item.setForeground(QBrush(ATTENTION_FOREGROUND))
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.rows))
        self.empty_label.setVisible(not self.rows)
        n_waiting = sum(len(r.awaiting_decision) for r in self.rows)
        n_late = sum(len(r.overdue) for r in self.rows)
        self.summary_label.setText(
            " · ".join(
                (self._count_text(len(self.rows), n_waiting, n_late), date_text(self._today or clock.today()))
            )
        )
        self._update_buttons()

    def _contact_text(self, row: FamilyRow) -> str:
        if row.last_contact is None:
            return self.tr("nog geen")
        return (
            self.tr("%1 (%2)")
            .replace("%1", date_text(row.last_contact.contact_on))
            .replace("%2", contact_kind_label(row.last_contact.kind))
        )

    def _next_date_text(self, row: FamilyRow) -> str:
        if row.next_date is None:
            return ""
        text = date_text(row.next_date)
        if row.next_date < (self._today or clock.today()):
            text += " " + self.tr("(te laat)")
        return text

    def _count_text(self, households: int, waiting: int, late: int) -> str:
        parts = [
            self.tr("1 gezin") if households == 1 else self.tr("%1 gezinnen").replace("%1", str(households)),
            self.tr("niets wacht op een besluit")
            if waiting == 0
            else self.tr("1 doorbraak wacht op een besluit")
            if waiting == 1
            else self.tr("%1 doorbraken wachten op een besluit").replace("%1", str(waiting)),
            self.tr("geen afspraken te laat")
            if late == 0
            else self.tr("1 afspraak te laat")
            if late == 1
            else self.tr("%1 afspraken te laat").replace("%1", str(late)),
        ]
        return " · ".join(parts)

    def _current(self) -> FamilyRow | None:
        selected = self.table.selectionModel().selectedRows()
        return self.rows[selected[0].row()] if selected else None

    def _update_buttons(self) -> None:
        row = self._current()
        self.plan_button.setEnabled(row is not None)
        self.case_button.setEnabled(row is not None)
        self.contact_button.setEnabled(row is not None)

    def _open_plan(self, *_args) -> None:
        row = self._current()
        if row is not None:
            self.open_plan.emit(row.case_id)

    def _open_case(self) -> None:
        row = self._current()
        if row is not None:
            self.open_case.emit(row.case_id)

    def add_contact(self) -> None:
        """Log a contact with the chosen household; the list then shows it as the last contact."""
        row = self._current()
        if row is None:
            return
        case_id = row.case_id

        def submit(value) -> None:
            contacts.add_contact(self.ws, case_id, value)

        dialog = ContactDialog(row.case_ref, None, submit, self)
        self.contact_dialog = dialog
        dialog.accepted.connect(self.load)
        dialog.finished.connect(lambda _result: setattr(self, "contact_dialog", None))
        dialog.open()
