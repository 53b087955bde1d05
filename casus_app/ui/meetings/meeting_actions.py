"""The afspraken of the case on screen: the open ones (done, cancelled) and a new one, from the keyboard.

A new afspraak is one line: omschrijving, organisation, person, interventietype (optional), deadline.
Enter in any of them adds it, with the organisation that has regie and the date of the next overleg
filled in already.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.cases import actions
from casus_app.services.cases.actions import ActionInput, ActionItem
from casus_app.services.workspace import Workspace
from casus_app.ui.meetings.meeting_table import ListTable
from casus_app.ui.shell.presentation import Presentation
from casus_app.ui.widgets.dates import date_edit, pydate, qdate
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.hidden_text import RevealButton
from casus_app.ui.widgets.labels import date_text
from casus_app.ui.widgets.undo_bar import UndoBar


class MeetingActionsBox(QWidget):
    """Emits `changed` after an afspraak was added, done or cancelled; `problem(message)` on an error."""

    changed = Signal()
    problem = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        organisations: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        intervention_types: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.case_id: int | None = None
        self.meeting_id: int | None = None
        self.day = clock.today()
        self.items: list[ActionItem] = []

        self.title = QLabel()
        self.title.setObjectName("section")
        # Presentation mode: the afspraken's texts hidden until "Tekst tonen".
        self.reveal = RevealButton("open afspraken")
        self.reveal.toggled_text.connect(self.refresh)
        self.table = ListTable(
            [self.tr("Open afspraak"), self.tr("Wie"), self.tr("Deadline"), self.tr("Stand")], 0
        )
        self.table.setAccessibleName(self.tr("Open afspraken"))
        self.table.setToolTip(
            self.tr("Kies een afspraak en markeer die als gedaan (Alt+D) of vervallen (Alt+V)")
        )
        self.table.setMinimumHeight(72)
        self.done_button = QPushButton(self.tr("Ge&daan"))
        self.done_button.setToolTip(self.tr("De gekozen afspraak is uitgevoerd (Alt+D)"))
        self.cancel_button = QPushButton(self.tr("&Vervallen"))
        self.cancel_button.setToolTip(self.tr("De gekozen afspraak is niet meer nodig (Alt+V)"))

        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("Nieuwe afspraak: wat moet er gebeuren? (Alt+N)"))
        self.description_edit.setAccessibleName(self.tr("Nieuwe afspraak, omschrijving"))
        self.description_edit.setToolTip(self.tr("Omschrijving van de nieuwe afspraak; Enter voegt die toe"))
        self.owner_combo = QComboBox()
        for code, name in organisations:
            self.owner_combo.addItem(name, code)
        self.owner_combo.setAccessibleName(self.tr("Nieuwe afspraak, organisatie"))
        self.owner_combo.setToolTip(
            self.tr("Wie voert het uit; typ de eerste letters. Staat op de regiehouder")
        )
        self.person_edit = QLineEdit()
        self.person_edit.setPlaceholderText(self.tr("Wie (naam)"))
        self.person_edit.setAccessibleName(self.tr("Nieuwe afspraak, persoon"))
        self.person_edit.setToolTip(self.tr("De medewerker die het oppakt; Enter voegt de afspraak toe"))
        # What kind of intervention, as the case view's afspraak dialog asks (migration 0023); optional.
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("(geen type)"), None)
        for code, name in intervention_types:
            self.type_combo.addItem(name, code)
        self.type_combo.setAccessibleName(self.tr("Nieuwe afspraak, interventietype"))
        self.type_combo.setToolTip(
            self.tr(
                "Wat voor interventie de afspraak is (mag leeg); telt mee in de monitoring. Typ de eerste letters"
            )
        )
        self.deadline_edit = date_edit(self.day)
        self.deadline_edit.setAccessibleName(self.tr("Nieuwe afspraak, deadline"))
        self.deadline_edit.setToolTip(
            self.tr("Staat op de datum van het volgende overleg, anders twee weken later")
        )
        self.add_button = QPushButton(self.tr("&Toevoegen"))
        self.add_button.setToolTip(self.tr("Voeg de afspraak toe (Enter in een van de velden)"))
        # "Gedaan" and "Vervallen" take effect at once; this undoes a click too many.
        self.undo_bar = UndoBar(self)
        self.undo_bar.undone.connect(self._after_undo)
        self.undo_bar.problem.connect(self.problem)

        side = QVBoxLayout()
        side.addWidget(self.done_button)
        side.addWidget(self.cancel_button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(side)
        new_row = QHBoxLayout()
        new_row.addWidget(self.description_edit, 6)
        new_row.addWidget(self.owner_combo, 3)
        new_row.addWidget(self.person_edit, 2)
        new_row.addWidget(self.type_combo, 2)
        new_row.addWidget(self.deadline_edit)
        new_row.addWidget(self.add_button)
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_combo.setMinimumContentsLength(12)
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(10)
        # No label beside the fields (the screen is full): Alt+N goes to the new afspraak.
        QShortcut(
            QKeySequence("Alt+N"),
            self,
            self.description_edit.setFocus,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.reveal)
        layout.addLayout(heading)
        layout.addLayout(top)
        layout.addWidget(self.undo_bar)
        layout.addLayout(new_row)
        QWidget.setTabOrder(self.description_edit, self.owner_combo)
        QWidget.setTabOrder(self.owner_combo, self.person_edit)
        QWidget.setTabOrder(self.person_edit, self.type_combo)
        QWidget.setTabOrder(self.type_combo, self.deadline_edit)
        QWidget.setTabOrder(self.deadline_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.table)
        QWidget.setTabOrder(self.table, self.done_button)
        QWidget.setTabOrder(self.done_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.undo_bar.button)

        self.description_edit.returnPressed.connect(self.add)
        self.person_edit.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.done_button.clicked.connect(lambda: self._finish(actions.mark_done, self.tr("gedaan")))
        self.cancel_button.clicked.connect(lambda: self._finish(actions.cancel_action, self.tr("vervallen")))

    def set_presentation(self, presentation: Presentation) -> None:
        self.reveal.bind(presentation)

    def show_case(
        self, case_id: int, meeting_id: int, day: dt.date, lead: str | None, *, editable: bool
    ) -> None:
        if case_id != self.case_id or not editable:
            self.undo_bar.withdraw()
        self.case_id, self.meeting_id, self.day = case_id, meeting_id, day
        self.reset_entry(lead)
        for widget in (
            self.description_edit,
            self.owner_combo,
            self.person_edit,
            self.type_combo,
            self.deadline_edit,
            self.add_button,
            self.done_button,
            self.cancel_button,
        ):
            widget.setEnabled(editable)
        self.refresh()

    def reset_entry(self, lead: str | None = None) -> None:
        self.description_edit.clear()
        self.person_edit.clear()
        self.type_combo.setCurrentIndex(0)  # each afspraak its own type
        if lead is not None and self.owner_combo.findData(lead) >= 0:
            self.owner_combo.setCurrentIndex(self.owner_combo.findData(lead))
        if self.case_id is not None:
            self.deadline_edit.setDate(
                qdate(actions.default_deadline(self.ws, self.case_id, meeting_id=self.meeting_id))
            )

    def refresh(self) -> None:
        self.items = actions.actions_of_cases(self.ws, [self.case_id], open_only=True) if self.case_id else []
        late = {i for i, a in enumerate(self.items) if a.is_overdue(self.day)}
        self.reveal.set_cases([self.case_id] if self.items and self.case_id is not None else [])
        self.title.setText(
            self.tr("Open afspraken (%1)").replace("%1", str(len(self.items)))
            + (" · " + self.tr("%1 te laat").replace("%1", str(len(late))) if late else "")
        )
        self.table.set_rows(
            [
                [
                    self.reveal.cell(a.description, a.case_id),
                    " – ".join(p for p in (a.owner_name, a.owner_person) if p),
                    date_text(a.deadline),
                    self.tr("TE LAAT") if i in late else self.tr("open"),
                ]
                for i, a in enumerate(self.items)
            ],
            late,
        )
        has_rows = bool(self.items)
        self.done_button.setEnabled(has_rows and self.description_edit.isEnabled())
        self.cancel_button.setEnabled(has_rows and self.description_edit.isEnabled())

    def add(self) -> None:
        if self.case_id is None or not self.description_edit.text().strip():
            self.description_edit.setFocus()
            return
        data = ActionInput(
            self.description_edit.text(),
            self.owner_combo.currentData(),
            self.person_edit.text(),
            pydate(self.deadline_edit.date()),
            intervention_type=self.type_combo.currentData(),
        )
        try:
            actions.add_action(self.ws, self.case_id, data, meeting_id=self.meeting_id)
        except CasusError as exc:
            self.problem.emit(error_text(exc))
            return
        owner = self.owner_combo.currentData()
        self.reset_entry(owner)
        self.refresh()
        self.description_edit.setFocus()
        self.changed.emit()

    def _finish(self, operation, what: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        try:
            operation(self.ws, item.id, on=clock.today())
        except CasusError as exc:
            self.problem.emit(error_text(exc))
            return
        self.undo_bar.offer(
            self.tr("Afspraak %1 van casus %2 %3.")
            .replace("%1", item.ref)
            .replace("%2", item.case_ref)
            .replace("%3", what),
            lambda: actions.reopen_action(self.ws, item.id),
        )
        self.refresh()
        self.table.setFocus()
        self.changed.emit()

    def _after_undo(self) -> None:
        self.refresh()
        self.table.setFocus()
        self.changed.emit()

    def keyPressEvent(self, event) -> None:
        # Enter on the deadline, the organisation or the type adds the afspraak as well.
        focus = QApplication.focusWidget()
        entry = (self.owner_combo, self.type_combo, self.deadline_edit)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and any(
            focus is w or (focus is not None and w.isAncestorOf(focus)) for w in entry
        ):
            self.add()
            return
        super().keyPressEvent(event)
