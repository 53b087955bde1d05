"""One protected indicator table as a Qt model: published numbers only, hidden ones as a marked `x`.

A table with many codes (the categories) is shown turned a quarter: a row per code and a column
per gebied, so that every name stays readable at 1366×768.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from casus_app.domain.disclosure.tables import SUPPRESSED, TOTAL_COLUMN, TOTAL_ROW, ProtectedTable
from casus_app.services.monitoring.counts import CodeNames
from casus_app.ui.monitoring.monitoring_texts import column_name

HIDDEN_BACKGROUND = QColor("#d9dde3")
HIDDEN_TEXT = QColor("#454d57")

Index = QModelIndex | QPersistentModelIndex


TURN_ABOVE = 8  # columns, Totaal included


class IndicatorTableModel(QAbstractTableModel):
    """Rows are the gebieden and TOTAAL, columns the codes and Totaal (or the other way round)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: ProtectedTable | None = None
        self._names: CodeNames | None = None
        self.turned = False

    def set_table(self, table: ProtectedTable | None, names: CodeNames | None) -> None:
        self.beginResetModel()
        self._table, self._names = table, names
        self.turned = table is not None and len(table.columns) > TURN_ABOVE
        self.endResetModel()

    def _axes(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(codes along the rows, codes along the columns) of the table as shown."""
        assert self._table is not None
        rows, columns = self._table.rows, self._table.columns
        return (columns, rows) if self.turned else (rows, columns)

    def _cell(self, row: int, column: int) -> tuple[str, str]:
        """The (gebied, code) of a shown position."""
        along_rows, along_columns = self._axes()
        first, second = along_rows[row], along_columns[column]
        return (second, first) if self.turned else (first, second)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self._table is None or parent.isValid() else len(self._axes()[0])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self._table is None or parent.isValid() else len(self._axes()[1])

    def published(self, row: int, column: int) -> int | str:
        assert self._table is not None
        return self._table.published(*self._cell(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if self._table is None or not index.isValid():
            return None
        row, column = self._cell(index.row(), index.column())
        value = self._table.published(row, column)
        hidden = value == SUPPRESSED
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and hidden:
            return QBrush(HIDDEN_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and hidden:
            return QBrush(HIDDEN_TEXT)
        if role == Qt.ItemDataRole.FontRole and (row == TOTAL_ROW or column == TOTAL_COLUMN):
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and hidden:
            return self.tr("Geheim: dit aantal is verborgen, zodat niemand herkenbaar is")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self._table is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        along_rows, along_columns = self._axes()
        horizontal = orientation == Qt.Orientation.Horizontal
        code = (along_columns if horizontal else along_rows)[section]
        if code == TOTAL_COLUMN:
            return self.tr("Totaal")
        if code == TOTAL_ROW:
            return self.tr("TOTAAL")
        names = self._names
        is_area = horizontal == self.turned
        if is_area:
            return names.areas.get(code, code) if names else code
        name = column_name(self._table.indicator, code, names)
        return name if role == Qt.ItemDataRole.DisplayRole else code


class WrappingHeader(QHeaderView):
    """A horizontal header whose names wrap between words, as high as the longest one needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.sectionResized.connect(self._relayout)
        self._busy = False

    def bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _text(self, section: int) -> str:
        model = self.model()
        return (
            str(model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
            if model
            else ""
        )

    def sectionSizeFromContents(self, section: int) -> QSize:
        size = super().sectionSizeFromContents(section)
        width = max(self.sectionSize(section) - 18, 24)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
        needed = (
            self.fontMetrics().boundingRect(QRect(0, 0, width, 4000), flags, self._text(section)).height()
        )
        size.setHeight(max(size.height(), needed + 18))
        return size

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.save()
        painter.setFont(self.bold_font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        painter.drawText(rect.adjusted(8, 4, -9, -4), int(flags), self._text(section))
        painter.restore()

    def _relayout(self) -> None:
        # The height depends on the widths; make the header ask again (not from inside itself).
        if not self._busy and self.count():
            self._busy = True
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)
            self._busy = False
