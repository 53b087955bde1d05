"""The overleggen a user may open, newest first; Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casus_app.services.meetings import overleg as meetings
from casus_app.services.workspace import Workspace
from casus_app.ui.meetings.meeting_table import ListTable
from casus_app.ui.widgets.labels import date_text, meeting_label

MeetingIdRole = Qt.ItemDataRole.UserRole + 1
STATUS_TEXT = {"gepland": "Gepland", "bezig": "Bezig", "afgerond": "Afgerond"}


class MeetingPickerView(QWidget):
    open_meeting = Signal(int)
    new_meeting = Signal()
    closed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ids: list[int] = []
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
        self.open_button = QPushButton(self.tr("O&penen"))
        self.open_button.setDefault(True)
        self.new_button = QPushButton(self.tr("&Nieuw overleg…"))
        self.back_button = QPushButton(self.tr("← &Terug"))
        self.back_button.setToolTip(self.tr("Terug naar de casuslijst (Esc)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.table.activated.connect(lambda _index: self._open())
        self.open_button.clicked.connect(self._open)
        self.new_button.clicked.connect(self.new_meeting)
        self.back_button.clicked.connect(self.closed)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.closed.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def load(self) -> None:
        found = meetings.list_meetings(self.ws)
        self.ids = [m.id for m in found]
        self.table.set_rows(
            [
                [
                    date_text(m.date),
                    meeting_label(m.kind),
                    m.area_name,
                    m.chair or "",
                    self.tr("%1 casussen, %2 besproken")
                    .replace("%1", str(m.items))
                    .replace("%2", str(m.discussed)),
                    STATUS_TEXT.get(m.status, m.status),
                ]
                for m in found
            ]
        )
        self.empty_label.setVisible(not self.ids)
        if self.ids:
            self.table.selectRow(0)
        self.table.setFocus()

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids):
            self.open_meeting.emit(self.ids[row])
