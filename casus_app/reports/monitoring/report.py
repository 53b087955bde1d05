"""The monitoring report for the partners (PDF): title page, per indicator its table and charts,
the trend over the last eight quarters, and how the numbers are defined and protected.

Only what the export publishes appears: protected tables and the protected trend, `x` where a
number is hidden. Reproducible: reportlab's invariant mode fixes the document dates and id, and
the only date on the pages is the export date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from casus_app.domain.disclosure.tables import SUPPRESSED, TOTAL_COLUMN, TOTAL_ROW
from casus_app.domain.periods import dutch_date
from casus_app.reports.monitoring.charts import bar_chart, change_chart, line_chart
from casus_app.reports.monitoring.middelen_pdf import middelen_section
from casus_app.reports.pdf_style import ACCENT, GREY, INK, MUTED, RULE, SHADE, Page, footed_pdf
from casus_app.services.monitoring import effects
from casus_app.services.monitoring.counts import BY_NAME
from casus_app.services.monitoring.texts import SUBTITLE, TITLE, hidden_totals, suppression_rules, trend_rules

if TYPE_CHECKING:
    from casus_app.domain.disclosure.tables import ProtectedTable
    from casus_app.services.monitoring.export import Authorship, MonitoringOverview

PAGE = Page(size=landscape(A4), margin=15 * mm, top=14 * mm, bottom=15 * mm)
WIDTH = PAGE.width
NOT_SHOWN = "–"

_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, textColor=INK)
STYLES = {
    "title": ParagraphStyle(
        "title",
        parent=_BODY,
        fontName="Helvetica-Bold",
        fontSize=24,
        leading=30,
        textColor=ACCENT,
        spaceAfter=8,
    ),
    "subtitle": ParagraphStyle(
        "subtitle", parent=_BODY, fontSize=13, leading=18, textColor=MUTED, spaceAfter=18
    ),
    "h1": ParagraphStyle(
        "h1", parent=_BODY, fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=ACCENT, spaceAfter=4
    ),
    "h2": ParagraphStyle(
        "h2",
        parent=_BODY,
        fontName="Helvetica-Bold",
        fontSize=12,
        leading=16,
        textColor=ACCENT,
        spaceBefore=10,
        spaceAfter=3,
    ),
    "body": _BODY,
    "muted": ParagraphStyle("muted", parent=_BODY, fontSize=9, leading=12, textColor=MUTED, spaceAfter=6),
    "head": ParagraphStyle("head", parent=_BODY, fontName="Helvetica-Bold", fontSize=7.5, leading=9),
    "head_right": ParagraphStyle(
        "head_right", parent=_BODY, fontName="Helvetica-Bold", fontSize=7.5, leading=9, alignment=2
    ),
}
WIDE_TABLE = 9  # columns, totaal included


def render_pdf(overview: MonitoringOverview, who: Authorship) -> bytes:
    period = overview.period
    title = f"{TITLE} – {period.label}"
    footer = f"Casus · monitoring {period.code} · k = {overview.k} · x = geheim"
    story = _title_page(overview, who)
    for table in overview.tables:
        story += _indicator_section(table, overview)
    story += _trend_section(overview)
    story += middelen_section(overview, _p, _grid_style, WIDTH, GREY)
    story += _effects_section(overview)
    story += _explanation(overview)
    return footed_pdf(
        story,
        title=title,
        footer=footer,
        page=PAGE,
        subject=SUBTITLE,
        font="Helvetica",
        footer_height=8 * mm,
        invariant=True,
    )


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text), STYLES[style])


def _title_page(overview: MonitoringOverview, who: Authorship) -> list:
    period = overview.period
    story: list = [Spacer(1, 30 * mm), _p(TITLE, "title"), _p(SUBTITLE, "subtitle")]
    story.append(_p(f"Periode: {period.label} ({period.span_text})", "h2"))
    story.append(
        _p(
            f"Minimumaantal k = {overview.k}: aantallen van 1 tot en met {overview.k - 1} staan er als "
            f"'{SUPPRESSED}' (geheim).",
            "body",
        )
    )
    story.append(_p(f"Gemaakt op {dutch_date(who.made_on)} door {who.made_by}.", "body"))
    story.append(Spacer(1, 8 * mm))
    story.append(_p("Kerncijfers: totaal over alle gebieden", "h2"))
    rows = [[_p("Indicator", "head"), _p("Omschrijving", "head"), _p(period.label, "head_right")]]
    for table in overview.tables:
        indicator = BY_NAME[table.indicator]
        total = table.published(TOTAL_ROW, TOTAL_COLUMN) if TOTAL_COLUMN in table.columns else NOT_SHOWN
        rows.append([indicator.name, indicator.title, str(total)])
    summary = Table(rows, colWidths=[70 * mm, 110 * mm, 35 * mm], hAlign="LEFT")
    summary.setStyle(TableStyle(_grid_style() + [("ALIGN", (2, 1), (2, -1), "RIGHT")]))
    story += [summary, PageBreak()]
    return story


def _indicator_section(table: ProtectedTable, overview: MonitoringOverview) -> list:
    indicator = BY_NAME[table.indicator]
    names = overview.names
    column_names = names.columns.get(table.indicator, {})
    heading = [
        _p(indicator.title, "h1"),
        _p(f"{indicator.name} · {overview.period.label} · kolommen: {indicator.breakdown}", "muted"),
        _p(indicator.definition, "body"),
        Spacer(1, 3 * mm),
    ]
    wide = len(table.columns) > WIDE_TABLE
    first = 32 * mm if wide else 38 * mm
    rest = (WIDTH - first) / max(len(table.columns), 1)
    labels = ["Totaal" if c == TOTAL_COLUMN else column_names.get(c, c) for c in table.columns]
    head = _header_style(labels, rest - (3 if wide else 6))
    header = [_p("Gebied", "head"), *(Paragraph(escape(label), head) for label in labels)]
    data = [header]
    for row in table.rows:
        label = "TOTAAL" if row == TOTAL_ROW else names.areas.get(row, row)
        data.append([label, *(str(table.published(row, column)) for column in table.columns)])
    grid = Table(data, colWidths=[first] + [rest] * len(table.columns), repeatRows=1)
    style = _grid_style() + [
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTNAME", (-1, 1), (-1, -1), "Helvetica-Bold"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
    ]
    if wide:
        style += [("LEFTPADDING", (1, 0), (-1, -1), 1.5), ("RIGHTPADDING", (1, 0), (-1, -1), 1.5)]
    for r, row in enumerate(table.rows, start=1):
        for c, column in enumerate(table.columns, start=1):
            if (row, column) in table.suppressed:
                style.append(("BACKGROUND", (c, r), (c, r), GREY))
    grid.setStyle(TableStyle(style))
    areas = table.rows[:-1]
    charts: list = []
    if TOTAL_COLUMN in table.columns:  # a table of medians has no totals to chart
        charts.append(
            bar_chart(
                "Totaal per gebied",
                [names.areas.get(a, a) for a in areas],
                [table.published(a, TOTAL_COLUMN) for a in areas],
                WIDTH * 0.48,
                62 * mm,
            )
        )
    if overview.trend is not None and table.indicator in overview.trend.points:
        trend = overview.trend
        charts.append(
            line_chart(
                "Totaal per kwartaal (laatste acht kwartalen)",
                [q.code for q in trend.quarters],
                trend.points[table.indicator],
                WIDTH * 0.48,
                62 * mm,
            )
        )
    row_of_charts = (
        Table([charts], colWidths=[WIDTH / 2] * len(charts), hAlign="LEFT") if charts else Spacer(1, 0)
    )
    note = _p(f"{SUPPRESSED} = geheim (grijs). Definities en bescherming: zie de laatste pagina's.", "muted")
    return [KeepTogether([*heading, grid, Spacer(1, 4 * mm), row_of_charts, note]), PageBreak()]


def _trend_section(overview: MonitoringOverview) -> list:
    if overview.trend is None:
        return []
    trend = overview.trend
    story: list = [_p("Trend over de laatste acht kwartalen", "h1")]
    story.append(_p("Totaal over alle gebieden per kwartaal. " + " ".join(trend_rules()), "muted"))
    header = [_p("Indicator", "head"), *(_p(q.code, "head_right") for q in trend.quarters)]
    data = [header]
    for name, points in trend.points.items():
        data.append([BY_NAME[name].title, *(NOT_SHOWN if p is None else str(p) for p in points)])
    first = 80 * mm
    grid = Table(data, colWidths=[first] + [(WIDTH - first) / len(trend.quarters)] * len(trend.quarters))
    style = _grid_style() + [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    for r, points in enumerate(trend.points.values(), start=1):
        for c, point in enumerate(points, start=1):
            if not isinstance(point, int):
                style.append(("BACKGROUND", (c, r), (c, r), GREY))
    grid.setStyle(TableStyle(style))
    story += [grid, PageBreak()]
    return story


def _effects_section(overview: MonitoringOverview) -> list:
    """Per effect series and focusbuurt: the peiljaar, the period and the change, with a chart."""
    story: list = [_p("Effecten", "h1")]
    reports = overview.effects
    base_year = reports[0].base_year if reports else effects.DEFAULT_BASE_YEAR
    story += [_p(text, "muted") for text in effects.explanation(base_year)]
    if not reports:
        story += [_p("Er zijn (nog) geen effectreeksen ingelezen.", "body"), PageBreak()]
        return story
    for report in reports:
        header = [
            _p("Focusbuurt", "head"),
            _p(f"Peiljaar {report.base_year}", "head_right"),
            _p("maanden", "head_right"),
            _p(report.period.label, "head_right"),
            _p("maanden", "head_right"),
            _p("Verandering per maand", "head_right"),
        ]
        data = [header]
        for figure in report.figures:
            data.append(
                [
                    figure.name,
                    str(figure.base_total),
                    str(figure.base_months),
                    str(figure.period_total),
                    str(figure.period_months),
                    effects.percent_text(figure.change),
                ]
            )
        first = 80 * mm
        grid = Table(data, colWidths=[first] + [(WIDTH - first) / 5] * 5, hAlign="LEFT")
        grid.setStyle(TableStyle(_grid_style() + [("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
        chart = change_chart(
            f"{report.series}: verandering t.o.v. {report.base_year} (%)",
            [figure.name for figure in report.figures],
            [figure.change for figure in report.figures],
            WIDTH * 0.6,
            62 * mm,
        )
        story.append(KeepTogether([_p(f"Reeks: {report.series}", "h2"), grid, Spacer(1, 3 * mm), chart]))
    story.append(PageBreak())
    return story


def _explanation(overview: MonitoringOverview) -> list:
    story: list = [_p("Definities", "h1")]
    period = overview.period
    story.append(
        _p(
            f"De periode is {period.label}: {period.span_text}, eerste en laatste dag inbegrepen. "
            "Elke tabel heeft een rij per gebied (ook gebieden zonder aantallen), een kolom per code "
            "(ook codes zonder aantallen), een totaal per rij en een totaalrij over alle gebieden.",
            "body",
        )
    )
    for table in overview.tables:
        indicator = BY_NAME[table.indicator]
        story.append(_p(f"{indicator.title} ({indicator.name})", "h2"))
        story.append(_p(indicator.definition, "body"))
    story.append(CondPageBreak(60 * mm))
    story.append(_p("Bescherming: niemand herkenbaar", "h1"))
    for rule in [*suppression_rules(overview.k), *hidden_totals(overview.tables), *overview.notes]:
        story.append(_p(rule, "body"))
        story.append(Spacer(1, 2 * mm))
    if overview.trend is not None:
        story += [_p("Trend", "h2"), *(_p(rule, "body") for rule in trend_rules())]
    return story


def _header_style(labels: list[str], width: float) -> ParagraphStyle:
    """Right-aligned header text, small enough that no word of a name has to be broken."""
    base = STYLES["head_right"]
    longest = max(
        stringWidth(word, base.fontName, base.fontSize) for label in labels for word in label.split()
    )
    size = max(5.0, min(base.fontSize, base.fontSize * width / longest))
    return ParagraphStyle(f"head_{size:.2f}", parent=base, fontSize=size, leading=size * 1.2)


def _grid_style() -> list:
    return [
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
