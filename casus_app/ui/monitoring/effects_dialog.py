"""Monitoring › Effecten…: import an external effect series (a partner's CSV with buurt;maand;aantal)
and see, per focusbuurt, the change against the peiljaar (services/monitoring/effects).

The import checks every line before anything is stored; its errors (with line numbers) are shown
as the service words them, translated. Everything is reachable by keyboard: each field has an
Alt+letter, and the file is chosen with "Bladeren…" or typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.domain.periods import Period
from casus_app.services.monitoring import effects
from casus_app.services.workspace import Workspace
from casus_app.ui.monitoring.coordinator_period import PeriodPicker, default_period
from casus_app.ui.widgets.errors import error_text


class EffectsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, period: Period | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._folder = Path.home()
        self.setWindowTitle(self.tr("Casus – effecten"))

        # -- importing a series ---------------------------------------------------------------
        self.series_edit = QLineEdit()
        self.series_edit.setMaxLength(effects.MAX_SERIES_NAME)
        self.series_edit.setPlaceholderText(self.tr("bijvoorbeeld: politie-meldingen"))
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("CSV met de kolommen buurt;maand;aantal"))
        self.browse_button = QPushButton(self.tr("&Bladeren…"))
        self.browse_button.clicked.connect(self.browse)
        self.import_button = QPushButton(self.tr("&Inlezen"))
        self.import_button.setToolTip(self.tr("Alles of niets: bij één foute regel wordt niets opgeslagen"))
        self.import_button.clicked.connect(self.import_file)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        series_label = QLabel(self.tr("&Naam van de reeks"))
        series_label.setBuddy(self.series_edit)
        file_label = QLabel(self.tr("B&estand"))
        file_label.setBuddy(self.file_edit)
        form.addRow(series_label, self.series_edit)
        form.addRow(file_label, file_row)
        hint = QLabel(
            self.tr(
                "Een CSV van een partner, met puntkomma's, in UTF-8 of Windows-1252 (zoals Excel het "
                "opslaat): de kopregel buurt;maand;aantal en een regel per buurt en maand, bijvoorbeeld "
                "Terschuren;2020-01;14. Een buurt en maand die er al staan, worden vervangen."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        import_row = QHBoxLayout()
        import_row.addWidget(self.progress, 1)
        import_row.addWidget(self.import_button)
        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        import_box = QGroupBox(self.tr("Reeks inlezen"))
        import_layout = QVBoxLayout(import_box)
        import_layout.addWidget(hint)
        import_layout.addLayout(form)
        import_layout.addLayout(import_row)
        import_layout.addWidget(self.status_label)
        import_layout.addWidget(self.error_label)

        # -- the figures ----------------------------------------------------------------------
        self.picker = PeriodPicker(period or default_period(clock.today()))
        self.picker.changed.connect(lambda _period: self.refresh())
        self.base_spin = QSpinBox()
        self.base_spin.setRange(effects.FIRST_YEAR, effects.LAST_YEAR)
        self.base_spin.setValue(effects.DEFAULT_BASE_YEAR)
        self.base_spin.valueChanged.connect(lambda _year: self.refresh())
        base_label = QLabel(self.tr("Peil&jaar"))
        base_label.setBuddy(self.base_spin)
        choose = QHBoxLayout()
        choose.addWidget(self.picker)
        choose.addSpacing(16)
        choose.addWidget(base_label)
        choose.addWidget(self.base_spin)
        choose.addStretch(1)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Reeks"),
                self.tr("Focusbuurt"),
                self.tr("Peiljaar (per maand)"),
                self.tr("Periode (per maand)"),
                self.tr("Verandering"),
            ]
        )
        self.table.setAccessibleName(self.tr("Verandering per focusbuurt"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table_label = QLabel(self.tr("&Verandering per focusbuurt"))
        table_label.setBuddy(self.table)
        self.empty_label = QLabel(self.tr("Er zijn nog geen effectreeksen ingelezen."))
        self.empty_label.setObjectName("muted")
        figures_box = QGroupBox(self.tr("Effecten per focusbuurt"))
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.addLayout(choose)
        figures_layout.addWidget(table_label)
        figures_layout.addWidget(self.table, 1)
        figures_layout.addWidget(self.empty_label)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(import_box)
        layout.addWidget(figures_box, 1)
        layout.addWidget(close)
        self.resize(820, 640)
        self.series_edit.setFocus()
        self.refresh()

    # -- importing ----------------------------------------------------------------------------------
    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Effectreeks kiezen"),
            str(self._folder),
            self.tr("CSV-bestanden (*.csv *.txt);;Alle bestanden (*)"),
        )
        if chosen:
            self._folder = Path(chosen).parent
            self.file_edit.setText(chosen)
            if not self.series_edit.text().strip():
                self.series_edit.setText(Path(chosen).stem[: effects.MAX_SERIES_NAME])

    def import_file(self) -> None:
        path = self.file_edit.text().strip()
        self.error_label.hide()
        if not path:
            self._show_error(self.tr("Kies eerst het bestand met de reeks."))
            self.file_edit.setFocus()
            return
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Bezig met inlezen…"))
        QApplication.processEvents()
        try:
            result = effects.import_series(
                self.ws, self.series_edit.text(), Path(path), progress=self._progress
            )
        except CasusError as exc:
            self.progress.hide()
            self.status_label.clear()
            self._show_error(error_text(exc))
            return
        self.progress.setValue(100)
        self.status_label.setText(
            self.tr("Reeks '%1' ingelezen: %2 regels, %3 buurten, %4 maanden.")
            .replace("%1", result.series)
            .replace("%2", str(result.rows))
            .replace("%3", str(result.buurten))
            .replace("%4", str(result.months))
        )
        self.refresh()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))
        QApplication.processEvents()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- the figures --------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            reports = effects.effect_reports(self.ws, self.picker.period(), self.base_spin.value())
        except CasusError as exc:
            self._show_error(error_text(exc))
            reports = ()
        rows = [(report, figure) for report in reports for figure in report.figures]
        self.table.setRowCount(len(rows))
        for number, (report, figure) in enumerate(rows):
            change = figure.change
            cells = [
                report.series,
                figure.name,
                self._average(figure.base_total, figure.base_months),
                self._average(figure.period_total, figure.period_months),
                self._percent(change),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label.setVisible(not reports)

    def _average(self, total: int, months: int) -> str:
        if not months:
            return "–"
        return self.locale().toString(total / months, "f", 1)

    def _percent(self, change: float | None) -> str:
        if change is None:
            return "–"
        number = self.locale().toString(change, "f", 1)
        return ("+" if change > 0 else "") + self.tr("%1 %").replace("%1", number)
