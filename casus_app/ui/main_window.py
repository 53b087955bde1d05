"""The main window: the case list and one case, or a coordinator's page; lockable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from casus_app.domain.errors import CasusError
from casus_app.services import cases
from casus_app.services.access import may_see_cases
from casus_app.services.areas import list_areas
from casus_app.services.workspace import Workspace
from casus_app.ui.labels import role_label
from casus_app.ui.views.case_list import CaseListView
from casus_app.ui.views.case_view import CaseView
from casus_app.ui.views.coordinator_page import CoordinatorPage
from casus_app.ui.views.lock_view import LockView


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._workspace_closed = False
        self._focus_before_lock: QWidget | None = None
        self.setWindowTitle(self.tr("Casus – %1").replace("%1", ws.register.path.name))
        self.resize(1366, 768)

        self.content = QStackedWidget()
        self.case_list: CaseListView | None = None
        self.case_view: CaseView | None = None
        if may_see_cases(ws.actor):
            self.case_list = CaseListView(ws, list_areas(ws))
            self.case_view = CaseView()
            self.content.addWidget(self.case_list)
            self.content.addWidget(self.case_view)
            self.case_list.open_case.connect(self.open_case)
            self.case_list.count_changed.connect(self._show_count)
            self.case_view.closed.connect(self.close_case)
        else:
            self.content.addWidget(CoordinatorPage(ws))
        self.lock_view = LockView(ws)
        self.lock_view.unlocked.connect(self.unlock)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.lock_view)
        self.setCentralWidget(self.pages)

        self._build_menus()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        user = ws.actor.display_name or ws.actor.name
        self.user_label = QLabel(
            self.tr("Aangemeld als %1 (%2)").replace("%1", user).replace("%2", role_label(ws.actor.role))
        )
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.user_label)
        if self.case_list is not None:
            self.case_list.load()
            self.case_list.focus_table()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("Verberg alles tot u uw wachtwoord opnieuw invoert"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setStatusTip(self.tr("Sluit het register en Casus"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.find_action = QAction(self.tr("&Zoeken"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setStatusTip(self.tr("Naar het zoekveld van de casuslijst"))
        self.find_action.triggered.connect(self.focus_search)
        if self.case_list is not None:
            cases_menu = self.menuBar().addMenu(self.tr("&Casussen"))
            cases_menu.addAction(self.find_action)

    # -- cases ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        if self.case_list is None or self.locked:
            return
        if self.content.currentWidget() is not self.case_list:
            self.close_case()
        self.case_list.focus_search()

    def open_case(self, case_id: int) -> None:
        assert self.case_view is not None
        try:
            detail = cases.get_case(self.ws, case_id)
        except CasusError as exc:
            QMessageBox.warning(self, self.tr("Casus"), exc.message)
            return
        self.case_view.show_case(detail)
        self.content.setCurrentWidget(self.case_view)

    def close_case(self) -> None:
        assert self.case_list is not None and self.case_view is not None
        self.content.setCurrentWidget(self.case_list)
        self.case_view.clear()
        self.case_list.focus_table()

    def _show_count(self, count: int) -> None:
        self.count_label.setText(
            self.tr("1 casus") if count == 1 else self.tr("%1 casussen").replace("%1", str(count))
        )

    # -- lock -------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_view

    def lock(self) -> None:
        if self.locked:
            return
        self._focus_before_lock = self.focusWidget()
        self.pages.setCurrentWidget(self.lock_view)
        self.statusBar().hide()
        for action in (self.lock_action, self.find_action):
            action.setEnabled(False)
        self.lock_view.prepare()

    def unlock(self) -> None:
        self.pages.setCurrentWidget(self.content)
        self.statusBar().show()
        for action in (self.lock_action, self.find_action):
            action.setEnabled(True)
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_workspace()
        super().closeEvent(event)

    def close_workspace(self) -> None:
        if not self._workspace_closed:
            self._workspace_closed = True
            self.ws.close()
