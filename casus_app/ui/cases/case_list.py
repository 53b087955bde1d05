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
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.enums import CaseKind, Escalation
from casus_app.services.cases.form_input import form_choices
from casus_app.services.cases.queries import SORT_ESCALATION, SORT_NEWEST, SORT_OLDEST, SORT_REF, CaseFilter
from casus_app.services.workspace import Workspace
from casus_app.ui.cases.case_query import CaseQuery
from casus_app.ui.cases.case_table import CaseTableModel
from casus_app.ui.widgets.labels import escalation_label, kind_label


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
        more_filters = self._build_more_filters(ws)

        kind_label_widget = QLabel(self.tr("&Soort"))
        kind_label_widget.setBuddy(self.kind_combo)
        area_label = QLabel(self.tr("Gebie&d"))
        area_label.setBuddy(self.area_combo)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(kind_label_widget)
        filters.addWidget(self.kind_combo)
        filters.addWidget(area_label)
        filters.addWidget(self.area_combo)
        filters.addWidget(self.open_only_box)
        # The order sits up here: the row below is full on a 1280 px wide screen.
        filters.addWidget(self.sort_label)
        filters.addWidget(self.sort_combo)

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
        layout.addLayout(more_filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        QWidget.setTabOrder(self.search_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.area_combo)
        QWidget.setTabOrder(self.area_combo, self.open_only_box)
        QWidget.setTabOrder(self.open_only_box, self.sort_combo)
        QWidget.setTabOrder(self.sort_combo, self.category_combo)
        for first, second in zip(self._more_widgets, self._more_widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self._more_widgets[-1], self.table)

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

    def _build_more_filters(self, ws: Workspace) -> QHBoxLayout:
        """Category, regie, escalation, overdue afspraken, not discussed for N weeks, and the order
        (the status is the 'Alleen lopende' box above)."""
        choices = form_choices(ws, including_retired=True)  # older cases keep retired items
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("Alle categorieën"), None)
        for code, name, _kind in choices.categories:
            self.category_combo.addItem(name, code)
        self.category_combo.setToolTip(self.tr("Hoofdcategorie of een van de overige categorieën"))
        self.lead_combo = QComboBox()
        self.lead_combo.addItem(self.tr("Elke regie"), None)
        for code, name in choices.organisations:
            self.lead_combo.addItem(name, code)
        self.lead_combo.setToolTip(self.tr("Alleen casussen waarvan deze organisatie de regie heeft"))
        self.escalation_combo = QComboBox()
        self.escalation_combo.addItem(self.tr("Elke escalatie"), None)
        for level in Escalation:
            self.escalation_combo.addItem(escalation_label(level), level.value)
        self.escalation_combo.setToolTip(self.tr("Alleen casussen op dit escalatieniveau"))
        self.overdue_box = QCheckBox(self.tr("Met te lat&e afspraken"))
        self.overdue_box.setToolTip(self.tr("Alleen casussen met een open afspraak over de deadline"))
        self.silent_box = QCheckBox(self.tr("&Niet besproken sinds"))
        self.silent_box.setToolTip(self.tr("Lopende casussen die zo lang in geen overleg zijn besproken"))
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 104)
        self.weeks_spin.setValue(8)
        self.weeks_spin.setSuffix(self.tr(" weken"))
        self.weeks_spin.setAccessibleName(self.tr("Aantal weken niet besproken"))
        self.sort_combo = QComboBox()
        for text, value in (
            (self.tr("Nieuwste eerst"), SORT_NEWEST),
            (self.tr("Oudste eerst"), SORT_OLDEST),
            (self.tr("Op casusnummer"), SORT_REF),
            (self.tr("Hoogste escalatie eerst"), SORT_ESCALATION),
        ):
            self.sort_combo.addItem(text, value)
        self.sort_combo.setToolTip(self.tr("Volgorde van de lijst"))
        self.sort_combo.setAccessibleName(self.tr("Sorteren"))
        for combo, name in (
            (self.category_combo, self.tr("Categorie")),
            (self.lead_combo, self.tr("Regie")),
            (self.escalation_combo, self.tr("Escalatie")),
        ):
            combo.setAccessibleName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.sort_label = QLabel(self.tr("Sorte&ren"))
        self.sort_label.setBuddy(self.sort_combo)
        row = QHBoxLayout()
        self._more_widgets = [
            self.category_combo,
            self.lead_combo,
            self.escalation_combo,
            self.overdue_box,
            self.silent_box,
            self.weeks_spin,
        ]
        for widget in self._more_widgets:
            row.addWidget(widget)
        row.addStretch(1)

        def field(name: str, combo: QComboBox) -> None:
            combo.currentIndexChanged.connect(lambda: self.query.set_field(name, combo.currentData()))

        field("category", self.category_combo)
        field("lead", self.lead_combo)
        field("escalation", self.escalation_combo)
        field("sort", self.sort_combo)
        self.overdue_box.toggled.connect(lambda on: self.query.set_field("overdue_actions", on))
        self.silent_box.toggled.connect(self._silent_changed)
        self.weeks_spin.valueChanged.connect(self._silent_changed)
        return row

    def _silent_changed(self) -> None:
        weeks = self.weeks_spin.value() if self.silent_box.isChecked() else None
        self.query.set_field("not_discussed_weeks", weeks)

    def set_masked(self, masked: bool) -> None:
        """Presentation mode: the address column shows the buurt; what is typed to search (often a
        name) shows as dots."""
        self.model.set_masked(masked)
        self.search_edit.setEchoMode(QLineEdit.EchoMode.Password if masked else QLineEdit.EchoMode.Normal)

    def _size_columns(self) -> None:
        """Fixed columns as wide as their longest usual value; address and category share the rest."""
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self.table.ensurePolished()
        header.ensurePolished()
        cell, head = self.table.fontMetrics(), header.fontMetrics()
        samples = (
            "2026-00000",
            "Leefbaarheid",
            "Heerlen-Stad Noord",
            "Heerlerheide-Centrum",
            None,
            None,
            "00-00-0000",
            "Afgesloten",
            "WONENLIMBURG",
        )
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
