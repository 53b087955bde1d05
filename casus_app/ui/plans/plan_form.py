"""A small form dialog for one part of a doorbraakplan: fields, Opslaan/Annuleren, and the
service's Dutch message shown in the dialog itself when it refuses, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.ui.widgets.dates import DateEdit, qdate
from casus_app.ui.widgets.errors import error_text


def date_edit(value, *, maximum_today: bool = True) -> QDateEdit:
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    if maximum_today:
        edit.setMaximumDate(qdate(clock.today()))
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


class PlanFormDialog(QDialog):
    """Subclasses add rows to `self.form` and implement `value()`; `submit(value)` saves it.

    `value()` may raise CasusError (an amount that is not a number); so may `submit`.
    """

    def __init__(self, title: str, submit: Callable[[Any], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._submit = submit
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def value(self) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self._submit(self.value())
        except CasusError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()
