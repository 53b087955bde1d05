"""The CSV of the monitoring export (spec/monitoring.md): `;`-separated UTF-8, one line per number.

No byte-order mark, so the header is exactly `periode;gebied;indicator;uitsplitsing;waarde`;
every code is plain ASCII in practice, which Dutch Excel opens directly. CRLF line ends (RFC 4180).
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .monitoring_export import MonitoringOverview

HEADER = ("periode", "gebied", "indicator", "uitsplitsing", "waarde")


def render_csv(overview: MonitoringOverview) -> bytes:
    """Per indicator, per row (gebieden, then TOTAAL), per column (codes, then totaal): one line."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    period = overview.period.code
    for table in overview.tables:
        for row in table.rows:
            for column in table.columns:
                writer.writerow((period, row, table.indicator, column, table.published(row, column)))
    return buffer.getvalue().encode("utf-8")
