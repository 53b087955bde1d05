"""The case list as a lazy Qt table model: pages of 200 come in as the user scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from casus_app.services.cases import queries
from casus_app.services.cases.queries import CaseFilter, CaseRow
from casus_app.services.workspace import Workspace
from casus_app.ui.models.keyset_pager import KeysetPager
from casus_app.ui.models.row_table import RowTableModel
from casus_app.ui.shell.presentation import place_text
from casus_app.ui.widgets.labels import date_text, kind_label, status_label

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CaseTableModel(RowTableModel):
    def __init__(self, ws: Workspace, area_names: dict[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._area_names = area_names or {}
        self._rows: list[CaseRow] = []
        self.masked = False  # presentation mode: the address column shows the buurt
        self._pager = KeysetPager(
            lambda flt, after, limit: queries.list_cases(ws, flt, after=after, limit=limit)
        )
        # Spelled out so the translation tools find every header.
        self._headers = [
            self.tr("Casus"),
            self.tr("Soort"),
            self.tr("Gebied"),
            self.tr("Buurt"),
            self.tr("Adres"),
            self.tr("Hoofdcategorie"),
            self.tr("Start"),
            self.tr("Status"),
            self.tr("Regie"),
        ]

    # -- what the list shows ----------------------------------------------------------------
    @property
    def filter(self) -> CaseFilter:
        return self._pager.filter

    def set_filter(self, flt: CaseFilter) -> None:
        """Start again from the newest case for `flt`; the first page is read at once."""
        self.beginResetModel()
        self._rows = []
        self._pager.reset(flt)
        self.endResetModel()
        self.fetchMore(_ROOT)

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        if self._rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self._rows) - 1, 4))

    def case_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- lazy loading -----------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = _ROOT) -> bool:
        return not parent.isValid() and self._pager.has_more

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        if parent.isValid() or not self._pager.has_more:
            return
        self._append_rows(self._pager.next_page())

    # -- the table --------------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip repeats the text: a narrow column cuts long values off.
            return self._display(row, index.column())
        return None

    def _display(self, row: CaseRow, column: int) -> str:
        match column:
            case 0:
                return row.ref
            case 1:
                return kind_label(row.kind)
            case 2:
                return self._area_names.get(row.area, row.area)
            case 3:
                return row.neighbourhood or ""
            case 4:
                return place_text(row.neighbourhood, row.street) if self.masked else row.address
            case 5:
                return row.category
            case 6:
                return date_text(row.start_date)
            case 7:
                return status_label(row.end_date)
            case 8:
                return row.lead or ""
        return ""
