"""Lock after inactivity: any key, click, scroll or mouse movement in Casus starts the wait again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES = 10
SETTING = "session.lock_minutes"
MIN_MINUTES, MAX_MINUTES = 1, 240

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


def lock_minutes(ws) -> int:
    """The register's inactivity limit (beheerder setting), within sane bounds."""
    from casus_app.services.admin.settings import get_setting

    value = get_setting(ws, SETTING)
    try:
        minutes = int(value) if value is not None else DEFAULT_MINUTES
    except ValueError:
        minutes = DEFAULT_MINUTES
    return min(max(minutes, MIN_MINUTES), MAX_MINUTES)


class IdleLock(QObject):
    """Calls `lock` once no user input reached the application for `minutes`.

    An event filter on the QApplication sees input for every window and dialog of Casus, so
    working in a dialog also counts as activity.
    """

    def __init__(self, lock: Callable[[], None], minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        if self.timer.isActive():
            self.timer.start()

    def restart(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False

    def _expired(self) -> None:
        self._lock()
