"""All beheerders locked out: the login screen's "Herstelsleutel gebruiken…" gives one a new password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from casus_app.domain.enums import AuditAction
from casus_app.domain.errors import WrongPassword
from casus_app.services.auth import login
from casus_app.services.privacy import audit_trail
from casus_app.services.privacy.audit_trail import AuditFilter
from casus_app.ui.session.login import LoginDialog
from casus_app.ui.session.recovery_login import RecoveryDialog
from tests.ui.keyboard import type_text

NEW = "regen boven de mijnberg"


@pytest.fixture
def locked_out(tmp_path):
    path = tmp_path / "casus.db"
    ws, recovery_key = login.create_register(path, "beheer", "een vergeten wachtwoord")
    ws.close()
    return path, recovery_key


def _fill(qtbot, dialog: RecoveryDialog, key: str, name: str, password: str, repeat: str) -> None:
    for edit, text in ((dialog.key_edit, key), (dialog.name_edit, name)):
        edit.clear()
        type_text(qtbot, edit, text)
    for edit, text in ((dialog.password_edit, password), (dialog.repeat_edit, repeat)):
        edit.clear()
        type_text(qtbot, edit, text)


def test_the_recovery_key_gives_a_beheerder_a_new_password(qtbot, locked_out):
    path, recovery_key = locked_out
    dialog = RecoveryDialog(path)
    qtbot.addWidget(dialog)

    _fill(qtbot, dialog, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "beheer", NEW, NEW)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=20_000)
    assert "herstelsleutel" in dialog.error_label.text().lower()

    _fill(qtbot, dialog, recovery_key, "beheer", NEW, "iets anders dan dat")
    dialog.submit()
    assert "niet gelijk" in dialog.error_label.text()

    _fill(qtbot, dialog, recovery_key.replace("-", " ").lower(), "beheer", "wachtwoord1!", "wachtwoord1!")
    dialog.submit()
    qtbot.waitUntil(lambda: "te makkelijk" in dialog.error_label.text(), timeout=20_000)

    _fill(qtbot, dialog, recovery_key, "beheer", NEW, NEW)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20_000)
    assert dialog.admin_name == "beheer"
    assert dialog.key_edit.text() == ""

    with pytest.raises(WrongPassword):
        login.login(path, "beheer", "een vergeten wachtwoord")
    ws = login.login(path, "beheer", NEW)
    try:
        entries = audit_trail.search(ws, AuditFilter(action=AuditAction.KEY_MANAGEMENT.value)).rows
        assert any("herstelsleutel" in (row.details or "") for row in entries)
    finally:
        ws.close()


def test_the_login_screen_offers_it_and_then_asks_for_the_new_password(qtbot, locked_out):
    path, recovery_key = locked_out
    dialog = LoginDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.recovery_button.text() == "&Herstelsleutel gebruiken…"

    def recover() -> None:
        recovery = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryDialog))
        _fill(qtbot, recovery, recovery_key, "beheer", NEW, NEW)
        recovery.submit()

    QTimer.singleShot(0, recover)
    assert dialog.use_recovery_key()
    assert dialog.name_edit.text() == "beheer"
    assert "Meld u daarmee aan" in dialog.notice_label.text()
    assert dialog.password_edit.hasFocus() or dialog.focusWidget() is dialog.password_edit
    type_text(qtbot, dialog.password_edit, NEW)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.workspace is not None, timeout=20_000)
    dialog.workspace.close()
