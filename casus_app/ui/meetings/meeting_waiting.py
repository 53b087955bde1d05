"""Meeting mode's parts for an agenda that has a size: the cases waiting for room, and the page an
empty agenda shows instead of a case.

`WaitingBox` lists the waiting cases (most urgent first) with the agenda's size; Enter in the list
or Alt+Z puts the chosen one on (Alt+N is the new afspraak's). `EmptyAgenda` says that no case is
on the agenda and offers to add one or to pull in the first waiting one. The meeting view
(`meeting_mode.py`) does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casus_app.services.meetings.waiting import MAX_SIZE, WaitingCase
from casus_app.ui.meetings.meeting_case_panel import reasons_text
from casus_app.ui.shell.presentation import place_text


class WaitingBox(QWidget):
    """Emits `pull_requested(row)` for the waiting case to take in, `size_changed(size)` when the
    chair sets the agenda's size."""

    pull_requested = Signal(int)
    size_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases: list[WaitingCase] = []
        self.label = QLabel()
        self.label.setObjectName("section")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Wachtend"))
        self.list.setToolTip(
            self.tr(
                "Casussen die op de agenda horen maar niet meer pasten, de meest dringende eerst; "
                "Enter of Alt+Z zet de gekozen casus op de agenda"
            )
        )
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(150)
        self.pull_button = QPushButton(self.tr("Op de agenda &zetten"))
        self.pull_button.setToolTip(
            self.tr("De gekozen wachtende casus achteraan op de agenda zetten (Alt+Z)")
        )
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, MAX_SIZE)
        self.size_spin.setKeyboardTracking(False)  # typed digits count once Enter or Tab confirms them
        self.size_spin.setAccessibleName(self.tr("Agendagrootte"))
        self.size_spin.setToolTip(
            self.tr(
                "Hoeveel casussen de agenda van dit overleg vanzelf krijgt; de rest wacht. Het volgende "
                "overleg van deze soort en dit gebied neemt het over."
            )
        )
        size_label = QLabel(self.tr("Ma&x. op agenda:"))
        size_label.setBuddy(self.size_spin)
        row = QHBoxLayout()
        row.addWidget(size_label)
        row.addWidget(self.size_spin)
        row.addStretch(1)
        row.addWidget(self.pull_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        layout.addLayout(row)

        self.pull_button.clicked.connect(lambda: self.pull_requested.emit(self.list.currentRow()))
        self.list.itemActivated.connect(lambda _item: self.pull_requested.emit(self.list.currentRow()))
        self.size_spin.valueChanged.connect(self.size_changed)

    def set_size(self, size: int, *, editable: bool) -> None:
        self.size_spin.blockSignals(True)
        self.size_spin.setValue(size)
        self.size_spin.blockSignals(False)
        self.size_spin.setEnabled(editable)

    def show_cases(self, cases: list[WaitingCase], *, presenting: bool, finished: bool) -> None:
        """The waiting cases; in presentation mode without house numbers (as the agenda)."""
        self.cases = cases
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for case in cases:
            place = place_text(case.neighbourhood, case.street if presenting else None)
            if not presenting and case.address:
                place = f"{place}, {case.address}"
            why = reasons_text(case.reasons, days_late=case.days_late, short=True)
            line = f"{case.ref} · {place}\n     {why}"
            entry = QListWidgetItem(line)
            entry.setToolTip(line)
            self.list.addItem(entry)
        if cases:
            self.list.setCurrentRow(min(row, len(cases) - 1))
        self.label.setText(
            self.tr("Wachtend: niet meer (het overleg is afgerond)")
            if finished
            else self.tr("Wachtend: %1 casussen").replace("%1", str(len(cases)))
        )
        self.pull_button.setEnabled(bool(cases) and not finished)
        self.list.setEnabled(bool(cases) and not finished)

    def clear(self) -> None:
        self.cases = []
        self.list.clear()


class EmptyAgenda(QWidget):
    """Shown instead of a case when the agenda is empty. Emits `add_requested` (the case picker) and
    `pull_requested` (the first waiting case)."""

    add_requested = Signal()
    pull_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = QLabel()
        self.message_label.setObjectName("heading")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.hint_label = QLabel()
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        # While this page shows, the case panel (and its Alt+K, Alt+E) is hidden.
        self.add_button = QPushButton(self.tr("Casus &kiezen en toevoegen…"))
        self.add_button.setToolTip(self.tr("Een lopende casus uit dit gebied op de agenda zetten (Alt+K)"))
        self.pull_button = QPushButton(self.tr("De eerst&e wachtende casus erbij nemen"))
        self.pull_button.setToolTip(self.tr("De meest dringende wachtende casus op de agenda zetten (Alt+E)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.pull_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.add_button.clicked.connect(self.add_requested)
        self.pull_button.clicked.connect(self.pull_requested)

    def show_state(self, *, finished: bool, waiting: int) -> None:
        if finished:
            self.message_label.setText(self.tr("Dit overleg is afgerond zonder casussen op de agenda."))
            self.hint_label.setText("")
        else:
            self.message_label.setText(self.tr("Er staan geen casussen op de agenda van dit overleg."))
            if waiting:
                hint = self.tr(
                    "%1 casussen wachten op een plaats (links onder 'Wachtend'). Zet er een op de agenda, "
                    "of kies een andere lopende casus uit dit gebied om toe te voegen."
                ).replace("%1", str(waiting))
            else:
                hint = self.tr(
                    "Geen casus komt vanzelf op de agenda: er zijn geen nieuwe signalen, verlopen "
                    "afspraken, aanmeldingen of doorgeschoven casussen. Kies een lopende casus uit dit "
                    "gebied om toe te voegen."
                )
            self.hint_label.setText(hint)
        self.add_button.setVisible(not finished)
        self.pull_button.setVisible(not finished and waiting > 0)
