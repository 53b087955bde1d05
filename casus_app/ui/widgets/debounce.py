"""Waiting for a pause in typing before acting on it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

SEARCH_DELAY_MS = 250


class Debouncer(QObject):
    """`poke()` on every keystroke; `triggered` fires once, `delay_ms` after the last poke."""

    triggered = Signal()

    def __init__(self, delay_ms: int = SEARCH_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.triggered)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def poke(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        """Act now on a pending poke (Enter pressed before the pause ended)."""
        if self._timer.isActive():
            self._timer.stop()
            self.triggered.emit()
