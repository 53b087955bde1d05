"""The dialog for one doorbraak: what, which kind, with whom, its legal basis, who decides at which
mandate level, its one-off cost, who pays it and its funding, when it is planned, and whether it
was reached (and when)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from casus_app.domain import clock
from casus_app.domain.enums import BreakthroughStatus, MandateLevel
from casus_app.services.plans.plans import BreakthroughInput, BreakthroughView, PlanChoices
from casus_app.ui.plans.plan_form import PlanFormDialog, date_edit
from casus_app.ui.plans.plan_labels import (
    amount_edit_text,
    breakthrough_status_label,
    mandate_label,
    parse_amount,
)
from casus_app.ui.widgets.combos import select_data
from casus_app.ui.widgets.dates import picked_date


class BreakthroughDialog(PlanFormDialog):
    def __init__(
        self,
        choices: PlanChoices,
        item: BreakthroughView | None,
        submit: Callable[[BreakthroughInput], None],
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Doorbraak toevoegen")
            if item is None
            else self.tr("Doorbraak %1 wijzigen").replace("%1", item.ref)
        )
        super().__init__(title, submit, parent)
        self.description_edit = QPlainTextEdit(item.description if item else "")
        self.description_edit.setPlaceholderText(
            self.tr(
                "De ene ongewone stap die de rest losmaakt, bijvoorbeeld: huurachterstand bevriezen zodat de ontruiming niet doorgaat."
            )
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(70)
        self.type_combo = QComboBox()
        for code, name in choices.breakthrough_types:
            self.type_combo.addItem(name, code)
        self.partner_combo = QComboBox()
        self.partner_combo.addItem(self.tr("(geen)"), None)
        for code, name in choices.organisations:
            self.partner_combo.addItem(name, code)
        self.legal_edit = QLineEdit(item.legal_basis or "" if item else "")
        self.legal_edit.setPlaceholderText(
            self.tr("bijvoorbeeld: Participatiewet art. 49, hardheidsclausule")
        )
        self.decided_edit = QLineEdit(item.decided_by or "" if item else "")
        self.decided_edit.setPlaceholderText(
            self.tr("functie of naam, bijvoorbeeld: wethouder sociaal domein")
        )
        self.mandate_combo = QComboBox()
        self.mandate_combo.addItem(self.tr("(nog niet bekend)"), None)
        for level in MandateLevel:
            self.mandate_combo.addItem(mandate_label(level), level.value)
        self.mandate_combo.setToolTip(
            self.tr("Tot welk niveau moet dit besluit? Van professional tot wethouder of bestuurder.")
        )
        self.cost_edit = QLineEdit(amount_edit_text(item.cost_eur) if item else "")
        self.cost_edit.setPlaceholderText(self.tr("leeg = onbekend"))
        self.payer_combo = QComboBox()
        self.payer_combo.addItem(self.tr("(nog niet bekend)"), None)
        for code, name in choices.organisations:
            self.payer_combo.addItem(name, code)
        self.payer_combo.setToolTip(
            self.tr("Welke organisatie betaalt de eenmalige kosten? Telt mee in 'wie betaalt, wie bespaart'.")
        )
        self.planned_check = QCheckBox(self.tr("&Gepland op"))
        self.planned_check.setToolTip(
            self.tr("De datum waarop de doorbraak er moet zijn; Mijn gezinnen toont hem als volgende stap")
        )
        self.planned_edit = date_edit(
            item.planned_on if item and item.planned_on else clock.today(), maximum_today=False
        )
        self.planned_edit.setAccessibleName(self.tr("Gepland op"))
        self.planned_check.setChecked(item is not None and item.planned_on is not None)
        self.planned_check.toggled.connect(self.planned_edit.setEnabled)
        self.planned_edit.setEnabled(self.planned_check.isChecked())
        planned = QWidget()
        planned_row = QHBoxLayout(planned)
        planned_row.setContentsMargins(0, 0, 0, 0)
        planned_row.addWidget(self.planned_check)
        planned_row.addWidget(self.planned_edit)
        planned_row.addStretch(1)
        self.funding_edit = QLineEdit(item.funding or "" if item else "")
        self.funding_edit.setPlaceholderText(self.tr("uit welk budget of fonds"))
        self.status_combo = QComboBox()
        for status in BreakthroughStatus:
            self.status_combo.addItem(breakthrough_status_label(status), status.value)
        self.reached_edit = date_edit(item.reached_on if item and item.reached_on else clock.today())
        self.reached_edit.setToolTip(self.tr("De dag waarop de doorbraak is behaald"))
        if item is not None:
            select_data(self.type_combo, item.type_code, choices.name_of(item.type_code))
            select_data(self.partner_combo, item.partner, choices.name_of(item.partner))
            self.mandate_combo.setCurrentIndex(max(0, self.mandate_combo.findData(item.mandate_level)))
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(item.status)))
            select_data(self.payer_combo, item.payer, choices.name_of(item.payer))
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

        self.form.addRow(self.tr("&Doorbraak:"), self.description_edit)
        self.form.addRow(self.tr("&Soort:"), self.type_combo)
        self.form.addRow(self.tr("&Partner:"), self.partner_combo)
        self.form.addRow(self.tr("&Wettelijke grondslag:"), self.legal_edit)
        self.form.addRow(self.tr("Wie beslu&it:"), self.decided_edit)
        self.form.addRow(self.tr("&Mandaat:"), self.mandate_combo)
        self.form.addRow(self.tr("&Eenmalige kosten (€):"), self.cost_edit)
        self.form.addRow(self.tr("Betaald doo&r:"), self.payer_combo)
        self.form.addRow(self.tr("&Financiering:"), self.funding_edit)
        self.form.addRow(self.tr("Streefdatum:"), planned)
        self.form.addRow(self.tr("S&tand:"), self.status_combo)
        self.form.addRow(self.tr("&Behaald op:"), self.reached_edit)
        self.setMinimumWidth(700)

    def _status_changed(self) -> None:
        reached = self.status_combo.currentData() == BreakthroughStatus.REACHED
        self.reached_edit.setEnabled(reached)

    def value(self) -> BreakthroughInput:
        status = self.status_combo.currentData()
        reached = picked_date(self.reached_edit) if status == BreakthroughStatus.REACHED else None
        return BreakthroughInput(
            description=self.description_edit.toPlainText(),
            type_code=self.type_combo.currentData(),
            partner=self.partner_combo.currentData(),
            cost_eur=parse_amount(self.cost_edit.text(), self.tr("Eenmalige kosten")),
            status=status,
            reached_on=reached,
            legal_basis=self.legal_edit.text(),
            decided_by=self.decided_edit.text(),
            mandate_level=self.mandate_combo.currentData(),
            funding=self.funding_edit.text(),
            planned_on=picked_date(self.planned_edit) if self.planned_check.isChecked() else None,
            payer=self.payer_combo.currentData(),
        )
