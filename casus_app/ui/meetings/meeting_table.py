"""A scrolling, read-only table of text rows with keyboard selection, for the meeting screens.

Unlike the case view's DetailTable it keeps its height and scrolls: lists of overleggen or
afspraken can be long.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from casus_app.ui.widgets.detail_table import ATTENTION_BACKGROUND, ATTENTION_FOREGROUND


class ListTable(QTableWidget):
    """Rows in `attention` are dark red on light red and bold; callers say why in the row's text too."""

    def __init__(self, headers: list[str], stretch_column: int, parent=None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # Wrapped text changes row heights when a column's width changes (the first show included).
        header.sectionResized.connect(lambda *_args: self.resizeRowsToContents())
        for column in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == stretch_column
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

    def set_rows(self, rows: list[list[str]], attention: AbstractSet[int] = frozenset()) -> None:
        current = self.currentRow()
        self.clearContents()
        self.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if r in attention:
                    item.setBackground(QBrush(ATTENTION_BACKGROUND))
                    item.setForeground(QBrush(ATTENTION_FOREGROUND))
                    item.setFont(bold)
                self.setItem(r, c, item)
        self.resizeRowsToContents()
        if rows:
            self.selectRow(min(max(current, 0), len(rows) - 1))
