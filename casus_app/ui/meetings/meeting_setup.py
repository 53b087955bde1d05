"""Planning an overleg: soort, gebied, date, chair, minute-taker and the organisations present."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.enums import MeetingKind
from casus_app.domain.errors import CasusError
from casus_app.services.cases.form_input import form_choices
from casus_app.services.meetings import overleg as meetings
from casus_app.services.meetings.overleg import MeetingInput
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.card import card_page
from casus_app.ui.widgets.dates import date_edit, pydate
from casus_app.ui.widgets.labels import meeting_label


class MeetingSetupView(QWidget):
    """Emits `created(meeting_id)` once the overleg is saved, `cancelled` on Escape."""

    created = Signal(int)
    cancelled = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        choices = form_choices(ws)
        heading = QLabel(self.tr("Nieuw overleg"))
        heading.setObjectName("heading")
        self.kind_combo = QComboBox()
        for kind in MeetingKind:
            self.kind_combo.addItem(meeting_label(kind), kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(MeetingKind.CASEWORK.value))
        self.kind_combo.setToolTip(self.tr("Welke cases op de agenda komen hangt af van de soort"))
        self.area_combo = QComboBox()
        for code, name in choices.areas:
            self.area_combo.addItem(name, code)
        self.area_combo.setToolTip(self.tr("Het gebied van het overleg; u ziet alleen uw eigen gebieden"))
        self.date_edit = date_edit(today or clock.today())
        self.date_edit.setToolTip(self.tr("De datum van het overleg"))
        self.chair_edit = QLineEdit(ws.actor.display_name or "")
        self.chair_edit.setToolTip(self.tr("Wie het overleg voorzit"))
        self.minute_taker_edit = QLineEdit()
        self.minute_taker_edit.setToolTip(self.tr("Wie het verslag maakt"))
        self.present_list = QListWidget()
        self.present_list.setAccessibleName(self.tr("Aanwezige organisaties"))
        self.present_list.setToolTip(
            self.tr("Vink met de spatiebalk aan wie er is; de lijst kan later nog worden aangevuld")
        )
        for code, name in choices.organisations:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.present_list.addItem(item)
        self.present_list.setMinimumHeight(260)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.start_button = QPushButton(self.tr("Overleg sta&rten"))
        self.start_button.setDefault(True)
        self.start_button.setToolTip(self.tr("Slaat het overleg op en stelt de agenda samen (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setToolTip(self.tr("Terug zonder op te slaan (Esc)"))

        form = QFormLayout()
        form.addRow(self.tr("&Soort overleg"), self.kind_combo)
        form.addRow(self.tr("Gebie&d"), self.area_combo)
        form.addRow(self.tr("Da&tum"), self.date_edit)
        form.addRow(self.tr("&Voorzitter"), self.chair_edit)
        form.addRow(self.tr("&Notulist"), self.minute_taker_edit)
        form.addRow(self.tr("&Aanwezig"), self.present_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        card = card_page(self, 720)
        card.addWidget(heading)
        card.addLayout(form)
        card.addWidget(self.error_label)
        card.addLayout(buttons)

        self.start_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys), self, self.submit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.cancelled.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def prepare(self) -> None:
        self.error_label.hide()
        self.kind_combo.setFocus()

    def set_present(self, codes: set[str]) -> None:
        for row in range(self.present_list.count()):
            item = self.present_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def present(self) -> tuple[str, ...]:
        return tuple(
            self.present_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.present_list.count())
            if self.present_list.item(r).checkState() == Qt.CheckState.Checked
        )

    def submit(self) -> None:
        data = MeetingInput(
            kind=self.kind_combo.currentData(),
            area=self.area_combo.currentData() or "",
            date=pydate(self.date_edit.date()),
            chair=self.chair_edit.text(),
            minute_taker=self.minute_taker_edit.text(),
            organisations=self.present(),
        )
        try:
            meeting_id = meetings.create_meeting(self.ws, data)
        except CasusError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.created.emit(meeting_id)
