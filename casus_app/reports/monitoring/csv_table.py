"""The CSV of the monitoring export (spec/monitoring.md): `;`-separated UTF-8, one line per number.

No byte-order mark, so the header is exactly `periode;gebied;indicator;uitsplitsing;waarde`;
every code is plain ASCII in practice, which Dutch Excel opens directly. CRLF line ends (RFC 4180).

Formula injection: a CSV field that starts with = + - @ (or a tab or CR) is run as a formula by
the spreadsheet that opens it. The only text fields that come from the register are the gebied
and breakdown codes, and the spec makes those fields the codes themselves, so a code cannot be
escaped with a leading quote without becoming another code. Such a code is refused instead, with
the way out: XLSX keeps every text as text.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from casus_app.domain.errors import InvalidInput, Text
from casus_app.domain.exchange.fields import printable

if TYPE_CHECKING:
    from casus_app.services.monitoring.export import MonitoringOverview

HEADER = ("periode", "gebied", "indicator", "uitsplitsing", "waarde")
# How a spreadsheet recognises a formula (or, for tab and CR, a way to hide one) at the start of a cell.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(overview: MonitoringOverview) -> bytes:
    """Per indicator, per row (gebieden, then TOTAAL), per column (codes, then totaal): one line."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    period = overview.period.code
    for table in (*overview.tables, *overview.middelen):  # Middelen: euros, rounded to thousands
        for row in table.rows:
            _check_code(row, Text("gebiedscode"))
            for column in table.columns:
                _check_code(column, Text("code (kolom van {indicator})", indicator=table.indicator))
                writer.writerow((period, row, table.indicator, column, table.published(row, column)))
    return buffer.getvalue().encode("utf-8")


def _check_code(code: str, what: Text) -> None:
    if code.startswith(FORMULA_START):
        shown, first = printable(code), printable(code[0])
        raise InvalidInput(
            "De CSV-export is niet gemaakt: de {what} '{shown}' begint met '{first}', en een spreadsheet "
            "zou die code als formule uitvoeren. Kies het formaat xlsx (daar blijft tekst tekst), of "
            "laat een beheerder de code wijzigen.",
            what=what,
            shown=shown[:40],
            first=first,
        )
