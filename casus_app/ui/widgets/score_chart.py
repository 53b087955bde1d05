"""The household's scores per leefgebied (1–5), painted with QPainter (QtCharts is not in
PySide6-Essentials): over time, one line per leefgebied, and first against latest measurement.

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
    """Scores over time: x = date of measurement, y = 1–5, one line and marker shape per leefgebied."""

    def paintEvent(self, event: QPaintEvent) -> None:
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


class ScoreComparisonChart(_Chart):
    """First against latest score per leefgebied, as two bars with their numbers and the change."""

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
