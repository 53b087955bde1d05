"""The overleggen a user may open, newest first; Enter opens one.

A planned overleg can be started, changed, cancelled or deleted here, and its agenda saved as PDF
to send to the partners beforehand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError
from casus_app.reports.meetings import agenda_sheet
from casus_app.services import documents
from casus_app.services.meetings import agenda as meeting_agenda
from casus_app.services.meetings import overleg as meetings
from casus_app.services.meetings.overleg import MeetingSummary
from casus_app.services.workspace import Workspace
from casus_app.ui.meetings.meeting_table import ListTable
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import date_text, meeting_label

MeetingIdRole = Qt.ItemDataRole.UserRole + 1


class MeetingPickerView(QWidget):
    open_meeting = Signal(int)
    new_meeting = Signal()
    edit_meeting = Signal(object)  # the MeetingSummary of a planned overleg
    closed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ids: list[int] = []
        self.found: list[MeetingSummary] = []
        self.status_text = {
            meetings.PLANNED: self.tr("Gepland"),
            meetings.RUNNING: self.tr("Bezig"),
            meetings.FINISHED: self.tr("Afgerond"),
            meetings.CANCELLED: self.tr("Geannuleerd"),
        }
        heading = QLabel(self.tr("Overleg openen"))
        heading.setObjectName("heading")
        self.table = ListTable(
            [
                self.tr("Datum"),
                self.tr("Overleg"),
                self.tr("Gebied"),
                self.tr("Voorzitter"),
                self.tr("Agenda"),
                self.tr("Status"),
            ],
            1,
        )
        self.empty_label = QLabel(self.tr("Er is nog geen overleg. Kies ‘Nieuw overleg’."))
        self.empty_label.setObjectName("muted")
        self.table.setAccessibleName(self.tr("Overleggen"))
        self.table.setToolTip(self.tr("Enter of dubbelklik opent het overleg"))
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.open_button = QPushButton(self.tr("O&penen"))
        self.open_button.setDefault(True)
        self.new_button = QPushButton(self.tr("&Nieuw overleg…"))
        self.back_button = QPushButton(self.tr("← &Terug"))
        self.back_button.setToolTip(self.tr("Terug naar de casuslijst (Esc)"))
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_button.setToolTip(
            self.tr("Datum, tijd, plaats, voorzitter, notulist of aanwezigen van een gepland overleg")
        )
        self.agenda_button = QPushButton(self.tr("Agen&da (PDF)…"))
        self.agenda_button.setToolTip(
            self.tr("De agenda vooraf naar de partners sturen: casusnummers, buurt, straat en open afspraken")
        )
        self.cancel_button = QPushButton(self.tr("Overleg &annuleren"))
        self.cancel_button.setToolTip(
            self.tr("Het geplande overleg gaat niet door; het blijft in de lijst staan")
        )
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.delete_button.setToolTip(
            self.tr("Een gepland of geannuleerd overleg waarin niets is vastgelegd")
        )
        planned = QHBoxLayout()
        for button in (self.edit_button, self.agenda_button, self.cancel_button, self.delete_button):
            planned.addWidget(button)
        planned.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(planned)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.table.activated.connect(lambda _index: self._open())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self._open)
        self.new_button.clicked.connect(self.new_meeting)
        self.back_button.clicked.connect(self.closed)
        self.edit_button.clicked.connect(self._edit)
        self.agenda_button.clicked.connect(self.save_agenda)
        self.cancel_button.clicked.connect(self.cancel_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.closed.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def load(self, select: int | None = None) -> None:
        self.found = meetings.list_meetings(self.ws)
        self.ids = [m.id for m in self.found]
        self.table.set_rows(
            [
                [
                    date_text(m.date) + (m.start_time.strftime(" %H:%M") if m.start_time else ""),
                    meeting_label(m.kind),
                    m.scope_name,
                    m.chair or "",
                    self.tr("%1 casussen, %2 besproken")
                    .replace("%1", str(m.items))
                    .replace("%2", str(m.discussed)),
                    self.status_text.get(m.status, m.status),
                ]
                for m in self.found
            ]
        )
        self.empty_label.setVisible(not self.ids)
        if self.ids:
            self.table.selectRow(self.ids.index(select) if select in self.ids else 0)
        self._update_buttons()
        self.table.setFocus()

    def current(self) -> MeetingSummary | None:
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _update_buttons(self) -> None:
        meeting = self.current()
        status = meeting.status if meeting else None
        self.open_button.setEnabled(status is not None and status != meetings.CANCELLED)
        self.edit_button.setEnabled(status == meetings.PLANNED)
        self.cancel_button.setEnabled(status == meetings.PLANNED)
        self.delete_button.setEnabled(status in (meetings.PLANNED, meetings.CANCELLED))
        self.agenda_button.setEnabled(status in (meetings.PLANNED, meetings.RUNNING))

    def show_message(self, text: str, *, problem: bool = False) -> None:
        self.message_label.setObjectName("error" if problem else "")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
        self.message_label.show()

    def _open(self) -> None:
        meeting = self.current()
        if meeting is None or meeting.status == meetings.CANCELLED:
            return
        if meeting.status == meetings.PLANNED and not self.confirm(
            self.tr("Overleg starten"),
            self.tr("%1 op %2 is gepland. Nu beginnen? Het overleg staat daarna op ‘bezig’.")
            .replace("%1", f"{meeting_label(meeting.kind)} {meeting.scope_name}")
            .replace("%2", date_text(meeting.date)),
        ):
            return
        self.open_meeting.emit(meeting.id)

    def _edit(self) -> None:
        meeting = self.current()
        if meeting is not None and meeting.status == meetings.PLANNED:
            self.edit_meeting.emit(meeting)

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def cancel_meeting(self) -> None:
        meeting = self.current()
        if meeting is None or not self.confirm(
            self.tr("Overleg annuleren"),
            self.tr("Overleg %1 annuleren? Het blijft als geannuleerd in de lijst staan.").replace(
                "%1", meeting.ref
            ),
        ):
            return
        self._run(lambda: meetings.cancel_meeting(self.ws, meeting.id), meeting.id)

    def delete_meeting(self) -> None:
        meeting = self.current()
        if meeting is None or not self.confirm(
            self.tr("Overleg verwijderen"),
            self.tr(
                "Overleg %1 en zijn agenda definitief verwijderen? Dit kan niet ongedaan worden."
            ).replace("%1", meeting.ref),
        ):
            return
        self._run(lambda: meetings.delete_meeting(self.ws, meeting.id), None)

    def _run(self, call, select: int | None) -> None:
        try:
            call()
        except CasusError as exc:
            self.show_message(error_text(exc), problem=True)
            return
        self.message_label.hide()
        self.load(select)

    def write_agenda(self, meeting_id: int, path: Path) -> Path:
        """Complete the agenda (new cases since it was built) and write it as PDF."""
        meeting_agenda.build_agenda(self.ws, meeting_id)
        return documents.write_agenda_sheet(self.ws, meeting_id, Path(path), agenda_sheet.render)

    def save_agenda(self) -> None:
        meeting = self.current()
        if meeting is None:
            return
        suggested = Path.home() / f"agenda-{meeting.ref}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Agenda opslaan"), str(suggested), self.tr("PDF-bestanden (*.pdf)")
        )
        if not chosen:
            return
        try:
            written = self.write_agenda(meeting.id, Path(chosen))
        except (CasusError, OSError) as exc:
            self.show_message(error_text(exc), problem=True)
            return
        self.load(meeting.id)
        self.show_message(self.tr("Opgeslagen: %1").replace("%1", str(written)))
