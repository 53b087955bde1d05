"""What the case list asks for: search text and filters, turned into one CaseFilter at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from casus_app.services.cases import queries
from casus_app.services.cases.queries import CaseFilter
from casus_app.services.workspace import Workspace
from casus_app.ui.cases.case_table import CaseTableModel
from casus_app.ui.widgets.debounce import SEARCH_DELAY_MS, Debouncer


class CaseQuery(QObject):
    """Typing waits for a pause; a filter choice applies at once. Each new filter is counted; the
    model's first page writes the list or search to the audit log (without the words)."""

    counted = Signal(int)
    applied = Signal()

    def __init__(
        self, ws: Workspace, model: CaseTableModel, delay_ms: int = SEARCH_DELAY_MS, parent=None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self.model = model
        self._text = ""
        self._kind: str | None = None
        self._area: str | None = None
        self._open_only = False
        self._more: dict[str, Any] = {}  # the further CaseFilter fields: category, lead, sort…
        self._debouncer = Debouncer(delay_ms, self)
        self._debouncer.triggered.connect(self.apply)
        self.count = 0

    def set_text(self, text: str) -> None:
        self._text = text
        self._debouncer.poke()

    def set_kind(self, kind: str | None) -> None:
        self._kind = kind or None
        self.apply()

    def set_area(self, area_code: str | None) -> None:
        self._area = area_code or None
        self.apply()

    def set_open_only(self, open_only: bool) -> None:
        self._open_only = open_only
        self.apply()

    def set_field(self, name: str, value: object) -> None:
        """Any other CaseFilter field (status, category, lead, escalation, overdue_actions,
        not_discussed_weeks, sort); applies at once."""
        self._more[name] = value
        self.apply()

    def flush(self) -> None:
        self._debouncer.flush()

    def apply(self, *, force: bool = False) -> None:
        self._debouncer.cancel()
        flt = CaseFilter(
            text=self._text.strip(),
            kind=self._kind,
            area_code=self._area,
            open_only=self._open_only,
            **self._more,
        )
        if flt == self.model.filter and not force:
            return
        self.model.set_filter(flt)
        self.count = queries.count_cases(self._ws, flt)
        self.counted.emit(self.count)
        self.applied.emit()
