"""One case, read-only: header, betrokkenen, afspraken (overdue ones marked), besprekingen, samenvatting."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock, labels
from casus_app.domain.enums import CaseKind, Escalation
from casus_app.services.cases.queries import ActionView, CaseDetail
from casus_app.ui.shell.presentation import Presentation
from casus_app.ui.widgets.detail_table import DetailTable
from casus_app.ui.widgets.hidden_text import HiddenText, RevealButton
from casus_app.ui.widgets.labels import (
    date_text,
    escalation_label,
    kind_label,
    meeting_label,
    status_label,
    translated,
)

ESCALATION_COLOURS: dict[str, str] = {
    Escalation.GREEN: "#2e7d32",
    Escalation.ORANGE: "#e65100",
    Escalation.RED: "#c62828",
    Escalation.DARK_RED: "#5c0a0a",
}


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # register data is never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("section")
    return label


class CaseView(QWidget):
    """Shows one CaseDetail; Escape or the back button emits `closed`."""

    closed = Signal()
    open_plan = Signal(int)  # case id of a doorbraak case

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.detail: CaseDetail | None = None
        self.presentation: Presentation | None = None

        self.back_button = QPushButton(self.tr("← &Terug naar de lijst"))
        self.back_button.setToolTip(self.tr("Terug naar de casuslijst (Esc)"))
        self.back_button.clicked.connect(self.closed)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setObjectName("heading")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(16)
        top.addWidget(self.title_label, 1)
        # Alt+D is "Gedaan" on every screen with afspraken (ui/cases/case_actions.py).
        self.plan_button = QPushButton(self.tr("Doorbraak&plan openen"))
        self.plan_button.setToolTip(
            self.tr("Het doorbraakplan van dit gezin: perspectief, doorbraken, kosten en voortgang")
        )
        self.plan_button.clicked.connect(self._open_plan)
        self.plan_button.hide()
        top.addWidget(self.plan_button)

        self.fields = {
            key: _value_label()
            for key in ("area", "address", "status", "escalation", "lead", "category", "reported", "risk")
        }
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Gebied / buurt:"), self.fields["area"])
        left.addRow(self.tr("Adres:"), self.fields["address"])
        left.addRow(self.tr("Hoofdcategorie:"), self.fields["category"])
        left.addRow(self.tr("Status:"), self.fields["status"])
        right.addRow(self.tr("Escalatie:"), self.fields["escalation"])
        right.addRow(self.tr("Regie:"), self.fields["lead"])
        right.addRow(self.tr("Aangemeld door:"), self.fields["reported"])
        right.addRow(self.tr("Risico:"), self.fields["risk"])
        header = QFrame()
        header.setObjectName("caseHeader")
        header_layout = QHBoxLayout(header)
        header_layout.addLayout(left, 3)
        header_layout.addSpacing(24)
        header_layout.addLayout(right, 2)

        self.fields["escalation"].setTextFormat(Qt.TextFormat.RichText)
        # Free text: hidden in presentation mode until "Tonen" (ui/widgets/hidden_text.py).
        self.summary_text = HiddenText("samenvatting")
        self.summary_label = self.summary_text.label
        self.actions_reveal = RevealButton("afspraken")
        self.discussions_reveal = RevealButton("notities en besluiten van besprekingen")
        self.persons_title = _section("")
        self.persons_table = DetailTable(
            [self.tr("Naam"), self.tr("Rol"), self.tr("Geboortedatum")],
            0,
            self.tr("Geen betrokkenen vastgelegd."),
        )
        self.persons_table.setAccessibleName(self.tr("Betrokkenen"))
        self.actions_title = _section("")
        action_headers = [
            self.tr("Afspraak"),
            self.tr("Wie"),
            self.tr("Afgesproken"),
            self.tr("Deadline"),
            self.tr("Stand"),
        ]
        self.actions_table = DetailTable(action_headers, 0, self.tr("Nog geen afspraken gemaakt."))
        self.actions_table.setAccessibleName(self.tr("Afspraken"))
        # The buttons that change the afspraken, put here by whoever has the workspace (add_actions_bar).
        self.actions_bar: QWidget | None = None
        self._actions_slot = QVBoxLayout()
        self._actions_slot.setContentsMargins(0, 0, 0, 0)
        self.discussions_title = _section("")
        self.discussions_table = DetailTable(
            [self.tr("Datum"), self.tr("Overleg"), self.tr("Notitie"), self.tr("Besluiten")],
            2,
            self.tr("Nog niet besproken in een overleg."),
        )
        self.discussions_table.setAccessibleName(self.tr("Besprekingen"))

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(_section(self.tr("Samenvatting")))
        body_layout.addWidget(self.summary_text)
        for title, table, reveal in (
            (self.persons_title, self.persons_table, None),
            (self.actions_title, self.actions_table, self.actions_reveal),
            (self.discussions_title, self.discussions_table, self.discussions_reveal),
        ):
            body_layout.addSpacing(8)
            if reveal is None:
                body_layout.addWidget(title)
            else:
                row = QHBoxLayout()
                row.addWidget(title, 1)
                row.addWidget(reveal)
                body_layout.addLayout(row)
            body_layout.addWidget(table)
            body_layout.addWidget(table.empty_label)
            if table is self.actions_table:
                body_layout.addLayout(self._actions_slot)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.closed)

    def add_actions_bar(self, bar: QWidget) -> None:
        """Put the afspraken's buttons below their table; the bar is told of each case shown."""
        self.actions_bar = bar
        self._actions_slot.addWidget(bar)

    def set_presentation(self, presentation: Presentation) -> None:
        """Follow presentation mode: free text hidden until "Tonen" (the caller masks the rest)."""
        self.presentation = presentation
        for widget in (self.summary_text, self.actions_reveal, self.discussions_reveal):
            widget.bind(presentation)
        for reveal in (self.actions_reveal, self.discussions_reveal):
            reveal.toggled_text.connect(self._fill_free_text_tables)

    @property
    def presenting(self) -> bool:
        return self.presentation is not None and self.presentation.on

    def show_case(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.plan_button.setVisible(detail.kind == CaseKind.BREAKTHROUGH)
        today = self._today or clock.today()
        self.title_label.setText(
            self.tr("Casus %1 · %2").replace("%1", detail.ref).replace("%2", kind_label(detail.kind))
        )
        f = self.fields
        f["area"].setText(" – ".join(p for p in (detail.area_name, detail.neighbourhood) if p))
        postcode = detail.postcode
        if postcode and len(postcode) == 6:
            postcode = f"{postcode[:4]} {postcode[4:]}"
        place = " ".join(p for p in (postcode, detail.city) if p)
        f["address"].setText(", ".join(p for p in (detail.address, place) if p) or self.tr("(geen adres)"))
        f["category"].setText(detail.category_name)
        f["status"].setText(self._status_text(detail))
        f["escalation"].setText(self._escalation_html(detail.escalation))
        f["lead"].setText(detail.lead_name or detail.lead or self.tr("(nog niemand)"))
        f["reported"].setText(detail.reported_by_name or detail.reported_by)
        f["risk"].setText(
            translated(labels.RISK_NAMES, detail.risk) if detail.risk else self.tr("(niet ingeschat)")
        )
        self.summary_text.set_text(detail.summary, [detail.id], self.tr("(geen samenvatting)"))

        self.persons_title.setText(self.tr("Betrokkenen (%1)").replace("%1", str(len(detail.persons))))
        self.persons_table.set_rows([[p.full_name, p.role, date_text(p.birth_date)] for p in detail.persons])

        overdue = {i for i, a in enumerate(detail.actions) if a.is_overdue(today)}
        title = self.tr("Afspraken (%1)").replace("%1", str(len(detail.actions)))
        if overdue:
            title += " · " + self.tr("%1 te laat").replace("%1", str(len(overdue)))
        self.actions_title.setText(title)
        self.discussions_title.setText(
            self.tr("Besprekingen (%1)").replace("%1", str(len(detail.discussions)))
        )
        self._fill_free_text_tables()
        if self.actions_bar is not None:
            self.actions_bar.case_shown(detail)  # type: ignore[attr-defined]
        self.back_button.setFocus()

    def _fill_free_text_tables(self) -> None:
        detail = self.detail
        if detail is None:
            return
        today = self._today or clock.today()
        self.actions_reveal.set_cases([detail.id] if any(a.description for a in detail.actions) else [])
        self.discussions_reveal.set_cases(
            [detail.id] if any(d.note or d.decisions for d in detail.discussions) else []
        )
        overdue = {i for i, a in enumerate(detail.actions) if a.is_overdue(today)}
        self.actions_table.set_rows([self._action_row(a, today) for a in detail.actions], overdue)
        self.discussions_table.set_rows(
            [
                [
                    date_text(d.date),
                    f"{meeting_label(d.meeting_kind)} ({d.meeting_ref})",
                    self.discussions_reveal.cell(d.note, detail.id),
                    self.discussions_reveal.cell(d.decisions, detail.id),
                ]
                for d in detail.discussions
            ]
        )

    def _open_plan(self) -> None:
        if self.detail is not None:
            self.open_plan.emit(self.detail.id)

    def clear(self) -> None:
        self.detail = None
        self.title_label.clear()
        for label in self.fields.values():
            label.clear()
        self.summary_text.clear()
        for table in (self.persons_table, self.actions_table, self.discussions_table):
            table.set_rows([])

    def _escalation_html(self, level: str) -> str:
        # The level is written out; the coloured block beside it only repeats it.
        colour = ESCALATION_COLOURS.get(level, "#5f6873")
        block = f'<span style="background-color:{colour}">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
        return f"{block}&nbsp;&nbsp;{html.escape(escalation_label(level))}"

    def _status_text(self, detail: CaseDetail) -> str:
        if detail.end_date is None:
            return (
                self.tr("%1 sinds %2")
                .replace("%1", status_label(None))
                .replace("%2", date_text(detail.start_date))
            )
        text = (
            self.tr("%1 op %2")
            .replace("%1", status_label(detail.end_date))
            .replace("%2", date_text(detail.end_date))
        )
        # The result is free text: not on a projected screen.
        result = None if self.presenting else detail.result
        extra = [p for p in (detail.closing_reason_name or detail.closing_reason, result) if p]
        return text + (f" ({'; '.join(extra)})" if extra else "")

    def _action_row(self, action: ActionView, today: dt.date) -> list[str]:
        who = " – ".join(p for p in (action.owner_name or action.owner, action.owner_person) if p)
        case_id = self.detail.id if self.detail else None
        if action.done_on:
            state = self.tr("Gedaan op %1").replace("%1", date_text(action.done_on))
        elif action.cancelled_on:
            state = self.tr("Vervallen op %1").replace("%1", date_text(action.cancelled_on))
        elif action.is_overdue(today):
            days = (today - action.deadline).days
            state = self.tr("TE LAAT: %1 dag(en) over de deadline").replace("%1", str(days))
        elif action.is_snoozed(today) and action.snoozed_until is not None:
            state = self.tr("Open · sluimert tot %1").replace("%1", date_text(action.snoozed_until))
        else:
            state = self.tr("Open")
        if action.result:
            # Free text: hidden in presentation mode like the afspraak itself.
            state += " · " + self.tr("resultaat: %1").replace(
                "%1", self.actions_reveal.cell(action.result, case_id)
            )
        description = self.actions_reveal.cell(action.description, case_id)
        return [description, who, date_text(action.agreed_on), date_text(action.deadline), state]
