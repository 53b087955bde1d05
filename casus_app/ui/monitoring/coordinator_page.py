"""The coordinator's whole Casus: monitoring counts per gebied for a period, and their export.

It shows only what an export publishes (the protected tables and trend), never a case or a
person. The counting runs off the UI thread; the screen stays usable meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.disclosure.tables import MAX_K, MIN_K
from casus_app.domain.enums import Role
from casus_app.domain.errors import CasusError
from casus_app.domain.periods import Period, PeriodKind
from casus_app.reports.monitoring.formats import renderer_for
from casus_app.services.monitoring.counts import INDICATOR_NAMES
from casus_app.services.monitoring.export import (
    MonitoringOverview,
    current_k,
    export_counts,
    monitoring_overview,
    set_k,
)
from casus_app.services.workspace import Workspace
from casus_app.ui.monitoring.coordinator_period import PeriodPicker, default_period
from casus_app.ui.monitoring.coordinator_table import IndicatorTableModel, WrappingHeader
from casus_app.ui.monitoring.coordinator_trend import TrendChart
from casus_app.ui.monitoring.monitoring_texts import (
    indicator_definition,
    indicator_title,
    period_label,
    span_text,
)
from casus_app.ui.shell.tasks import Task
from casus_app.ui.widgets.errors import error_text

FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}


class CoordinatorPage(QWidget):
    """`closable`: a beheerder comes here from the case list and gets a button back (`closed`)."""

    closed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, closable: bool = False) -> None:
        super().__init__(parent)
        self.ws = ws
        self.overview: MonitoringOverview | None = None
        self._wanted: Period | None = None
        self._folder = Path.home()
        self._loader = Task(self)
        self._loader.succeeded.connect(self._show_overview)
        self._loader.failed.connect(self._load_failed)
        self._exporter = Task(self)
        self._exporter.succeeded.connect(self._exported)
        self._exporter.failed.connect(self._export_failed)

        heading = QLabel(self.tr("Monitoring"))
        heading.setObjectName("heading")
        self.back_button = QPushButton(self.tr("&Terug"))
        self.back_button.setToolTip(self.tr("Terug naar waar u was (Esc)"))
        self.back_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_button.clicked.connect(self.closed)
        self.back_button.setVisible(closable)
        title_row = QHBoxLayout()
        title_row.addWidget(heading)
        title_row.addStretch(1)
        title_row.addWidget(self.back_button)
        intro = QLabel(
            self.tr(
                "Aantallen per gebied, beschermd zodat niemand herkenbaar is. "
                "Hier staan nooit casussen of personen."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.picker = PeriodPicker(default_period(clock.today()))
        self.picker.changed.connect(self.load)
        k_row = self._k_widgets()
        self.buttons = {}
        for fmt, text, tip in (
            (
                "csv",
                self.tr("Exporteer CS&V"),
                self.tr("Alle tabellen als CSV (puntkomma's), voor Excel en verdere verwerking"),
            ),
            ("xlsx", self.tr("Exporteer E&xcel"), self.tr("Een werkblad per indicator, met toelichting")),
            (
                "pdf",
                self.tr("Exporteer P&DF"),
                self.tr("Rapport voor de partners: tabellen, grafieken, trend en uitleg"),
            ),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.buttons[fmt] = button
        self.effects_button = QPushButton(self.tr("E&ffecten…"))
        self.effects_button.setToolTip(
            self.tr("Een effectreeks van een partner inlezen en de verandering per focusbuurt bekijken")
        )
        self.effects_button.clicked.connect(self.show_effects)
        self.ledger_button = QPushButton(self.tr("&Uitgebracht…"))
        self.ledger_button.setToolTip(
            self.tr(
                "De uitgebrachte exports: welke perioden wanneer, met welke k, door wie en in welk formaat"
            )
        )
        self.ledger_button.clicked.connect(self.show_ledger)
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addSpacing(16)
        top.addLayout(k_row)
        top.addStretch(1)
        for button in self.buttons.values():
            top.addWidget(button)
        top.addWidget(self.effects_button)
        top.addWidget(self.ledger_button)
        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()

        self.indicator_list = QListWidget()
        self.indicator_list.addItems([indicator_title(name) for name in INDICATOR_NAMES])
        self.indicator_list.setAccessibleName(self.tr("Indicatoren"))
        self.indicator_list.setToolTip(self.tr("Kies een indicator; pijltjestoetsen wisselen"))
        self.indicator_list.setWordWrap(True)
        self.indicator_list.setSpacing(2)
        self.indicator_list.setFixedWidth(260)
        self.indicator_list.currentRowChanged.connect(self._show_indicator)
        self.title_label = QLabel()
        self.title_label.setObjectName("section")
        self.definition_label = QLabel()
        self.definition_label.setWordWrap(True)
        self.model = IndicatorTableModel(self)
        self.table = QTableView()
        self.table.setHorizontalHeader(WrappingHeader(self.table))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Tabel per gebied"))
        self.table.viewport().installEventFilter(self)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("muted")
        self.legend_label.setWordWrap(True)
        self.trend_chart = TrendChart()

        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.legend_label)
        # The user may give the table or the trend more room; a long (turned) table scrolls.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(self.trend_chart)
        self.splitter.setChildrenCollapsible(False)
        detail = QVBoxLayout()
        detail.addWidget(self.title_label)
        detail.addWidget(self.definition_label)
        detail.addWidget(self.splitter, 1)
        body = QHBoxLayout()
        body.addWidget(self.indicator_list)
        body.addLayout(detail, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(body, 1)
        QWidget.setTabOrder(self.picker.year_spin, self.k_spin)
        QWidget.setTabOrder(self.k_spin, self.save_k_button)
        QWidget.setTabOrder(self.save_k_button, self.buttons["csv"])
        QWidget.setTabOrder(self.buttons["csv"], self.buttons["xlsx"])
        QWidget.setTabOrder(self.buttons["xlsx"], self.buttons["pdf"])
        QWidget.setTabOrder(self.buttons["pdf"], self.effects_button)
        QWidget.setTabOrder(self.effects_button, self.ledger_button)
        QWidget.setTabOrder(self.ledger_button, self.indicator_list)
        QWidget.setTabOrder(self.indicator_list, self.table)

        self.indicator_list.setCurrentRow(0)
        self.load(self.picker.period())

    def show_effects(self) -> None:
        from casus_app.ui.monitoring.effects_dialog import EffectsDialog

        EffectsDialog(self.ws, self, period=self.picker.period()).exec()

    def show_ledger(self) -> None:
        from casus_app.ui.monitoring.release_dialog import ReleaseLedgerDialog

        ReleaseLedgerDialog(self.ws, self).exec()

    def _k_widgets(self) -> QHBoxLayout:
        """k: the beheerder sets it here; a coordinator sees it."""
        may_set = self.ws.actor.role is Role.ADMINISTRATOR
        self.k_spin = QSpinBox()
        self.k_spin.setRange(MIN_K, MAX_K)
        self.k_spin.setPrefix("k = ")
        self.k_spin.setEnabled(may_set)
        self.k_spin.setAccessibleName(self.tr("Minimumaantal k"))
        self.k_spin.setToolTip(
            self.tr(
                "Minimumaantal k: aantallen van 1 tot k worden verborgen (x). Alleen een beheerder "
                "stelt dit in, van 5 tot en met 10."
            )
        )
        self.save_k_button = QPushButton(self.tr("k op&slaan"))
        self.save_k_button.setToolTip(self.tr("Gebruik deze k voor elke export van dit register"))
        self.save_k_button.setVisible(may_set)
        self.save_k_button.clicked.connect(self._save_k)
        try:
            self.k_spin.setValue(current_k(self.ws))
        except CasusError as exc:
            self._show_error(error_text(exc))
        row = QHBoxLayout()
        row.addWidget(self.k_spin)
        row.addWidget(self.save_k_button)
        return row

    # -- counting ---------------------------------------------------------------------------
    def load(self, period: Period) -> None:
        """Count `period`; while a count runs, only the latest wish is kept."""
        self._wanted = period
        if self._loader.running:
            return
        self.status_label.setText(self.tr("Bezig met tellen voor %1…").replace("%1", period_label(period)))
        self._loader.start(lambda: monitoring_overview(self.ws, period))

    def _show_overview(self, overview: MonitoringOverview) -> None:
        if self._wanted is not None and self._wanted != overview.period:
            self.load(self._wanted)
            return
        self.overview = overview
        self.error_label.hide()
        if overview.period.kind is PeriodKind.RANGE:  # its name is its dates already
            self.status_label.setText(
                self.tr("%1 · k = %2")
                .replace("%1", period_label(overview.period))
                .replace("%2", str(overview.k))
            )
        else:
            self.status_label.setText(
                self.tr("%1: %2 · k = %3")
                .replace("%1", period_label(overview.period))
                .replace("%2", span_text(overview.period))
                .replace("%3", str(overview.k))
            )
        self.legend_label.setText(
            self.tr(
                "x = geheim: een aantal van 1 tot en met %1, of verborgen zodat zo'n klein aantal niet "
                "terug te rekenen is. Een 0 wordt altijd getoond."
            ).replace("%1", str(overview.k - 1))
        )
        self._show_indicator(self.indicator_list.currentRow())

    def _load_failed(self, exc: CasusError) -> None:
        self.status_label.clear()
        self._show_error(error_text(exc))
        if self._wanted is not None and self._wanted != self.picker.period():
            self.load(self.picker.period())

    def _show_indicator(self, row: int) -> None:
        if row < 0:
            return
        name = INDICATOR_NAMES[row]
        self.title_label.setText(indicator_title(name))
        self.definition_label.setText(indicator_definition(name))
        if self.overview is None:
            return
        table = self.overview.tables[row]
        self.model.set_table(table, self.overview.names)
        self._fit_table()
        trend = self.overview.trend
        if trend is not None:
            # The added indicators have no trend line: an empty chart claims nothing.
            self.trend_chart.set_trend(
                self.tr("Totaal per kwartaal, laatste acht kwartalen"),
                [q.code for q in trend.quarters],
                trend.points.get(table.indicator, (None,) * len(trend.quarters)),  # added ones: no line
            )

    def _fit_table(self) -> None:
        """Once Qt has laid the new table out: fit the columns, then share the height."""
        QTimer.singleShot(0, self, self._fit_columns)
        QTimer.singleShot(0, self, self._share_height)

    def _fit_columns(self) -> None:
        """Columns wide enough for the longest word of their name and their numbers, sharing what
        is left of the width; a table still too wide scrolls sideways."""
        count = self.model.columnCount()
        if not count:
            return
        header = self.table.horizontalHeader()
        assert isinstance(header, WrappingHeader)  # set in __init__
        words, cells = QFontMetrics(header.bold_font()), self.table.fontMetrics()
        needed = []
        for column in range(count):
            name = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            longest = max((words.horizontalAdvance(word) for word in name.split()), default=0)
            values = (str(self.model.index(r, column).data()) for r in range(self.model.rowCount()))
            widest = max((cells.horizontalAdvance(v) for v in values), default=0)
            needed.append(max(longest, widest, 40) + 24)
        room = self.table.viewport().width() - sum(needed)
        extra, rest = divmod(max(0, room), count)
        for column, width in enumerate(needed):
            header.resizeSection(column, width + extra + (rest if column == count - 1 else 0))

    def _share_height(self) -> None:
        """The table as tall as its rows (at most two thirds), the trend gets the rest."""
        count = self.model.columnCount()
        if not count:
            return
        self.table.resizeRowsToContents()
        header = self.table.horizontalHeader()
        height = max(header.sectionSizeFromContents(c).height() for c in range(count))
        height += 2 * self.table.frameWidth() + 6
        height += sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        if self.table.horizontalScrollBar().isVisible():
            height += self.table.horizontalScrollBar().height()
        legend = self.legend_label.heightForWidth(max(self.table.width(), 400))
        height += max(legend, self.legend_label.fontMetrics().height()) + 8
        total = max(self.splitter.height(), 400)
        table_part = min(height, total * 2 // 3)
        self.splitter.setSizes([table_part, total - table_part])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_columns)
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_table()

    # -- k ----------------------------------------------------------------------------------
    def _save_k(self) -> None:
        try:
            set_k(self.ws, self.k_spin.value())
        except CasusError as exc:
            self._show_error(error_text(exc))
            return
        self.load(self.picker.period())

    # -- export -----------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        period = self.picker.period()
        suggested = self._folder / f"monitoring-{period.code}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Monitoringexport opslaan"), str(suggested), FILTERS[fmt]
        )
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != f".{fmt}":
            out = out.with_name(out.name + f".{fmt}")
        self._folder = out.parent
        for button in self.buttons.values():
            button.setEnabled(False)
        self.status_label.setText(self.tr("Bezig met exporteren naar %1…").replace("%1", out.name))
        self._exporter.start(lambda: export_counts(self.ws, period.code, fmt, out, render=renderer_for(fmt)))

    def _exported(self, out: Path) -> None:
        self._enable_export()
        self.error_label.hide()
        self.status_label.setText(self.tr("Export opgeslagen: %1").replace("%1", str(out)))

    def _export_failed(self, exc: CasusError) -> None:
        self._enable_export()
        self.status_label.clear()
        self._show_error(error_text(exc))

    def _enable_export(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(True)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
