"""Picking an open case of one gebied by casusnummer, address or name: for the chair adding to the agenda."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.services.cases import queries as cases
from casus_app.services.cases.queries import CaseFilter
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.debounce import Debouncer
from casus_app.ui.widgets.labels import kind_label


class CasePickerDialog(QDialog):
    """Accepted with `case_id` set. With `masked` the list shows the buurt, never an address.
    `area_code` None: every gebied the user sees (the doorbraakteam's agenda)."""

    def __init__(
        self, ws: Workspace, area_code: str | None, parent: QWidget | None = None, *, masked: bool = False
    ) -> None:
        super().__init__(parent)
        self.ws, self.area_code, self.masked = ws, area_code, masked
        self.case_id: int | None = None
        # Gone once closed: no case data stays behind in a hidden window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Casus op de agenda zetten"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Casusnummer, adres of naam…"))
        self.search_edit.setToolTip(self.tr("Typ om te zoeken; pijl omlaag naar de lijst, Enter kiest"))
        self.search_edit.setAccessibleName(self.tr("Zoeken"))
        if masked:  # presentation mode: a name typed to search is not projected
            self.search_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Lopende casussen"))
        label = QLabel(
            self.tr("&Zoek een lopende casus in dit gebied")
            if area_code
            else self.tr("&Zoek een lopende casus (alle gebieden)")
        )
        label.setBuddy(self.search_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.ok_button = buttons.addButton(self.tr("&Op de agenda"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self._debouncer = Debouncer(parent=self)
        self._debouncer.triggered.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._debouncer.poke())
        self.search_edit.returnPressed.connect(self._enter)
        self.list.itemActivated.connect(lambda _i: self.choose())
        self.refresh()

    def refresh(self) -> None:
        flt = CaseFilter(text=self.search_edit.text().strip(), area_code=self.area_code, status="lopend")
        self.list.clear()
        rows = cases.list_cases(self.ws, flt, limit=50)  # logs the search and the cases it shows
        for row in rows:
            place = (
                row.neighbourhood
                if self.masked
                else ", ".join(p for p in (row.address, row.neighbourhood) if p)
            )
            item = QListWidgetItem(
                " · ".join(p for p in (row.ref, kind_label(row.kind), place, row.category) if p)
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)

    def _enter(self) -> None:
        self._debouncer.flush()
        self.choose()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and self.search_edit.hasFocus():
            self.list.setFocus()
            return
        super().keyPressEvent(event)

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.case_id = item.data(Qt.ItemDataRole.UserRole)
            self.accept()
