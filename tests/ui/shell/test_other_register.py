"""A demo register says so on every screen; Bestand › Ander register openen… switches registers."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from casus_app.services.auth import login
from casus_app.ui.shell.main_window import MainWindow
from tests.conftest import ADMIN, PASSWORD


def test_a_demo_register_shows_its_banner_above_every_page(main_window):
    banner = main_window.demo_banner
    assert banner is not None and banner.isVisible()
    assert "Oefenregister" in banner.text()
    assert "(oefenregister)" in main_window.windowTitle()
    main_window.lock()
    assert banner.isVisible()  # also above the lock screen
    assert main_window.pages.currentWidget() is main_window.lock_view


def test_a_real_register_has_no_banner(qtbot, admin_ws):
    window = MainWindow(admin_ws)
    qtbot.addWidget(window)
    assert window.demo_banner is None
    assert "oefenregister" not in window.windowTitle()
    window.close_workspace()


def test_another_register_closes_this_one_and_names_the_next(qtbot, main_window, tmp_path, monkeypatch):
    other = tmp_path / "casus.db"
    login.create_register(other, ADMIN, PASSWORD)[0].close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(other), ""))
    main_window.other_register_action.trigger()
    assert main_window.next_register == other
    assert not main_window.isVisible()
    assert main_window._workspace_closed  # the register is closed before the next one opens


def test_cancelling_the_file_dialog_keeps_the_register_open(main_window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    main_window.other_register_action.trigger()
    assert main_window.next_register is None and main_window.isVisible()
