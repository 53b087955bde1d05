"""The XLSX of the monitoring export: a sheet `Toelichting`, then one sheet per indicator as its table.

Reproducible: the document properties carry the export date, and the zip entries a fixed
timestamp, so the same overview and authorship give the same bytes.

Text stays text: names and codes come from the register (an import, a beheerder), and openpyxl
turns any string that starts with '=' into a live formula, so a gebied named
`=HYPERLINK("https://…","klik")` would become a link in the coordinator's Excel. Every cell is
written by `_put`, which stores text as a string cell and marks text that starts like a formula
(= + - @ tab CR) with Excel's quote prefix, so that editing the cell does not make it one either.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from casus_app.domain.disclosure.tables import SUPPRESSED, TOTAL_COLUMN, TOTAL_ROW
from casus_app.domain.periods import dutch_date
from casus_app.reports.monitoring.csv_table import FORMULA_START
from casus_app.reports.monitoring.middelen_xlsx import middelen_sheet
from casus_app.services.monitoring import effects
from casus_app.services.monitoring.counts import BY_NAME
from casus_app.services.monitoring.texts import SUBTITLE, TITLE, hidden_totals, suppression_rules

if TYPE_CHECKING:
    from casus_app.domain.disclosure.tables import ProtectedTable
    from casus_app.services.monitoring.export import Authorship, MonitoringOverview

TOELICHTING = "Toelichting"
EFFECTEN = "Effecten"
HEADER_ROW = 5  # the row with the column codes; the gebieden follow
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14, color="0B2E4F")
MUTED = Font(italic=True, color="454D57")
HIDDEN_FILL = PatternFill("solid", fgColor="D9DDE3")
HEADER_FILL = PatternFill("solid", fgColor="EEF1F5")
LINE = Border(top=Side(style="thin", color="5F6873"))
# The DOS epoch is the earliest a zip entry can say; the real date is in the document properties.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _put(sheet: Worksheet, row: int, column: int, value: str | int | float | None) -> Cell:
    """Write one cell: numbers as numbers, text always as text, never as a formula."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        # Control characters cannot be stored in XLSX at all (openpyxl would raise).
        cell.value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
        cell.data_type = "s"
        if value.startswith(FORMULA_START):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def render_xlsx(overview: MonitoringOverview, who: Authorship) -> bytes:
    workbook = Workbook()
    _explanation(workbook.active, overview, who)
    for table in overview.tables:
        # Excel takes at most 31 characters in a sheet name (casussen_afgesloten_doel_bereikt has 32).
        _table_sheet(workbook.create_sheet(table.indicator[:31]), table, overview)
    middelen_sheet(workbook.create_sheet("Middelen"), overview, _put)
    _effects_sheet(workbook.create_sheet(EFFECTEN), overview)
    stamp = dt.datetime.combine(who.made_on, dt.time())
    properties = workbook.properties
    properties.creator = "Casus"
    properties.lastModifiedBy = None
    properties.title = f"Monitoring {overview.period.code}"
    properties.created = properties.modified = stamp
    raw = io.BytesIO()
    # ExcelWriter, not Workbook.save: save() stamps the modification time with the clock.
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).write_data()
    return _fixed_zip(raw.getvalue())


def _explanation(sheet: Worksheet, overview: MonitoringOverview, who: Authorship) -> None:
    sheet.title = TOELICHTING
    period = overview.period
    lines: list[tuple[str, str | None]] = [
        (TITLE, "title"),
        (SUBTITLE, "muted"),
        ("", None),
        (f"Periode: {period.label} ({period.code}), {period.span_text}", "bold"),
        (f"Minimumaantal k: {overview.k}", "bold"),
        (f"Gemaakt op {dutch_date(who.made_on)} door {who.made_by}", None),
        (
            "Deze export is vastgelegd in het auditlog van Casus (wie, wanneer, periode, k en formaat).",
            "muted",
        ),
        ("", None),
        ("Indicatoren", "bold"),
    ]
    for table in overview.tables:
        indicator = BY_NAME[table.indicator]
        lines.append((f"{indicator.name} — {indicator.title} (kolommen: {indicator.breakdown})", "bold"))
        lines.append((indicator.definition, None))
    lines += [
        ("", None),
        (
            "Elke tabel heeft een rij per gebied, een kolom per code, een totaal per rij (kolom 'totaal') "
            "en een totaalrij over alle gebieden ('TOTAAL').",
            None,
        ),
        ("", None),
        ("Bescherming tegen herkenbaarheid", "bold"),
    ]
    lines += [(rule, None) for rule in suppression_rules(overview.k)]
    lines += [(note, None) for note in (*hidden_totals(overview.tables), *overview.notes)]
    fonts = {"title": TITLE_FONT, "bold": BOLD, "muted": MUTED}
    for number, (text, style) in enumerate(lines, start=1):
        cell = _put(sheet, number, 1, text or None)
        if style:
            cell.font = fonts[style]
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 120


def _table_sheet(sheet: Worksheet, table: ProtectedTable, overview: MonitoringOverview) -> None:
    indicator = BY_NAME[table.indicator]
    names = overview.names
    period = overview.period
    sheet["A1"] = indicator.title
    sheet["A1"].font = TITLE_FONT
    sheet["A2"] = f"{period.label} ({period.span_text}) · indicator {indicator.name} · k = {overview.k}"
    sheet["A3"] = indicator.definition
    sheet["A3"].font = MUTED
    header = ["gebied", "naam", *table.columns]
    for header_column, text in enumerate(header, start=1):
        cell = _put(sheet, HEADER_ROW, header_column, text)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="left" if header_column <= 2 else "right")
    for offset, row in enumerate(table.rows, start=1):
        number = HEADER_ROW + offset
        name = "Alle gebieden" if row == TOTAL_ROW else names.areas.get(row, row)
        _put(sheet, number, 1, row)
        _put(sheet, number, 2, name)
        for column_number, column in enumerate(table.columns, start=3):
            value = table.published(row, column)
            cell = _put(sheet, number, column_number, value)
            cell.alignment = Alignment(horizontal="right")
            if value == SUPPRESSED:
                cell.fill = HIDDEN_FILL
            if row == TOTAL_ROW or column == TOTAL_COLUMN:
                cell.font = BOLD
        if row == TOTAL_ROW:
            for column_number in range(1, len(header) + 1):
                sheet.cell(row=number, column=column_number).border = LINE
            sheet.cell(row=number, column=1).font = BOLD
    below = HEADER_ROW + len(table.rows) + 2
    sheet.cell(
        row=below,
        column=1,
        value=f"{SUPPRESSED} = geheim (1 tot en met {overview.k - 1}, of "
        "verborgen zodat een klein aantal niet terug te rekenen is)",
    ).font = MUTED
    sheet.cell(row=below + 1, column=1, value="Kolommen:").font = BOLD
    column_names = names.columns.get(table.indicator, {})
    for offset, column in enumerate(table.columns, start=2):
        label = "totaal van de rij" if column == TOTAL_COLUMN else column_names.get(column, column)
        _put(sheet, below + offset, 1, column)
        _put(sheet, below + offset, 2, label)
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 22
    for column_number, column in enumerate(table.columns, start=3):
        sheet.column_dimensions[get_column_letter(column_number)].width = max(10, len(column) + 2)
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3)


def _effects_sheet(sheet: Worksheet, overview: MonitoringOverview) -> None:
    """Per effect series a table of the focusbuurten (peiljaar, period, change) and a native bar chart."""
    reports = overview.effects
    base_year = reports[0].base_year if reports else effects.DEFAULT_BASE_YEAR
    sheet["A1"] = "Effecten"
    sheet["A1"].font = TITLE_FONT
    row = 2
    for text in effects.explanation(base_year):
        cell = _put(sheet, row, 1, text)
        cell.font = MUTED
        row += 1
    if not reports:
        _put(sheet, row + 1, 1, "Er zijn (nog) geen effectreeksen ingelezen.")
    row += 1
    for report in reports:
        _put(sheet, row, 1, f"Reeks: {report.series}").font = BOLD
        header = [
            "focusbuurt",
            f"peiljaar {report.base_year}",
            "maanden",
            report.period.label,
            "maanden",
            "verandering per maand",
        ]
        head = row + 1
        for column, text in enumerate(header, start=1):
            cell = _put(sheet, head, column, text)
            cell.font = BOLD
            cell.fill = HEADER_FILL
        for offset, figure in enumerate(report.figures, start=1):
            line = head + offset
            _put(sheet, line, 1, figure.name)
            for column, value in enumerate(
                (figure.base_total, figure.base_months, figure.period_total, figure.period_months), start=2
            ):
                _put(sheet, line, column, value)
            change = figure.change
            cell = _put(sheet, line, 6, effects.NOT_COMPARABLE if change is None else round(change / 100, 4))
            cell.number_format = "+0.0%;-0.0%;0.0%"
            cell.alignment = Alignment(horizontal="right")
        last = head + len(report.figures)
        if report.figures:
            chart = BarChart()
            chart.type = "col"
            chart.title = f"{report.series}: verandering t.o.v. {report.base_year}"
            chart.y_axis.title = "verandering per maand"
            chart.y_axis.number_format = "0%"
            chart.legend = None
            chart.add_data(Reference(sheet, min_col=6, min_row=head, max_row=last), titles_from_data=True)
            chart.set_categories(Reference(sheet, min_col=1, min_row=head + 1, max_row=last))
            chart.height, chart.width = 7.5, 16
            sheet.add_chart(chart, f"H{head}")
        row = max(last + 2, head + 16)
    sheet.column_dimensions["A"].width = 36
    for letter in "BCDEF":
        sheet.column_dimensions[letter].width = 16


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with every entry's timestamp fixed, in the same order."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
