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


def test_the_backup_settings_and_a_backup_each_time_casus_closes(qtbot, main_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from casus_app.services.backup import reminder
    from casus_app.ui.admin.backup_settings import BackupSettingsDialog
    from tests.ui.modal import when_modal

    backups = main_window.admin_screens.backups
    folder = tmp_path / "afsluiten"
    folder.mkdir()

    def fill(dialog: BackupSettingsDialog) -> None:
        dialog.days_spin.setValue(0)
        assert dialog.days_spin.text() == "nooit"
        assert not dialog.folder_edit.isEnabled()
        dialog.on_close_box.setChecked(True)
        dialog.folder_edit.setText(str(tmp_path / "bestaat-niet"))
        dialog.save_button.click()
        assert dialog.isVisible() and "bestaat niet" in dialog.error_label.text()  # nothing lost
        dialog.folder_edit.setText(str(folder))
        dialog.save_button.click()

    when_modal(BackupSettingsDialog, fill)
    try:
        dialog = backups.show_settings()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert reminder.reminder_days(main_window.ws) == 0 and not backups.reminder_button.isVisible()
        assert reminder.on_close_folder(main_window.ws) == folder

        # A failed backup on closing asks first; "Nee" keeps the window and the register open.
        folder.rmdir()
        asked = []
        monkeypatch.setattr(
            QMessageBox, "warning", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No
        )
        main_window.close()
        assert asked and "niet gelukt" in asked[0] and "bestaat niet" in asked[0]
        assert main_window.isVisible()

        folder.mkdir()
        main_window.close()
        made = list(folder.glob("*-afsluiten-*.casusbackup"))
        assert len(made) == 1 and zipfile.is_zipfile(made[0])
        assert not main_window.isVisible()
    finally:
        if not main_window._workspace_closed:
            reminder.set_on_close_folder(main_window.ws, None)
            reminder.set_reminder_days(main_window.ws, reminder.DEFAULT_REMINDER_DAYS)
