"""Free text in presentation mode: hidden until the chair presses "Tonen", then shown with the case's
betrokkenen masked. Three shapes: a read-only text (`HiddenText`), an editor that is covered while it
holds text (`GuardedEditor`), and the free-text columns of a list (`RevealButton`).

Outside presentation mode each shows the text as typed. Pressing "Tonen" goes through the service,
which logs it; a new case, or switching presentation mode, hides the text again.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casus_app.services.privacy import masking
from casus_app.ui.shell.presentation import Presentation


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # register data is never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Revealable:
    """What the three shapes share: the switch, the cases shown, and whether "Tonen" was pressed."""

    what = ""

    def _init_reveal(self, what: str) -> None:
        self.what = what
        self.presentation: Presentation | None = None
        self.case_ids: list[int] = []
        self.revealed = False
        self._ids: dict[int, masking.Identifiers] = {}

    def bind(self, presentation: Presentation) -> None:
        self.presentation = presentation
        # A bound method of this QObject: Qt drops the connection when the widget is deleted.
        presentation.changed.connect(self.hide_again)

    @property
    def hiding(self) -> bool:
        """Presentation mode is on: free text is hidden or, once revealed, masked."""
        return self.presentation is not None and self.presentation.on

    def set_cases(self, case_ids: Iterable[int]) -> None:
        """The cases whose text is shown; other cases than before are hidden again."""
        ids = sorted({i for i in case_ids if i is not None})
        if ids != self.case_ids:
            self.case_ids, self.revealed, self._ids = ids, False, {}

    def hide_again(self, *_args: object) -> None:
        self.revealed = False
        self._ids = {}
        self.refresh_text()

    def reveal(self) -> None:
        if self.presentation is not None and self.presentation.reveal(self.what, self.case_ids):
            self._ids = self.presentation.identifiers(self.case_ids)
            self.revealed = True
            self.refresh_text()

    def masked(self, text: str, case_id: int | None = None) -> str:
        """`text` with the betrokkenen of `case_id` (default: of every case shown) masked."""
        if case_id is not None:
            ids = self._ids.get(case_id, masking.Identifiers())
        else:
            ids = masking.merge(self._ids.values())
        return masking.mask(text, ids) or ""

    def refresh_text(self) -> None:
        raise NotImplementedError


def _reveal_button(parent: QWidget, text: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(
        QCoreApplication.translate(
            "HiddenText",
            "Deze tekst op het scherm tonen (wordt vastgelegd); namen, adressen en geboortedatums "
            "van betrokkenen blijven verborgen",
        )
    )
    return button


class HiddenText(QWidget, _Revealable):
    """A read-only text field, such as the samenvatting."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_reveal(what)
        self.text = ""
        self.empty_text = ""
        self.label = _plain_label()
        self.button = _reveal_button(self, self.tr("Tonen"))
        self.button.setAccessibleName(self.tr("%1 tonen").replace("%1", what))
        self.button.clicked.connect(self.reveal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.refresh_text()

    def set_text(self, text: str | None, case_ids: Iterable[int] = (), empty_text: str = "") -> None:
        self.text, self.empty_text = text or "", empty_text
        self.set_cases(case_ids)
        self.refresh_text()

    def clear(self) -> None:
        self.set_text("")

    def refresh_text(self) -> None:
        hidden = self.hiding and bool(self.text) and not self.revealed
        self.button.setVisible(hidden)
        if not self.text:
            self.label.setText(self.empty_text)
        elif hidden:
            self.label.setText(self.tr("(verborgen in presentatiemodus)"))
        elif self.hiding:
            self.label.setText(self.masked(self.text))
        else:
            self.label.setText(self.text)


class GuardedEditor(QStackedWidget, _Revealable):
    """An editor that presentation mode covers while it holds text. "Tonen" shows the text masked and
    read-only: editing it would save the masks. An empty editor stays open for typing."""

    def __init__(self, editor: QPlainTextEdit | QLineEdit, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_reveal(what)
        self.editor = editor
        cover = QWidget()
        self.cover_label = _plain_label()
        self.cover_label.setObjectName("muted")
        self.button = _reveal_button(self, self.tr("Tonen"))
        self.button.setAccessibleName(self.tr("%1 tonen").replace("%1", what))
        self.button.clicked.connect(self.reveal)
        self.hint_label = QLabel(self.tr("Zet de presentatiemodus uit (F11) om deze tekst te wijzigen."))
        self.hint_label.setObjectName("muted")
        self.hint_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.cover_label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(cover)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.hint_label)
        column.addStretch(1)
        self.addWidget(editor)
        self.addWidget(cover)
        self.cover = cover

    def _text(self) -> str:
        return self.editor.toPlainText() if isinstance(self.editor, QPlainTextEdit) else self.editor.text()

    def loaded(self, case_ids: Iterable[int]) -> None:
        """Call after the editor was filled for a case: hidden again until "Tonen"."""
        self.set_cases(case_ids)
        self.refresh_text()

    def refresh_text(self) -> None:
        text = self._text()
        if not (self.hiding and text.strip()):
            self.setCurrentWidget(self.editor)
            return
        self.button.setVisible(not self.revealed)
        self.hint_label.setVisible(self.revealed)
        self.cover_label.setText(
            self.masked(text) if self.revealed else self.tr("(verborgen in presentatiemodus)")
        )
        self.setCurrentWidget(self.cover)


class RevealButton(QPushButton, _Revealable):
    """One "Tonen" for the free-text columns of a list; the view asks `cell()` for each such cell and
    redraws on `toggled_text`."""

    toggled_text = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_reveal(what)
        self.setText(self.tr("Tekst tonen"))
        self.setToolTip(
            self.tr(
                "De tekst in deze lijst tonen (wordt vastgelegd); namen, adressen en geboortedatums "
                "van betrokkenen blijven verborgen"
            )
        )
        self.clicked.connect(self.reveal)
        self.setVisible(False)

    def set_cases(self, case_ids: Iterable[int]) -> None:
        super().set_cases(case_ids)
        self.setVisible(self.hiding and not self.revealed and bool(self.case_ids))

    def cell(self, text: str | None, case_id: int | None = None) -> str:
        if not text:
            return ""
        if not self.hiding:
            return text
        if not self.revealed:
            return self.tr("(verborgen)")
        return self.masked(text, case_id)

    def refresh_text(self) -> None:
        self.setVisible(self.hiding and not self.revealed and bool(self.case_ids))
        self.toggled_text.emit()
