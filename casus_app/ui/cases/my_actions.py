"""My afspraken: my own (the afspraken whose person is me) or my organisation's, overdue first
(highlighted), with the address and the deadline, sortable by column; done (undoable), changed,
snoozed.

A professional's own work list, so it shows the address (street and number); presentation mode
hides the number and the afspraak's text, as everywhere else.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.cases import actions
from casus_app.services.cases.actions import ActionItem, CaseAddress
from casus_app.services.cases.form_input import form_choices
from casus_app.services.workspace import Workspace
from casus_app.ui.cases.action_dialog import ActionDialog, ask_snooze
from casus_app.ui.meetings.meeting_table import ListTable
from casus_app.ui.shell.presentation import Presentation, place_text
from casus_app.ui.widgets.detail_table import ATTENTION_BACKGROUND, ATTENTION_FOREGROUND
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.hidden_text import RevealButton
from casus_app.ui.widgets.labels import date_text
from casus_app.ui.widgets.undo_bar import UndoBar

MINE = ""  # the first choice of "Afspraken van": the user's own afspraken, not an organisation's
COL_WHEN, COL_DEADLINE, COL_CASE, COL_NEIGHBOURHOOD, COL_ADDRESS, COL_ACTION, COL_WHO = range(7)
SORT_KEY = Qt.ItemDataRole.UserRole + 1


class _SortItem(QTableWidgetItem):
    """Sorts by its sort key (a deadline sorts as a date, not as its text)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.data(SORT_KEY) < other.data(SORT_KEY)


class MyActionsView(QWidget):
    """Emits `open_case(case_id)` on Enter, `closed` for the way back."""

    open_case = Signal(int)
    closed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._today = today
        self.items: list[ActionItem] = []
        self.presentation: Presentation | None = None
        self._addresses: dict[int, CaseAddress] = {}
        self._when: dict[int, str] = {}
        self._overdue: set[int] = set()
        heading = QLabel(self.tr("Mijn afspraken"))
        heading.setObjectName("heading")
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        # Presentation mode: the afspraken's texts hidden until "Tekst tonen".
        self.reveal = RevealButton("mijn afspraken")
        self.reveal.toggled_text.connect(self._fill)
        self.organisation_combo = QComboBox()
        self.organisation_combo.setToolTip(
            self.tr("Uw eigen afspraken (waarbij u als persoon staat), of die van een organisatie")
        )
        self.organisation_combo.setAccessibleName(self.tr("Afspraken van"))
        me = ws.actor.display_name or ws.actor.name
        self.organisation_combo.addItem(self.tr("mij (%1)").replace("%1", me), MINE)
        for code, name in form_choices(ws, including_retired=True).organisations:
            self.organisation_combo.addItem(name, code)
        own = (
            self.organisation_combo.findData(ws.actor.organisation_code) if ws.actor.organisation_code else -1
        )
        self.organisation_combo.setCurrentIndex(max(own, 0))
        organisation_label = QLabel(self.tr("Afspraken &van"))
        organisation_label.setBuddy(self.organisation_combo)
        self.sort_combo = QComboBox()
        self.sort_combo.setAccessibleName(self.tr("Sorteren op"))
        self.sort_combo.setToolTip(self.tr("Of klik op de kop van een kolom"))
        for text, column in (
            (self.tr("Deadline"), COL_DEADLINE),
            (self.tr("Casus"), COL_CASE),
            (self.tr("Buurt"), COL_NEIGHBOURHOOD),
            (self.tr("Adres"), COL_ADDRESS),
            (self.tr("Wie"), COL_WHO),
        ):
            self.sort_combo.addItem(text, column)
        sort_label = QLabel(self.tr("Sorte&ren op"))
        sort_label.setBuddy(self.sort_combo)
        self.table = ListTable(
            [
                self.tr("Wanneer"),
                self.tr("Deadline"),
                self.tr("Casus"),
                self.tr("Buurt"),
                self.tr("Adres"),
                self.tr("Afspraak"),
                self.tr("Wie"),
            ],
            COL_ACTION,
        )
        self.table.setAccessibleName(self.tr("Mijn afspraken"))
        self.table.setToolTip(self.tr("Alt+D: gedaan; Enter opent de casus; klik op een kop om te sorteren"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_DEADLINE, Qt.SortOrder.AscendingOrder)
        self.empty_label = QLabel(self.tr("Geen open afspraken. Goed bezig!"))
        self.empty_label.setObjectName("muted")
        self.done_button = QPushButton(self.tr("Ge&daan"))
        self.done_button.setToolTip(self.tr("De gekozen afspraak is uitgevoerd (Alt+D); ongedaan te maken"))
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_button.setToolTip(
            self.tr("Deadline, organisatie, wie of resultaat van de gekozen afspraak")
        )
        self.snooze_button = QPushButton(self.tr("S&luimeren…"))
        self.snooze_button.setToolTip(
            self.tr("De gekozen afspraak uit deze lijst tot enkele dagen vóór de deadline")
        )
        self.open_button = QPushButton(self.tr("Casus o&penen"))
        self.open_button.setToolTip(self.tr("De casus van de gekozen afspraak openen (Enter)"))
        self.back_button = QPushButton(self.tr("← &Terug"))
        self.back_button.setToolTip(self.tr("Terug naar de casuslijst (Esc)"))
        self.undo_bar = UndoBar(self)
        self.undo_bar.undone.connect(self._reload)
        self.undo_bar.problem.connect(self.summary_label.setText)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(organisation_label)
        top.addWidget(self.organisation_combo)
        top.addWidget(sort_label)
        top.addWidget(self.sort_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        summary = QHBoxLayout()
        summary.addWidget(self.summary_label, 1)
        summary.addWidget(self.reveal)
        layout.addLayout(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.undo_bar)
        layout.addLayout(buttons)

        self.organisation_combo.currentIndexChanged.connect(lambda _i: self._switched())
        self.sort_combo.currentIndexChanged.connect(lambda _i: self._sort_chosen())
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted_by_header)
        self.done_button.clicked.connect(self.mark_done)
        self.edit_button.clicked.connect(self.edit)
        self.snooze_button.clicked.connect(self.snooze)
        self.open_button.clicked.connect(self._open)
        self.table.activated.connect(lambda _index: self._open())
        self.back_button.clicked.connect(self.closed)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.closed.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    @property
    def today(self) -> dt.date:
        return self._today or clock.today()

    @property
    def showing_mine(self) -> bool:
        return self.organisation_combo.currentData() == MINE

    def load(self) -> None:
        code = self.organisation_combo.currentData()
        mine = actions.my_actions(self.ws, organisation=code or None, mine=code == MINE, today=self.today)
        groups = (
            (self.tr("TE LAAT"), mine.overdue),
            (self.tr("deze week"), mine.this_week),
            (self.tr("later"), mine.later),
        )
        self.items, self._when = [], {}
        for label, items in groups:
            for item in items:
                self.items.append(item)
                when = label
                if item in mine.overdue:
                    when = self.tr("TE LAAT (%1 d)").replace("%1", str((self.today - item.deadline).days))
                self._when[item.id] = when
        self._overdue = {item.id for item in mine.overdue}
        self._addresses = mine.addresses
        self.reveal.set_cases(item.case_id for item in self.items)
        self._fill()
        summary = (
            self.tr("%1 te laat, %2 deze week, %3 later")
            .replace("%1", str(len(mine.overdue)))
            .replace("%2", str(len(mine.this_week)))
            .replace("%3", str(len(mine.later)))
        )
        if mine.snoozed:
            summary += " · " + self.tr("%1 sluimerend (verborgen tot kort voor de deadline)").replace(
                "%1", str(mine.snoozed)
            )
        self.summary_label.setText(summary)
        self.empty_label.setVisible(not self.items)
        for button in (self.done_button, self.edit_button, self.snooze_button, self.open_button):
            button.setEnabled(bool(self.items))
        self.table.setFocus()

    def _address(self, item: ActionItem) -> str:
        address = self._addresses.get(item.case_id)
        if address is None:
            return ""
        if self.presentation is not None and self.presentation.on:
            return place_text(None, address.street)  # the street, never the house number
        return address.text

    def _fill(self) -> None:
        current = self.current()
        table = self.table
        table.setSortingEnabled(False)
        table.clearContents()
        table.setRowCount(len(self.items))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, item in enumerate(self.items):
            address = self._address(item)
            cells = (
                (self._when[item.id], (item.deadline.toordinal(), item.case_ref)),
                (date_text(item.deadline), (item.deadline.toordinal(), item.case_ref)),
                (item.case_ref, (item.case_ref, item.deadline.toordinal())),
                (
                    item.neighbourhood or "",
                    ((item.neighbourhood or "").casefold(), item.deadline.toordinal()),
                ),
                (address, (address.casefold(), item.deadline.toordinal())),
                (self.reveal.cell(item.description, item.case_id), (item.description.casefold(), 0)),
                (item.who, (item.who.casefold(), item.deadline.toordinal())),
            )
            for c, (text, key) in enumerate(cells):
                cell = _SortItem(text)
                cell.setToolTip(text)
                cell.setData(SORT_KEY, key)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if item.id in self._overdue:
                    cell.setBackground(QBrush(ATTENTION_BACKGROUND))
                    cell.setForeground(QBrush(ATTENTION_FOREGROUND))
                    cell.setFont(bold)
                table.setItem(r, c, cell)
        table.setSortingEnabled(True)
        table.resizeRowsToContents()
        self._select(current.id if current is not None else None)

    def _select(self, action_id: int | None, fallback_row: int = 0) -> None:
        rows = self.table.rowCount()
        if not rows:
            return
        for r in range(rows):
            cell = self.table.item(r, COL_WHEN)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == action_id:
                self.table.selectRow(r)
                return
        self.table.selectRow(min(max(fallback_row, 0), rows - 1))

    def current(self) -> ActionItem | None:
        """The afspraak on the selected row (rows are sorted, so found by id)."""
        row = self.table.currentRow()
        cell = self.table.item(row, COL_WHEN) if row >= 0 else None
        if cell is None:
            return None
        action_id = cell.data(Qt.ItemDataRole.UserRole)
        return next((item for item in self.items if item.id == action_id), None)

    def set_presentation(self, presentation: Presentation) -> None:
        self.presentation = presentation
        self.reveal.bind(presentation)
        presentation.changed.connect(lambda _on: self._fill())

    def _switched(self) -> None:
        self.undo_bar.withdraw()
        self.load()

    def _sort_chosen(self) -> None:
        self.table.sortItems(self.sort_combo.currentData(), Qt.SortOrder.AscendingOrder)

    def _sorted_by_header(self, column: int, _order: Qt.SortOrder) -> None:
        index = self.sort_combo.findData(column)
        if index >= 0 and index != self.sort_combo.currentIndex():
            self.sort_combo.blockSignals(True)
            self.sort_combo.setCurrentIndex(index)
            self.sort_combo.blockSignals(False)

    def _reload(self) -> None:
        row = self.table.currentRow()
        current = self.current()
        self.load()
        self._select(current.id if current is not None else None, row)

    def mark_done(self) -> None:
        item, row = self.current(), self.table.currentRow()
        if item is None:
            return
        try:
            actions.mark_done(self.ws, item.id)
        except CasusError as exc:
            self.summary_label.setText(error_text(exc))
            return
        self.undo_bar.offer(
            self.tr("Afspraak %1 van casus %2 gedaan.").replace("%1", item.ref).replace("%2", item.case_ref),
            lambda: actions.reopen_action(self.ws, item.id),
        )
        self.load()
        self._select(None, row)

    def edit(self) -> None:
        item = self.current()
        if item is None:
            return
        if self.presentation is not None and self.presentation.on:
            self.summary_label.setText(
                self.tr(
                    "Zet eerst de presentatiemodus uit (F11): dit venster toont de tekst van de afspraak."
                )
            )
            return
        if ActionDialog(self.ws, item.case_id, item.case_ref, item, self.window()).exec():
            self._reload()

    def snooze(self) -> None:
        item = self.current()
        if item is not None and ask_snooze(self.ws, item, self.window(), today=self.today):
            self._reload()

    def _open(self) -> None:
        item = self.current()
        if item is not None:
            self.open_case.emit(item.case_id)
