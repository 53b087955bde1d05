"""The audit trail as a lazy table: pages of 200 entries, newest first, broken entries marked."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casus_app.domain import labels
from casus_app.services.privacy import audit_trail
from casus_app.services.privacy.audit_trail import AuditFilter, AuditRow
from casus_app.services.workspace import Workspace
from casus_app.ui.models.row_table import RowTableModel
from casus_app.ui.widgets.errors import text_of
from casus_app.ui.widgets.labels import translated

SeqRole = Qt.ItemDataRole.UserRole + 1
BROKEN_BACKGROUND = QColor("#fde0dc")
BROKEN_FOREGROUND = QColor("#7a1105")
COL_DETAILS = 10
TOOLTIP_WIDTH = 100  # characters per line of a details tooltip

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def action_label(action: str) -> str:
    return translated(labels.AUDIT_ACTION_NAMES, action)


class AuditTableModel(RowTableModel):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._rows: list[AuditRow] = []
        self._filter = AuditFilter()
        self._before: int | None = None
        self._exhausted = True
        self.total = 0
        self.broken: set[int] = set()
        self._headers = [
            self.tr("Nr"),
            self.tr("Tijd"),
            self.tr("Gebruiker"),
            self.tr("Namens"),
            self.tr("Handeling"),
            self.tr("Object"),
            self.tr("Betrokkene"),
            self.tr("Casus"),
            self.tr("Reden"),
            self.tr("Uitkomst"),
            self.tr("Details"),
        ]

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, flt: AuditFilter, *, before_seq: int | None = None) -> None:
        """Start again for `flt` (from the newest entry, or from just below `before_seq`)."""
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        self._before = before_seq
        self._exhausted = False
        self.endResetModel()
        page = audit_trail.search(self._ws, flt, before_seq=before_seq)
        if page.total is not None:
            self.total = page.total
        self._append(page)

    def set_broken(self, seqs: set[int]) -> None:
        self.broken = set(seqs)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))

    def row_of(self, seq: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.seq == seq), None)

    def entry(self, row: int) -> AuditRow:
        return self._rows[row]

    def _append(self, page) -> None:
        self._append_rows(page.rows)
        self._before = page.before_seq
        self._exhausted = page.before_seq is None

    # -- lazy loading -----------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        if parent.isValid() or self._exhausted:
            return
        self._append(audit_trail.search(self._ws, self._filter, before_seq=self._before))

    # -- the table --------------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._display(row, index.column())
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_DETAILS:
                # A list view names up to hundreds of casusnummers: wrapped, the tooltip stays readable.
                text = textwrap.fill(text, TOOLTIP_WIDTH, break_on_hyphens=False)
            if role == Qt.ItemDataRole.ToolTipRole and row.seq in self.broken:
                return self.tr("Hier is de keten van het auditlog onderbroken. %1").replace("%1", text)
            return text
        if role == SeqRole:
            return row.seq
        if row.seq in self.broken:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(BROKEN_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(BROKEN_FOREGROUND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _display(self, row: AuditRow, column: int) -> str:
        match column:
            case 0:
                # Colour is never the only sign: the number itself says where the chain breaks.
                return f"{row.seq} ⚠" if row.seq in self.broken else str(row.seq)
            case 1:
                return row.at.strftime("%d-%m-%Y %H:%M:%S")
            case 2:
                return row.user_name or ""
            case 3:
                return row.acting_for or ""
            case 4:
                return action_label(row.action)
            case 5:
                return text_of(row.subject_text) if row.subject_text is not None else row.subject
            case 6:
                return "" if row.person_id is None else str(row.person_id)
            case 7:
                return "" if row.case_id is None else str(row.case_id)
            case 8:
                return text_of(row.reason_text) if row.reason_text is not None else row.reason or ""
            case 9:
                return row.outcome
            case 10:  # COL_DETAILS: the stored Dutch wording, translated where it is recognised
                return text_of(row.details_text) if row.details_text is not None else row.details or ""
        return ""
