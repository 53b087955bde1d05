"""A user changes their own password from the Bestand menu; the old one stops working."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from casus_app.domain.errors import WrongPassword
from casus_app.services.auth import login
from casus_app.ui.session.change_password import ChangePasswordDialog
from tests.conftest import ADMIN, PASSWORD


def test_change_own_password(qtbot, admin_ws, register_path):
    dialog = ChangePasswordDialog(admin_ws)
    qtbot.addWidget(dialog)
    dialog.old_edit.setText("niet mijn wachtwoord")
    dialog.new_edit.setText("een nieuw lang wachtwoord")
    dialog.repeat_edit.setText("een nieuw lang wachtwoord")
    dialog.submit()
    assert "Onjuist wachtwoord" in dialog.error_label.text()
    assert dialog.new_edit.text() == ""

    dialog.old_edit.setText(PASSWORD)
    dialog.new_edit.setText("een nieuw lang wachtwoord")
    dialog.repeat_edit.setText("iets anders")
    dialog.submit()
    assert "niet gelijk" in dialog.error_label.text()

    dialog.old_edit.setText(PASSWORD)
    dialog.new_edit.setText("een nieuw lang wachtwoord")
    dialog.repeat_edit.setText("een nieuw lang wachtwoord")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    admin_ws.close()
    with pytest.raises(WrongPassword):
        login.login(register_path, ADMIN, PASSWORD)
    login.login(register_path, ADMIN, "een nieuw lang wachtwoord").close()


def test_login_offers_the_previous_key_file(qtbot, admin_ws, register_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from casus_app.storage.register import sidecar_path
    from casus_app.ui.session.login import LoginDialog

    admin_ws.register.save_audit_head()  # writes the key file again, so a previous copy exists
    admin_ws.close()
    keys = sidecar_path(register_path)
    keys.write_text("{kapot", "utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = LoginDialog(register_path, user_name=ADMIN)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: "opnieuw aan" in dialog.error_label.text(), timeout=10000)
    dialog.password_edit.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.workspace is not None, timeout=10000)
    dialog.workspace.close()


def test_only_those_who_may_register_see_new_case(qtbot, example_ws, register_path):
    from casus_app.domain.enums import Role
    from casus_app.services.admin.users import add_user
    from casus_app.ui.shell.main_window import MainWindow

    add_user(example_ws, "coach", "gezinscoach wachtwoord", Role.FAMILY_COACH, display_name="gezinscoach 1")
    example_ws.close()
    for name, password, visible in ((ADMIN, PASSWORD, True), ("coach", "gezinscoach wachtwoord", False)):
        window = MainWindow(login.login(register_path, name, password))
        qtbot.addWidget(window)
        actions = [a for a in window.findChildren(type(window.lock_action)) if a.text() == "&Nieuwe casus…"]
        assert actions and actions[0].isVisible() is visible
        window.close_workspace()


def test_after_a_reset_the_user_chooses_their_own_password_before_casus_opens(qtbot, admin_ws, register_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from casus_app.app import own_password_chosen
    from casus_app.domain.enums import Role
    from casus_app.services.admin import user_admin, users

    users.add_user(admin_ws, "piet", "piet zijn wachtwoord", Role.PROFESSIONAL, areas=["HSB"])
    user_admin.reset_password(admin_ws, "piet", "tijdelijk van de beheerder")
    admin_ws.close()
    ws = login.login(register_path, "piet", "tijdelijk van de beheerder")
    assert ws.actor.must_change_password

    def close_without_choosing() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ChangePasswordDialog))
        assert "De beheerder heeft uw wachtwoord opnieuw ingesteld" in dialog.findChild(QLabel).text()
        assert dialog.findChildren(QPushButton)[-1].text() == "Casus sluiten"
        dialog.reject()

    QTimer.singleShot(0, close_without_choosing)
    assert not own_password_chosen(ws)

    def choose() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, ChangePasswordDialog) and w.isVisible()
        )
        dialog.old_edit.setText("tijdelijk van de beheerder")
        dialog.new_edit.setText("fiets onder de appelboom")
        dialog.repeat_edit.setText("fiets onder de appelboom")
        dialog.submit()

    QTimer.singleShot(0, choose)
    assert own_password_chosen(ws)
    assert not ws.actor.must_change_password
    ws.close()
    login.login(register_path, "piet", "fiets onder de appelboom").close()
