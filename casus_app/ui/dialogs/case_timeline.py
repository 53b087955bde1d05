"""A case's timeline: registration, besprekingen, afspraken and their outcome, and every change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from casus_app.services.timeline import TimelineEntry
from casus_app.ui.labels import date_text
from casus_app.ui.views.meeting_table import ListTable


class CaseTimelineDialog(QDialog):
    def __init__(self, ref: str, entries: list[TimelineEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Gone once closed: no case data stays behind in a hidden window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Tijdlijn van casus %1").replace("%1", ref))
        heading = QLabel(self.tr("Tijdlijn van casus %1").replace("%1", ref))
        heading.setObjectName("heading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.table = ListTable([self.tr("Datum"), self.tr("Wat"), self.tr("Toelichting"), self.tr("Door")], 2)
        self.table.setAccessibleName(self.tr("Tijdlijn"))
        self.table.set_rows([[date_text(e.on), e.title, e.detail or "", e.who or ""] for e in entries])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 620)
        self.table.setFocus()
