"""The users screen as a beheerder uses it: add, role and gebieden, new password, deactivate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from casus_app.domain.enums import Role
from casus_app.domain.errors import WrongPassword
from casus_app.services.admin import users
from casus_app.services.auth import login
from casus_app.ui.admin.user_edit import PasswordDialog, UserDialog
from casus_app.ui.admin.users_admin import UsersAdminView

USER, PASSWORD, NEW = "beheer", "een lang wachtwoord", "een nieuw lang wachtwoord"


@pytest.fixture
def view(qtbot, tmp_path):
    ws, _ = login.create_register(tmp_path / "r.db", USER, PASSWORD, display_name="Bea Heer")
    users.add_user(ws, "anna", PASSWORD, Role.PROFESSIONAL, areas=["HSB"], display_name="Anna de Wit")
    widget = UsersAdminView(ws)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    ws.close()


def on_next_modal(act) -> None:
    """Run `act(dialog)` as soon as a modal dialog is open (the click that opens it blocks until it closes)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def rows(view) -> dict[str, list[str]]:
    table = view.table
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    }


def test_the_list_shows_who_may_do_what(view):
    shown = rows(view)
    assert shown["anna"] == ["anna", "Anna de Wit", "professional", "", "Hoensbroek", "actief", ""]
    assert shown[USER][2] == "beheerder"
    view.select_user(USER)
    assert not view.deactivate_button.isEnabled() and not view.remove_button.isEnabled()  # not oneself
    view.select_user("anna")
    assert view.deactivate_button.isEnabled() and not view.reactivate_button.isEnabled()


def test_adding_a_user_through_the_form(qtbot, view):
    def fill(dialog: UserDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "bram")
        qtbot.keyClicks(dialog.display_edit, "Bram Bos")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.PROFESSIONAL.value))
        assert not dialog.ok_button.isEnabled()  # no password, no gebied yet
        dialog.area_boxes["VRH"].setChecked(True)
        qtbot.keyClicks(dialog.passwords.password_edit, "kort")
        assert "Nog 6 teken(s) nodig" in dialog.passwords.hint.text()
        dialog.passwords.password_edit.setText(NEW)
        qtbot.keyClicks(dialog.passwords.repeat_edit, NEW)
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_next_modal(fill)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "bram is toegevoegd." in view.message_label.text(), timeout=10_000)
    assert rows(view)["bram"] == ["bram", "Bram Bos", "professional", "", "Vrieheide", "actief", ""]
    assert view.selected_user().name == "bram"
    view._ws.register.slots.unlock("bram", NEW)  # the new user really has a key slot


def test_a_new_password_replaces_the_old_one(qtbot, view):
    view.select_user("anna")

    def fill(dialog: PasswordDialog) -> None:
        assert "anna" in dialog.windowTitle()
        dialog.passwords.password_edit.setText(NEW)
        dialog.passwords.repeat_edit.setText(NEW + "x")
        assert not dialog.ok_button.isEnabled() and "niet gelijk" in dialog.passwords.hint.text()
        dialog.passwords.repeat_edit.setText(NEW)
        dialog.ok_button.click()

    on_next_modal(fill)
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "het oude werkt niet meer" in view.message_label.text(), timeout=10_000)
    slots = view._ws.register.slots
    with pytest.raises(WrongPassword):
        slots.unlock("anna", PASSWORD)
    slots.unlock("anna", NEW)


def test_role_and_gebieden_change_in_the_list(qtbot, view):
    view.select_user("anna")

    def fill(dialog: UserDialog) -> None:
        assert dialog.area_boxes["HSB"].isChecked()
        dialog.area_boxes["HLH"].setChecked(True)
        dialog.ok_button.click()

    on_next_modal(fill)
    qtbot.mouseClick(view.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "zijn gewijzigd" in view.message_label.text(), timeout=10_000)
    assert rows(view)["anna"][4] == "Heerlerheide, Hoensbroek"

    def to_coordinator(dialog: UserDialog) -> None:
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.COORDINATOR.value))
        dialog.ok_button.click()

    on_next_modal(to_coordinator)
    view.change_role()
    qtbot.waitUntil(lambda: rows(view)["anna"][2] == "coördinator", timeout=10_000)


def test_deactivating_asks_first_and_then_shows_the_status(qtbot, view):
    view.select_user("anna")

    def cancel(box: QMessageBox) -> None:
        assert "anna kan daarna niet meer aanmelden" in box.text()
        next(b for b in box.buttons() if b.text() == "Annuleren").click()

    on_next_modal(cancel)
    qtbot.mouseClick(view.deactivate_button, Qt.MouseButton.LeftButton)
    assert rows(view)["anna"][5] == "actief"

    def agree(box: QMessageBox) -> None:
        next(b for b in box.findChildren(QPushButton) if b.text() == "&Deactiveren").click()

    on_next_modal(agree)
    qtbot.mouseClick(view.deactivate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(view)["anna"][5] == "gedeactiveerd", timeout=10_000)
    assert view.reactivate_button.isEnabled() and not view.reset_button.isEnabled()
    assert not view._ws.register.slots.has_user("anna")


def test_the_lock_time_is_a_register_setting(qtbot, view):
    assert view.lock_spin.value() == 10
    with qtbot.waitSignal(view.lock_minutes_changed) as changed:
        view.lock_spin.setValue(5)
        qtbot.mouseClick(view.lock_save, Qt.MouseButton.LeftButton)
    assert changed.args == [5] and "na 5 minuten" in view.message_label.text()
    from casus_app.ui.session.idle_lock import lock_minutes

    assert lock_minutes(view._ws) == 5


def test_the_form_cannot_be_sent_half_filled(qtbot):
    dialog = UserDialog([("HSB", "Hoensbroek")], [("POLITIE", "Politie")])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.name_edit.setText("x")
    dialog.passwords.password_edit.setText(NEW)
    dialog.passwords.repeat_edit.setText(NEW)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.COORDINATOR.value))
    assert dialog.ok_button.isEnabled()
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_new_user_starts_as_professional_not_beheerder(qtbot):
    dialog = UserDialog([("HSB", "Hoensbroek")], [("POLITIE", "Politie")])
    qtbot.addWidget(dialog)
    assert dialog.role is Role.PROFESSIONAL
    dialog.name_edit.setText("x")
    dialog.passwords.password_edit.setText(NEW)
    dialog.passwords.repeat_edit.setText(NEW)
    assert not dialog.ok_button.isEnabled()  # a professional needs a gebied first
    dialog.area_boxes["HSB"].setChecked(True)
    assert dialog.ok_button.isEnabled() and dialog.role is Role.PROFESSIONAL
    dialog.reject()


def test_changing_an_existing_role_starts_from_that_role(qtbot, view):
    from casus_app.services.admin.user_admin import list_users

    (admin,) = [u for u in list_users(view._ws) if u.name == USER]
    dialog = UserDialog([("HSB", "Hoensbroek")], [], user=admin)
    qtbot.addWidget(dialog)
    assert dialog.role is Role.ADMINISTRATOR
    dialog.reject()
