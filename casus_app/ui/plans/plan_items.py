"""Dialogs for a knelpunt and a hulpverlener of a doorbraakplan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from casus_app.services.plans.plans import HelperInput, HelperView, IssueInput, IssueView, PlanChoices
from casus_app.ui.plans.plan_form import PlanFormDialog
from casus_app.ui.plans.plan_labels import amount_edit_text, parse_amount
from casus_app.ui.widgets.combos import select_data


def _text_edit(value: str | None, placeholder: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit(value or "")
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class IssueDialog(PlanFormDialog):
    def __init__(
        self,
        choices: PlanChoices,
        item: IssueView | None,
        submit: Callable[[IssueInput], None],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Knelpunt toevoegen") if item is None else self.tr("Knelpunt wijzigen")
        super().__init__(title, submit, parent)
        self.domain_combo = QComboBox()
        for domain_id, name in choices.life_domains:
            self.domain_combo.addItem(name, domain_id)
        if item is not None:
            self.domain_combo.setCurrentIndex(max(0, self.domain_combo.findData(item.life_domain_id)))
        self.domain_combo.setToolTip(self.tr("Op welk leefgebied loopt het vast?"))
        self.description_edit = _text_edit(
            item.description if item else None,
            self.tr("Wat loopt er vast? In gewone woorden, een paar zinnen."),
        )
        self.form.addRow(self.tr("&Leefgebied (zelfredzaamheid):"), self.domain_combo)
        self.form.addRow(self.tr("&Knelpunt:"), self.description_edit)

    def value(self) -> IssueInput:
        return IssueInput(self.domain_combo.currentData(), self.description_edit.toPlainText())


class HelperDialog(PlanFormDialog):
    def __init__(
        self,
        choices: PlanChoices,
        item: HelperView | None,
        submit: Callable[[HelperInput], None],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Hulpverlener toevoegen") if item is None else self.tr("Hulpverlener wijzigen")
        super().__init__(title, submit, parent)
        self.organisation_combo = QComboBox()
        self.organisation_combo.addItem(self.tr("(geen partner uit de lijst)"), None)
        for code, name in choices.organisations:
            self.organisation_combo.addItem(name, code)
        if item is not None and item.organisation:
            select_data(self.organisation_combo, item.organisation, choices.name_of(item.organisation))
        self.what_edit = _text_edit(
            item.what if item else None,
            self.tr(
                "Wie is het en wat doen zij voor het gezin? Bijvoorbeeld: schuldhulpverlening, begeleiding thuis."
            ),
            70,
        )
        self.cost_edit = QLineEdit(amount_edit_text(item.cost_per_year) if item else "")
        self.cost_edit.setPlaceholderText(self.tr("leeg = onbekend"))
        self.cost_edit.setToolTip(self.tr("Wat deze hulp nu per jaar kost, in euro's (schatting)."))
        self.after_edit = QLineEdit(amount_edit_text(item.cost_after_per_year) if item else "")
        self.after_edit.setPlaceholderText(self.tr("leeg = loopt door zoals nu"))
        self.after_edit.setToolTip(
            self.tr("Wat deze hulp per jaar nog kost als de doorbraak er is. 0 als de hulp dan stopt.")
        )
        self.form.addRow(self.tr("O&rganisatie:"), self.organisation_combo)
        self.form.addRow(self.tr("&Wat zij doen:"), self.what_edit)
        self.form.addRow(self.tr("Kosten per jaar &nu (€):"), self.cost_edit)
        self.form.addRow(self.tr("Kosten per jaar n&a de doorbraak (€):"), self.after_edit)

    def value(self) -> HelperInput:
        return HelperInput(
            self.organisation_combo.currentData(),
            self.what_edit.toPlainText(),
            parse_amount(self.cost_edit.text(), self.tr("Kosten per jaar nu")),
            parse_amount(self.after_edit.text(), self.tr("Kosten per jaar na de doorbraak")),
        )
