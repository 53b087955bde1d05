"""Acting on a modal dialog the code under test is about to open (its exec() blocks the test)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal(cls: type, act: Callable[[Any], None]) -> None:
    """Handle the modal dialog of class `cls` that is about to open: `act` on it once it shows.
    An exception in `act` fails the test (pytest-qt reports exceptions raised in Qt callbacks)."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, handle)
            return
        act(dialog)

    QTimer.singleShot(0, handle)
