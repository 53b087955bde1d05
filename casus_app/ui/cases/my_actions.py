"""My afspraken: what my organisation must do, overdue first (highlighted), and marking them done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.cases import actions
from casus_app.services.cases.actions import ActionItem
from casus_app.services.cases.form_input import form_choices
from casus_app.services.workspace import Workspace
from casus_app.ui.meetings.meeting_table import ListTable
from casus_app.ui.shell.presentation import Presentation
from casus_app.ui.widgets.hidden_text import RevealButton
from casus_app.ui.widgets.labels import date_text


class MyActionsView(QWidget):
    """Emits `open_case(case_id)` on Enter, `closed` for the way back."""

    open_case = Signal(int)
    closed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._today = today
        self.items: list[ActionItem] = []
        heading = QLabel(self.tr("Mijn afspraken"))
        heading.setObjectName("heading")
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        # Presentation mode: the afspraken's texts hidden until "Tekst tonen".
        self.reveal = RevealButton("mijn afspraken")
        self.reveal.toggled_text.connect(self._fill)
        self._groups: list[tuple[str, ActionItem]] = []
        self._overdue = 0
        self.organisation_combo = QComboBox()
        self.organisation_combo.setToolTip(self.tr("De afspraken van deze organisatie"))
        self.organisation_combo.setAccessibleName(self.tr("Organisatie"))
        for code, name in form_choices(ws).organisations:
            self.organisation_combo.addItem(name, code)
        own = self.organisation_combo.findData(ws.actor.organisation_code)
        self.organisation_combo.setCurrentIndex(max(own, 0))
        organisation_label = QLabel(self.tr("Organi&satie"))
        organisation_label.setBuddy(self.organisation_combo)
        self.table = ListTable(
            [
                self.tr("Wanneer"),
                self.tr("Deadline"),
                self.tr("Casus"),
                self.tr("Buurt"),
                self.tr("Afspraak"),
                self.tr("Wie"),
            ],
            4,
        )
        self.table.setAccessibleName(self.tr("Mijn afspraken"))
        self.table.setToolTip(self.tr("Alt+D: gedaan; Enter opent de casus"))
        self.empty_label = QLabel(self.tr("Geen open afspraken. Goed bezig!"))
        self.empty_label.setObjectName("muted")
        self.done_button = QPushButton(self.tr("Ge&daan"))
        self.done_button.setToolTip(self.tr("De gekozen afspraak is uitgevoerd (Alt+D)"))
        self.open_button = QPushButton(self.tr("Casus o&penen"))
        self.open_button.setToolTip(self.tr("De casus van de gekozen afspraak openen (Enter)"))
        self.back_button = QPushButton(self.tr("← &Terug"))
        self.back_button.setToolTip(self.tr("Terug naar de casuslijst (Esc)"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(organisation_label)
        top.addWidget(self.organisation_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        summary = QHBoxLayout()
        summary.addWidget(self.summary_label, 1)
        summary.addWidget(self.reveal)
        layout.addLayout(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.organisation_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.done_button.clicked.connect(self.mark_done)
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

    def load(self) -> None:
        mine = actions.my_actions(
            self.ws, organisation=self.organisation_combo.currentData(), today=self.today
        )
        groups = (
            (self.tr("TE LAAT"), mine.overdue),
            (self.tr("deze week"), mine.this_week),
            (self.tr("later"), mine.later),
        )
        self.items, self._groups = [], []
        for label, items in groups:
            for item in items:
                self.items.append(item)
                when = label
                if item in mine.overdue:
                    when = self.tr("TE LAAT (%1 d)").replace("%1", str((self.today - item.deadline).days))
                self._groups.append((when, item))
        self._overdue = len(mine.overdue)
        self.reveal.set_cases(item.case_id for item in self.items)
        self._fill()
        self.summary_label.setText(
            self.tr("%1 te laat, %2 deze week, %3 later")
            .replace("%1", str(len(mine.overdue)))
            .replace("%2", str(len(mine.this_week)))
            .replace("%3", str(len(mine.later)))
        )
        self.empty_label.setVisible(not self.items)
        self.done_button.setEnabled(bool(self.items))
        self.open_button.setEnabled(bool(self.items))
        self.table.setFocus()

    def _fill(self) -> None:
        rows = [
            [
                when,
                date_text(item.deadline),
                item.case_ref,
                item.neighbourhood or "",
                self.reveal.cell(item.description, item.case_id),
                item.owner_person or "",
            ]
            for when, item in self._groups
        ]
        self.table.set_rows(rows, set(range(self._overdue)))

    def set_presentation(self, presentation: Presentation) -> None:
        self.reveal.bind(presentation)

    def mark_done(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        try:
            actions.mark_done(self.ws, self.items[row].id)
        except CasusError as exc:
            self.summary_label.setText(exc.message)
            return
        self.load()
        if self.items:
            self.table.selectRow(min(row, len(self.items) - 1))

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            self.open_case.emit(self.items[row].case_id)
