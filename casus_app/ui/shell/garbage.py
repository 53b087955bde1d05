"""Python's cyclic garbage collector runs on the main thread only.

Automatic collection runs in whichever thread happens to allocate. When that is a worker thread
(a service call in the thread pool), it may destroy Qt objects that belong to the UI thread,
and Qt crashes. So automatic collection is switched off and a timer collects on the UI thread
(as Anki does for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    def collect(self) -> None:
        # Only when a generation is due, so the timer costs nothing on an idle window.
        threshold = gc.get_threshold()
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > threshold[generation]:
                gc.collect(generation)
                return
