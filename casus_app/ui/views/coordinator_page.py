"""What a coordinator sees for now: coordinators work with counts, never with the case list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from casus_app.services.workspace import Workspace
from casus_app.ui.views.card import card_page


class CoordinatorPage(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        who = ws.actor.display_name or ws.actor.name
        heading = QLabel(self.tr("Welkom, %1").replace("%1", who))
        heading.setObjectName("heading")
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        text = QLabel(
            self.tr(
                "Als coördinator werkt u met geanonimiseerde aantallen, niet met casussen of personen.\n\n"
                "Uw scherm, de monitoringsexport per kwartaal, komt met een eigen onderdeel van Casus. "
                "Tot die tijd is hier niets voor u te doen."
            )
        )
        text.setWordWrap(True)
        card = card_page(self, 680)
        card.addWidget(heading)
        card.addWidget(text)
