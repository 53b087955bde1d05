"""Beheer › Back-up terugzetten…: checked, confirmed, the register replaced, and a new sign-in."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from casus_app.services.auth import login
from casus_app.services.backup import create
from casus_app.services.cases import queries
from tests.ui.conftest import PASSWORD, USER


def test_restore_from_the_menu_replaces_the_register_and_signs_in_again(
    qtbot, main_window, tmp_path, monkeypatch
):
    ws = main_window.ws
    path = ws.register.path
    archive = create.backup(ws, tmp_path / "voor.casusbackup")
    before = queries.count_cases(ws)
    with ws.register.session() as session:  # a change after the backup, which the restore undoes
        from casus_app.storage.models import Case

        session.query(Case).filter(Case.id == session.query(Case.id).limit(1).scalar_subquery()).delete()
    assert queries.count_cases(ws) == before - 1

    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(archive), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: (PASSWORD, True))

    result = main_window.admin_screens.backups.restore_backup()
    assert result is not None, told
    assert told and "gecontroleerd en teruggezet" in told[0]
    assert main_window.next_register == path and not main_window.isVisible()
    restored = login.login(path, USER, PASSWORD)
    try:
        assert queries.count_cases(restored) == before
    finally:
        restored.close()


def test_a_wrong_password_changes_nothing_and_still_signs_in_again(qtbot, main_window, tmp_path, monkeypatch):
    path = main_window.ws.register.path
    archive = create.backup(main_window.ws, tmp_path / "b.casusbackup")
    warned: list[str] = []

    def warning(parent, title, text, *rest):
        warned.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(archive), ""))
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("niet het goede wachtwoord", True))
    assert main_window.admin_screens.backups.restore_backup() is None
    assert "Onjuist wachtwoord" in warned[-1]
    assert main_window.next_register == path
    login.login(path, USER, PASSWORD).close()
