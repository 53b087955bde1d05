"""Beheer › Referentielijsten…: organisaties, gebieden, buurten, focusbuurten, categorieën,
afsluitredenen, doorbraaktypen and interventietypen (services/admin/reference_lists). Add, rename,
retire or take back, and delete only what nothing uses; a focusbuurt's buurten are chosen with
"Buurten…"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.enums import CaseKind
from casus_app.domain.errors import CasusError
from casus_app.services.admin import reference_lists as lists
from casus_app.services.admin.areas import list_areas
from casus_app.services.admin.reference_lists import ReferenceItem
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import kind_label

ID_ROLE = Qt.ItemDataRole.UserRole


class ReferenceListsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.items: list[ReferenceItem] = []
        self.setWindowTitle(self.tr("Casus – referentielijsten"))
        self.list_names = {
            lists.ORGANISATIONS: self.tr("Organisaties"),
            lists.AREAS: self.tr("Gebieden"),
            lists.NEIGHBOURHOODS: self.tr("Buurten"),
            lists.FOCUS_AREAS: self.tr("Focusbuurten"),
            lists.CATEGORIES: self.tr("Categorieën"),
            lists.CLOSING_REASONS: self.tr("Afsluitredenen"),
            lists.BREAKTHROUGH_TYPES: self.tr("Doorbraaktypen"),
            lists.INTERVENTION_TYPES: self.tr("Interventietypen"),
        }
        intro = QLabel(
            self.tr(
                "Wat buiten gebruik is, blijft staan bij de casussen, afspraken en plannen die het al "
                "hebben en telt mee in filters en tellingen, maar wordt niet meer aangeboden. Alleen wat "
                "nergens gebruikt wordt, kan weg. De code blijft altijd gelijk: die gebruiken exportbestanden."
            )
        )
        intro.setWordWrap(True)
        self.list_combo = QComboBox()
        for key, name in self.list_names.items():
            self.list_combo.addItem(name, key)
        list_label = QLabel(self.tr("&Lijst"))
        list_label.setBuddy(self.list_combo)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Code"), self.tr("Hoort bij"), self.tr("In gebruik"), self.tr("Status")]
        )
        self.table.setAccessibleName(self.tr("Items van de lijst"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Toevoegen…"))
        self.rename_button = QPushButton(self.tr("&Naam wijzigen…"))
        self.retire_button = QPushButton(self.tr("&Buiten gebruik"))
        self.retire_button.setToolTip(
            self.tr("Niet meer aanbieden; blijft bij wat het al gebruikt. Terug te draaien.")
        )
        self.delete_button = QPushButton(self.tr("&Verwijderen…"))
        self.delete_button.setToolTip(self.tr("Alleen wat nergens gebruikt wordt, bijvoorbeeld een tikfout"))
        self.members_button = QPushButton(self.tr("B&uurten…"))
        self.members_button.setToolTip(self.tr("Kies de buurten die bij deze focusbuurt horen"))
        self.members_button.setEnabled(False)  # for a focusbuurt only
        self.members_button.clicked.connect(self.choose_members)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_button.clicked.connect(self.delete)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.retire_button,
            self.delete_button,
            self.members_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)

        chooser = QHBoxLayout()
        chooser.addWidget(list_label)
        chooser.addWidget(self.list_combo, 1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(chooser)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.resize(820, 560)
        self.list_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()
        self.list_combo.setFocus()

    # -- the list ---------------------------------------------------------------------------------
    @property
    def list_name(self) -> str:
        return str(self.list_combo.currentData())

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self._current_id()
        self.items = lists.list_items(self.ws, self.list_name)
        areas = dict(list_areas(self.ws))
        buurten = (
            {b.id: b.name for b in lists.list_items(self.ws, lists.NEIGHBOURHOODS)}
            if self.list_name == lists.FOCUS_AREAS
            else {}
        )
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            belongs = (
                kind_label(CaseKind(item.kind))
                if item.kind
                else areas.get(item.area, item.area or "")
                if item.area
                else ", ".join(sorted(buurten.get(i, "") for i in item.members))
            )
            status = self.tr("buiten gebruik") if item.retired else self.tr("in gebruik")
            cells = [item.name, item.code if self.list_name != lists.NEIGHBOURHOODS else "", belongs]
            cells += [str(item.in_use), status]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.id)
                if item.retired:
                    cell.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, cell)
            if item.id == current:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        cell = self.table.item(rows[0].row(), 0) if rows else None
        return cell.data(ID_ROLE) if cell is not None else None

    def current_item(self) -> ReferenceItem | None:
        chosen = self._current_id()
        return next((i for i in self.items if i.id == chosen), None)

    def _update_buttons(self) -> None:
        item = self.current_item()
        for button in (self.rename_button, self.retire_button, self.delete_button):
            button.setEnabled(item is not None)
        self.retire_button.setText(
            self.tr("Weer in &gebruik") if item is not None and item.retired else self.tr("&Buiten gebruik")
        )
        self.delete_button.setEnabled(item is not None and item.in_use == 0)
        self.members_button.setEnabled(item is not None and self.list_name == lists.FOCUS_AREAS)

    def select_name(self, name: str) -> None:
        for row, item in enumerate(self.items):
            if item.name == name:
                self.table.selectRow(row)
                return

    def _run(self, call: Callable[[], object], select_id: int | None = None) -> bool:
        try:
            result = call()
        except CasusError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return False
        self.error_label.hide()
        self.reload(result if isinstance(result, int) else select_id)
        return True

    # -- the actions ------------------------------------------------------------------------------
    def add(self) -> None:
        dialog = NewItemDialog(self.list_name, self.list_combo.currentText(), list_areas(self.ws), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, code, kind, area = dialog.values()
        self._run(lambda: lists.add_item(self.ws, self.list_name, name, code=code, kind=kind, area=area))

    def rename(self) -> None:
        item = self.current_item()
        if item is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Naam wijzigen"), self.tr("Nieuwe naam:"), text=item.name
        )
        if ok:
            self._run(lambda: lists.rename_item(self.ws, self.list_name, item.id, name), item.id)

    def toggle_retired(self) -> None:
        item = self.current_item()
        if item is not None:
            self._run(lambda: lists.set_retired(self.ws, self.list_name, item.id, not item.retired), item.id)

    def choose_members(self) -> None:
        item = self.current_item()
        if item is None or self.list_name != lists.FOCUS_AREAS:
            return
        areas = dict(list_areas(self.ws))
        buurten = [
            (b.id, f"{b.name} ({areas.get(b.area or '', b.area or '')})")
            for b in lists.list_items(self.ws, lists.NEIGHBOURHOODS)
        ]
        dialog = MembersDialog(item.name, buurten, set(item.members), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        self._run(lambda: lists.set_members(self.ws, item.id, chosen), item.id)

    def delete(self) -> None:
        item = self.current_item()
        if item is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Verwijderen"),
            self.tr("'%1' voorgoed uit de lijst verwijderen? Het wordt nergens gebruikt.").replace(
                "%1", item.name
            ),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(self.tr("&Verwijderen"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        if box.clickedButton() is yes:
            self._run(lambda: lists.delete_item(self.ws, self.list_name, item.id))


class NewItemDialog(QDialog):
    """Name, and the code (optional), soort or gebied the chosen list asks for."""

    def __init__(
        self, list_name: str, title: str, areas: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.setWindowTitle(self.tr("%1: toevoegen").replace("%1", title))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(lists.MAX_NAME)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(lists.MAX_CODE)
        self.code_edit.setPlaceholderText(self.tr("leeg: Casus maakt er een van de naam"))
        self.code_edit.setToolTip(self.tr("Letters, cijfers, '_' of '-'; verandert later niet meer"))
        self.kind_combo = QComboBox()
        for kind in CaseKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.area_combo = QComboBox()
        for code, name in areas:
            self.area_combo.addItem(name, code)
        form = QFormLayout()
        form.addRow(self.tr("&Naam"), self.name_edit)
        if list_name != lists.NEIGHBOURHOODS:
            form.addRow(self.tr("&Code"), self.code_edit)
        if list_name == lists.CATEGORIES:
            form.addRow(self.tr("&Soort casus"), self.kind_combo)
        if list_name == lists.NEIGHBOURHOODS:
            form.addRow(self.tr("&Gebied"), self.area_combo)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Toevoegen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 0)

    def values(self) -> tuple[str, str | None, str | None, str | None]:
        """Name, code (None: made from the name), soort (categorieën), gebied (buurten)."""
        return (
            self.name_edit.text(),
            self.code_edit.text().strip() or None,
            self.kind_combo.currentData() if self.list_name == lists.CATEGORIES else None,
            self.area_combo.currentData() if self.list_name == lists.NEIGHBOURHOODS else None,
        )


class MembersDialog(QDialog):
    """The buurten of one focusbuurt: a list to tick (space) and confirm."""

    def __init__(
        self, name: str, buurten: list[tuple[int, str]], chosen: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buurten van %1").replace("%1", name))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Buurten"))
        for buurt_id, text in buurten:
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, buurt_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if buurt_id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(entry)
        label = QLabel(self.tr("&Buurten (aanvinken met de spatiebalk)"))
        label.setBuddy(self.list)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Op&slaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(420, 480)
        self.list.setFocus()
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> list[int]:
        return [
            int(self.list.item(row).data(ID_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
