"""The trend of one indicator over the last eight quarters, painted with QPainter.

Only the published trend: a hidden quarter (`x`) and a quarter that is not shown (`–`) are gaps
in the line, marked as such; the line never crosses them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from casus_app.domain.chart_scale import nice_max
from casus_app.domain.disclosure.tables import SUPPRESSED

LINE = QColor("#2f6f9f")
GRID = QColor("#d9dde3")
INK = QColor("#14171a")
MUTED = QColor("#454d57")

Point = int | str | None


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._points: list[Point] = []
        self._title = ""
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Trend per kwartaal"))

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def set_trend(self, title: str, labels: Sequence[str], points: Sequence[Point]) -> None:
        self._title = title
        self._labels = list(labels)
        self._points = list(points)
        parts = [f"{label}: {self.point_text(point)}" for label, point in zip(labels, points, strict=True)]
        self.setAccessibleDescription("; ".join(parts))
        self.setToolTip(self.tr("Totaal over alle gebieden per kwartaal. x = geheim, – = niet getoond."))
        self.update()

    @staticmethod
    def point_text(point: Point) -> str:
        return "–" if point is None else str(point)

    def points(self) -> list[Point]:
        return list(self._points)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        line_height = metrics.height()
        title_font = QFont(painter.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(INK)
        painter.drawText(QPointF(8, line_height), self._title)
        painter.setFont(self.font())
        if not self._points:
            painter.end()
            return
        numbers = [p for p in self._points if isinstance(p, int)]
        top = nice_max(max(numbers, default=0))
        axis_width = metrics.horizontalAdvance(str(top)) + 12
        plot = QRectF(
            axis_width, line_height * 2, self.width() - axis_width - 12, self.height() - line_height * 4
        )
        step = plot.width() / len(self._points)

        painter.setPen(QPen(GRID, 1))
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(0, y - line_height / 2, axis_width - 6, line_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(top * i // 4),
            )
            painter.setPen(QPen(GRID, 1))

        def position(i: int, value: int) -> QPointF:
            return QPointF(plot.left() + step * (i + 0.5), plot.bottom() - plot.height() * value / top)

        painter.setPen(QPen(LINE, 2.5))
        for i in range(1, len(self._points)):
            before, now = self._points[i - 1], self._points[i]
            if isinstance(before, int) and isinstance(now, int):
                painter.drawLine(position(i - 1, before), position(i, now))
        bold = QFont(self.font())
        bold.setBold(True)
        for i, point in enumerate(self._points):
            x = plot.left() + step * (i + 0.5)
            if isinstance(point, int):
                spot = position(i, point)
                painter.setPen(QPen(LINE, 1))
                painter.setBrush(LINE)
                painter.drawEllipse(spot, 3.5, 3.5)
                painter.setPen(INK)
                painter.drawText(
                    QRectF(x - step / 2, spot.y() - line_height - 4, step, line_height),
                    int(Qt.AlignmentFlag.AlignCenter),
                    str(point),
                )
            else:
                painter.setFont(bold)
                painter.setPen(MUTED)
                mark = SUPPRESSED if point == SUPPRESSED else "–"
                painter.drawText(
                    QRectF(x - step / 2, plot.bottom() - line_height - 2, step, line_height),
                    int(Qt.AlignmentFlag.AlignCenter),
                    mark,
                )
                painter.setFont(self.font())
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(x - step / 2, plot.bottom() + 4, step, line_height),
                int(Qt.AlignmentFlag.AlignCenter),
                self._labels[i],
            )
        painter.end()
