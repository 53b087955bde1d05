"""Beheer › Back-up maken… makes the encrypted backup in the background; the reminder goes away."""

from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QFileDialog


def test_backup_from_the_menu_with_progress_and_the_reminder(qtbot, main_window, tmp_path, monkeypatch):
    backups = main_window.admin_screens.backups
    assert backups is not None
    assert backups.reminder_button.isVisible()
    assert "Nog geen back-up" in backups.reminder_button.text()

    target = tmp_path / "kopie"  # without the extension: Casus adds it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    backups.backup_action.trigger()
    assert backups._progress is not None and backups._progress.isVisible()
    assert not backups.backup_action.isEnabled()  # one backup at a time
    qtbot.waitUntil(lambda: backups.last_made is not None, timeout=60_000)
    made = tmp_path / "kopie.casusbackup"
    assert backups.last_made == made and made.exists()
    with zipfile.ZipFile(made) as archive:
        assert "sleutels.json" in archive.namelist()
    assert not backups.reminder_button.isVisible()
    assert backups.backup_action.isEnabled()
    assert "kopie.casusbackup" in main_window.statusBar().currentMessage()


def test_no_backup_from_behind_the_lock(main_window):
    backups = main_window.admin_screens.backups
    main_window.lock()
    assert not backups.backup_action.isEnabled() and not backups.reminder_button.isEnabled()
