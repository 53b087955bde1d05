"""The doorbraakplan of one household: header with its status flow and documents, and tabs for the
plan in words, knelpunten, hulpverleners, doorbraken, costs, progress, evaluation and contacts."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.enums import PlanStatus
from casus_app.domain.errors import CasusError
from casus_app.reports.meetings import decision_note
from casus_app.reports.plans import our_plan
from casus_app.reports.plans.our_plan import plain_language_problems
from casus_app.services import documents
from casus_app.services.plans import coach as plan_coach
from casus_app.services.plans import plans
from casus_app.services.plans.plans import PlanChoices, PlanDetail
from casus_app.services.workspace import Workspace
from casus_app.ui.plans.plan_contacts import ContactsTab
from casus_app.ui.plans.plan_costs import PlanCostsTab
from casus_app.ui.plans.plan_labels import plan_status_label, status_step_label
from casus_app.ui.plans.plan_lists import BreakthroughsTab, HelpersTab, IssuesTab
from casus_app.ui.plans.plan_new import NewPlanDialog
from casus_app.ui.plans.plan_progress import PlanProgressTab
from casus_app.ui.plans.plan_text import EvaluationTab, PlanTextTab
from casus_app.ui.shell.presentation import Presentation
from casus_app.ui.widgets.errors import error_text, text_of
from casus_app.ui.widgets.labels import date_text

FLOW = (
    PlanStatus.DRAFT,
    PlanStatus.FOR_DECISION,
    PlanStatus.DECIDED,
    PlanStatus.REALISED,
    PlanStatus.EVALUATED,
)


def _plain(name: str | None = None) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # register data is never markup
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class PlanEditor(QWidget):
    """Edits one PlanDetail through the plan services; Escape or the back button emits `closed`."""

    closed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.plan: PlanDetail | None = None
        self.presentation: Presentation | None = None
        self.choices = PlanChoices((), (), ())
        self.status_buttons: list[QPushButton] = []

        self.back_button = QPushButton(self.tr("← &Terug"))
        self.back_button.setToolTip(self.tr("Terug naar het vorige scherm (Esc)"))
        self.back_button.clicked.connect(self.close_plan)
        self.title_label = _plain("heading")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = _plain("muted")
        self.our_plan_button = QPushButton(self.tr("O&ns plan (pdf)…"))
        self.our_plan_button.setToolTip(
            self.tr("Het plan voor het gezin zelf: in gewone woorden, zonder bedragen")
        )
        self.our_plan_button.clicked.connect(lambda: self.save_document("ons_plan"))
        self.decision_button = QPushButton(self.tr("Besl&uitnotitie (pdf)…"))
        self.decision_button.setToolTip(
            self.tr("Voor wie besluit: de doorbraak, grondslag, mandaat en doormodderen versus doorbreken")
        )
        self.decision_button.clicked.connect(lambda: self.save_document("besluitnotitie"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(16)
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        top.addLayout(titles, 1)
        top.addWidget(self.our_plan_button)
        top.addWidget(self.decision_button)

        self.flow_label = QLabel()
        self.flow_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_row = QHBoxLayout()
        self.hint_label = _plain("muted")
        self.message_label = _plain("hint")
        status_line = QHBoxLayout()
        status_line.addWidget(self.flow_label)
        status_line.addSpacing(16)
        status_line.addLayout(self.status_row)
        status_line.addStretch(1)

        self.text_tab = PlanTextTab(self)
        self.issues_tab = IssuesTab(self)
        self.helpers_tab = HelpersTab(self)
        self.breakthroughs_tab = BreakthroughsTab(self)
        self.costs_tab = PlanCostsTab(self)
        self.progress_tab = PlanProgressTab(self)
        self.evaluation_tab = EvaluationTab(self)
        self.contacts_tab = ContactsTab(self)
        self.tabs = QTabWidget()
        for tab, title in (
            (self.text_tab, self.tr("&1 Plan")),
            (self.issues_tab, self.tr("&2 Knelpunten")),
            (self.helpers_tab, self.tr("&3 Hulpverleners")),
            (self.breakthroughs_tab, self.tr("&4 Doorbraken")),
            (self.costs_tab, self.tr("&5 Kosten")),
            (self.progress_tab, self.tr("&6 Voortgang")),
            (self.evaluation_tab, self.tr("&7 Evaluatie")),
            (self.contacts_tab, self.tr("&8 Contacten")),
        ):
            self.tabs.addTab(tab, title)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_line)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_plan)

    # -- loading ------------------------------------------------------------------------------
    def open_plan(self, plan_id: int) -> bool:
        """Read the plan (logged as a view) and show it; a refusal is shown, False returned."""
        try:
            self.choices = plans.plan_choices(self.ws)
            detail = plans.get_plan(self.ws, plan_id)
        except CasusError as exc:
            QMessageBox.warning(self, self.tr("Doorbraakplan"), error_text(exc))
            return False
        self.message_label.clear()
        self.show_plan(detail)
        self.tabs.setCurrentIndex(0)
        self.text_tab.perspective_edit.setFocus()
        return True

    def open_for_case(self, case_id: int, case_ref: str | None = None) -> bool:
        """Open the plan of a case; a doorbraak case without one is offered a new plan."""
        try:
            plan_id = plans.find_plan(self.ws, case_id)
        except CasusError as exc:
            QMessageBox.warning(self, self.tr("Doorbraakplan"), error_text(exc))
            return False
        if plan_id is not None:
            return self.open_plan(plan_id)
        created: list[PlanDetail] = []

        def create(value) -> None:
            day, coach = value
            created.append(plans.create_plan(self.ws, case_id, day, coach))

        coaches = [c.name for c in plan_coach.coach_choices(self.ws)]
        dialog = NewPlanDialog(case_ref or str(case_id), None, create, self, coaches=coaches)
        if dialog.exec() != NewPlanDialog.DialogCode.Accepted or not created:
            return False
        return self.open_plan(created[0].id)

    def set_presentation(self, presentation: Presentation) -> None:
        """Follow presentation mode: no names in the title; free text hidden until "Tonen"."""
        self.presentation = presentation
        presentation.changed.connect(self._presentation_changed)
        for tab in (
            self.text_tab,
            self.evaluation_tab,
            self.issues_tab,
            self.helpers_tab,
            self.breakthroughs_tab,
            self.contacts_tab,
        ):
            tab.set_presentation(presentation)

    @property
    def presenting(self) -> bool:
        return self.presentation is not None and self.presentation.on

    def _presentation_changed(self, _on: bool) -> None:
        if self.plan is not None:
            self._show_title(self.plan)  # the tabs follow by themselves, unsaved typing included

    def _show_title(self, detail: PlanDetail) -> None:
        if self.presenting:
            self.title_label.setText(self.tr("Doorbraakplan %1").replace("%1", detail.case_ref))
            return
        names = ", ".join(detail.household) or self.tr("(geen betrokkenen)")
        self.title_label.setText(
            self.tr("Doorbraakplan %1 · %2").replace("%1", detail.case_ref).replace("%2", names)
        )

    def show_plan(self, detail: PlanDetail) -> None:
        self.plan = detail
        self._show_title(detail)
        parts = [detail.area_name, self.tr("opgesteld %1").replace("%1", date_text(detail.drawn_up_on))]
        parts.insert(1, self.tr("gezinscoach %1").replace("%1", detail.family_coach or self.tr("(niemand)")))
        if detail.case_closed:
            parts.append(self.tr("casus afgesloten"))
        self.subtitle_label.setText(" · ".join(parts))
        self._show_status(detail)
        for tab in (
            self.text_tab,
            self.issues_tab,
            self.helpers_tab,
            self.breakthroughs_tab,
            self.progress_tab,
            self.evaluation_tab,
            self.contacts_tab,
        ):
            tab.show_plan(detail)
        self.costs_tab.show_plan(detail)

    def _show_status(self, detail: PlanDetail) -> None:
        steps = []
        for status in FLOW:
            shown = status
            if status is PlanStatus.REALISED and detail.status == PlanStatus.NOT_REALISED:
                shown = PlanStatus.NOT_REALISED
            text = html.escape(plan_status_label(shown))
            steps.append(
                f'<span style="background:#0b2e4f;color:#ffffff;">&nbsp;{text}&nbsp;</span>'
                if shown == detail.status
                else f'<span style="color:#454d57;">{text}</span>'
            )
        self.flow_label.setText(self.tr("Status: ") + " → ".join(steps))
        self.flow_label.setAccessibleName(
            self.tr("Status: %1").replace("%1", plan_status_label(detail.status))
        )
        for button in self.status_buttons:
            self.status_row.removeWidget(button)
            button.deleteLater()
        self.status_buttons = []
        hints = []
        for option in detail.status_options():
            button = QPushButton(status_step_label(option.status, option.correction))
            button.setProperty("status", option.status)
            button.setEnabled(not option.problems)
            button.setToolTip(
                " ".join(text_of(problem) for problem in option.problems)
                or self.tr("Zet het plan op '%1'").replace("%1", plan_status_label(option.status))
            )
            button.clicked.connect(lambda _checked=False, target=option.status: self.move_to(target))
            self.status_row.addWidget(button)
            self.status_buttons.append(button)
            if option.problems and not option.correction:
                hints.append(
                    self.tr("Voor '%1' nog nodig: ").replace("%1", plan_status_label(option.status))
                    + " ".join(text_of(problem) for problem in option.problems)
                )
        chain = [
            self.back_button,
            self.our_plan_button,
            self.decision_button,
            *self.status_buttons,
            self.tabs,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.hint_label.setText("\n".join(hints))
        self.hint_label.setVisible(bool(hints))

    # -- changes ------------------------------------------------------------------------------
    def change(self, call: Callable[[], PlanDetail]) -> None:
        self.show_plan(call())
        self.message_label.clear()

    def change_or_warn(self, call: Callable[[], PlanDetail]) -> None:
        try:
            self.change(call)
        except CasusError as exc:
            QMessageBox.warning(self, self.tr("Doorbraakplan"), error_text(exc))

    def move_to(self, status: str) -> None:
        if self.plan is not None:
            plan_id = self.plan.id
            self.change_or_warn(lambda: plans.change_status(self.ws, plan_id, status))

    def has_unsaved_changes(self) -> bool:
        return self.text_tab.is_dirty() or self.evaluation_tab.is_dirty()

    def close_plan(self) -> None:
        if self.plan is not None and self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Niet opgeslagen"),
                self.tr("U heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.text_tab.save()
                self.evaluation_tab.save()
        self.plan = None
        self.closed.emit()

    # -- documents ----------------------------------------------------------------------------
    def save_document(self, kind: str) -> Path | None:
        """Ask where to save 'Ons plan' or the besluitnotitie, write it and log the printing."""
        plan = self.plan
        if plan is None:
            return None
        if kind == "ons_plan":
            problems = plain_language_problems(plan)
            if problems:
                answer = QMessageBox.warning(
                    self,
                    self.tr("Ons plan"),
                    self.tr(
                        "'Ons plan' is voor het gezin: zonder bedragen en zonder vaktaal. Let op:\n\n%1\n\nToch opslaan?"
                    ).replace("%1", "\n".join(problems)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
            name, title = self.tr("Ons plan %1.pdf"), self.tr("Ons plan opslaan")
            write, render = documents.write_our_plan, our_plan.render
        else:
            name, title = self.tr("Besluitnotitie %1.pdf"), self.tr("Besluitnotitie opslaan")
            write, render = documents.write_decision_note, decision_note.render
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(folder / name.replace("%1", plan.case_ref)), self.tr("PDF-bestanden (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            today = clock.today()
            write(self.ws, plan, path, lambda detail: render(detail, today=today))
        except (CasusError, OSError) as exc:
            message = error_text(exc)
            QMessageBox.warning(
                self, title, self.tr("Het bestand is niet opgeslagen: %1").replace("%1", message)
            )
            return None
        self.message_label.setText(self.tr("Opgeslagen: %1").replace("%1", str(path)))
        return path
