"""The list tabs of the plan editor: knelpunten, hulpverleners and doorbraken, each a table with
Toevoegen / Wijzigen / Verwijderen that opens its dialog and saves through the plan service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.services.plans import plans
from casus_app.services.plans.plans import PlanChoices, PlanDetail
from casus_app.services.workspace import Workspace
from casus_app.ui.plans.plan_breakthrough import BreakthroughDialog
from casus_app.ui.plans.plan_items import HelperDialog, IssueDialog
from casus_app.ui.plans.plan_labels import amount_text, breakthrough_status_label, mandate_label
from casus_app.ui.shell.presentation import Presentation
from casus_app.ui.widgets.hidden_text import RevealButton
from casus_app.ui.widgets.labels import date_text


class PlanHost(Protocol):
    """What a tab needs from the editor that holds it."""

    ws: Workspace
    plan: PlanDetail | None
    choices: PlanChoices

    def change(self, call: Callable[[], PlanDetail]) -> None:
        """Run a plan service call and show its result; CasusError propagates to the caller."""

    def change_or_warn(self, call: Callable[[], PlanDetail]) -> None:
        """As change(), but a refusal is shown in a message box."""


class ItemsTab(QWidget):
    """A table of one kind of plan part with its buttons; subclasses fill rows and open dialogs."""

    stretch_column = 1
    text_columns: tuple[int, ...] = (1,)  # free text: hidden in presentation mode until "Tekst tonen"

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.reveal = RevealButton(self.what())
        self.reveal.toggled_text.connect(self._redraw)
        self.refusal_label = QLabel(
            self.tr(
                "Zet de presentatiemodus uit (F11) om een regel te wijzigen: het venster toont de hele tekst."
            )
        )
        self.refusal_label.setObjectName("hint")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.hide()
        self.ids: list[int] = []
        self.dialog = None
        self.headers = self.column_headers()
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(self.headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == self.stretch_column
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        # Wrapped text changes row heights when a column's width changes.
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.table.activated.connect(self.edit)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.empty_text())
        self.empty_label.setObjectName("muted")
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Toe&voegen…"))
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_button.setToolTip(self.tr("De gekozen regel wijzigen (Enter of dubbelklik)"))
        self.delete_button = QPushButton(self.tr("V&erwijderen"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reveal)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.refusal_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)

    # -- subclasses ---------------------------------------------------------------------------
    def what(self) -> str:
        """The list, as the audit log names it when its text is shown."""
        raise NotImplementedError

    def column_headers(self) -> list[str]:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def rows(self, plan: PlanDetail) -> list[tuple[int, list[str]]]:
        raise NotImplementedError

    def open_dialog(self, index: int | None) -> None:
        raise NotImplementedError

    def delete_call(self, item_id: int) -> Callable[[], PlanDetail]:
        raise NotImplementedError

    # -- shared -------------------------------------------------------------------------------
    def set_presentation(self, presentation: Presentation) -> None:
        self.reveal.bind(presentation)
        presentation.changed.connect(lambda on: self.refusal_label.setVisible(False))

    def _redraw(self) -> None:
        if self.host.plan is not None:
            self.show_plan(self.host.plan)

    def show_plan(self, plan: PlanDetail) -> None:
        rows = self.rows(plan)
        selected = self.current_index()
        self.ids = [item_id for item_id, _ in rows]
        self.reveal.set_cases([plan.case_id] if rows else [])
        self.table.setRowCount(len(rows))
        for r, (_, values) in enumerate(rows):
            for c, value in enumerate(values):
                if c in self.text_columns:
                    value = self.reveal.cell(value, plan.case_id)
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if selected is not None and selected < len(rows):
            self.table.selectRow(selected)
        self._update_buttons()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Row heights follow the final column widths, known only once the tab is on screen.
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

    def current_index(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        chosen = self.current_index() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def add(self) -> None:
        self.open_dialog(None)

    def edit(self, *_args) -> None:
        index = self.current_index()
        if index is not None and self.reveal.hiding:
            self.refusal_label.show()  # the dialog would show the whole text, names included
        elif index is not None:
            self.open_dialog(index)

    def delete(self) -> None:
        index = self.current_index()
        if index is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Verwijderen"),
            self.tr("Deze regel uit het plan verwijderen?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.host.change_or_warn(self.delete_call(self.ids[index]))

    def _show(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()


class IssuesTab(ItemsTab):
    def what(self) -> str:
        return "knelpunten"

    def column_headers(self) -> list[str]:
        return [self.tr("Leefgebied (zelfredzaamheid)"), self.tr("Knelpunt")]

    def empty_text(self) -> str:
        return self.tr("Nog geen knelpunten. Waar loopt het vast voor dit gezin?")

    def rows(self, plan: PlanDetail) -> list[tuple[int, list[str]]]:
        return [(i.id, [i.domain, i.description]) for i in plan.issues]

    def open_dialog(self, index: int | None) -> None:
        plan = self.host.plan
        assert plan is not None  # the lists are shown only with a plan
        item = plan.issues[index] if index is not None else None
        self._show(
            IssueDialog(
                self.host.choices,
                item,
                lambda value: self.host.change(
                    lambda: plans.save_issue(self.host.ws, plan.id, item.id if item else None, value)
                ),
                self,
            )
        )

    def delete_call(self, item_id: int) -> Callable[[], PlanDetail]:
        plan = self.host.plan
        assert plan is not None  # the lists are shown only with a plan
        plan_id = plan.id
        return lambda: plans.delete_issue(self.host.ws, plan_id, item_id)


class HelpersTab(ItemsTab):
    def what(self) -> str:
        return "hulpverleners"

    def column_headers(self) -> list[str]:
        return [
            self.tr("Organisatie"),
            self.tr("Wat zij doen"),
            self.tr("Nu per jaar"),
            self.tr("Na de doorbraak per jaar"),
        ]

    def empty_text(self) -> str:
        return self.tr("Nog geen hulpverleners. Wie is er nu allemaal betrokken bij dit gezin?")

    def rows(self, plan: PlanDetail) -> list[tuple[int, list[str]]]:
        return [
            (
                h.id,
                [
                    h.organisation_name or "–",
                    h.what or "",
                    amount_text(h.cost_per_year),
                    amount_text(h.cost_after_per_year)
                    if h.cost_after_per_year is not None
                    else self.tr("loopt door"),
                ],
            )
            for h in plan.helpers
        ]

    def open_dialog(self, index: int | None) -> None:
        plan = self.host.plan
        assert plan is not None  # the lists are shown only with a plan
        item = plan.helpers[index] if index is not None else None
        self._show(
            HelperDialog(
                self.host.choices,
                item,
                lambda value: self.host.change(
                    lambda: plans.save_helper(self.host.ws, plan.id, item.id if item else None, value)
                ),
                self,
            )
        )

    def delete_call(self, item_id: int) -> Callable[[], PlanDetail]:
        plan = self.host.plan
        assert plan is not None  # the lists are shown only with a plan
        plan_id = plan.id
        return lambda: plans.delete_helper(self.host.ws, plan_id, item_id)


class BreakthroughsTab(ItemsTab):
    def what(self) -> str:
        return "doorbraken"

    def column_headers(self) -> list[str]:
        return [
            self.tr("Nr."),
            self.tr("Doorbraak"),
            self.tr("Soort"),
            self.tr("Wie besluit"),
            self.tr("Mandaat"),
            self.tr("Eenmalig"),
            self.tr("Stand"),
        ]

    def empty_text(self) -> str:
        return self.tr("Nog geen doorbraak. Welke ene ongewone stap maakt de rest los?")

    def rows(self, plan: PlanDetail) -> list[tuple[int, list[str]]]:
        result = []
        for b in plan.breakthroughs:
            state = breakthrough_status_label(b.status)
            if b.reached_on:
                state += " " + self.tr("op %1").replace("%1", date_text(b.reached_on))
            what = b.description + (f" ({b.partner_name})" if b.partner_name else "")
            result.append(
                (
                    b.id,
                    [
                        b.ref,
                        what,
                        b.type_name,
                        b.decided_by or "",
                        mandate_label(b.mandate_level),
                        amount_text(b.cost_eur),
                        state,
                    ],
                )
            )
        return result

    def open_dialog(self, index: int | None) -> None:
        plan = self.host.plan
        assert plan is not None  # the lists are shown only with a plan
        item = plan.breakthroughs[index] if index is not None else None
        self._show(
            BreakthroughDialog(
                self.host.choices,
                item,
                lambda value: self.host.change(
                    lambda: plans.save_breakthrough(self.host.ws, plan.id, item.id if item else None, value)
                ),
                self,
            )
        )

    def delete_call(self, item_id: int) -> Callable[[], PlanDetail]:
        plan = self.host.plan
        assert plan is not None  # the lists are shown only with a plan
        plan_id = plan.id
        return lambda: plans.delete_breakthrough(self.host.ws, plan_id, item_id)
