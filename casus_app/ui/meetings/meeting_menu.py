"""The meeting screens in the main window: the Overleg menu, the case actions, presentation mode.

Kept apart from the main window so that it only has to create this object and tell it when a case
is shown and when the window locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from casus_app.domain.enums import Escalation
from casus_app.domain.errors import CasusError
from casus_app.services.access import may_register_cases
from casus_app.services.cases import editing, timeline
from casus_app.services.cases.queries import CaseDetail
from casus_app.ui.cases.case_actions import CaseActionsBar
from casus_app.ui.cases.case_close import CaseCloseDialog, confirm_reopen
from casus_app.ui.cases.case_form import CaseFormDialog
from casus_app.ui.cases.case_timeline import CaseTimelineDialog
from casus_app.ui.cases.my_actions import MyActionsView
from casus_app.ui.meetings.meeting_mode import MeetingView
from casus_app.ui.meetings.meeting_picker import MeetingPickerView
from casus_app.ui.meetings.meeting_setup import MeetingSetupView
from casus_app.ui.shell.presentation import Presentation, PresentationBanner, masked_detail
from casus_app.ui.shell.window_parts import WindowParts
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import escalation_label

PRESENTATION_KEY = "F11"


class MeetingScreens(QObject):
    """Adds the pages to `window.content` and the menus; what it uses of the window is named in
    `ui/shell/window_parts.py`."""

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.window())
        self.window = window
        self.widget = window.window()  # the parent of its actions, dialogs and messages
        self.ws = window.ws
        self.presentation = Presentation(self, self.ws)
        self.shown_detail: CaseDetail | None = None  # the case view's case, unmasked
        self.setup_view = MeetingSetupView(self.ws)
        self.picker_view = MeetingPickerView(self.ws)
        self.meeting_view = MeetingView(self.ws, self.presentation)
        self.my_actions_view = MyActionsView(self.ws)
        for page in (self.setup_view, self.picker_view, self.meeting_view, self.my_actions_view):
            window.content.addWidget(page)
        self.banner_bar = QToolBar(window.tr("Presentatiemodus"))
        self.banner_bar.setMovable(False)
        self.banner_bar.setFloatable(False)
        self.banner_bar.setStyleSheet(
            "QToolBar { background: #ffdd00; border: none; padding: 0; spacing: 0; }"
        )
        self.banner = PresentationBanner(self.presentation, PRESENTATION_KEY, follow=False)
        self.banner.setWordWrap(False)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.banner_bar.addWidget(self.banner)
        self.banner_bar.setVisible(False)
        window.addToolBar(self.banner_bar)
        # Every screen follows the one switch (ui/shell/presentation.py).
        for view in (window.case_view, window.families_view, window.plan_editor, self.my_actions_view):
            if view is not None:
                view.set_presentation(self.presentation)
        # The case view's afspraken change from here: the view itself has no workspace.
        self.case_actions_bar: CaseActionsBar | None = None
        if window.case_view is not None:
            self.case_actions_bar = CaseActionsBar(self.ws, window.case_view, self.presentation)
            window.case_view.add_actions_bar(self.case_actions_bar)
            self.case_actions_bar.changed.connect(self._reopen_case_view)
        self.presentation.problem.connect(
            lambda message: QMessageBox.warning(self.widget, self.window.tr("Presentatiemodus"), message)
        )
        self._build_actions()
        self._connect()

    # -- menus ----------------------------------------------------------------------------------
    def _action(self, text: str, shortcut: str | None, tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.widget)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        tr = self.window.tr
        self.new_case_action = self._action(
            tr("&Nieuwe casus…"), "Ctrl+N", tr("Een signaal aanmelden als casus"), self.new_case
        )
        self.edit_case_action = self._action(
            tr("Casus &bewerken…"), "Ctrl+E", tr("De geopende casus wijzigen"), self.edit_case
        )
        self.escalation_action = self._action(
            tr("&Escalatie wijzigen…"), None, tr("Groen, oranje, rood of donkerrood"), self.change_escalation
        )
        self.mark_action = self._action(
            tr("&Agenderen voor het volgende overleg"),
            None,
            tr("De casus komt vanzelf op de volgende agenda"),
            self.mark_case,
        )
        self.close_case_action = self._action(
            tr("Casus af&sluiten of heropenen…"),
            None,
            tr("Afsluitreden, resultaat en verwijzing; of weer openen"),
            self.close_or_reopen,
        )
        self.timeline_action = self._action(
            tr("&Tijdlijn…"), "Ctrl+T", tr("Alles wat er met de casus is gebeurd"), self.show_timeline
        )
        self.case_actions = [
            self.edit_case_action,
            self.escalation_action,
            self.mark_action,
            self.close_case_action,
            self.timeline_action,
        ]
        cases_menu = self._menu(tr("&Casussen"))
        cases_menu.addSeparator()
        cases_menu.addAction(self.new_case_action)
        # Only those who may register a case are offered to (a gezinscoach works from their plans).
        self.new_case_action.setVisible(may_register_cases(self.window.ws.actor))
        cases_menu.addSeparator()
        for action in self.case_actions:
            cases_menu.addAction(action)

        self.new_meeting_action = self._action(
            tr("&Nieuw overleg…"), "Ctrl+Shift+N", tr("Een overleg plannen en starten"), self.new_meeting
        )
        self.open_meeting_action = self._action(
            tr("Overleg &openen…"), "Ctrl+O", tr("Een gepland of lopend overleg openen"), self.open_meetings
        )
        self.my_actions_action = self._action(
            tr("&Mijn afspraken"),
            "Ctrl+M",
            tr("Wat uw organisatie moet doen: te laat, deze week, later"),
            self.show_my_actions,
        )
        self.presentation_action = self._action(
            tr("&Presentatiemodus"),
            PRESENTATION_KEY,
            tr("Namen, geboortedatums en huisnummers verbergen voor de beamer"),
            self.presentation.toggle,
        )
        self.presentation_action.setShortcuts([QKeySequence(PRESENTATION_KEY), QKeySequence("Ctrl+Shift+P")])
        self.presentation_action.setCheckable(True)
        meeting_menu = self.window.menuBar().addMenu(tr("&Overleg"))
        for action in (self.new_meeting_action, self.open_meeting_action, self.my_actions_action):
            meeting_menu.addAction(action)
        meeting_menu.addSeparator()
        meeting_menu.addAction(self.presentation_action)
        self.actions = [
            self.new_case_action,
            *self.case_actions,
            self.new_meeting_action,
            self.open_meeting_action,
            self.my_actions_action,
            self.presentation_action,
        ]
        self.update_case_actions()

    def _menu(self, title: str) -> QMenu:
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and action.text() == title:
                return menu
        return self.window.menuBar().addMenu(title)

    def _connect(self) -> None:
        self.setup_view.created.connect(self.open_meeting)
        self.setup_view.planned.connect(self.open_meetings)
        self.setup_view.cancelled.connect(self._setup_cancelled)
        self.picker_view.edit_meeting.connect(self.edit_meeting)
        self.picker_view.open_meeting.connect(self.open_meeting)
        self.picker_view.new_meeting.connect(self.new_meeting)
        self.picker_view.closed.connect(self.back_to_list)
        self.meeting_view.closed.connect(self.open_meetings)
        self.my_actions_view.open_case.connect(self.window.open_case)
        self.my_actions_view.closed.connect(self.back_to_list)
        self.presentation.changed.connect(self._presentation_changed)
        self.window.content.currentChanged.connect(lambda _i: self.update_case_actions())

    # -- pages ----------------------------------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        self.window.content.setCurrentWidget(page)

    def back_to_list(self) -> None:
        if self.window.case_list is not None:
            self.show_page(self.window.case_list)
            self.window.case_list.focus_table()

    def new_meeting(self) -> None:
        self.show_page(self.setup_view)
        self.setup_view.prepare()

    def edit_meeting(self, meeting) -> None:
        self.setup_view.edit(meeting)
        self.show_page(self.setup_view)

    def _setup_cancelled(self) -> None:
        if self.setup_view.editing is not None:  # back to the list it was opened from
            self.open_meetings(self.setup_view.editing.id)
        else:
            self.back_to_list()

    def open_meetings(self, select: int | None = None) -> None:
        # A menu action passes its `checked` flag: only a meeting id selects a row.
        self.picker_view.load(select if type(select) is int else None)
        self.show_page(self.picker_view)

    def open_meeting(self, meeting_id: int) -> None:
        try:
            self.meeting_view.open_meeting(meeting_id)
        except CasusError as exc:
            QMessageBox.warning(self.widget, self.window.tr("Overleg"), error_text(exc))
            return
        self.show_page(self.meeting_view)

    def show_my_actions(self) -> None:
        self.my_actions_view.load()
        self.show_page(self.my_actions_view)

    # -- the case view --------------------------------------------------------------------------
    def for_screen(self, detail: CaseDetail) -> CaseDetail:
        """What the case view may show of `detail`: masked while presentation mode is on."""
        self.shown_detail = detail
        return masked_detail(detail) if self.presentation.on else detail

    def _presentation_changed(self, on: bool) -> None:
        self.presentation_action.setChecked(on)
        self.banner_bar.setVisible(on)
        if self.window.case_list is not None:
            self.window.case_list.set_masked(on)
        view = self.window.case_view
        if view is not None and view.detail is not None and self.shown_detail is not None:
            view.show_case(self.for_screen(self.shown_detail))

    def current_case(self) -> CaseDetail | None:
        view = self.window.case_view
        if view is None or self.window.content.currentWidget() is not view or view.detail is None:
            return None
        return self.shown_detail

    def update_case_actions(self) -> None:
        detail = self.current_case()
        for action in self.case_actions:
            action.setEnabled(detail is not None)

    def _reopen_case_view(self, case_id: int) -> None:
        if self.window.case_list is not None:
            self.window.case_list.query.apply(force=True)
        self.window.open_case(case_id)

    def _refused_while_presenting(self) -> bool:
        """The case form shows names, birth dates and addresses: not on a projected screen."""
        if self.presentation.on:
            self.window.statusBar().showMessage(
                self.window.tr(
                    "Zet eerst de presentatiemodus uit (F11): dit formulier toont namen en adressen."
                ),
                8000,
            )
        return self.presentation.on

    def new_case(self) -> None:
        if self._refused_while_presenting():
            return
        dialog = CaseFormDialog(self.ws, parent=self.widget)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.case_id is not None:
            self._reopen_case_view(dialog.case_id)

    def edit_case(self) -> None:
        detail = self.current_case()
        if self._refused_while_presenting():
            return
        if detail is not None and CaseFormDialog(self.ws, case_id=detail.id, parent=self.widget).exec():
            self._reopen_case_view(detail.id)

    def change_escalation(self) -> None:
        detail = self.current_case()
        if detail is None:
            return
        levels = [e.value for e in Escalation]
        names = [escalation_label(level) for level in levels]
        chosen, ok = QInputDialog.getItem(
            self.widget,
            self.window.tr("Escalatie wijzigen"),
            self.window.tr("Escalatieniveau van casus %1:").replace("%1", detail.ref),
            names,
            levels.index(detail.escalation),
            False,
        )
        if ok:
            self._run(
                lambda: editing.set_escalation(self.ws, detail.id, levels[names.index(chosen)]),
                detail.id,
            )

    def mark_case(self) -> None:
        detail = self.current_case()
        if detail is not None:
            self._run(lambda: editing.mark_for_discussion(self.ws, detail.id), detail.id)
            self.window.statusBar().showMessage(
                self.window.tr("Casus %1 komt op de volgende agenda.").replace("%1", detail.ref), 5000
            )

    def close_or_reopen(self) -> None:
        detail = self.current_case()
        if detail is None:
            return
        if detail.end_date is None:
            open_actions = sum(a.done_on is None and a.cancelled_on is None for a in detail.actions)
            done = CaseCloseDialog(self.ws, detail.id, detail.ref, open_actions, self.widget).exec()
        else:
            done = confirm_reopen(self.ws, detail.id, detail.ref, self.widget)
        if done:
            self._reopen_case_view(detail.id)

    def show_timeline(self) -> None:
        detail = self.current_case()
        if detail is not None:
            entries = timeline.case_timeline(self.ws, detail.id)
            CaseTimelineDialog(
                detail.ref, entries, self.widget, presentation=self.presentation, case_id=detail.id
            ).exec()

    def _run(self, call: Callable[[], object], case_id: int) -> None:
        try:
            call()
        except CasusError as exc:
            QMessageBox.warning(self.widget, self.window.tr("Casus"), error_text(exc))
            return
        self._reopen_case_view(case_id)

    # -- locking --------------------------------------------------------------------------------
    def lock(self) -> None:
        """Nothing of a case may stay visible behind the lock: open dialogs are closed unsaved,
        the note on screen is saved first."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.window.content.currentWidget() is self.meeting_view:
            self.meeting_view.panel.save()
        for action in self.actions:
            action.setEnabled(False)
        self.banner_bar.setVisible(False)
        if self.presentation.on:
            self.presentation.changed.emit(True)  # text shown with "Tonen" is hidden again

    def unlock(self) -> None:
        for action in self.actions:
            action.setEnabled(True)
        self.update_case_actions()
        self.banner_bar.setVisible(self.presentation.on)
