"""Monitoring › Uitgebrachte exports…: the release ledger, newest first: which period was released
when, with which k, by whom and in which format. No numbers and no personal data but the name of
the user who made the export (services/monitoring/ledger.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError
from casus_app.domain.periods import short_date
from casus_app.services.monitoring import ledger
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.errors import error_text


class ReleaseLedgerDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Casus – uitgebrachte exports"))
        intro = QLabel(
            self.tr(
                "Elke monitoringexport wordt vastgelegd. Een periode die al is uitgebracht, krijgt bij "
                "een nieuwe export dezelfde k en dezelfde getallen; een overlappende periode wordt samen "
                "met de eerdere exports beschermd."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Periode"),
                self.tr("Uitgebracht op"),
                self.tr("k"),
                self.tr("Door"),
                self.tr("Formaat"),
                self.tr("Gegevens"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Uitgebrachte exports"))
        table_label = QLabel(self.tr("&Uitgebrachte exports, nieuwste eerst"))
        table_label.setBuddy(self.table)
        self.empty_label = QLabel(self.tr("Er is nog geen monitoringexport uitgebracht."))
        self.empty_label.setObjectName("hint")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.load()

    def load(self) -> None:
        try:
            rows = ledger.ledger(self.ws)
        except CasusError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            rows = []
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            at = ledger.local_time(row.released_at)
            cells = [
                row.period,
                self.tr("%1 om %2").replace("%1", short_date(at.date())).replace("%2", at.strftime("%H:%M")),
                str(row.k),
                row.released_by,
                row.format.upper(),
                self.tr("gewijzigd sinds de eerste export") if row.changed_data else self.tr("ongewijzigd"),
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()
