"""Closing a case (afsluitreden, resultaat, verwezen naar) and reopening it, each confirmed first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.cases import editing
from casus_app.services.cases.form_input import form_choices
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.dates import date_edit, pydate
from casus_app.ui.widgets.errors import error_text


class CaseCloseDialog(QDialog):
    """Closes the case when accepted; open afspraken lapse (the dialog says how many)."""

    def __init__(
        self,
        ws: Workspace,
        case_id: int,
        ref: str,
        open_actions: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        # Gone once closed: no case data stays behind in a hidden window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Casus %1 afsluiten").replace("%1", ref))
        choices = form_choices(ws)
        self.reason_combo = QComboBox()
        self.reason_combo.addItem(self.tr("(kies een afsluitreden)"), None)
        for code, name in choices.closing_reasons:
            self.reason_combo.addItem(name, code)
        self.reason_combo.setToolTip(self.tr("Waarom de casus stopt; verplicht"))
        self.result_edit = QLineEdit()
        self.result_edit.setPlaceholderText(self.tr("bijvoorbeeld: overlast gestopt, schuldhulp loopt"))
        self.result_edit.setToolTip(self.tr("Het resultaat in een paar woorden, zonder persoonsgegevens"))
        self.referred_combo = QComboBox()
        self.referred_combo.addItem(self.tr("(niet verwezen)"), None)
        for code, name in choices.organisations:
            self.referred_combo.addItem(name, code)
        self.referred_combo.setToolTip(self.tr("De organisatie die het overneemt, als dat zo is"))
        self.end_edit = date_edit(today or clock.today())
        self.end_edit.setToolTip(self.tr("De datum van afsluiten; niet in de toekomst"))
        form = QFormLayout()
        form.addRow(self.tr("&Afsluitreden *"), self.reason_combo)
        form.addRow(self.tr("&Resultaat"), self.result_edit)
        form.addRow(self.tr("&Verwezen naar"), self.referred_combo)
        form.addRow(self.tr("&Einddatum"), self.end_edit)
        if open_actions == 1:
            lapse = self.tr("Let op: de open afspraak vervalt bij het afsluiten.")
        elif open_actions:
            lapse = self.tr("Let op: de %1 open afspraken vervallen bij het afsluiten.").replace(
                "%1", str(open_actions)
            )
        else:
            lapse = self.tr("Er staan geen open afspraken meer.")
        heading = QLabel(self.tr("Casus %1 afsluiten").replace("%1", ref))
        heading.setObjectName("section")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        warning = QLabel(lapse)
        warning.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.close_button = buttons.addButton(
            self.tr("Casus af&sluiten"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setDefault(True)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, 0)
        self.reason_combo.setFocus()

    def confirm(self) -> None:
        try:
            editing.close_case(
                self.ws,
                self.case_id,
                self.reason_combo.currentData() or "",
                result=self.result_edit.text(),
                referred_to=self.referred_combo.currentData(),
                end_date=pydate(self.end_edit.date()),
            )
        except CasusError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()


def confirm_reopen(ws: Workspace, case_id: int, ref: str, parent: QWidget | None = None) -> bool:
    """Ask, then reopen; True when the case is open again."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("QMessageBox", "Casus heropenen"),
        QCoreApplication.translate(
            "QMessageBox",
            "Casus %1 heropenen? De afsluitreden, het resultaat en de verwijzing worden gewist.",
        ).replace("%1", ref),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        editing.reopen_case(ws, case_id)
    except CasusError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("QMessageBox", "Casus heropenen"), error_text(exc)
        )
        return False
    return True
