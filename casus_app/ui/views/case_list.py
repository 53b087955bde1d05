"""The case list: search field, filters and the lazily filled table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.enums import CaseKind
from casus_app.services.cases import CaseFilter
from casus_app.services.workspace import Workspace
from casus_app.ui.labels import kind_label
from casus_app.ui.models.case_query import CaseQuery
from casus_app.ui.models.case_table import CaseTableModel


class _SearchField(QLineEdit):
    """Arrow down leaves the field for the table, as in a browser's address bar."""

    down_pressed = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class CaseListView(QWidget):
    open_case = Signal(int)
    count_changed = Signal(int)

    def __init__(self, ws: Workspace, areas: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseTableModel(ws, dict(areas), self)
        self.query = CaseQuery(ws, self.model, parent=self)

        self.search_edit = _SearchField()
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam, adres, postcode of casusnummer…"))
        self.search_edit.setToolTip(
            self.tr(
                "Zoeken (Ctrl+F). Elk woord moet voorkomen; het begin van een woord is genoeg. Enter opent de bovenste casus."
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Zoeken"))

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Alle soorten"), None)
        for kind in CaseKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.setToolTip(self.tr("Alleen casussen van deze soort tonen"))
        self.kind_combo.setAccessibleName(self.tr("Soort"))

        self.area_combo = QComboBox()
        self.area_combo.addItem(self.tr("Alle gebieden"), None)
        for code, name in areas:
            self.area_combo.addItem(name, code)
        self.area_combo.setToolTip(self.tr("Alleen casussen in dit gebied tonen"))
        self.area_combo.setAccessibleName(self.tr("Gebied"))

        self.open_only_box = QCheckBox(self.tr("Alleen &lopende"))
        self.open_only_box.setToolTip(self.tr("Afgesloten casussen verbergen"))

        kind_label_widget = QLabel(self.tr("&Soort"))
        kind_label_widget.setBuddy(self.kind_combo)
        area_label = QLabel(self.tr("&Gebied"))
        area_label.setBuddy(self.area_combo)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(kind_label_widget)
        filters.addWidget(self.kind_combo)
        filters.addWidget(area_label)
        filters.addWidget(self.area_combo)
        filters.addWidget(self.open_only_box)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Casussen"))
        self.table.setToolTip(self.tr("Enter of dubbelklik opent de casus"))
        self._size_columns()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("note")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        QWidget.setTabOrder(self.search_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.area_combo)
        QWidget.setTabOrder(self.area_combo, self.open_only_box)
        QWidget.setTabOrder(self.open_only_box, self.table)

        self.search_edit.textChanged.connect(self.query.set_text)
        self.search_edit.returnPressed.connect(self._open_from_search)
        self.search_edit.down_pressed.connect(self.table.setFocus)
        self.kind_combo.currentIndexChanged.connect(
            lambda: self.query.set_kind(self.kind_combo.currentData())
        )
        self.area_combo.currentIndexChanged.connect(
            lambda: self.query.set_area(self.area_combo.currentData())
        )
        self.open_only_box.toggled.connect(self.query.set_open_only)
        self.query.applied.connect(self._after_filter)
        self.query.counted.connect(self.count_changed)
        self.table.activated.connect(self._open_index)

    def _size_columns(self) -> None:
        """Fixed columns as wide as their longest usual value; address and category share the rest."""
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self.table.ensurePolished()
        header.ensurePolished()
        cell, head = self.table.fontMetrics(), header.fontMetrics()
        samples = ("2026-00000", "Leefbaarheid", "Heerlen-Stad Noord", "Heerlerheide-Centrum", None, None,
                   "00-00-0000", "Afgesloten", "WONENLIMBURG")  # fmt: skip
        for column, sample in enumerate(samples):
            if sample is None:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cell.horizontalAdvance(sample), head.horizontalAdvance(title) * 1.15) + 24
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, int(width))

    def load(self) -> None:
        """Read the first page; called once the window is there."""
        self.query.apply(force=True)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_table(self) -> None:
        self.table.setFocus()

    def _after_filter(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            self.empty_label.setText(
                self.tr("Geen casussen gevonden. Pas de zoekwoorden of filters aan.")
                if self.model.filter != CaseFilter()
                else self.tr("Er staan nog geen casussen in dit register.")
            )
        self.empty_label.setVisible(empty)
        if not empty:
            self.table.selectRow(0)
            self.table.scrollToTop()

    def _open_from_search(self) -> None:
        self.query.flush()
        current = self.table.currentIndex()
        if current.isValid():
            self._open_index(current)

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.open_case.emit(case_id)
