"""The main window: the case list and one case, or a coordinator's page; lockable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.enums import CaseKind, Role
from casus_app.domain.errors import CasusError
from casus_app.services.access import may_see_cases
from casus_app.services.admin.areas import list_areas
from casus_app.services.cases import queries as cases
from casus_app.services.demo import demo
from casus_app.services.workspace import Workspace
from casus_app.ui.admin.admin_screens import AdminScreens
from casus_app.ui.cases.case_list import CaseListView
from casus_app.ui.cases.case_view import CaseView
from casus_app.ui.meetings.meeting_menu import MeetingScreens
from casus_app.ui.monitoring.coordinator_menu import MonitoringScreens
from casus_app.ui.monitoring.coordinator_page import CoordinatorPage
from casus_app.ui.plans.families import FamiliesView
from casus_app.ui.plans.plan_editor import PlanEditor
from casus_app.ui.plans.plan_life_domains import LifeDomainsDialog
from casus_app.ui.session.lock_view import LockView
from casus_app.ui.shell.help_menu import HelpMenu
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import role_label


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
        self.families_view: FamiliesView | None = None
        self.plan_editor: PlanEditor | None = None
        self._plan_return: QWidget | None = None
        self._case_from_families = False
        if may_see_cases(ws.actor):
            self.case_list = CaseListView(ws, list_areas(ws))
            self.case_view = CaseView()
            self.content.addWidget(self.case_list)
            self.content.addWidget(self.case_view)
            self.case_list.open_case.connect(self.open_case)
            self.case_list.count_changed.connect(self._show_count)
            self.case_view.closed.connect(self.close_case)
            self.families_view = FamiliesView(ws)
            self.plan_editor = PlanEditor(ws)
            self.content.addWidget(self.families_view)
            self.content.addWidget(self.plan_editor)
            self.families_view.open_plan.connect(self.open_plan_for_case)
            self.families_view.open_case.connect(self.open_case_from_families)
            self.plan_editor.closed.connect(self.close_plan)
            self.case_view.open_plan.connect(self.open_plan_for_case)
            self.content.currentChanged.connect(self._update_plan_actions)
        else:
            self.content.addWidget(CoordinatorPage(ws))
        self.lock_view = LockView(ws)
        self.lock_view.unlocked.connect(self.unlock)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.lock_view)
        self.next_register: Path | None = None  # set by "Ander register openen…" (app.run_gui)
        self.demo_banner: QLabel | None = None
        if demo.is_demo(ws):
            self.setCentralWidget(self._with_demo_banner(self.pages))
        else:
            self.setCentralWidget(self.pages)

        self._build_menus()
        # Overleg, new and changed cases, presentation mode (issue 3).
        self.meeting_screens = MeetingScreens(self) if self.case_list is not None else None
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        user = ws.actor.display_name or ws.actor.name
        self.user_label = QLabel(
            self.tr("Aangemeld als %1 (%2)").replace("%1", user).replace("%2", role_label(ws.actor.role))
        )
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.user_label)
        # Beheer menu, retention reminder, inactivity lock, clipboard guard (issue 6).
        self.admin_screens = AdminScreens(self)
        # Monitoring menu for a beheerder (issue 5); a coordinator's whole screen is that page.
        self.monitoring_screens = MonitoringScreens(self) if ws.actor.role is Role.ADMINISTRATOR else None
        self.help_menu = HelpMenu(self)  # last in the menu bar, as everywhere
        if self.case_list is not None:
            self.case_list.load()
            self.case_list.focus_table()
        if ws.actor.role is Role.FAMILY_COACH:
            self.show_families()  # a gezinscoach starts with their households

    def _with_demo_banner(self, pages: QWidget) -> QWidget:
        """Every screen of a demo register says so: nobody should type a real case into it."""
        self.demo_banner = QLabel(
            self.tr(
                "Oefenregister – fictieve gegevens om Casus te leren kennen; leg hier geen echte casussen vast."
            )
        )
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWindowTitle(self.tr("Casus – %1 (oefenregister)").replace("%1", self.ws.register.path.name))
        frame = QWidget()
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demo_banner)
        layout.addWidget(pages)
        return frame

    def open_other_register(self) -> None:
        """Close this register and sign in to another (the demo, or a register elsewhere)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Ander register openen"),
            str(self.ws.register.path.parent),
            self.tr("Casus-registers (*.db);;Alle bestanden (*)"),
        )
        if not chosen or Path(chosen) == self.ws.register.path:
            return
        self.next_register = Path(chosen)
        self.close()

    def change_password(self) -> None:
        from casus_app.ui.session.change_password import ChangePasswordDialog

        if ChangePasswordDialog(self.ws, self).exec():
            self.statusBar().showMessage(self.tr("Uw wachtwoord is gewijzigd."), 8000)

    def change_phone(self) -> None:
        from casus_app.services.admin import profile
        from casus_app.ui.session.profile import PhoneDialog

        dialog = PhoneDialog(
            self.tr("Mijn telefoonnummer"),
            self.tr(
                "Op dit nummer kan een gezin u bellen of appen: 'Ons plan' noemt het bij uw naam. "
                "Laat het leeg als u geen nummer wilt laten zien."
            ),
            profile.my_phone(self.ws),
            lambda text: profile.set_my_phone(self.ws, text),
            self,
        )
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Uw telefoonnummer is opgeslagen."), 8000)

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
        self.password_action = QAction(self.tr("&Wachtwoord wijzigen…"), self)
        self.password_action.setStatusTip(self.tr("Kies een nieuw wachtwoord voor uw eigen account"))
        self.password_action.triggered.connect(self.change_password)
        self.other_register_action = QAction(self.tr("Ander &register openen…"), self)
        self.other_register_action.setStatusTip(
            self.tr("Sluit dit register en meld u aan bij een ander, zoals het oefenregister")
        )
        self.other_register_action.triggered.connect(self.open_other_register)
        file_menu.addAction(self.other_register_action)
        self.phone_action = QAction(self.tr("Mijn &telefoonnummer…"), self)
        self.phone_action.setStatusTip(self.tr("Het nummer waarop gezinnen u bereiken ('Ons plan')"))
        self.phone_action.triggered.connect(self.change_phone)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.password_action)
        file_menu.addAction(self.phone_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.find_action = QAction(self.tr("&Zoeken"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setStatusTip(self.tr("Naar het zoekveld van de casuslijst"))
        self.find_action.triggered.connect(self.focus_search)
        if self.case_list is not None:
            cases_menu = self.menuBar().addMenu(self.tr("&Casussen"))
            cases_menu.addAction(self.find_action)
        self._build_families_menu()

    def _build_families_menu(self) -> None:
        self.plan_actions: list[QAction] = []
        if self.families_view is None:
            return
        menu = self.menuBar().addMenu(self.tr("&Gezinnen"))
        self.families_action = QAction(self.tr("&Mijn gezinnen"), self)
        self.families_action.setShortcut(QKeySequence("Ctrl+G"))
        self.families_action.setStatusTip(
            self.tr("Uw gezinnen met hun plan, volgende stap en wat op een besluit wacht")
        )
        self.families_action.triggered.connect(self.show_families)
        self.open_plan_action = QAction(self.tr("&Doorbraakplan openen"), self)
        self.open_plan_action.setShortcut(QKeySequence("Ctrl+D"))
        self.open_plan_action.setStatusTip(self.tr("Het doorbraakplan van de geopende casus"))
        self.open_plan_action.triggered.connect(self.open_current_plan)
        self.open_plan_action.setEnabled(False)
        menu.addAction(self.families_action)
        menu.addAction(self.open_plan_action)
        self.plan_actions = [self.families_action, self.open_plan_action]
        if self.ws.actor.role is Role.ADMINISTRATOR:
            self.life_domains_action = QAction(self.tr("&Leefgebieden (zelfredzaamheid)…"), self)
            self.life_domains_action.setStatusTip(
                self.tr("De lijst met leefgebieden (zelfredzaamheid) voor de scores van gezinnen wijzigen")
            )
            self.life_domains_action.triggered.connect(lambda: LifeDomainsDialog(self.ws, self).exec())
            menu.addSeparator()
            menu.addAction(self.life_domains_action)
            self.plan_actions.append(self.life_domains_action)

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
            QMessageBox.warning(self, self.tr("Casus"), error_text(exc))
            return
        self.case_view.show_case(self.meeting_screens.for_screen(detail) if self.meeting_screens else detail)
        self.content.setCurrentWidget(self.case_view)

    def close_case(self) -> None:
        assert self.case_list is not None and self.case_view is not None
        if self._case_from_families:
            self._case_from_families = False
            self.case_view.clear()
            self.show_families()
            return
        self.content.setCurrentWidget(self.case_list)
        self.case_view.clear()
        self.case_list.focus_table()

    # -- gezinnen and doorbraakplannen ------------------------------------------------------------
    def show_families(self) -> None:
        if self.families_view is None or self.locked:
            return
        self.families_view.load()
        self.content.setCurrentWidget(self.families_view)
        self.families_view.focus_table()

    def open_case_from_families(self, case_id: int) -> None:
        self.open_case(case_id)
        self._case_from_families = self.content.currentWidget() is self.case_view

    def open_current_plan(self) -> None:
        detail = self.case_view.detail if self.case_view is not None else None
        if detail is not None and self.content.currentWidget() is self.case_view:
            self.open_plan_for_case(detail.id)

    def open_plan_for_case(self, case_id: int) -> None:
        assert self.plan_editor is not None and self.case_view is not None
        detail = self.case_view.detail
        ref = detail.ref if detail is not None and detail.id == case_id else None
        came_from = self.content.currentWidget()
        if self.plan_editor.open_for_case(case_id, ref):
            self._plan_return = came_from
            self.content.setCurrentWidget(self.plan_editor)

    def close_plan(self) -> None:
        back = self._plan_return or self.case_list
        self._plan_return = None
        if back is self.families_view:
            self.show_families()  # statuses and next steps may have changed
        elif back is not None:
            self.content.setCurrentWidget(back)

    def _update_plan_actions(self, *_args) -> None:
        detail = self.case_view.detail if self.case_view is not None else None
        self.open_plan_action.setEnabled(
            self.content.currentWidget() is self.case_view
            and detail is not None
            and detail.kind == CaseKind.BREAKTHROUGH
        )

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
        if self.meeting_screens is not None:
            self.meeting_screens.lock()
        self.admin_screens.lock()
        self._focus_before_lock = self.focusWidget()
        self.pages.setCurrentWidget(self.lock_view)
        self.statusBar().hide()
        for action in (self.lock_action, self.find_action, *self.plan_actions):
            action.setEnabled(False)
        self.lock_view.prepare()

    def unlock(self) -> None:
        self.pages.setCurrentWidget(self.content)
        self.statusBar().show()
        for action in (self.lock_action, self.find_action, *self.plan_actions):
            action.setEnabled(True)
        if self.plan_actions:
            self._update_plan_actions()
        if self.meeting_screens is not None:
            self.meeting_screens.unlock()
        self.admin_screens.unlock()
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._workspace_closed and not self.admin_screens.ready_to_close():
            event.ignore()
            return
        self.close_workspace()
        super().closeEvent(event)

    def close_workspace(self) -> None:
        if not self._workspace_closed:
            self._workspace_closed = True
            self.admin_screens.close()
            self.ws.close()
