"""Unexpected errors in the interface: a Dutch message, and a crash report without personal data.

A traceback's message and local variables can hold a name, an address or a note (an SQL error
quotes the values it refused). The report therefore keeps only the exception's type and, per
frame, file, line and function: enough to find the bug, nothing about anyone.
"""

from __future__ import annotations

import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from casus_app.domain import clock
from casus_app.services.admin.crash_reports import crash_dir, save_crash_report

__all__ = ["crash_dir", "crash_text", "install", "write_crash_report"]


def crash_text(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The report: type and frames only — never str(exc), never locals."""
    lines = [
        "Casus foutrapport (zonder persoonsgegevens: geen foutmelding, geen waarden)",
        f"tijd: {clock.now().isoformat(timespec='seconds')}",
        f"python: {platform.python_version()}  systeem: {platform.system()} {platform.release()}",
        f"fout: {exc_type.__module__}.{exc_type.__qualname__}",
        "stapels (bestand:regel functie):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short(frame.filename)}:{frame.lineno} {frame.name}")
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    """Paths inside Casus relative to the package; elsewhere the file name only (no user folders)."""
    parts = Path(filename).parts
    if "casus_app" in parts:
        return "/".join(parts[parts.index("casus_app") :])
    return Path(filename).name


def write_crash_report(
    exc_type: type[BaseException], tb: TracebackType | None, folder: Path | None = None
) -> Path:
    return save_crash_report(crash_text(exc_type, tb), folder)


def install(folder: Path | None = None, *, show_message: bool = True) -> None:
    """Replace sys.excepthook for the interface (idempotent)."""
    if getattr(sys.excepthook, "_casus", False):
        return

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            path = write_crash_report(exc_type, tb, folder)
        except OSError:
            path = None
        # Only the type goes to the terminal as well: stderr may end up in a log file.
        print(f"Casus: onverwachte fout ({exc_type.__name__}); foutrapport: {path}", file=sys.stderr)
        if show_message:
            _show(path)

    hook._casus = True  # type: ignore[attr-defined]
    sys.excepthook = hook


def _show(path: Path | None) -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    text = QCoreApplication.translate(
        "CrashReport",
        "Er ging iets mis in Casus. Wat u net deed is mogelijk niet bewaard; controleer het en probeer het "
        "opnieuw.\n\nEr is een foutrapport opgeslagen zonder persoonsgegevens. Geef het aan de beheerder "
        "als dit vaker gebeurt:\n%1",
    ).replace("%1", str(path) if path else QCoreApplication.translate("CrashReport", "(niet gelukt)"))
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("CrashReport", "Casus – fout"), text
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
