"""The renderer of each monitoring export format, for the front ends to hand to the service.

Each renderer is imported only when its format is asked for: reportlab and openpyxl are slow to load.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from casus_app.domain.errors import InvalidInput

if TYPE_CHECKING:
    from casus_app.services.monitoring.export import Authorship, MonitoringOverview

Renderer = Callable[["MonitoringOverview", "Authorship"], bytes]


def renderer_for(fmt: str) -> Renderer:
    """The renderer of `fmt` (csv, xlsx or pdf); a Dutch error for any other format."""
    if fmt == "csv":
        from casus_app.reports.monitoring.csv_table import render_csv

        return lambda overview, _who: render_csv(overview)
    if fmt == "xlsx":
        from casus_app.reports.monitoring.xlsx_workbook import render_xlsx

        return render_xlsx
    if fmt == "pdf":
        from casus_app.reports.monitoring.report import render_pdf

        return render_pdf
    raise InvalidInput("Onbekend formaat '{fmt}'. Kies csv, xlsx of pdf.", fmt=fmt)
