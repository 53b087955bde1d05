"""The beheerder keeps the leefgebieden list: add, rename, reorder, remove an unused one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError
from casus_app.services.plans import life_domains
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.errors import error_text


class LifeDomainsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Leefgebieden (zelfredzaamheid)"))
        intro = QLabel(
            self.tr(
                "De leefgebieden (zelfredzaamheid) waarop gezinnen een score van 1 tot 5 krijgen; niet te "
                "verwarren met de vijf leefgebieden van het programma. Een leefgebied dat al in een plan "
                "wordt gebruikt, kunt u een andere naam geven maar niet verwijderen."
            )
        )
        intro.setWordWrap(True)
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.tr("Leefgebieden (zelfredzaamheid)"))
        self.list_widget.currentRowChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Toevoegen…"))
        self.rename_button = QPushButton(self.tr("&Naam wijzigen…"))
        self.up_button = QPushButton(self.tr("Om&hoog"))
        self.up_button.setToolTip(self.tr("Eén plaats hoger in de lijst"))
        self.down_button = QPushButton(self.tr("Om&laag"))
        self.down_button.setToolTip(self.tr("Eén plaats lager in de lijst"))
        self.remove_button = QPushButton(self.tr("&Verwijderen"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.remove_button,
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
        row = QHBoxLayout()
        row.addWidget(self.list_widget, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.resize(560, 520)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self._current_id()
        self.list_widget.clear()
        for domain in life_domains.list_life_domains(self.ws):
            text = domain.name
            if domain.in_use:
                text += "  " + self.tr("(in gebruik: %1)").replace("%1", str(domain.in_use))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, domain.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, domain.name)
            self.list_widget.addItem(item)
            if domain.id == current:
                self.list_widget.setCurrentItem(item)
        self._update_buttons()

    def _current_id(self) -> int | None:
        item = self.list_widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self, *_args) -> None:
        chosen = self.list_widget.currentItem() is not None
        for button in (self.rename_button, self.up_button, self.down_button, self.remove_button):
            button.setEnabled(chosen)

    def _run(self, call, select_id: int | None = None) -> None:
        try:
            result = call()
        except CasusError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self.reload(result if isinstance(result, int) else select_id)

    def add(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Leefgebied (zelfredzaamheid) toevoegen"),
            self.tr("Naam van het leefgebied (zelfredzaamheid):"),
        )
        if ok:
            self._run(lambda: life_domains.add_life_domain(self.ws, name))

    def rename(self) -> None:
        item = self.list_widget.currentItem()
        if item is None:
            return
        old = item.data(Qt.ItemDataRole.UserRole + 1)
        name, ok = QInputDialog.getText(self, self.tr("Naam wijzigen"), self.tr("Nieuwe naam:"), text=old)
        if ok:
            domain_id = self._current_id()
            assert domain_id is not None  # the current item, checked above
            self._run(lambda: life_domains.rename_life_domain(self.ws, domain_id, name), domain_id)

    def _move(self, steps: int) -> None:
        domain_id = self._current_id()
        if domain_id is not None:
            self._run(lambda: life_domains.move_life_domain(self.ws, domain_id, steps), domain_id)

    def remove(self) -> None:
        domain_id = self._current_id()
        if domain_id is not None:
            self._run(lambda: life_domains.remove_life_domain(self.ws, domain_id))
