"""The PDF section "Middelen": the plans' costs per gebied and for Heerlen-Noord, in euros."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from casus_app.domain.disclosure.tables import TOTAL_COLUMN, TOTAL_ROW
from casus_app.services.monitoring import middelen

if TYPE_CHECKING:
    from casus_app.services.monitoring.export import MonitoringOverview


def middelen_section(
    overview: MonitoringOverview,
    paragraph: Callable[[str, str], Paragraph],
    grid_style: Callable[[], list],
    width: float,
    hidden_colour: object,
) -> list:
    """The heading, the explanation and each table (a row per gebied, then Heerlen-Noord)."""
    story: list = [paragraph(middelen.SECTION, "h1")]
    story += [paragraph(text, "muted") for text in middelen.explanation(overview.k)]
    for table in overview.middelen:
        indicator = middelen.BY_NAME[table.indicator]
        names = overview.names.columns.get(table.indicator, {})
        labels = ["Totaal" if c == TOTAL_COLUMN else names.get(c, c) for c in table.columns]
        data: list = [[paragraph("Gebied", "head"), *(paragraph(label, "head_right") for label in labels)]]
        for area in table.rows:
            name = middelen.HEERLEN_NOORD if area == TOTAL_ROW else overview.names.areas.get(area, area)
            data.append([name, *(middelen.euro_text(table.published(area, c)) for c in table.columns)])
        first = 45 * mm
        rest = (width - first) / max(len(table.columns), 1)
        grid = Table(data, colWidths=[first] + [rest] * len(table.columns), repeatRows=1, hAlign="LEFT")
        style = grid_style() + [
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ]
        for r, area in enumerate(table.rows, start=1):
            for c, column in enumerate(table.columns, start=1):
                if (area, column) in table.suppressed:
                    style.append(("BACKGROUND", (c, r), (c, r), hidden_colour))
        grid.setStyle(TableStyle(style))
        heading = [paragraph(indicator.title, "h2"), paragraph(indicator.definition, "muted")]
        story.append(KeepTogether([*heading, grid, Spacer(1, 4 * mm)]))
    story.append(PageBreak())
    return story
