"""The first start: choosing, the live password hint, the recovery key shown once, the demo register."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from casus_app.services.cases import queries
from casus_app.services.demo import demo
from casus_app.ui.session import first_run
from casus_app.ui.session.first_run import FirstRunDialog
from tests.ui.conftest import PASSWORD
from tests.ui.keyboard import type_text

KEY_FORMAT = r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}"


def fill(qtbot, dialog: FirstRunDialog, name: str, password: str, repeat: str) -> None:
    for edit, text in (
        (dialog.name_edit, name),
        (dialog.password_edit, password),
        (dialog.repeat_edit, repeat),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def confirm_recovery_key(qtbot, dialog: FirstRunDialog) -> str:
    qtbot.waitUntil(
        lambda: dialog.recovery_dialog is not None and dialog.recovery_dialog.isVisible(), timeout=60_000
    )
    recovery = dialog.recovery_dialog
    key = recovery.key_edit.text()
    assert re.fullmatch(KEY_FORMAT, key) and recovery.key_edit.isReadOnly()
    assert not recovery.ok_button.isEnabled()
    qtbot.keyClick(recovery, Qt.Key.Key_Escape)  # cannot be waved away unconfirmed
    assert recovery.isVisible()
    type_text(qtbot, recovery.check_edit, "ZZZZ" if not key.endswith("ZZZZ") else "AAAA")
    assert not recovery.ok_button.isEnabled() and "niet de laatste vier" in recovery.check_hint.text()
    recovery.check_edit.clear()
    type_text(qtbot, recovery.check_edit, key[-4:].lower())  # as written on paper, in any case
    assert recovery.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        recovery.ok_button.click()
    return key


def test_the_password_hint_follows_typing_and_gates_the_button(qtbot, tmp_path):
    dialog = FirstRunDialog(tmp_path / "nieuw.db")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Casus is het casusregister" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.hint_label))
    )
    fill(qtbot, dialog, "j.jansen", "kort", "")
    assert dialog.hint_label.text().startswith("Nog 6 teken(s) nodig")
    assert not dialog.create_button.isEnabled()
    fill(qtbot, dialog, "j.jansen", PASSWORD, PASSWORD + "x")
    assert "niet gelijk" in dialog.hint_label.text() and not dialog.create_button.isEnabled()
    fill(qtbot, dialog, "", PASSWORD, PASSWORD)
    assert "lang genoeg en beide zijn gelijk" in dialog.hint_label.text()
    assert not dialog.create_button.isEnabled()  # the user name is still missing
    fill(qtbot, dialog, "j.jansen", PASSWORD, PASSWORD)
    assert dialog.create_button.isEnabled()


def test_a_new_empty_register_shows_its_recovery_key_once_and_opens(qtbot, tmp_path):
    path = tmp_path / "nieuw.db"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "j.jansen", PASSWORD, PASSWORD)
    qtbot.keyClicks(dialog.display_name_edit, "Jolanda Jansen")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    confirm_recovery_key(qtbot, dialog)
    ws = dialog.workspace
    try:
        assert path.exists()
        assert (ws.actor.name, ws.actor.display_name) == ("j.jansen", "Jolanda Jansen")
        assert queries.count_cases(ws) == 0
    finally:
        ws.close()


def test_the_demo_register_is_built_in_the_background_with_progress(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(first_run, "DEMO_CASES", 40)
    dialog = FirstRunDialog(tmp_path / "demo.db")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.demo_radio.click()
    assert not dialog.display_name_edit.isEnabled()
    fill(qtbot, dialog, "beheer", PASSWORD, PASSWORD)
    reports: list[tuple[int, int]] = []
    dialog._task.progress.connect(lambda done, total: reports.append((done, total)))
    dialog.create_button.click()
    # The UI thread is free while the register is built: the progress dialog is up and counting.
    assert dialog._progress is not None and dialog._progress.isVisible()
    assert not dialog.create_button.isEnabled()
    confirm_recovery_key(qtbot, dialog)
    assert reports and reports[-1][0] == reports[-1][1]
    ws = dialog.workspace
    try:
        assert queries.count_cases(ws) == 40
        # A demo is a file of its own beside the real register, and knows it is a demo.
        assert ws.register.path == tmp_path / "oefenregister.db"
        assert not (tmp_path / "demo.db").exists()
        assert demo.is_demo(ws)
    finally:
        ws.close()


def test_a_demo_made_at_an_earlier_start_is_opened_not_made_again(qtbot, tmp_path):
    (tmp_path / "oefenregister.db").write_bytes(b"al gemaakt")
    dialog = FirstRunDialog(tmp_path / "casus.db")
    qtbot.addWidget(dialog)
    assert "Het register komt op" in dialog.path_label.text()
    dialog.demo_radio.click()
    assert "oefenregister.db (apart van het echte register)" in dialog.path_label.text()
    fill(qtbot, dialog, "beheer", PASSWORD, PASSWORD)
    dialog.create_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.existing_demo == tmp_path / "oefenregister.db" and dialog.workspace is None
    assert (tmp_path / "oefenregister.db").read_bytes() == b"al gemaakt"


def test_an_existing_register_is_never_overwritten(qtbot, demo_register):
    dialog = FirstRunDialog(demo_register.path)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "iemand", PASSWORD, PASSWORD)
    dialog.create_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert "Er staat al een register" in dialog.error_label.text()
    assert dialog.workspace is None and dialog.create_button.isEnabled()


def test_the_recovery_key_goes_on_paper_never_into_a_file(qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from casus_app.ui.session.recovery_key import RecoveryKeyDialog

    key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    dialog = RecoveryKeyDialog(key, register_name="/data/casus.db")
    qtbot.addWidget(dialog)
    text = dialog.print_document().toPlainText()
    assert key in text and "/data/casus.db" in text and "30-11-2026" in text  # the test day
    printed: list[QPrinter] = []
    monkeypatch.setattr(
        dialog.print_document().__class__, "print_", lambda self, printer: printed.append(printer)
    )

    def choose_file(self):
        self.printer().setOutputFileName("/tmp/sleutel.pdf")  # someone picks "print to file" anyway
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_file)
    assert not dialog.print_key() and not printed
    assert "naar een bestand kan niet" in dialog.check_hint.text()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    assert dialog.print_key() and len(printed) == 1
