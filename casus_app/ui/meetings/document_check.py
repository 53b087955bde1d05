"""Before a verslag or afsprakenlijst is written: each betrokkene named in its free text, for the chair
to mask (the default), replace with other words, or let stand (logged when the document is written)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.services.privacy import masking
from casus_app.services.privacy.document_check import MINUTES, Decision, DocumentCheck, Hit
from casus_app.ui.widgets.errors import translated_text

MASK, REPLACE, KEEP = 0, 1, 2
COL_CASE, COL_FIELD, COL_KIND, COL_TEXT, COL_CHOICE = range(5)


class DocumentCheckDialog(QDialog):
    """Accepted with `decisions()` for the writer. `masked` (presentation mode): the hits themselves are
    not shown, only what kind they are and where. `problem(hit, text)` says why a replacement cannot be
    used (it names a betrokkene too), or returns None."""

    def __init__(
        self,
        check: DocumentCheck,
        problem: Callable[[Hit, str], str | None],
        *,
        masked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Gone once closed: no case data stays behind in a hidden window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.hits, self.problem, self.masked = check.hits, problem, masked
        self.choices: list[tuple[int, str]] = [(MASK, "") for _ in self.hits]
        document = self.tr("het verslag") if check.document == MINUTES else self.tr("de afsprakenlijst")
        self.setWindowTitle(self.tr("Controle van %1").replace("%1", document))
        heading = QLabel(self.tr("Namen en adressen in %1").replace("%1", document))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "De vrije tekst noemt %1 keer een naam, adres of geboortedatum van een betrokkene. Een verslag "
                "noemt alleen casusnummer en buurt. Kies per treffer: maskeren (zo staat het nu), vervangen "
                "door eigen woorden, of laten staan; wat blijft staan, wordt vastgelegd in het logboek."
            ).replace("%1", str(len(self.hits)))
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(self.hits), 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Casus"), self.tr("Veld"), self.tr("Soort"), self.tr("Tekst"), self.tr("Keuze")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Treffers"))
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # Wrapped text changes row heights when a column's width changes (the first show included).
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        for row, hit in enumerate(self.hits):
            # On a projected screen not even the text around a hit: it is free text.
            context = self.tr("(verborgen in presentatiemodus)") if masked else hit.context
            for column, value in (
                (COL_CASE, hit.case_ref),
                (COL_FIELD, translated_text(hit.field)),
                (COL_KIND, translated_text(hit.kind)),
                (COL_TEXT, context),
            ):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
            self._show_choice(row)
        self.table.resizeRowsToContents()

        self.mask_radio = QRadioButton(self.tr("&Maskeren"))
        self.replace_radio = QRadioButton(self.tr("&Vervangen door:"))
        self.keep_radio = QRadioButton(self.tr("&Laten staan (bevestigen)"))
        self.keep_radio.setToolTip(self.tr("De treffer komt zo in het document; dit wordt vastgelegd"))
        self.group = QButtonGroup(self)
        for choice, radio in (
            (MASK, self.mask_radio),
            (REPLACE, self.replace_radio),
            (KEEP, self.keep_radio),
        ):
            self.group.addButton(radio, choice)
        self.replacement_edit = QLineEdit()
        self.replacement_edit.setPlaceholderText(self.tr("bijvoorbeeld: de moeder, de zoon, de woning"))
        self.replacement_edit.setAccessibleName(self.tr("Vervangen door"))
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.mask_radio)
        choice_row.addWidget(self.replace_radio)
        choice_row.addWidget(self.replacement_edit, 1)
        choice_row.addWidget(self.keep_radio)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.write_button = buttons.addButton(
            self.tr("&Document maken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(choice_row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(980, 560)

        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.group.idToggled.connect(self._choice_changed)
        self.replacement_edit.textEdited.connect(lambda _text: self._choice_changed(REPLACE, True))
        if self.hits:
            self.table.selectRow(0)
        self.table.setFocus()

    # -- the chair's choices ------------------------------------------------------------------------
    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _row_chosen(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        choice, text = self.choices[row]
        self.group.blockSignals(True)
        self.group.button(choice).setChecked(True)
        self.group.blockSignals(False)
        self.replacement_edit.setText(text)

    def _choice_changed(self, choice: int, checked: bool) -> None:
        row = self.current_row()
        if row < 0 or not checked:
            return
        if choice == REPLACE and not self.replace_radio.isChecked():
            self.replace_radio.setChecked(True)  # typing a replacement chooses it
        self.choices[row] = (choice, self.replacement_edit.text() if choice == REPLACE else "")
        self._show_choice(row)
        self.error_label.hide()

    def set_choice(self, row: int, choice: int, replacement: str = "") -> None:
        """As the chair would: choose the row, then its option (and type the replacement)."""
        self.table.selectRow(row)
        if choice == REPLACE:
            self.replacement_edit.setText(replacement)
        self.group.button(choice).setChecked(True)
        self._choice_changed(choice, True)

    def _show_choice(self, row: int) -> None:
        choice, text = self.choices[row]
        hit = self.hits[row]
        if choice == KEEP:
            shown = self.tr("laten staan")
        elif choice == REPLACE:
            shown = self.tr("vervangen door: %1").replace("%1", text)
        else:
            shown = self.tr("maskeren als %1").replace("%1", masking.MARKS[hit.kind])
        self.table.setItem(row, COL_CHOICE, QTableWidgetItem(shown))

    def confirm(self) -> None:
        for row, (choice, text) in enumerate(self.choices):
            if choice != REPLACE:
                continue
            message = (
                self.tr("Vul in waardoor de treffer vervangen wordt, of kies maskeren.")
                if not text.strip()
                else self.problem(self.hits[row], text)
            )
            if message:
                self.table.selectRow(row)
                self.error_label.setText(message)
                self.error_label.show()
                self.replacement_edit.setFocus()
                return
        self.accept()

    def decisions(self) -> dict[tuple[str, int, str], Decision]:
        result = {}
        for hit, (choice, text) in zip(self.hits, self.choices, strict=True):
            if choice == KEEP:
                result[hit.key] = Decision(keep=True)
            elif choice == REPLACE:
                result[hit.key] = Decision(replacement=text.strip())
        return result
