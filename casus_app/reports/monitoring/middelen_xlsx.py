"""The XLSX sheet "Middelen": the plans' costs per gebied and for Heerlen-Noord, Dutch labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from casus_app.domain.disclosure.tables import SUPPRESSED, TOTAL_COLUMN, TOTAL_ROW
from casus_app.services.monitoring import middelen

if TYPE_CHECKING:
    from casus_app.services.monitoring.export import MonitoringOverview

BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14, color="0B2E4F")
MUTED = Font(italic=True, color="5F6873")
HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
HIDDEN_FILL = PatternFill("solid", fgColor="D9D9D9")
EURO_FORMAT = '"€" #,##0;"€" -#,##0'


Put = Callable[[Worksheet, int, int, "str | int | None"], Cell]


def middelen_sheet(sheet: Worksheet, overview: MonitoringOverview, put: Put) -> None:
    """A title, the explanation, then each table: a row per gebied and Heerlen-Noord, labels for codes.

    `put` writes a cell as the workbook does (text stays text, never a formula)."""
    sheet["A1"] = middelen.SECTION
    sheet["A1"].font = TITLE_FONT
    sheet["A2"] = f"{overview.period.label} ({overview.period.span_text}) · k = {overview.k}"
    row = 3
    for text in middelen.explanation(overview.k):
        cell = put(sheet, row, 1, text)
        cell.font = MUTED
        row += 1
    widest = 2
    for table in overview.middelen:
        indicator = middelen.BY_NAME[table.indicator]
        row += 1
        put(sheet, row, 1, indicator.title).font = BOLD
        put(sheet, row + 1, 1, f"{indicator.name}: {indicator.definition}").font = MUTED
        head = row + 2
        names = overview.names.columns.get(table.indicator, {})
        labels = ["Gebied", *("Totaal" if c == TOTAL_COLUMN else names.get(c, c) for c in table.columns)]
        for number, label in enumerate(labels, start=1):
            cell = put(sheet, head, number, label)
            cell.font, cell.fill = BOLD, HEADER_FILL
            cell.alignment = Alignment(horizontal="left" if number == 1 else "right", wrap_text=True)
        for offset, area in enumerate(table.rows, start=1):
            line = head + offset
            total_row = area == TOTAL_ROW
            name = middelen.HEERLEN_NOORD if total_row else overview.names.areas.get(area, area)
            put(sheet, line, 1, name).font = BOLD if total_row else Font()
            for number, column in enumerate(table.columns, start=2):
                value = table.published(area, column)
                cell = put(sheet, line, number, value)
                cell.alignment = Alignment(horizontal="right")
                if value == SUPPRESSED:
                    cell.fill = HIDDEN_FILL
                else:
                    cell.number_format = EURO_FORMAT
                if total_row or column == TOTAL_COLUMN:
                    cell.font = BOLD
        widest = max(widest, len(labels))
        row = head + len(table.rows) + 1
    put(sheet, row + 1, 1, f"{SUPPRESSED} = geheim").font = MUTED
    sheet.column_dimensions["A"].width = 28
    for number in range(2, widest + 1):
        sheet.column_dimensions[get_column_letter(number)].width = 16
