"""Session safety: lock after inactivity, crash reports without personal data, the Beheer menu."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from casus_app.services.auth.login import login
from casus_app.ui.session.idle_lock import IdleLock
from casus_app.ui.shell import crash_report
from tests.ui.conftest import PASSWORD, USER

# -- inactivity ----------------------------------------------------------------------------------


def test_the_lock_comes_after_inactivity_and_input_postpones_it(qtbot):
    locked = []
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    idle = IdleLock(lambda: locked.append(True), minutes=1 / 60)  # one second
    try:
        for _ in range(10):  # typing every 0.2 s keeps it open for two seconds
            qtbot.wait(200)
            qtbot.keyClick(edit, Qt.Key.Key_A)
        assert locked == []
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(3, 3),
            QPointF(3, 3),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(edit, move)
        qtbot.waitUntil(lambda: locked == [True], timeout=5_000)
    finally:
        idle.stop()


# -- crash reports ---------------------------------------------------------------------------------


def _fail_with_personal_data() -> None:
    name = "Fenneke Quirijnsen"  # a local a debugger would show
    raise ValueError(f"UNIQUE constraint failed: {name}, 1980-04-05")


def test_a_crash_report_holds_the_place_of_the_error_and_nothing_about_anyone(tmp_path, capsys):
    original = sys.excepthook
    try:
        crash_report.install(tmp_path, show_message=False)
        try:
            _fail_with_personal_data()
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = original
    reports = list(tmp_path.glob("casus-fout-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text("utf-8")
    assert "fout: builtins.ValueError" in text
    assert "test_session_safety.py:" in text and "_fail_with_personal_data" in text
    for secret in ("Fenneke", "Quirijnsen", "1980", "UNIQUE"):
        assert secret not in text
    err = capsys.readouterr().err
    assert "ValueError" in err and "Fenneke" not in err
    assert str(tmp_path) not in text  # no user folders either


# -- the main window -------------------------------------------------------------------------------


def test_a_beheerder_has_the_beheer_menu_and_the_retention_reminder(qtbot, demo_register):
    from casus_app.ui.shell.main_window import MainWindow

    window = MainWindow(login(demo_register.path, USER, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        menus = {a.text(): a.menu() for a in window.menuBar().actions()}
        beheer = menus["Be&heer"]
        assert [a.text() for a in beheer.actions() if not a.isSeparator()] == [
            "&Gebruikers en rollen",
            "&Audittrail",
            "&Bewaartermijnen",
            "&Referentielijsten…",
            "&Inzageverzoek…",
            "Back-up &maken…",
            "Back-up &terugzetten…",
            "Back-up-i&nstellingen…",
            "&Eerste stappen…",
        ]
        screens = window.admin_screens
        assert screens.reminder.isVisible() and "Bewaartermijn niet ingesteld" in screens.reminder.text()

        beheer.actions()[0].trigger()
        assert window.content.currentWidget() is screens.users_view
        qtbot.mouseClick(screens.users_view.back_button, Qt.MouseButton.LeftButton)
        assert window.content.currentWidget() is window.case_list
        beheer.actions()[1].trigger()
        assert (
            window.content.currentWidget() is screens.audit_view and screens.audit_view.model.rowCount() > 0
        )
        screens.audit_view.closed.emit()  # what Esc does
        assert window.content.currentWidget() is window.case_list

        qtbot.mouseClick(screens.reminder, Qt.MouseButton.LeftButton)
        assert window.content.currentWidget() is screens.retention_view
        for spin in screens.retention_view.period_spins.values():
            spin.setValue(600)  # fifty years: every period set, nothing due yet
        qtbot.mouseClick(screens.retention_view.save_button, Qt.MouseButton.LeftButton)
        assert not screens.reminder.isVisible()  # all set, nothing due

        screens.idle.set_minutes(0.3 / 60)
        qtbot.waitUntil(lambda: window.locked, timeout=3_000)
        assert not any(a.isEnabled() for a in beheer.actions() if not a.isSeparator())
    finally:
        window.close_workspace()


def test_a_professional_has_no_beheer_menu(qtbot, demo_register):
    from casus_app.ui.shell.main_window import MainWindow

    window = MainWindow(login(demo_register.path, "professional", PASSWORD))
    qtbot.addWidget(window)
    try:
        assert "Be&heer" not in [a.text() for a in window.menuBar().actions()]
        assert not window.admin_screens.reminder.isVisible()
    finally:
        window.close_workspace()
