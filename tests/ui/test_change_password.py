"""A user changes their own password from the Bestand menu; the old one stops working."""

from __future__ import annotations

import pytest

from casus_app.domain.errors import WrongPassword
from casus_app.services import auth
from casus_app.ui.dialogs.change_password import ChangePasswordDialog
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
        auth.login(register_path, ADMIN, PASSWORD)
    auth.login(register_path, ADMIN, "een nieuw lang wachtwoord").close()
