"""Voortgang: the household's scores per leefgebied over time, first against latest, and the
measurements themselves as a table (the chart's data, readable without the chart)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.services.plans import plans
from casus_app.services.plans.plans import PlanDetail
from casus_app.ui.plans.plan_labels import score_label
from casus_app.ui.plans.plan_lists import PlanHost
from casus_app.ui.plans.plan_measurement import MeasurementDialog
from casus_app.ui.widgets.labels import date_text
from casus_app.ui.widgets.score_chart import ScoreComparisonChart, ScoreHistoryChart


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("section")
    return label


class PlanProgressTab(QWidget):
    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.dialog: MeasurementDialog | None = None
        self.history_chart = ScoreHistoryChart()
        self.history_chart.setAccessibleName(self.tr("Scores per leefgebied (zelfredzaamheid) door de tijd"))
        self.comparison_chart = ScoreComparisonChart()
        self.comparison_chart.setAccessibleName(
            self.tr("Eerste en laatste meting per leefgebied (zelfredzaamheid)")
        )
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(_caption(self.tr("Door de tijd (1 = acuut probleem, 5 = volledig zelfredzaam)")))
        left.addWidget(self.history_chart, 1)
        right.addWidget(_caption(self.tr("Eerste tegen laatste meting")))
        right.addWidget(self.comparison_chart, 1)
        charts = QHBoxLayout()
        charts.addLayout(left, 3)
        charts.addLayout(right, 2)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Leefgebied (zelfredzaamheid)"), self.tr("Score")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Metingen"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumHeight(190)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Meting toe&voegen…"))
        self.add_button.setToolTip(self.tr("Scores van vandaag (of een andere dag) vastleggen"))
        self.add_button.clicked.connect(self.add_measurement)
        self.delete_button = QPushButton(self.tr("Score ver&wijderen"))
        self.delete_button.clicked.connect(self.delete_score)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.table, 1)
        bottom.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(charts, 1)
        layout.addLayout(bottom)
        self.score_ids: list[int] = []

    def show_plan(self, plan: PlanDetail) -> None:
        series = plan.series
        self.history_chart.set_series(series)
        self.comparison_chart.set_series(series)
        newest_first = sorted(plan.scores, key=lambda s: (s.measured_on, -s.position), reverse=True)
        self.score_ids = [s.id for s in newest_first]
        self.table.setRowCount(len(newest_first))
        for r, s in enumerate(newest_first):
            for c, value in enumerate((date_text(s.measured_on), s.domain, score_label(s.score))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def add_measurement(self) -> None:
        plan = self.host.plan
        if plan is None:
            return

        def submit(value) -> None:
            day, scores = value
            self.host.change(lambda: plans.record_measurement(self.host.ws, plan.id, day, scores))

        self.dialog = MeasurementDialog(self.host.choices, plan.scores, submit, self)
        self.dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog.open()

    def delete_score(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        plan = self.host.plan
        if not rows or plan is None:
            return
        score_id = self.score_ids[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("Score verwijderen"),
            self.tr("Deze score verwijderen?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.host.change_or_warn(lambda: plans.delete_score(self.host.ws, plan.id, score_id))
