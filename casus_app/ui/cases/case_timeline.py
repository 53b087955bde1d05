"""A case's timeline: registration, besprekingen, afspraken and their outcome, and every change.

In presentation mode the afspraken and notes (free text) are hidden until "Tekst tonen"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from casus_app.services.cases import timeline
from casus_app.services.cases.timeline import TimelineEntry
from casus_app.ui.meetings.meeting_table import ListTable
from casus_app.ui.shell.presentation import Presentation
from casus_app.ui.widgets.errors import text_of
from casus_app.ui.widgets.hidden_text import RevealButton
from casus_app.ui.widgets.labels import date_text


class CaseTimelineDialog(QDialog):
    def __init__(
        self,
        ref: str,
        entries: list[TimelineEntry],
        parent: QWidget | None = None,
        *,
        presentation: Presentation | None = None,
        case_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.entries, self.case_id = entries, case_id
        # An afspraak's title is its text; the other titles are Casus's own words.
        self._titles = {
            timeline.AGREED: self.tr("Afspraak"),
            timeline.DONE: self.tr("Afspraak afgerond"),
            timeline.CANCELLED: self.tr("Afspraak vervallen"),
        }
        self.reveal = RevealButton("tijdlijn", self)
        if presentation is not None:
            self.reveal.bind(presentation)
        self.reveal.set_cases([case_id] if case_id is not None else [])
        self.reveal.toggled_text.connect(self._fill)
        # Gone once closed: no case data stays behind in a hidden window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Tijdlijn van casus %1").replace("%1", ref))
        heading = QLabel(self.tr("Tijdlijn van casus %1").replace("%1", ref))
        heading.setObjectName("heading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.table = ListTable([self.tr("Datum"), self.tr("Wat"), self.tr("Toelichting"), self.tr("Door")], 2)
        self.table.setAccessibleName(self.tr("Tijdlijn"))
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.reveal)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 620)
        self.table.setFocus()

    def _fill(self) -> None:
        rows = []
        for e in self.entries:
            shown = text_of(e.title_text) if e.title_text is not None else e.title
            shown_detail = text_of(e.detail_text) if e.detail_text is not None else e.detail
            title = shown
            if e.kind in self._titles and self.reveal.hiding and not self.reveal.revealed:
                title = self._titles[e.kind]
            elif e.kind in self._titles:
                title = self.reveal.cell(shown, self.case_id)
            detail = (
                self.reveal.cell(shown_detail, self.case_id) if e.kind != timeline.CHANGED else shown_detail
            )
            rows.append([date_text(e.on), title, detail or "", e.who or ""])
        self.table.set_rows(rows)
