"""Starting a doorbraakplan for a doorbraak case that has none yet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from casus_app.domain import clock
from casus_app.ui.plans.plan_form import PlanFormDialog, date_edit
from casus_app.ui.widgets.dates import picked_date
from casus_app.ui.widgets.name_completer import offer_names

NewPlan = tuple[dt.date, str]


class NewPlanDialog(PlanFormDialog):
    def __init__(
        self,
        case_ref: str,
        coach: str | None,
        submit: Callable[[NewPlan], None],
        parent: QWidget | None = None,
        *,
        coaches: Sequence[str] = (),
    ) -> None:
        super().__init__(self.tr("Doorbraakplan maken"), submit, parent)
        intro = QLabel(
            self.tr(
                "Casus %1 heeft nog geen doorbraakplan. Het plan begint als concept; de gezinscoach ziet het "
                "gezin daarna in 'Mijn gezinnen'."
            ).replace("%1", case_ref)
        )
        intro.setWordWrap(True)
        self.date_edit = date_edit(clock.today())
        self.coach_edit = QLineEdit(coach or "")
        self.coach_edit.setPlaceholderText(self.tr("naam van de gezinscoach, zoals die zich aanmeldt"))
        offer_names(self.coach_edit, coaches)
        self.coach_edit.setToolTip(
            self.tr("Een gezinscoach ziet alleen de gezinnen waarbij zijn of haar naam hier staat.")
        )
        self.form.addRow(intro)
        self.form.addRow(self.tr("Opge&steld op:"), self.date_edit)
        self.form.addRow(self.tr("&Gezinscoach:"), self.coach_edit)

    def value(self) -> NewPlan:
        return picked_date(self.date_edit), self.coach_edit.text()
