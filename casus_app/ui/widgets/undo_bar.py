"""A line that says what was just done, with a button to undo it (Ctrl+Z).

"Gedaan" takes effect at once, without a question, wherever it is offered (meeting mode, Mijn
afspraken, the case view); a click too many is undone here, right after it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from casus_app.domain.errors import CasusError
from casus_app.ui.widgets.errors import error_text


class UndoBar(QWidget):
    """Hidden until `offer`; emits `undone` after the undo ran, `problem(message)` if it failed."""

    undone = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo: Callable[[], None] | None = None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setObjectName("note")
        # No Alt-letter: Ctrl+Z is the one undo key everywhere, and Alt+Z is taken in meeting mode.
        self.button = QPushButton(self.tr("Ongedaan maken (Ctrl+Z)"))
        self.button.setToolTip(self.tr("Zet de afspraak weer open (Ctrl+Z)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.undo)
        # Ctrl+Z on the screen this bar is on; a text field keeps its own Ctrl+Z while it has focus.
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), parent or self)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.undo)
        self.shortcut.setEnabled(False)
        self.hide()

    @property
    def offered(self) -> bool:
        return self._undo is not None

    def offer(self, message: str, undo: Callable[[], None]) -> None:
        self._undo = undo
        self.label.setText(message)
        self.shortcut.setEnabled(True)
        self.show()

    def withdraw(self) -> None:
        self._undo = None
        self.shortcut.setEnabled(False)
        self.hide()

    def undo(self) -> None:
        undo = self._undo
        if undo is None:
            return
        self.withdraw()
        try:
            undo()
        except CasusError as exc:
            self.problem.emit(error_text(exc))
            return
        self.undone.emit()
