"""The contact log of a household: the dialog for one contact (date, kind, short note) and the plan
editor's tab that lists them, newest first. The note is free text: hidden in presentation mode
until "Tekst tonen", like the other lists of the plan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from casus_app.domain import clock
from casus_app.domain.enums import ContactKind
from casus_app.services.plans import plans
from casus_app.services.plans.contacts import NOTE_LIMIT, ContactInput, ContactView
from casus_app.services.plans.plans import PlanDetail
from casus_app.ui.plans.plan_form import PlanFormDialog, date_edit
from casus_app.ui.plans.plan_labels import contact_kind_label
from casus_app.ui.plans.plan_lists import ItemsTab
from casus_app.ui.widgets.dates import picked_date
from casus_app.ui.widgets.labels import date_text


class ContactDialog(PlanFormDialog):
    """One contact with a household; `household` names it in the title (a case number)."""

    def __init__(
        self,
        household: str,
        item: ContactView | None,
        submit: Callable[[ContactInput], None],
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Contact met %1 vastleggen") if item is None else self.tr("Contact met %1 wijzigen")
        ).replace("%1", household)
        super().__init__(title, submit, parent)
        self.date_edit = date_edit(item.contact_on if item else clock.today())
        self.date_edit.setToolTip(self.tr("De dag van het contact (vandaag of eerder)"))
        self.kind_combo = QComboBox()
        for kind in ContactKind:
            self.kind_combo.addItem(contact_kind_label(kind), kind.value)
        if item is not None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(item.kind)))
        self.kind_combo.setToolTip(self.tr("Hoe was het contact: huisbezoek, telefoon of overleg?"))
        self.note_edit = QPlainTextEdit(item.note or "" if item else "")
        self.note_edit.setPlaceholderText(
            self.tr("Kort: wat is besproken of afgesproken? (mag leeg blijven, hoogstens %1 tekens)").replace(
                "%1", str(NOTE_LIMIT)
            )
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        self.form.addRow(self.tr("&Datum:"), self.date_edit)
        self.form.addRow(self.tr("&Soort contact:"), self.kind_combo)
        self.form.addRow(self.tr("&Notitie:"), self.note_edit)

    def value(self) -> ContactInput:
        return ContactInput(
            picked_date(self.date_edit), self.kind_combo.currentData(), self.note_edit.toPlainText()
        )


class ContactsTab(ItemsTab):
    """The household's contacts in the plan editor, newest first."""

    stretch_column = 2
    text_columns = (2,)

    def what(self) -> str:
        return "contacten"

    def column_headers(self) -> list[str]:
        return [self.tr("Datum"), self.tr("Soort"), self.tr("Notitie"), self.tr("Vastgelegd door")]

    def empty_text(self) -> str:
        return self.tr("Nog geen contacten vastgelegd. Wanneer sprak u het gezin voor het laatst?")

    def rows(self, plan: PlanDetail) -> list[tuple[int, list[str]]]:
        return [
            (c.id, [date_text(c.contact_on), contact_kind_label(c.kind), c.note or "", c.by or ""])
            for c in plan.contacts
        ]

    def open_dialog(self, index: int | None) -> None:
        plan = self.host.plan
        assert plan is not None  # the lists are shown only with a plan
        item = plan.contacts[index] if index is not None else None
        self._show(
            ContactDialog(
                plan.case_ref,
                item,
                lambda value: self.host.change(
                    lambda: plans.save_contact(self.host.ws, plan.id, item.id if item else None, value)
                ),
                self,
            )
        )

    def delete_call(self, item_id: int) -> Callable[[], PlanDetail]:
        plan = self.host.plan
        assert plan is not None  # the lists are shown only with a plan
        plan_id = plan.id
        return lambda: plans.delete_contact(self.host.ws, plan_id, item_id)
