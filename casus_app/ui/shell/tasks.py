"""Running a slow service call (key derivation, building a register) off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casus_app.domain.errors import CasusError


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()  # the worker is done with this object; sent last

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._release)  # queued: runs on the UI thread, where self lives

    def _release(self) -> None:
        if self in _in_flight:
            _in_flight.remove(self)
        self.deleteLater()  # on this, the UI, thread, once the worker has let go


# One signal object per run, held here on the UI thread until its worker has sent its last signal and
# then deleted there: otherwise the last reference could go in the worker thread (the task's owner
# already gone) and destroy a QObject of the UI thread there, or go on the UI thread while the
# worker is still inside `emit` (a rare segmentation fault at the end of a restore).
_in_flight: list[_Signals] = []


class _Runnable(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._call = call
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class Task(QObject):
    """One call in the thread pool; its signals arrive on the UI thread.

    `failed` carries a CasusError for the user to read. Anything else is a programming error and
    is raised again on the UI thread, so it is not swallowed by the worker.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals: _Signals | None = None  # those of the current run
        self.running = False

    def report_progress(self, done: int, total: int) -> None:
        """A progress callback for services; safe to call from the worker thread."""
        if self._signals is not None:
            self._signals.progress.emit(done, total)

    def start(self, call: Callable[[], Any]) -> None:
        self.running = True
        # Not a child of self: the worker may still emit after the owner of this task is gone.
        signals = _Signals()
        signals.progress.connect(self.progress)
        signals.succeeded.connect(self._on_succeeded)
        signals.failed.connect(self._on_failed)
        _in_flight.append(signals)
        self._signals = signals
        QThreadPool.globalInstance().start(_Runnable(call, signals))

    def _on_succeeded(self, result: object) -> None:
        self.running = False
        self.succeeded.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        if not isinstance(exc, CasusError):
            raise exc
        self.failed.emit(exc)
