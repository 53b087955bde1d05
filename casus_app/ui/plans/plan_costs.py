"""Doormodderen versus doorbreken, shown plainly: four figures and the assumptions beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from casus_app.domain.plan_rules import UNKNOWN, CostComparison


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
        # "onbekend: er zijn nog geen hulpverleners" → large "onbekend", the reason below it.
        head, _, reason = text.partition(": ")
        if head in (UNKNOWN, "geen", "verdient zich niet terug", "direct") and reason:
            self.value.setText(head)
            note = reason
        else:
            self.value.setText(text)
            note = self.explanation
        self.note.setText("\n".join(p for p in (note, extra) if p))
        self.setAccessibleName(f"{self.title.text()}: {text}")


class PlanCostsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        heading = _label("section")
        heading.setText(self.tr("Uitgangspunten"))
        self.assumptions = _label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.assumptions)
        layout.addStretch(1)

    def show_costs(self, costs: CostComparison) -> None:
        self.current.show_text(costs.current_text)
        extra = []
        if costs.one_off is not None:
            extra.append(self.tr("plus %1").replace("%1", costs.one_off_text))
            if costs.first_year is not None:
                extra.append(costs.first_year_text)
        elif costs.after_per_year is not None:
            extra.append(self.tr("eenmalige kosten: %1").replace("%1", costs.one_off_text))
        self.after.show_text(costs.after_text, "\n".join(extra))
        self.saving.show_text(costs.saving_text)
        self.payback.show_text(costs.payback_text)
        self.assumptions.setText("\n".join(f"• {a}" for a in costs.assumptions))
