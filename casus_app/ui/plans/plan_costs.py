"""Doormodderen versus doorbreken, shown plainly: four figures, the totals over the chosen number of
years, who pays and who saves per organisation, and the assumptions beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError
from casus_app.domain.plan_rules import MAX_YEARS, UNKNOWN, CostComparison, euro
from casus_app.services.plans import plans
from casus_app.services.plans.plans import PlanDetail
from casus_app.ui.widgets.errors import error_text, said_text


def _label(name: str | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class _Figure(QFrame):
    """One figure: a title, the amount in large type, and what it means or why it is unknown."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = _label("section")
        self.title.setText(title)
        self.value = _label()
        self.value.setStyleSheet("font-size: 18pt; font-weight: 600; color: #0b2e4f;")
        self.note = _label("muted")
        self.explanation = explanation
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_text(self, text: str, extra: str = "") -> None:
        # "onbekend: er zijn nog geen hulpverleners" → large "onbekend", the reason below it (the
        # Dutch says which kind of text it is; the translation is what is shown).
        head = text.partition(": ")[0]
        text = said_text(text)
        shown_head, _, reason = text.partition(": ")
        if head in (UNKNOWN, "geen", "verdient zich niet terug", "direct") and reason:
            self.value.setText(shown_head)
            note = reason
        else:
            self.value.setText(text)
            note = self.explanation
        self.note.setText("\n".join(p for p in (note, extra) if p))
        self.setAccessibleName(f"{self.title.text()}: {text}")


class PlanCostsTab(QWidget):
    def __init__(self, host=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host  # the plan editor (PlanHost); None shows figures only
        self._showing = False
        intro = _label()
        intro.setText(
            self.tr(
                "Wat kost het om door te gaan zoals nu (doormodderen), en wat kost het als de doorbraak er "
                "komt (doorbreken)? De bedragen komen uit de tabbladen Hulpverleners en Doorbraken."
            )
        )
        self.current = _Figure(self.tr("Doormodderen"), self.tr("per jaar: alle hulp van nu bij elkaar"))
        self.after = _Figure(
            self.tr("Doorbreken"), self.tr("per jaar: de hulp die na de doorbraak nog nodig is")
        )
        self.saving = _Figure(self.tr("Besparing per jaar"), self.tr("doormodderen min doorbreken, per jaar"))
        self.payback = _Figure(
            self.tr("Terugverdientijd"), self.tr("zo lang duurt het tot de eenmalige kosten terug zijn")
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column, figure in enumerate((self.current, self.after, self.saving, self.payback)):
            grid.addWidget(figure, 0, column)
            grid.setColumnStretch(column, 1)
        self.years_spin = QSpinBox()
        self.years_spin.setRange(1, MAX_YEARS)
        self.years_spin.setSuffix(self.tr(" jaar"))
        self.years_spin.setToolTip(
            self.tr(
                "Over hoeveel jaar doormodderen en doorbreken worden vergeleken (wordt meteen opgeslagen)"
            )
        )
        self.years_spin.setEnabled(host is not None)
        self.years_spin.valueChanged.connect(self._years_changed)
        years_label = QLabel(self.tr("Vergelijken over &jaren:"))
        years_label.setBuddy(self.years_spin)
        self.totals_label = _label("totals")
        years_row = QHBoxLayout()
        years_row.addWidget(years_label)
        years_row.addWidget(self.years_spin)
        years_row.addSpacing(16)
        years_row.addWidget(self.totals_label, 1)
        self.organisations_heading = _label("section")
        self.organisations = QTableWidget(0, 4)
        self.organisations.setAccessibleName(self.tr("Wie betaalt en wie bespaart"))
        self.organisations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.organisations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.organisations.setTabKeyNavigation(False)
        self.organisations.verticalHeader().hide()
        header = self.organisations.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.organisations.setMaximumHeight(170)
        heading = _label("section")
        heading.setText(self.tr("Uitgangspunten"))
        self.assumptions = _label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addLayout(years_row)
        layout.addWidget(self.organisations_heading)
        layout.addWidget(self.organisations)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.assumptions)
        layout.addStretch(1)

    def show_plan(self, plan: PlanDetail) -> None:
        self._showing = True  # setting the spin box is no change of the plan
        self.years_spin.setValue(plan.cost_years)
        self._showing = False
        self.show_costs(plan.costs)

    def _years_changed(self, years: int) -> None:
        host = self.host
        if self._showing or host is None or host.plan is None or host.plan.cost_years == years:
            return
        plan_id = host.plan.id
        try:
            host.change(lambda: plans.set_cost_years(host.ws, plan_id, years))
        except CasusError as exc:
            QMessageBox.warning(self, self.tr("Kosten"), error_text(exc))

    def show_costs(self, costs: CostComparison) -> None:
        self.current.show_text(costs.current_text)
        extra = []
        if costs.one_off is not None:
            extra.append(self.tr("plus %1").replace("%1", said_text(costs.one_off_text)))
            if costs.first_year is not None:
                extra.append(said_text(costs.first_year_text))
        elif costs.after_per_year is not None:
            extra.append(self.tr("eenmalige kosten: %1").replace("%1", said_text(costs.one_off_text)))
        self.after.show_text(costs.after_text, "\n".join(extra))
        self.saving.show_text(costs.saving_text)
        self.payback.show_text(costs.payback_text)
        period = self.tr("1 jaar") if costs.years == 1 else self.tr("%1 jaar").replace("%1", str(costs.years))
        self.totals_label.setText(
            self.tr("In %1: doormodderen %2 · doorbreken %3 · besparing %4")
            .replace("%1", period)
            .replace("%2", said_text(costs.current_total_text))
            .replace("%3", said_text(costs.after_total_text))
            .replace("%4", said_text(costs.saving_total_text))
        )
        self.organisations_heading.setText(
            self.tr("Wie betaalt en wie bespaart, over %1").replace("%1", period)
        )
        self.organisations.setHorizontalHeaderLabels(
            [
                self.tr("Organisatie"),
                self.tr("Doormodderen"),
                self.tr("Doorbreken"),
                self.tr("Verschil"),
            ]
        )
        rows = costs.by_organisation
        self.organisations.setRowCount(len(rows))
        for r, balance in enumerate(rows):
            values = [
                said_text(balance.name),  # an organisation's name, or "organisatie niet ingevuld" translated
                euro(balance.current_total),
                euro(balance.after_total),
                said_text(balance.text),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.organisations.setItem(r, c, item)
        self.organisations.setVisible(bool(rows))
        self.organisations_heading.setVisible(bool(rows))
        self.assumptions.setText("\n".join(f"• {said_text(a)}" for a in costs.assumptions))
