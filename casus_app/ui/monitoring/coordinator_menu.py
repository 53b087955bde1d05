"""The Monitoring menu of a beheerder: the coordinator's page, reached from the case list, and
the effect series (Effecten…).

Kept apart from the main window, which only creates this object. What it uses of the window is
named in `ui/shell/window_parts.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from casus_app.ui.monitoring.coordinator_page import CoordinatorPage
from casus_app.ui.shell.window_parts import WindowParts


class MonitoringScreens(QObject):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.window())
        self.window = window
        self.page: CoordinatorPage | None = None
        self._came_from: QWidget | None = None
        tr = window.tr
        self.menu = window.menuBar().addMenu(tr("&Monitoring"))
        self.action = QAction(tr("&Aantallen per gebied en export…"), window.window())
        self.action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.action.setStatusTip(
            tr("De monitoringcijfers per periode, beschermd, en de export voor de partners")
        )
        self.action.triggered.connect(self.show)
        self.menu.addAction(self.action)
        self.effects_action = QAction(tr("&Effecten…"), window.window())
        self.effects_action.setStatusTip(
            tr("Een effectreeks van een partner inlezen en de verandering per focusbuurt bekijken")
        )
        self.effects_action.triggered.connect(self.show_effects)
        self.menu.addAction(self.effects_action)
        self.ledger_action = QAction(tr("&Uitgebrachte exports…"), window.window())
        self.ledger_action.setStatusTip(
            tr("Welke perioden wanneer, met welke k, door wie en in welk formaat")
        )
        self.ledger_action.triggered.connect(self.show_ledger)
        self.menu.addAction(self.ledger_action)

    def show_ledger(self) -> None:
        if self.window.locked:
            return
        from casus_app.ui.monitoring.release_dialog import ReleaseLedgerDialog

        ReleaseLedgerDialog(self.window.ws, self.window.window()).exec()

    def show_effects(self) -> None:
        if self.window.locked:
            return
        from casus_app.ui.monitoring.effects_dialog import EffectsDialog

        EffectsDialog(self.window.ws, self.window.window()).exec()

    def show(self) -> None:
        if self.window.locked:
            return
        if self.page is None:
            self.page = CoordinatorPage(self.window.ws, closable=True)
            self.page.closed.connect(self.back)
            self.window.content.addWidget(self.page)
        current = self.window.content.currentWidget()
        if current is not self.page:
            self._came_from = current
        self.window.content.setCurrentWidget(self.page)
        self.page.indicator_list.setFocus()

    def back(self) -> None:
        target = self._came_from if self._came_from is not None else self.window.case_list
        self._came_from = None
        if target is not None:
            self.window.content.setCurrentWidget(target)
            if target is self.window.case_list:
                self.window.case_list.focus_table()
