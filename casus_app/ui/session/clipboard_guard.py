"""What Casus does with the clipboard: nothing personal on its own, and no trace in clipboard history.

- Tables and lists never copy on Ctrl+C (Qt's item views would copy the current cell: a name).
- What the user copies from a text field themselves is marked so that Windows leaves it out of
  its clipboard history and cloud clipboard, and is cleared when Casus locks or closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication

# Windows clipboard formats that history and cloud sync honour (as password managers set them).
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
EXCLUDE_FORMATS = {
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): b"\x01",
    _WINDOWS.format("CanIncludeInClipboardHistory"): b"\x00\x00\x00\x00",
    _WINDOWS.format("CanUploadToCloudClipboard"): b"\x00\x00\x00\x00",
}
MARK = "application/x-casus-guarded"


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        assert app is not None  # made before any window
        app.installEventFilter(self)
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._mark_own_copy)

    def stop(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)
        self._clipboard.dataChanged.disconnect(self._mark_own_copy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractItemView):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.matches(QKeySequence.StandardKey.Copy) or key_event.matches(
                QKeySequence.StandardKey.Cut
            ):
                event.accept()
                return True
        return False

    def _owns(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        # Platforms without a system clipboard keep it inside this process: all of it is ours.
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return True
        if mode == QClipboard.Mode.Selection:
            return self._clipboard.ownsSelection()
        return self._clipboard.ownsClipboard()

    def _mark_own_copy(self) -> None:
        if not self._owns():
            return
        current = self._clipboard.mimeData()
        if current is None or current.hasFormat(MARK):
            return
        marked = QMimeData()
        for fmt in current.formats():
            marked.setData(fmt, current.data(fmt))
        if current.hasText():
            marked.setText(current.text())
        for fmt, value in EXCLUDE_FORMATS.items():
            marked.setData(fmt, value)
        marked.setData(MARK, b"1")
        self._clipboard.setMimeData(marked, QClipboard.Mode.Clipboard)

    def clear_own(self) -> None:
        """Empty the clipboard if what is on it came from Casus (on lock and on quit)."""
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            if mode == QClipboard.Mode.Selection and not self._clipboard.supportsSelection():
                continue
            data = self._clipboard.mimeData(mode)
            if self._owns(mode) or (data is not None and data.hasFormat(MARK)):
                self._clipboard.clear(mode)
