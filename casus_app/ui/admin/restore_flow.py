"""Beheer › Back-up terugzetten…: the restore the command line does, in the window.

The register must be closed to be replaced, so the main window closes its workspace first and
signs in again afterwards (app.run_gui reopens `window.next_register`), whether the restore
succeeded or not: a failed restore changes nothing. The service is tried without confirmation
first; the differences it reports (today's users it cannot keep) are shown and confirmed here,
and a backup today's password does not open asks for the password of then or the recovery key.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QProgressDialog, QWidget

from casus_app.domain.errors import CasusError
from casus_app.services.backup.create import restore
from casus_app.services.backup.restore import BackupNotOpened, RestoreNotConfirmed, RestoreResult
from casus_app.ui.shell.tasks import Task
from casus_app.ui.widgets.errors import error_text, said_text


class RestoreFlow:
    """One restore: ask, run in the background, answer the service's questions, report."""

    def __init__(self, parent: QWidget | None, register: Path, user_name: str) -> None:
        self.parent = parent
        self.register = register
        self.user_name = user_name
        self.result: RestoreResult | None = None
        self.error: str | None = None

    def run(self, archive: Path, password: str) -> RestoreResult | None:
        secret: str | None = None
        confirmed = False
        while True:
            try:
                self.result = self._in_background(
                    partial(self._restore, archive, password, secret, confirmed)
                )
                return self.result
            except RestoreNotConfirmed as exc:
                if confirmed or not self._confirm(exc.differences):
                    self.error = QCoreApplication.translate("RestoreFlow", "Er is niets teruggezet.")
                    return None
                confirmed = True
            except BackupNotOpened as exc:
                if secret is not None:
                    self.error = error_text(exc)
                    return None
                secret = self._ask_secret(error_text(exc))
                if not secret:
                    self.error = QCoreApplication.translate("RestoreFlow", "Er is niets teruggezet.")
                    return None
            except CasusError as exc:
                self.error = error_text(exc)
                return None

    def _restore(self, archive: Path, password: str, secret: str | None, confirmed: bool) -> RestoreResult:
        return restore(
            archive, self.register, self.user_name, password, backup_secret=secret, confirm=confirmed
        )

    def _in_background(self, call: Callable[[], RestoreResult]) -> RestoreResult:
        progress = QProgressDialog(
            QCoreApplication.translate("RestoreFlow", "De back-up wordt gecontroleerd en teruggezet…"),
            "",
            0,
            0,
            self.parent,
        )
        progress.setWindowTitle(QCoreApplication.translate("RestoreFlow", "Casus – back-up terugzetten"))
        progress.setCancelButton(None)  # half a restore does not exist: it finishes or changes nothing
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.show()
        task = Task()
        outcome: dict[str, object] = {}
        loop = QEventLoop()

        def done(key: str, value: object) -> None:
            outcome[key] = value
            loop.quit()

        task.succeeded.connect(lambda value: done("value", value))
        task.failed.connect(lambda exc: done("error", exc))
        task.start(call)
        loop.exec()
        progress.close()
        progress.deleteLater()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["value"]  # type: ignore[return-value]

    def _confirm(self, differences: list[str]) -> bool:
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("RestoreFlow", "Back-up terugzetten"),
            QCoreApplication.translate("RestoreFlow", "Let op bij het terugzetten:")
            + "\n\n"
            + "\n".join(f"• {said_text(line)}" for line in differences)
            + "\n\n"
            + QCoreApplication.translate("RestoreFlow", "Toch terugzetten?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_secret(self, message: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.parent,
            QCoreApplication.translate("RestoreFlow", "Back-up terugzetten"),
            message
            + "\n\n"
            + QCoreApplication.translate("RestoreFlow", "Wachtwoord van toen of herstelsleutel:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None
