"""Charts of the monitoring report (reportlab.graphics): totals per gebied, and the trend per quarter.

A hidden number (`x`) is drawn as no bar or a gap in the line, labelled `x`; a quarter that is
not shown (None) is a gap labelled `–`. A chart never shows more than the tables publish.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from casus_app.domain.chart_scale import nice_max
from casus_app.reports.pdf_style import ACCENT, GREY, MUTED

BAR = colors.HexColor("#2f6f9f")
FONT = "Helvetica"

Value = int | str | None
Chart = TypeVar("Chart", VerticalBarChart, HorizontalLineChart)


def bar_chart(
    title: str, labels: Sequence[str], values: Sequence[Value], width: float, height: float
) -> Drawing:
    """Vertical bars; `x` and None get no bar but a mark above the axis."""
    drawing = _titled_drawing(title, width, height)
    chart = _placed(VerticalBarChart(), width, height)
    numbers = [v if isinstance(v, int) else 0 for v in values]
    chart.data = [numbers]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: f"{int(v)}" if v else ""
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 7
    chart.barLabels.nudge = 6
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 7
    chart.categoryAxis.labels.angle = 0 if len(labels) <= 6 else 30
    chart.categoryAxis.labels.boxAnchor = "n" if len(labels) <= 6 else "ne"
    _value_axis(chart, max(numbers, default=0))
    drawing.add(chart)
    step = chart.width / max(len(values), 1)
    for i, value in enumerate(values):
        if not isinstance(value, int):
            drawing.add(_gap_mark(chart.x + step * (i + 0.5), chart.y + 4, value))
    return drawing


def line_chart(
    title: str, labels: Sequence[str], values: Sequence[Value], width: float, height: float
) -> Drawing:
    """A line over the quarters with a gap at every hidden or missing point."""
    drawing = _titled_drawing(title, width, height)
    chart = _placed(HorizontalLineChart(), width, height)
    # One series per run of shown quarters: reportlab joins the points of a series across a
    # None, and a line through a hidden quarter would suggest a value there.
    runs = _runs(values)
    chart.data = runs or [[None] * len(values)]
    chart.joinedLines = 1
    for i in range(len(chart.data)):
        chart.lines[i].strokeColor = BAR
        chart.lines[i].strokeWidth = 1.6
        chart.lines[i].symbol = makeMarker("FilledCircle", size=3, fillColor=BAR, strokeColor=BAR)
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 7
    numbers = [v for v in values if isinstance(v, int)]
    _value_axis(chart, max(numbers, default=0))
    drawing.add(chart)
    step = chart.width / max(len(values), 1)
    for i, value in enumerate(values):
        x = chart.x + step * (i + 0.5)
        if isinstance(value, int):
            y = chart.y + chart.height * value / chart.valueAxis.valueMax
            drawing.add(
                String(
                    x, y + 4, str(value), fontName=FONT, fontSize=6.5, fillColor=MUTED, textAnchor="middle"
                )
            )
        else:
            drawing.add(_gap_mark(x, chart.y + 4, value))
    return drawing


def _titled_drawing(title: str, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName="Helvetica-Bold", fontSize=9, fillColor=ACCENT))
    return drawing


def _placed(chart: Chart, width: float, height: float) -> Chart:
    """The plot area inside the drawing: room for the title above and the axis labels below."""
    chart.x, chart.y = 34, 28
    chart.width, chart.height = width - 44, height - 50
    return chart


def _gap_mark(x: float, y: float, value: Value) -> String:
    """`x` for a hidden number, `–` for a quarter that is not shown."""
    mark = "x" if value is not None else "–"
    return String(x, y, mark, fontName="Helvetica-Bold", fontSize=9, fillColor=MUTED, textAnchor="middle")


def _runs(values: Sequence[Value]) -> list[list[int | None]]:
    runs: list[list[int | None]] = []
    previous_shown = False
    for i, value in enumerate(values):
        shown = isinstance(value, int)
        if shown and not previous_shown:
            runs.append([None] * len(values))
        if isinstance(value, int):  # shown
            runs[-1][i] = value
        previous_shown = shown
    return runs


def _value_axis(chart, largest: int) -> None:
    axis = chart.valueAxis
    axis.valueMin = 0
    axis.valueMax = nice_max(largest)
    axis.valueStep = axis.valueMax / 4
    axis.labels.fontName, axis.labels.fontSize = FONT, 7
    axis.labelTextFormat = lambda v: f"{int(v)}"
    axis.visibleGrid = 1
    axis.gridStrokeColor = GREY
    axis.gridStrokeWidth = 0.4


def change_chart(
    title: str, labels: Sequence[str], values: Sequence[float | None], width: float, height: float
) -> Drawing:
    """Bars of a percentage change, below the axis for a decrease; None gets no bar but a `–`."""
    drawing = _titled_drawing(title, width, height)
    chart = _placed(VerticalBarChart(), width, height)
    numbers = [v if v is not None else 0.0 for v in values]
    chart.data = [numbers]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: f"{v:+.1f} %".replace(".", ",") if v else ""
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 7
    chart.barLabels.nudge = 6
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 7
    chart.categoryAxis.labels.angle = 0 if len(labels) <= 4 else 30
    chart.categoryAxis.labels.boxAnchor = "n" if len(labels) <= 4 else "ne"
    chart.categoryAxis.labelAxisMode = "low"
    reach = nice_max(int(max((abs(v) for v in numbers), default=0)) + 1)
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = -reach, reach, reach / 2
    axis.labels.fontName, axis.labels.fontSize = FONT, 7
    axis.labelTextFormat = lambda v: f"{int(v)} %"
    axis.visibleGrid = 1
    axis.gridStrokeColor = GREY
    axis.gridStrokeWidth = 0.4
    drawing.add(chart)
    step = chart.width / max(len(values), 1)
    for i, value in enumerate(values):
        if value is None:
            drawing.add(_gap_mark(chart.x + step * (i + 0.5), chart.y + chart.height / 2 + 4, None))
    return drawing
