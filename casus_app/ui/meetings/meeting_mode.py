"""Meeting mode: the agenda on the left, the case under discussion on the right.

F8 (or Ctrl+PageDown) saves and moves to the next case, Shift+F8 (Ctrl+PageUp) back; Alt+Up and
Alt+Down move a case on the agenda. Below the agenda the cases that wait for room on it (wachtend,
`meeting_waiting.py`): Enter in that list or Alt+Z puts one on. An empty agenda says so and offers
to add a case. The verslag and the afsprakenlijst are written as PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError, InvalidInput
from casus_app.reports.meetings import action_list, minutes
from casus_app.services import documents
from casus_app.services.cases import timeline
from casus_app.services.cases.form_input import form_choices
from casus_app.services.meetings import agenda as meeting_agenda
from casus_app.services.meetings import attendance
from casus_app.services.meetings import overleg as meetings
from casus_app.services.meetings import waiting as meeting_waiting
from casus_app.services.meetings.agenda import AgendaItem
from casus_app.services.meetings.overleg import MeetingSummary
from casus_app.services.meetings.waiting import WaitingCase
from casus_app.services.privacy import document_check
from casus_app.services.privacy.document_check import Decisions
from casus_app.services.workspace import Workspace
from casus_app.ui.cases.case_close import CaseCloseDialog, confirm_reopen
from casus_app.ui.cases.case_picker import CasePickerDialog
from casus_app.ui.cases.case_timeline import CaseTimelineDialog
from casus_app.ui.meetings.attendance_editor import AttendanceDialog
from casus_app.ui.meetings.document_check import DocumentCheckDialog
from casus_app.ui.meetings.meeting_case_panel import MeetingCasePanel, reasons_text
from casus_app.ui.meetings.meeting_waiting import EmptyAgenda, WaitingBox
from casus_app.ui.shell.presentation import Presentation, place_text
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import date_text, meeting_label

AGENDA_SHARE = 28  # per cent of the width the agenda starts with

STATUS_TEXT = {"gepland": "gepland", "bezig": "bezig", "afgerond": "afgerond: het verslag is definitief"}


class AgendaSplitter(QSplitter):
    """Gives the agenda AGENDA_SHARE of the width (at least what its buttons need) and the case the
    rest, at any window size, until the user drags the border; from then on their choice stands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 3)
        self.dragged = False
        self.splitterMoved.connect(self._dragged)

    def _dragged(self, *_args) -> None:
        self.dragged = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.dragged and self.count() == 2:
            total = sum(self.sizes())
            agenda = round(total * AGENDA_SHARE / 100)
            self.setSizes([agenda, total - agenda])


class MeetingView(QWidget):
    closed = Signal()

    def __init__(self, ws: Workspace, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.presentation = ws, presentation
        self.meeting: MeetingSummary | None = None
        self.items: list[AgendaItem] = []
        self.waiting: list[WaitingCase] = []
        self.index = -1

        self.title_label = QLabel()
        self.title_label.setObjectName("heading")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        # Long lists of those present wrap; they must never widen the window past a laptop screen.
        self.status_label.setWordWrap(True)
        self.title_label.setWordWrap(True)
        self.minutes_button = QPushButton(self.tr("Verslag (&PDF)…"))
        self.minutes_button.setToolTip(self.tr("Het verslag van dit overleg als PDF opslaan"))
        self.list_button = QPushButton(self.tr("Afspraken&lijst (PDF)…"))
        self.list_button.setToolTip(self.tr("Per organisatie wat er vóór het volgende overleg moet gebeuren"))
        self.attendance_button = QPushButton(self.tr("Aanwezigen…"))
        self.attendance_button.setToolTip(
            self.tr("Wie er is, met naam en organisatie; ook na afloop aan te vullen")
        )
        self.finish_button = QPushButton(self.tr("Overleg a&fronden"))
        self.finish_button.setToolTip(self.tr("Daarna is het verslag definitief"))
        self.back_button = QPushButton(self.tr("← Te&rug"))
        self.back_button.setToolTip(self.tr("Het overleg verlaten; alles is opgeslagen"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.status_label)
        top.addLayout(titles, 1)
        for button in (self.attendance_button, self.minutes_button, self.list_button, self.finish_button):
            top.addWidget(button)

        self.agenda_label = QLabel()
        self.agenda_label.setObjectName("section")
        self.agenda_list = QListWidget()
        self.agenda_list.setAccessibleName(self.tr("Agenda"))
        self.agenda_list.setToolTip(
            self.tr("Pijltjes kiezen een casus; Alt+pijl omhoog/omlaag verplaatst die")
        )
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setAlternatingRowColors(True)
        self.up_button, self.down_button = QPushButton(self.tr("Omhoog")), QPushButton(self.tr("Omlaag"))
        self.up_button.setToolTip(self.tr("Casus eerder op de agenda (Alt+pijl omhoog)"))
        self.down_button.setToolTip(self.tr("Casus later op de agenda (Alt+pijl omlaag)"))
        self.add_button = QPushButton(self.tr("Cas&us toevoegen…"))
        self.add_button.setToolTip(self.tr("Een lopende casus uit dit gebied op de agenda zetten (Alt+U)"))
        self.remove_button = QPushButton(self.tr("Van agenda &weghalen"))
        self.remove_button.setToolTip(
            self.tr("Alleen voor een casus waarover nog niets is vastgelegd (Alt+W)")
        )
        self.previous_button = QPushButton(self.tr("◀ Vorige (Shift+F8)"))
        self.next_button = QPushButton(self.tr("Volgende ▶ (F8)"))
        self.next_button.setToolTip(self.tr("Opslaan en naar de volgende casus (F8 of Ctrl+PageDown)"))
        self.previous_button.setToolTip(self.tr("Opslaan en naar de vorige casus (Shift+F8 of Ctrl+PageUp)"))
        left = QVBoxLayout()
        left.addWidget(self.agenda_label)
        left.addWidget(self.agenda_list, 1)
        for pair in (
            (self.up_button, self.down_button),
            (self.add_button, self.remove_button),
            (self.previous_button, self.next_button),
        ):
            row = QHBoxLayout()
            row.addWidget(pair[0])
            row.addWidget(pair[1])
            left.addLayout(row)
        self.waiting_box = WaitingBox()
        left.addWidget(self.waiting_box)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left.setContentsMargins(0, 0, 6, 0)

        choices = form_choices(ws)
        self.panel = MeetingCasePanel(
            ws, presentation, choices.organisations, intervention_types=choices.intervention_types
        )
        self.empty_agenda = EmptyAgenda()
        self.case_stack = QStackedWidget()  # the case under discussion, or what an empty agenda says
        self.case_stack.addWidget(self.panel)
        self.case_stack.addWidget(self.empty_agenda)
        self.message_label = QLabel()
        self.message_label.setObjectName("error")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.info_label = QLabel()
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label.hide()
        # The agenda beside the case, the border between them draggable.
        self.splitter = AgendaSplitter()
        self.splitter.addWidget(left_widget)
        self.splitter.addWidget(self.case_stack)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.info_label)

        self._connect()

    def _connect(self) -> None:
        def shortcut(keys, slot) -> None:
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        for keys in ("F8", "Ctrl+PgDown"):
            shortcut(keys, self.next)
        for keys in ("Shift+F8", "Ctrl+PgUp"):
            shortcut(keys, self.previous)
        shortcut("Alt+Up", lambda: self.move_case(-1))
        shortcut("Alt+Down", lambda: self.move_case(1))
        self.next_button.clicked.connect(self.next)
        self.previous_button.clicked.connect(self.previous)
        self.up_button.clicked.connect(lambda: self.move_case(-1))
        self.down_button.clicked.connect(lambda: self.move_case(1))
        self.add_button.clicked.connect(self.add_case)
        self.remove_button.clicked.connect(self.remove_case)
        self.waiting_box.pull_requested.connect(self.pull_in)
        self.waiting_box.size_changed.connect(self.set_size)
        self.empty_agenda.add_requested.connect(self.add_case)
        self.empty_agenda.pull_requested.connect(lambda: self.pull_in(0))
        self.agenda_list.currentRowChanged.connect(self._row_chosen)
        self.minutes_button.clicked.connect(lambda: self._save_pdf("verslag"))
        self.list_button.clicked.connect(lambda: self._save_pdf("afsprakenlijst"))
        self.finish_button.clicked.connect(self.finish)
        self.attendance_button.clicked.connect(self.edit_attendance)
        self.back_button.clicked.connect(self.leave)
        self.panel.changed.connect(self._refresh_agenda)
        self.panel.problem.connect(self.show_problem)
        self.panel.notice.connect(self.show_info)
        self.panel.close_requested.connect(self._close_or_reopen)
        self.panel.timeline_requested.connect(self._timeline)
        self.presentation.changed.connect(lambda _on: (self._fill_list(), self._fill_waiting()))

    # -- opening --------------------------------------------------------------------------------
    def open_meeting(self, meeting_id: int) -> None:
        meeting = meetings.get_meeting(self.ws, meeting_id)
        if meeting.status == meetings.PLANNED:
            meetings.start_meeting(self.ws, meeting_id)
        if meeting.status not in (meetings.FINISHED, meetings.CANCELLED):
            self.items = meeting_agenda.build_agenda(self.ws, meeting_id)  # returns the agenda, logged once
        else:
            self.items = meeting_agenda.agenda(self.ws, meeting_id)
        self.meeting = meetings.get_meeting(self.ws, meeting_id)
        self.index = -1
        self._show_header()
        self._load_waiting()
        self._fill_list()
        first = next((i for i, item in enumerate(self.items) if not item.discussed), 0)
        if self.items:
            self.go(first)
        else:
            self._show_empty()

    def _show_header(self) -> None:
        m = self.meeting
        when = date_text(m.date) + (m.start_time.strftime(" %H:%M") if m.start_time else "")
        where = f" · {m.place}" if m.place else ""
        self.title_label.setText(f"{meeting_label(m.kind)} {m.scope_name} · {when}{where}")
        present = ", ".join(m.organisations) or self.tr("(niet vastgelegd)")
        self.status_label.setText(
            self.tr("Voorzitter: %1 · notulist: %2 · aanwezig: %3 · %4")
            .replace("%1", m.chair or "–")
            .replace("%2", m.minute_taker or "–")
            .replace("%3", present)
            .replace("%4", STATUS_TEXT.get(m.status, m.status))
        )
        editable = m.status not in (meetings.FINISHED, meetings.CANCELLED)
        self.attendance_button.setEnabled(m.status != meetings.CANCELLED)  # after afronden too
        for button in (
            self.finish_button,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            button.setEnabled(editable)
        self.waiting_box.set_size(meeting_waiting.agenda_size(self.ws, m.id), editable=editable)

    def _fill_list(self) -> None:
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for n, item in enumerate(self.items, start=1):
            place = place_text(item.neighbourhood, item.street if self.presentation.on else None)
            if not self.presentation.on and item.address:
                place = f"{place}, {item.address}"
            mark = "✓ " if item.discussed else ""
            closed = self.tr(" · afgesloten") if item.closed else ""
            why = reasons_text(
                item.reasons,
                days_late=item.days_late,
                overdue=item.overdue_actions,
                carried_since=item.carried_since,
                short=True,
            )
            line = f"{mark}{n}. {item.ref} · {place}{closed}\n     {why}"
            entry = QListWidgetItem(line)
            entry.setToolTip(line)
            self.agenda_list.addItem(entry)
        if 0 <= self.index < len(self.items):
            self.agenda_list.setCurrentRow(self.index)
        self.agenda_list.blockSignals(False)
        done = sum(i.discussed for i in self.items)
        self.agenda_label.setText(
            self.tr("Agenda: %1 casussen, %2 besproken")
            .replace("%1", str(len(self.items)))
            .replace("%2", str(done))
        )

    def _finished(self) -> bool:
        return self.meeting is None or self.meeting.status == meetings.FINISHED

    def _load_waiting(self) -> None:
        """The cases waiting for room: read at opening and after the chair changed the agenda or its
        size (each read names them in the audit log)."""
        self.waiting = []
        if not self._finished():
            try:
                self.waiting = meeting_waiting.waiting(self.ws, self.meeting.id)
            except CasusError as exc:
                self.show_problem(error_text(exc))
        self._fill_waiting()

    def _fill_waiting(self) -> None:
        self.waiting_box.show_cases(self.waiting, presenting=self.presentation.on, finished=self._finished())

    def _show_empty(self) -> None:
        """No case on the agenda: say so, and offer the ways to put one on."""
        self.panel.clear()
        self.empty_agenda.show_state(finished=self._finished(), waiting=len(self.waiting))
        self.case_stack.setCurrentWidget(self.empty_agenda)
        if not self._finished():
            self.empty_agenda.add_button.setFocus()

    # -- moving through the agenda --------------------------------------------------------------
    def go(self, index: int, *, focus_note: bool = True) -> None:
        if not 0 <= index < len(self.items):
            return
        if self.index >= 0 and not self.panel.save():
            self.agenda_list.setCurrentRow(self.index)
            return
        if self.index >= 0:
            self._reload_items()
        self.index = index
        item = self.items[index]
        try:
            detail = meetings.case_at_meeting(self.ws, self.meeting.id, item.case_id)
        except CasusError as exc:
            self.show_problem(error_text(exc))
            return
        self.message_label.hide()
        self._fill_list()
        self.case_stack.setCurrentWidget(self.panel)
        self.panel.show_item(self.meeting, item, detail, focus_note=focus_note)

    def next(self) -> None:
        if self.index + 1 < len(self.items):
            self.go(self.index + 1)
        elif self.panel.save():
            self._refresh_agenda()
            self.show_info(self.tr("Dit was de laatste casus op de agenda."))

    def previous(self) -> None:
        self.go(self.index - 1)

    def _row_chosen(self, row: int) -> None:
        if row != self.index:
            self.go(row, focus_note=False)  # browsing the agenda with the arrow keys stays in the list

    def _reload_items(self) -> None:
        # A refresh of the agenda logged at opening: added cases and opened cases log themselves.
        self.items = meeting_agenda.agenda(self.ws, self.meeting.id, log=False)
        self.meeting = meetings.get_meeting(self.ws, self.meeting.id)

    def _refresh_agenda(self) -> None:
        self._reload_items()
        if 0 <= self.index < len(self.items):
            self.panel.item = self.items[self.index]
        self._fill_list()

    # -- the chair's changes --------------------------------------------------------------------
    def move_case(self, steps: int) -> None:
        if not 0 <= self.index < len(self.items) or self.meeting.status == meetings.FINISHED:
            return
        if not self.panel.save():
            return
        item = self.items[self.index]
        try:
            meeting_agenda.move_item(self.ws, self.meeting.id, item.discussion_id, steps)
        except CasusError as exc:
            self.show_problem(error_text(exc))
            return
        self._reload_items()
        self.index = next(i for i, it in enumerate(self.items) if it.discussion_id == item.discussion_id)
        self.panel.item = self.items[self.index]
        self._fill_list()

    def add_case(self) -> None:
        if not self.panel.save():
            return
        area = None if self.meeting.area_wide else self.meeting.area  # the doorbraakteam: every gebied
        picker = CasePickerDialog(self.ws, area, self, masked=self.presentation.on)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.case_id is None:
            return
        try:
            discussion_id = meeting_agenda.add_to_agenda(self.ws, self.meeting.id, picker.case_id)
        except CasusError as exc:
            self.show_problem(error_text(exc))
            return
        self._reload_items()
        self._load_waiting()  # a waiting case added through the picker waits no more
        self.index = -1
        self.go(next(i for i, it in enumerate(self.items) if it.discussion_id == discussion_id))

    def pull_in(self, row: int) -> None:
        """Take the waiting case at `row` onto the end of the agenda and open it."""
        if self._finished() or not 0 <= row < len(self.waiting) or not self.panel.save():
            return
        try:
            discussion_id = meeting_waiting.pull_in(self.ws, self.meeting.id, self.waiting[row].case_id)
        except CasusError as exc:
            self.show_problem(error_text(exc))
            self._load_waiting()
            return
        self._reload_items()
        self._load_waiting()
        self.index = -1
        self.go(next(i for i, it in enumerate(self.items) if it.discussion_id == discussion_id))

    def set_size(self, size: int) -> None:
        """The chair sets how many cases the agenda takes: a larger size fills it from the waiting
        cases, a smaller one takes nothing off."""
        if self._finished() or not self.panel.save():
            return
        try:
            meeting_waiting.set_agenda_size(self.ws, self.meeting.id, size)
            was_empty = not self.items
            self.items = meeting_agenda.build_agenda(self.ws, self.meeting.id)
        except CasusError as exc:
            self.show_problem(error_text(exc))
            return
        self.meeting = meetings.get_meeting(self.ws, self.meeting.id)
        self._load_waiting()
        self._fill_list()
        if was_empty and self.items:
            self.go(0)
        elif not self.items:
            self._show_empty()

    def remove_case(self) -> None:
        if not 0 <= self.index < len(self.items):
            return
        try:
            meeting_agenda.remove_from_agenda(self.ws, self.items[self.index].discussion_id)
        except CasusError as exc:
            self.show_problem(error_text(exc))
            return
        row = self.index
        self._reload_items()
        self._load_waiting()
        self.index = -1
        if self.items:
            self.go(max(0, min(row, len(self.items) - 1)))
        else:
            self._fill_list()
            self._show_empty()

    def _close_or_reopen(self) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        if detail.end_date is None:
            open_actions = len(self.panel.actions_box.items)
            if (
                CaseCloseDialog(self.ws, detail.id, detail.ref, open_actions, self).exec()
                != QDialog.DialogCode.Accepted
            ):
                return
        elif not confirm_reopen(self.ws, detail.id, detail.ref, self):
            return
        self.panel.discussed_box.setChecked(True)
        if not self.panel.save():
            return
        self.panel.refresh_detail(meetings.case_at_meeting(self.ws, self.meeting.id, detail.id))
        self._refresh_agenda()
        self.panel.decisions_edit.setFocus()  # the afspraak fields are off now: say what was decided

    def _timeline(self) -> None:
        detail = self.panel.detail
        if detail is not None:
            entries = timeline.case_timeline(self.ws, detail.id, reason=f"overleg {self.meeting.ref}")
            CaseTimelineDialog(
                detail.ref, entries, self, presentation=self.presentation, case_id=detail.id
            ).exec()

    # -- documents and the end ------------------------------------------------------------------
    def write_document(self, what: str, path: Path, decisions: Decisions | None = None) -> Path:
        """Write the verslag or the afsprakenlijst to `path`, after saving what is on screen. A betrokkene
        named in its free text is masked unless the chair's `decisions` (check_document) say otherwise."""
        if not self.panel.save():
            raise InvalidInput(
                self.tr(
                    "Het document is niet gemaakt, omdat de notitie op het scherm niet kon worden opgeslagen."
                )
            )
        if what == "verslag":
            return documents.write_minutes(
                self.ws, self.meeting.id, Path(path), minutes.render, decisions=decisions
            )
        return documents.write_action_list(
            self.ws, self.meeting.id, Path(path), action_list.render, decisions=decisions
        )

    def check_document(self, what: str) -> DocumentCheckDialog | None:
        """Save what is on screen, look for betrokkenen in the document's free text, and open the dialog
        that shows the hits (None when there are none). Raises CasusError."""
        if not self.panel.save():
            raise InvalidInput(
                self.tr(
                    "Het document is niet gemaakt, omdat de notitie op het scherm niet kon worden opgeslagen."
                )
            )
        check = (document_check.check_minutes if what == "verslag" else document_check.check_action_list)(
            self.ws, self.meeting.id
        )
        if not check.hits:
            return None
        dialog = DocumentCheckDialog(
            check,
            lambda hit, text: document_check.replacement_problem(self.ws, hit, text),
            masked=self.presentation.on,
            parent=self,
        )
        return dialog

    def _save_pdf(self, what: str) -> None:
        try:
            dialog = self.check_document(what)
        except CasusError as exc:
            self.show_problem(error_text(exc))
            return
        decisions = None
        if dialog is not None:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            decisions = dialog.decisions()
        suggested = Path.home() / f"{what}-{self.meeting.ref}.pdf"
        title = self.tr("Verslag opslaan") if what == "verslag" else self.tr("Afsprakenlijst opslaan")
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(suggested), self.tr("PDF-bestanden (*.pdf)"))
        if not chosen:
            return
        try:
            written = self.write_document(what, Path(chosen), decisions)
        except (CasusError, OSError) as exc:
            self.show_problem(error_text(exc))
            return
        self.info_label.setText(self.tr("Opgeslagen: %1").replace("%1", str(written)))
        self.info_label.show()

    def edit_attendance(self) -> None:
        """Who is present, during the meeting or after it; the verslag shows them."""
        if self.meeting is None:
            return
        meeting_id = self.meeting.id
        dialog = AttendanceDialog(
            self.tr("Aanwezigen %1").replace("%1", self.meeting.ref),
            self.meeting.attendees,
            form_choices(self.ws).organisations,
            lambda attendees: attendance.set_attendance(self.ws, meeting_id, attendees),
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.meeting = meetings.get_meeting(self.ws, meeting_id)
            self._show_header()

    def finish(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Overleg afronden"),
            self.tr("Het overleg afronden? Daarna kan het verslag niet meer veranderen."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.panel.save():
            return
        try:
            meetings.finish_meeting(self.ws, self.meeting.id)
            self.open_meeting(self.meeting.id)
        except CasusError as exc:
            self.show_problem(self.tr("Het overleg is niet afgerond: %1").replace("%1", error_text(exc)))

    def leave(self) -> None:
        if not self.panel.save():
            return
        self.panel.clear()
        self.items, self.index, self.meeting = [], -1, None
        self.agenda_list.blockSignals(True)  # clearing moves the current row; nothing to show any more
        self.agenda_list.clear()
        self.agenda_list.blockSignals(False)
        self.waiting = []
        self.waiting_box.clear()
        self.info_label.hide()
        self.message_label.hide()
        self.closed.emit()

    def show_problem(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()

    def show_info(self, message: str) -> None:
        self.info_label.setText(message)
        self.info_label.show()
