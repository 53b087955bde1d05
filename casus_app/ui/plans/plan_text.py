"""The written parts of the plan editor: the plan in words (perspectief, eigen kracht, volgende
stap) and the evaluation. Each tab has its own Opslaan (Ctrl+S) and knows when it has unsaved work."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.services.plans import plans
from casus_app.services.plans.plans import PlanDetail
from casus_app.ui.plans.plan_form import date_edit
from casus_app.ui.plans.plan_labels import yes_no_label
from casus_app.ui.plans.plan_lists import PlanHost
from casus_app.ui.shell.presentation import Presentation
from casus_app.ui.widgets.dates import picked_date
from casus_app.ui.widgets.hidden_text import GuardedEditor
from casus_app.ui.widgets.name_completer import offer_names


def _text_edit(placeholder: str, tooltip: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(tooltip)
    edit.setTabChangesFocus(True)
    return edit


class _SavingTab(QWidget):
    """Opslaan is enabled while something differs from the saved plan."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._loading = False
        self.guards: list[GuardedEditor] = []  # free text, covered in presentation mode
        self.save_button = QPushButton(self.tr("Opsl&aan"))
        self.save_button.setToolTip(self.tr("Wijzigingen opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.state_label = QLabel()
        self.state_label.setObjectName("muted")
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    def button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.state_label, 1)
        return row

    def changed(self) -> None:
        if self._loading:
            return
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.state_label.setText(self.tr("Niet opgeslagen wijzigingen") if dirty else "")

    def guard(self, editor: QPlainTextEdit | QLineEdit, what: str) -> GuardedEditor:
        guard = GuardedEditor(editor, what)
        self.guards.append(guard)
        return guard

    def set_presentation(self, presentation: Presentation) -> None:
        for guard in self.guards:
            guard.bind(presentation)

    def show_plan(self, plan: PlanDetail) -> None:
        self._loading = True
        try:
            self.fill(plan)
        finally:
            self._loading = False
        for guard in self.guards:
            guard.loaded([plan.case_id])
        self.changed()

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def fill(self, plan: PlanDetail) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError


class PlanTextTab(_SavingTab):
    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.drawn_up_edit = date_edit(clock.today())
        self.drawn_up_edit.setToolTip(self.tr("De dag waarop het plan met het gezin is opgesteld"))
        self.drawn_up_edit.setMaximumWidth(180)
        self.coach_edit = QLineEdit()
        self.coach_edit.setToolTip(
            self.tr("De gezinscoach ziet dit gezin in 'Mijn gezinnen' zolang zijn of haar naam hier staat.")
        )
        self.perspective_edit = _text_edit(
            self.tr("In de woorden van het gezin: waar willen zij over een jaar staan?"),
            self.tr("Het perspectief van het gezin, zo letterlijk mogelijk. Het komt zo in 'Ons plan'."),
        )
        self.strength_edit = _text_edit(
            self.tr("Wat kan het gezin zelf, en wat pakken zij zelf op?"),
            self.tr("Eigen kracht: wat het gezin zelf doet en wat het nodig heeft."),
        )
        self.next_step_edit = QLineEdit()
        self.next_step_edit.setPlaceholderText(self.tr("De eerstvolgende concrete stap, met wie en wanneer"))
        form = QFormLayout()
        form.addRow(self.tr("Opge&steld op:"), self.drawn_up_edit)
        form.addRow(self.tr("Ge&zinscoach:"), self.coach_edit)
        form.addRow(self.tr("&Perspectief:"), self.guard(self.perspective_edit, "perspectief"))
        form.addRow(self.tr("&Wat het gezin zelf doet:"), self.guard(self.strength_edit, "eigen kracht"))
        form.addRow(self.tr("&Volgende stap:"), self.guard(self.next_step_edit, "volgende stap"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(self.button_row())
        for signal in (
            self.drawn_up_edit.dateChanged,
            self.coach_edit.textChanged,
            self.perspective_edit.textChanged,
            self.strength_edit.textChanged,
            self.next_step_edit.textChanged,
        ):
            signal.connect(self.changed)

    def value(self) -> plans.PlanText:
        return plans.PlanText(
            picked_date(self.drawn_up_edit),
            self.coach_edit.text(),
            self.perspective_edit.toPlainText(),
            self.strength_edit.toPlainText(),
            self.next_step_edit.text(),
        )

    def is_dirty(self) -> bool:
        plan = self.host.plan
        if plan is None:
            return False
        now = self.value()
        return (
            now.drawn_up_on,
            *(
                (v or "").strip()
                for v in (now.family_coach, now.perspective, now.own_strength, now.next_step)
            ),
        ) != (
            plan.drawn_up_on,
            *((v or "") for v in (plan.family_coach, plan.perspective, plan.own_strength, plan.next_step)),
        )

    def fill(self, plan: PlanDetail) -> None:
        self.drawn_up_edit.setDate(QDate(plan.drawn_up_on.year, plan.drawn_up_on.month, plan.drawn_up_on.day))
        self.coach_edit.setText(plan.family_coach or "")
        offer_names(self.coach_edit, self.host.choices.coaches)  # a coach's own name links the plan to them
        self.perspective_edit.setPlainText(plan.perspective or "")
        self.strength_edit.setPlainText(plan.own_strength or "")
        self.next_step_edit.setText(plan.next_step or "")

    def save(self) -> None:
        plan = self.host.plan
        if plan is not None and self.is_dirty():
            value = self.value()
            self.host.change_or_warn(lambda: plans.update_text(self.host.ws, plan.id, value))


class EvaluationTab(_SavingTab):
    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.goal_combo = self._yes_no()
        self.goal_combo.setMaximumWidth(320)
        self.goal_combo.setToolTip(self.tr("Is de doorbraak bereikt?"))
        self.quality_combo = self._yes_no()
        self.quality_combo.setMaximumWidth(320)
        self.quality_combo.setToolTip(
            self.tr("Is het leven van het gezin er volgens henzelf beter op geworden?")
        )
        self.evaluation_edit = _text_edit(
            self.tr("Wat is er bereikt, wat niet, en wat heeft het gezin eraan gehad?"),
            self.tr("De evaluatie van het plan, samen met het gezin"),
        )
        form = QFormLayout()
        form.addRow(self.tr("&Doel bereikt:"), self.goal_combo)
        form.addRow(self.tr("&Kwaliteit van leven verbeterd:"), self.quality_combo)
        form.addRow(self.tr("&Evaluatie:"), self.guard(self.evaluation_edit, "evaluatie"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(self.button_row())
        for signal in (
            self.goal_combo.currentIndexChanged,
            self.quality_combo.currentIndexChanged,
            self.evaluation_edit.textChanged,
        ):
            signal.connect(self.changed)

    # Combo data are strings: an item's data None cannot be found back with findData().
    _CODES = {None: "?", True: "ja", False: "nee"}
    _VALUES = {code: value for value, code in _CODES.items()}

    def _yes_no(self) -> QComboBox:
        combo = QComboBox()
        for value, code in self._CODES.items():
            combo.addItem(yes_no_label(value), code)
        return combo

    def value(self) -> plans.Evaluation:
        return plans.Evaluation(
            self._VALUES[self.goal_combo.currentData()],
            self._VALUES[self.quality_combo.currentData()],
            self.evaluation_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        plan = self.host.plan
        if plan is None:
            return False
        now = self.value()
        return (now.goal_reached, now.quality_improved, (now.evaluation or "").strip()) != (
            plan.goal_reached,
            plan.quality_improved,
            plan.evaluation or "",
        )

    def fill(self, plan: PlanDetail) -> None:
        self.goal_combo.setCurrentIndex(self.goal_combo.findData(self._CODES[plan.goal_reached]))
        self.quality_combo.setCurrentIndex(self.quality_combo.findData(self._CODES[plan.quality_improved]))
        self.evaluation_edit.setPlainText(plan.evaluation or "")

    def save(self) -> None:
        plan = self.host.plan
        if plan is not None and self.is_dirty():
            value = self.value()
            self.host.change_or_warn(lambda: plans.save_evaluation(self.host.ws, plan.id, value))
