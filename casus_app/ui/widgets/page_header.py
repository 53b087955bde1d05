"""The title row of a page in the main window: its heading and a back button that Esc presses too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def page_header(page: QWidget, title: str, on_back: Callable[[], None]) -> tuple[QHBoxLayout, QPushButton]:
    """Returns the row to put at the top of `page` and its back button."""
    heading = QLabel(title)
    heading.setObjectName("heading")
    back = QPushButton(QCoreApplication.translate("PageHeader", "← &Terug"))
    back.setToolTip(QCoreApplication.translate("PageHeader", "Terug naar de casuslijst (Esc)"))
    back.clicked.connect(on_back)
    QShortcut(
        QKeySequence(Qt.Key.Key_Escape), page, on_back, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
    )
    row = QHBoxLayout()
    row.addWidget(heading, 1)
    row.addWidget(back)
    return row, back
