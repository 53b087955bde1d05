"""The household's scores per leefgebied (1–5), painted with QPainter (QtCharts is not in
PySide6-Essentials): over time, one line per leefgebied, and first against latest measurement.

With more than five leefgebieden one chart of crossing lines is unreadable (eleven is common), so
the chart over time turns into small multiples: one small panel per leefgebied, all on the same
scales, each with its name and its latest score.

Colour is never the only sign: every line has its own marker shape, every bar its number, and
the accessible description spells the scores out for a screen reader.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from casus_app.domain.plan_rules import DomainSeries, measurement_dates
from casus_app.ui.widgets.labels import date_text

# Okabe–Ito and Tol colours: distinguishable with the common colour-vision deficiencies.
PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#882255",
    "#44AA99",
    "#999933",
    "#AA4499",
)
MARKERS = ("circle", "square", "triangle", "diamond", "cross")
INK, GRID, MUTED = QColor("#14171a"), QColor("#c3c9d1"), QColor("#454d57")
EARLIER, LATER = QColor("#9db4cc"), QColor("#0b2e4f")
SMALL_MULTIPLES_FROM = 6  # this many leefgebieden or more: one panel each
PANEL_MIN_WIDTH, PANEL_MIN_HEIGHT = 150, 52


def _marker(painter: QPainter, kind: str, centre: QPointF, r: float) -> None:
    x, y = centre.x(), centre.y()
    if kind == "circle":
        painter.drawEllipse(centre, r, r)
    elif kind == "square":
        painter.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif kind == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r * 1.2), QPointF(x + r * 1.1, y + r), QPointF(x - r * 1.1, y + r)])
        )
    elif kind == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - r * 1.3),
                    QPointF(x + r * 1.3, y),
                    QPointF(x, y + r * 1.3),
                    QPointF(x - r * 1.3, y),
                ]
            )
        )
    else:
        path = QPainterPath()
        path.moveTo(x - r, y - r)
        path.lineTo(x + r, y + r)
        path.moveTo(x - r, y + r)
        path.lineTo(x + r, y - r)
        painter.drawPath(path)


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[DomainSeries] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader reads the description
        self.setAutoFillBackground(False)

    def set_series(self, series: list[DomainSeries]) -> None:
        self.series = list(series)
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()  # the minimum size follows the number of leefgebieden
        self.update()

    def describe(self) -> str:
        if not self.series:
            return self.tr("Nog geen scores gemeten.")
        return "; ".join(
            f"{s.name}: " + ", ".join(f"{score} op {date_text(day)}" for day, score in s.points)
            for s in self.series
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 220)

    def _begin(self) -> QPainter | None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(GRID, 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if not self.series:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nog geen scores gemeten."))
            painter.end()
            return None
        return painter

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.85))
        return font


class ScoreHistoryChart(_Chart):
    """Scores over time: x = date of measurement, y = 1–5, one line and marker shape per leefgebied;
    small multiples from SMALL_MULTIPLES_FROM leefgebieden on."""

    @property
    def small_multiples(self) -> bool:
        return len(self.series) >= SMALL_MULTIPLES_FROM

    def grid(self) -> tuple[int, int]:
        """(columns, rows) of the small multiples at the current width."""
        n = len(self.series)
        columns = max(1, min(n, self.width() // PANEL_MIN_WIDTH, 4))
        return columns, -(-n // columns)

    def minimumSizeHint(self) -> QSize:
        if not self.small_multiples:
            return super().minimumSizeHint()
        rows = -(-len(self.series) // 3)
        return QSize(3 * PANEL_MIN_WIDTH, rows * PANEL_MIN_HEIGHT + 28)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.small_multiples:
            self._paint_panels()
            return
        painter = self._begin()
        if painter is None:
            return
        small = self._small_font()
        painter.setFont(small)
        fm = QFontMetrics(small)
        legend_width = min(max(fm.horizontalAdvance(s.name) for s in self.series) + 34, self.width() // 3)
        plot = QRectF(
            fm.horizontalAdvance("5") + 16, 12, self.width() - legend_width - 40, self.height() - 44
        )
        if plot.width() < 40 or plot.height() < 40:
            painter.end()
            return

        def y_of(score: float) -> float:
            return plot.bottom() - (score - 1) / 4 * plot.height()

        for score in range(1, 6):
            y = y_of(score)
            painter.setPen(
                QPen(GRID, 1, Qt.PenStyle.DashLine if score not in (1, 5) else Qt.PenStyle.SolidLine)
            )
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(0, y - 10, plot.left() - 6, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )

        dates = measurement_dates(self.series)
        first, last = dates[0], dates[-1]
        span = max((last - first).days, 1)

        def x_of(day: dt.date) -> float:
            if first == last:
                return plot.center().x()
            return plot.left() + 12 + (day - first).days / span * (plot.width() - 24)

        painter.setPen(MUTED)
        shown_right = -1e9
        for day in dates:  # date labels that do not overlap
            text = date_text(day)
            w = fm.horizontalAdvance(text)
            x = min(max(x_of(day), w / 2 + 2), self.width() - w / 2 - 2)
            if x - w / 2 > shown_right + 8 or day in (first, last):
                if day == last and x - w / 2 <= shown_right + 8:
                    continue
                painter.drawText(
                    QRectF(x - w / 2 - 2, plot.bottom() + 6, w + 4, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
                shown_right = x + w / 2

        n = len(self.series)
        for i, s in enumerate(self.series):
            colour = QColor(PALETTE[i % len(PALETTE)])
            dodge = (i - (n - 1) / 2) * 2.5  # equal scores of different leefgebieden stay apart
            points = [QPointF(x_of(day), y_of(score) + dodge) for day, score in s.points]
            painter.setPen(QPen(colour, 2.5))
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
            painter.setBrush(colour)
            painter.setPen(QPen(colour, 2))
            for p in points:
                _marker(painter, MARKERS[i % len(MARKERS)], p, 4.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)

        # legend
        x0 = self.width() - legend_width - 8
        for i, s in enumerate(self.series):
            y = 16 + i * (fm.height() + 6)
            colour = QColor(PALETTE[i % len(PALETTE)])
            painter.setPen(QPen(colour, 2.5))
            painter.drawLine(QPointF(x0, y), QPointF(x0 + 20, y))
            painter.setBrush(colour)
            _marker(painter, MARKERS[i % len(MARKERS)], QPointF(x0 + 10, y), 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(INK)
            name = fm.elidedText(s.name, Qt.TextElideMode.ElideRight, legend_width - 28)
            painter.drawText(QPointF(x0 + 26, y + fm.ascent() / 2 - 1), name)
        painter.end()

    def _paint_panels(self) -> None:
        painter = self._begin()
        if painter is None:
            return
        small = self._small_font()
        painter.setFont(small)
        fm = QFontMetrics(small)
        dates = measurement_dates(self.series)
        first, last = dates[0], dates[-1]
        span = max((last - first).days, 1)
        columns, rows = self.grid()
        footer = fm.height() + 8
        cell_w = (self.width() - 8) / columns
        cell_h = (self.height() - footer - 4) / rows
        for i, s in enumerate(self.series):
            column, row = i % columns, i // columns
            cell = QRectF(4 + column * cell_w, 4 + row * cell_h, cell_w, cell_h).adjusted(4, 2, -8, -6)
            latest = str(s.latest[1])
            title = fm.elidedText(s.name, Qt.TextElideMode.ElideRight, int(cell.width()))
            painter.setPen(INK)
            painter.drawText(QPointF(cell.left(), cell.top() + fm.ascent()), title)
            plot = QRectF(
                cell.left() + fm.horizontalAdvance("5") + 6,
                cell.top() + fm.height() + 3,
                cell.width() - fm.horizontalAdvance("5") * 2 - 16,
                cell.height() - fm.height() - 6,
            )
            if plot.height() < 12 or plot.width() < 30:
                continue

            def y_of(score: float, plot: QRectF = plot) -> float:
                return plot.bottom() - (score - 1) / 4 * plot.height()

            def x_of(day: dt.date, plot: QRectF = plot) -> float:
                if first == last:
                    return plot.center().x()
                return plot.left() + 4 + (day - first).days / span * (plot.width() - 8)

            painter.setPen(QPen(GRID, 1))
            painter.drawRect(plot)
            painter.setPen(QPen(GRID, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y_of(3)), QPointF(plot.right(), y_of(3)))
            painter.setPen(MUTED)
            for score in (1, 5):
                painter.drawText(
                    QRectF(
                        cell.left(), y_of(score) - fm.height() / 2, plot.left() - cell.left() - 3, fm.height()
                    ),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    str(score),
                )
            colour = QColor(PALETTE[i % len(PALETTE)])
            points = [QPointF(x_of(day), y_of(score)) for day, score in s.points]
            painter.setPen(QPen(colour, 2.2))
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
            painter.setBrush(colour)
            for p in points:
                _marker(painter, "circle", p, 3.2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            bold = QFont(small)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(INK)  # the latest score, right beside the line's end
            painter.drawText(
                QRectF(
                    plot.right() + 3,
                    points[-1].y() - fm.height() / 2,
                    cell.right() - plot.right(),
                    fm.height(),
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                latest,
            )
            painter.setFont(small)
        painter.setPen(MUTED)
        span_text = (
            self.tr("Gemeten op %1").replace("%1", date_text(first))
            if first == last
            else self.tr("Van %1 tot %2 · het getal rechts is de laatste score")
            .replace("%1", date_text(first))
            .replace("%2", date_text(last))
        )
        painter.drawText(
            QRectF(8, self.height() - footer, self.width() - 16, footer),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            span_text,
        )
        painter.end()


class ScoreComparisonChart(_Chart):
    """First against latest score per leefgebied, as two bars with their numbers and the change."""

    def minimumSizeHint(self) -> QSize:
        # Each leefgebied keeps a row in which its name and two bars stay legible.
        return QSize(360, max(220, len(self.series) * 20 + 48))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        if painter is None:
            return
        small = self._small_font()
        painter.setFont(small)
        fm = QFontMetrics(small)
        label_width = min(max(fm.horizontalAdvance(s.name) for s in self.series) + 12, self.width() // 3)
        legend_h = fm.height() + 10
        left, right = label_width + 8, self.width() - fm.horizontalAdvance("+4 ") - 44
        top, bottom = legend_h + 6, self.height() - fm.height() - 10
        if right - left < 60 or bottom - top < 20:
            painter.end()
            return
        unit = (right - left) / 5
        row = (bottom - top) / len(self.series)
        bar = max(3.0, min(row * 0.32, 14.0))

        # legend: what light and dark mean
        x = 8.0
        for colour, text in ((EARLIER, self.tr("eerste meting")), (LATER, self.tr("laatste meting"))):
            painter.fillRect(QRectF(x, 8, 14, 10), colour)
            painter.setPen(INK)
            painter.drawText(QPointF(x + 20, 8 + fm.ascent() - 2), text)
            x += 20 + fm.horizontalAdvance(text) + 18

        for score in range(0, 6):
            gx = left + unit * score
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(gx, top), QPointF(gx, bottom))
            if score:
                painter.setPen(MUTED)
                painter.drawText(
                    QRectF(gx - 10, bottom + 2, 20, fm.height()), Qt.AlignmentFlag.AlignCenter, str(score)
                )

        for i, s in enumerate(self.series):
            y = top + i * row + row / 2
            painter.setPen(INK)
            name = fm.elidedText(s.name, Qt.TextElideMode.ElideRight, label_width - 4)
            painter.drawText(
                QRectF(4, y - row / 2, label_width, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                name,
            )
            pairs = [(s.first[1], EARLIER, y - bar - 1), (s.latest[1], LATER, y + 1)]
            if len(s.points) == 1:
                pairs = [(s.latest[1], LATER, y - bar / 2)]
            for score, colour, by in pairs:
                painter.fillRect(QRectF(left, by, unit * score, bar), colour)
                painter.setPen(INK)
                painter.drawText(
                    QPointF(left + unit * score + 4, by + bar / 2 + fm.ascent() / 2 - 1), str(score)
                )
            if len(s.points) > 1:
                change = f"{s.change:+d}"
                painter.setPen(
                    QColor("#1b5e20") if s.change > 0 else QColor("#7a1105") if s.change < 0 else MUTED
                )
                painter.drawText(
                    QRectF(right + 20, y - row / 2, 40, row), Qt.AlignmentFlag.AlignVCenter, change
                )
        painter.end()
