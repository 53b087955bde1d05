"""A small read-only table that is as tall as its rows, for the sections of the case view."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

ATTENTION_BACKGROUND = QColor("#fde0dc")
ATTENTION_FOREGROUND = QColor("#7a1105")


class DetailTable(QTableWidget):
    """Rows of text; rows named in `attention` are drawn dark red on light red and in bold.

    Colour is never the only sign: callers put the reason in the text of the row as well.
    """

    def __init__(self, headers: list[str], stretch_column: int, empty_text: str, parent=None) -> None:
        super().__init__(0, len(headers), parent)
        # Shown instead of an empty table; the caller places it right below the table.
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("note")
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # Wrapped text changes row heights when a column's width changes.
        header.sectionResized.connect(self._refit)
        for column in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == stretch_column
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

    def set_rows(self, rows: list[list[str]], attention: AbstractSet[int] = frozenset()) -> None:
        self.clearContents()
        self.setRowCount(len(rows))
        self.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if r in attention:
                    item.setBackground(QBrush(ATTENTION_BACKGROUND))
                    item.setForeground(QBrush(ATTENTION_FOREGROUND))
                    item.setFont(bold)
                self.setItem(r, c, item)
        self._refit()

    def _refit(self, *_args: object) -> None:
        self.resizeRowsToContents()
        self._fit_height()

    def _fit_height(self) -> None:
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(
            max(height, self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + 8)
        )
