"""The buttons below the case view's afspraken: a new afspraak outside an overleg, change one, done
(with "Ongedaan maken" right after), reopen one ticked by mistake, snooze one.

The case view is read-only and has no workspace; the meeting screens, which do, put this bar in it
(`CaseView.add_actions_bar`) and read the case again when it emits `changed`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.cases import actions
from casus_app.services.cases.queries import ActionView, CaseDetail
from casus_app.services.workspace import Workspace
from casus_app.ui.cases.action_dialog import ActionDialog, ask_snooze
from casus_app.ui.cases.case_view import CaseView
from casus_app.ui.shell.presentation import Presentation
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.undo_bar import UndoBar


class CaseActionsBar(QWidget):
    """Emits `changed(case_id)` after an afspraak of the case changed."""

    changed = Signal(int)

    def __init__(
        self,
        ws: Workspace,
        view: CaseView,
        presentation: Presentation | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(view)
        self.ws, self.view, self.presentation, self._today = ws, view, presentation, today
        self.detail: CaseDetail | None = None
        self.new_button = QPushButton(self.tr("Nieuwe &afspraak…"))
        self.new_button.setToolTip(self.tr("Een afspraak voor deze casus vastleggen, buiten een overleg"))
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_button.setToolTip(
            self.tr("Deadline, organisatie, wie of resultaat van de gekozen afspraak")
        )
        self.done_button = QPushButton(self.tr("Ge&daan"))
        self.done_button.setToolTip(self.tr("De gekozen afspraak is uitgevoerd (Alt+D); ongedaan te maken"))
        self.reopen_button = QPushButton(self.tr("He&ropenen"))
        self.reopen_button.setToolTip(
            self.tr("De gekozen afspraak staat ten onrechte op gedaan of vervallen")
        )
        self.snooze_button = QPushButton(self.tr("S&luimeren…"))
        self.snooze_button.setToolTip(
            self.tr("De gekozen afspraak uit Mijn afspraken tot enkele dagen vóór de deadline")
        )
        self.undo_bar = UndoBar(view)
        self.undo_bar.undone.connect(self._changed)
        self.undo_bar.problem.connect(self._warn)
        row = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.done_button,
            self.reopen_button,
            self.snooze_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.undo_bar)
        self.new_button.clicked.connect(self.new_action)
        self.edit_button.clicked.connect(self.edit_action)
        self.done_button.clicked.connect(self.mark_done)
        self.reopen_button.clicked.connect(self.reopen)
        self.snooze_button.clicked.connect(self.snooze)
        view.actions_table.itemSelectionChanged.connect(self._update)
        self._update()

    @property
    def today(self) -> dt.date:
        return self._today or clock.today()

    def case_shown(self, detail: CaseDetail) -> None:
        if self.detail is None or detail.id != self.detail.id:
            self.undo_bar.withdraw()
        self.detail = detail
        self._update()

    def selected(self) -> ActionView | None:
        row = self.view.actions_table.currentRow()
        detail = self.detail
        if detail is None or not 0 <= row < len(detail.actions):
            return None
        return detail.actions[row]

    def _update(self) -> None:
        action = self.selected()
        case_open = self.detail is not None and self.detail.end_date is None
        is_open = action is not None and action.done_on is None and action.cancelled_on is None
        self.new_button.setEnabled(case_open)
        self.edit_button.setEnabled(case_open and action is not None)
        self.done_button.setEnabled(is_open)
        self.reopen_button.setEnabled(case_open and action is not None and not is_open)
        self.snooze_button.setEnabled(case_open and is_open)

    def _refused_while_presenting(self) -> bool:
        """The form shows the afspraak's text and its result: not on a projected screen."""
        if self.presentation is not None and self.presentation.on:
            self._warn(
                self.tr(
                    "Zet eerst de presentatiemodus uit (F11): dit venster toont de tekst van de afspraak."
                )
            )
            return True
        return False

    def new_action(self) -> None:
        detail = self.detail
        if detail is None or self._refused_while_presenting():
            return
        dialog = ActionDialog(self.ws, detail.id, detail.ref, None, self.window(), lead=detail.lead)
        if dialog.exec():
            self._changed()

    def edit_action(self) -> None:
        detail, action = self.detail, self.selected()
        if detail is None or action is None or self._refused_while_presenting():
            return
        if ActionDialog(self.ws, detail.id, detail.ref, action, self.window()).exec():
            self._changed()

    def mark_done(self) -> None:
        detail, action = self.detail, self.selected()
        if detail is None or action is None:
            return
        try:
            actions.mark_done(self.ws, action.id)
        except CasusError as exc:
            self._warn(error_text(exc))
            return
        self.undo_bar.offer(
            self.tr("Afspraak %1 gedaan.").replace("%1", action.ref),
            lambda: actions.reopen_action(self.ws, action.id),
        )
        self._changed()

    def reopen(self) -> None:
        action = self.selected()
        if action is None:
            return
        try:
            actions.reopen_action(self.ws, action.id)
        except CasusError as exc:
            self._warn(error_text(exc))
            return
        self._changed()

    def snooze(self) -> None:
        action = self.selected()
        if action is not None and ask_snooze(self.ws, action, self.window(), today=self.today):
            self._changed()

    def _changed(self) -> None:
        if self.detail is None:
            return
        row = self.view.actions_table.currentRow()
        self.changed.emit(self.detail.id)
        # The view was read again: keep the same afspraak chosen and the keyboard in the table.
        if 0 <= row < self.view.actions_table.rowCount():
            self.view.actions_table.selectRow(row)
        self.view.actions_table.setFocus()

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.window(), self.tr("Afspraak"), message)
