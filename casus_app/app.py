"""The desktop application: `run_gui(db_path)` starts Casus on one register."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from casus_app.paths import resources_dir
from casus_app.services.auth.login import register_exists
from casus_app.services.workspace import Workspace
from casus_app.ui.session.change_password import ChangePasswordDialog
from casus_app.ui.session.first_run import FirstRunDialog
from casus_app.ui.session.login import LoginDialog
from casus_app.ui.shell.garbage import MainThreadGarbageCollector
from casus_app.ui.shell.main_window import MainWindow

TRANSLATOR_NAME = "casus-translator"


def install_translations(app: QApplication) -> None:
    """Dutch is the source language and the default; `casus_<locale>.qm` is loaded when chosen.

    Qt's own texts (context menus, standard buttons) follow the language Casus ends up speaking.
    `CASUS_LANGUAGE` (`nl` or `en`) chooses the language. Calling this again replaces
    the translators installed before.
    """
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    chosen = os.environ.get("CASUS_LANGUAGE", "").strip().lower()
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    choices = {"nl": dutch, "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
    # Dutch is the default whatever the workstation's locale; English only when chosen.
    locale = choices.get(chosen, dutch)
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if translator.load(locale, "casus", "_", str(resources_dir() / "translations")):
        app.installTranslator(translator)
    else:
        locale = dutch
    qt_translator = QTranslator(app)
    qt_translator.setObjectName(TRANSLATOR_NAME)
    if qt_translator.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    stylesheet = resources_dir() / "style.qss"
    if stylesheet.exists():
        app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv)
    )
    app.setApplicationName("Casus")
    app.setApplicationDisplayName("Casus")
    app.setOrganizationName("Heerlen-Noord")
    icon = resources_dir() / "icons" / "casus.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    apply_style(app)
    if app.findChild(MainThreadGarbageCollector) is None:
        MainThreadGarbageCollector(app)  # the application owns it (Qt parent), and so keeps it
    return app


def open_workspace(db_path: Path) -> Workspace | None:
    """First run or sign in; None when the user cancels."""
    dialog: LoginDialog | FirstRunDialog = (
        LoginDialog(db_path) if register_exists(db_path) else FirstRunDialog(db_path)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if isinstance(dialog, FirstRunDialog) and dialog.existing_demo is not None:
        return open_workspace(dialog.existing_demo)  # the demo of an earlier start: sign in there
    ws = dialog.workspace
    if ws is None:
        return None
    if ws.actor.must_change_password and not own_password_chosen(ws):
        ws.close()
        return None
    return ws


def own_password_chosen(ws: Workspace) -> bool:
    """A beheerder chose this user's password: the user picks their own before anything else."""
    return ChangePasswordDialog(ws, forced=True).exec() == QDialog.DialogCode.Accepted


def run_gui(db_path: Path) -> int:
    """Start the interface on the register at `db_path`; returns the exit code.

    Bestand › Ander register openen… closes the window and signs in to the register chosen there.
    """
    path: Path | None = Path(db_path)
    app = create_application()
    from casus_app.ui.shell import crash_report

    crash_report.install()  # a Dutch message and a report without personal data, never a traceback
    code = 0
    while path is not None:
        ws = open_workspace(path)
        if ws is None:
            return code
        window = MainWindow(ws)
        window.show()
        try:
            code = app.exec()
        finally:
            window.close_workspace()
        path = window.next_register
    return code


def window_selftest(db_path: Path, user: str, password: str) -> int:
    """Open the main window on a register without interaction (installation check).

    Returns the number of case rows the window shows; used by `casus-app selftest` and the
    bundle's smoke test.
    """
    from casus_app.services.auth import login

    app = create_application([sys.argv[0]])
    ws = login.login(Path(db_path), user, password)
    window = MainWindow(ws)
    try:
        window.show()
        table = window.case_list.table if window.case_list is not None else None
        deadline = time.monotonic() + 10
        rows = 0
        while time.monotonic() < deadline:
            app.processEvents()
            rows = table.model().rowCount() if table is not None and table.model() is not None else 0
            if rows or table is None:
                break
            time.sleep(0.02)
        return rows
    finally:
        window.close_workspace()
        window.close()
