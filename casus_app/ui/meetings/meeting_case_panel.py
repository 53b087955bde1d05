"""One case at the overleg: its state at a glance, a short note, decisions and afspraken.

The note and decisions are saved when the meeting moves on (`save()`); afspraken are saved at once.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.enums import Escalation
from casus_app.domain.errors import CasusError
from casus_app.services.cases import editing as case_editing
from casus_app.services.cases.queries import CaseDetail
from casus_app.services.meetings import drafts
from casus_app.services.meetings import overleg as meetings
from casus_app.services.meetings.agenda import AgendaItem
from casus_app.services.meetings.overleg import MeetingSummary
from casus_app.services.workspace import Workspace
from casus_app.ui.cases.case_view import ESCALATION_COLOURS
from casus_app.ui.meetings.meeting_actions import MeetingActionsBox
from casus_app.ui.shell.presentation import Presentation, masked_detail
from casus_app.ui.widgets.debounce import Debouncer
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.hidden_text import GuardedEditor, HiddenText
from casus_app.ui.widgets.labels import date_text, escalation_label


def reason_texts(short: bool = False) -> dict[str, str]:
    """Why a case is on the agenda, in words; `short` for the agenda list. An afspraak's reason is
    told with its days by `reasons_text`."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("MeetingReasons", text)

    if short:
        return {
            "nieuw": tr("nieuw"),
            "afspraak": tr("afspraak"),
            "gemarkeerd": tr("aangemeld"),
            "stil": tr("lang stil"),
            "toegevoegd": tr("toegevoegd"),
        }
    return {
        "nieuw": tr("nieuw signaal"),
        "afspraak": tr("afspraak"),
        "gemarkeerd": tr("aangemeld voor bespreking"),
        "stil": tr("lang niet besproken"),
        "toegevoegd": tr("toegevoegd door de voorzitter"),
    }


def _afspraak_text(days_late: int | None, overdue: int) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("MeetingReasons", text)

    if days_late is None:
        return tr("afspraak inmiddels afgehandeld")
    if days_late == 0:
        return tr("afspraak verloopt op de dag van het overleg")
    if overdue > 1:
        return (
            tr("%1 afspraken te laat, de oudste %2 dagen")
            .replace("%1", str(overdue))
            .replace("%2", str(days_late))
        )
    if days_late == 1:
        return tr("afspraak 1 dag te laat")
    return tr("afspraak %1 dagen te laat").replace("%1", str(days_late))


def reasons_text(
    reasons: tuple[str, ...],
    *,
    days_late: int | None = None,
    overdue: int = 0,
    carried_since: dt.date | None = None,
    short: bool = False,
) -> str:
    """Why a case is on the agenda (or waits), truthfully: doorgeschoven since when, how late the
    oldest afspraak is at the meeting date."""
    texts = reason_texts(short)
    parts = []
    if carried_since is not None:
        parts.append(
            QCoreApplication.translate("MeetingReasons", "doorgeschoven sinds %1").replace(
                "%1", date_text(carried_since)
            )
        )
    for reason in reasons:
        parts.append(
            _afspraak_text(days_late, overdue) if reason == "afspraak" else texts.get(reason, reason)
        )
    return ", ".join(parts)


# A draft of the typing is kept this long after the last key press (see services/drafts.py).
DRAFT_DELAY_MS = 800


def _text_label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # register data is never markup
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MeetingCasePanel(QWidget):
    """Emits `changed` when the agenda should be redrawn, `problem(message)` for an error to show,
    `notice(message)` for news that is not an error (a draft put back)."""

    changed = Signal()
    problem = Signal(str)
    notice = Signal(str)
    close_requested = Signal()
    timeline_requested = Signal()

    def __init__(
        self,
        ws: Workspace,
        presentation: Presentation,
        organisations: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        intervention_types: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.ws, self.presentation = ws, presentation
        self.meeting: MeetingSummary | None = None
        self.item: AgendaItem | None = None
        self.detail: CaseDetail | None = None
        self._saved: tuple[str, str, bool] = ("", "", False)
        self._loading = False
        self._draft_timer = Debouncer(DRAFT_DELAY_MS, self)
        self._draft_timer.triggered.connect(self.keep_draft)

        self.title_label = QLabel()
        self.title_label.setObjectName("heading")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.reasons_label = _text_label()
        self.reasons_label.setObjectName("muted")
        self.place_label = _text_label()
        self.lead_label = _text_label()
        self.status_label = _text_label()
        self.escalation_combo = QComboBox()
        for level in Escalation:
            self.escalation_combo.addItem(escalation_label(level), level.value)
        self.escalation_combo.setToolTip(
            self.tr("Escalatieniveau (AVE); een wijziging wordt meteen opgeslagen")
        )
        self.escalation_combo.setAccessibleName(self.tr("Escalatie"))
        self.escalation_combo.setMaximumWidth(170)
        self.escalation_block = QLabel()
        self.escalation_block.setFixedWidth(18)
        self.persons_label = _text_label()
        # Free text: hidden in presentation mode until "Tonen" (ui/widgets/hidden_text.py).
        self.summary_text = HiddenText("samenvatting")
        self.previous_text = HiddenText("vorige keer")
        self.summary_label, self.previous_label = self.summary_text.label, self.previous_text.label
        self.previous_label.setObjectName("muted")
        facts = QFormLayout()
        facts.addRow(self.tr("Buurt / adres:"), self.place_label)
        facts.addRow(self.tr("Betrokkenen:"), self.persons_label)
        facts.addRow(self.tr("Samenvatting:"), self.summary_text)
        facts.addRow(self.tr("Vorige keer:"), self.previous_text)
        side = QFormLayout()
        escalation_row = QHBoxLayout()
        escalation_row.addWidget(self.escalation_block)
        escalation_row.addWidget(self.escalation_combo, 1)
        escalation_label_widget = QLabel(self.tr("&Escalatie:"))
        escalation_label_widget.setBuddy(self.escalation_combo)
        side.addRow(escalation_label_widget, escalation_row)
        side.addRow(self.tr("Regie:"), self.lead_label)
        side.addRow(self.tr("Status:"), self.status_label)
        header = QFrame()
        header.setObjectName("caseHeader")
        header_layout = QHBoxLayout(header)
        header_layout.addLayout(facts, 5)
        header_layout.addSpacing(16)
        header_layout.addLayout(side, 3)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Korte notitie: wat is er gebeurd sinds de vorige keer?"))
        self.note_edit.setToolTip(
            self.tr("Komt in het verslag; geen bijzondere persoonsgegevens (Tab: volgende veld)")
        )
        self.note_edit.setAccessibleName(self.tr("Notitie"))
        self.decisions_edit = QPlainTextEdit()
        self.decisions_edit.setTabChangesFocus(True)
        self.decisions_edit.setPlaceholderText(self.tr("Besluiten van het overleg"))
        self.decisions_edit.setToolTip(self.tr("Komt in het verslag (Tab: naar de nieuwe afspraak)"))
        self.decisions_edit.setAccessibleName(self.tr("Besluiten"))
        for edit in (self.note_edit, self.decisions_edit):
            edit.setMinimumHeight(60)  # three lines on a 1280×720 screen; more on a larger one
            edit.textChanged.connect(self._typed)
        note_label, decisions_label = QLabel(self.tr("Not&itie")), QLabel(self.tr("Be&sluiten"))
        note_label.setBuddy(self.note_edit)
        decisions_label.setBuddy(self.decisions_edit)
        self.guards = {
            self.note_edit: GuardedEditor(self.note_edit, "notitie"),
            self.decisions_edit: GuardedEditor(self.decisions_edit, "besluiten"),
        }
        revealables: tuple[GuardedEditor | HiddenText, ...] = (
            *self.guards.values(),
            self.summary_text,
            self.previous_text,
        )
        for revealable in revealables:
            revealable.bind(presentation)
        texts = QHBoxLayout()
        for label, edit in ((note_label, self.note_edit), (decisions_label, self.decisions_edit)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(self.guards[edit])
            texts.addLayout(column, 1)

        self.actions_box = MeetingActionsBox(ws, organisations, intervention_types=intervention_types)
        self.actions_box.set_presentation(presentation)
        self.discussed_box = QCheckBox(self.tr("Bespro&ken"))
        self.discussed_box.setToolTip(self.tr("Wordt vanzelf aangevinkt zodra u iets vastlegt (Alt+K)"))
        self.close_button = QPushButton(self.tr("Casus &afsluiten…"))
        self.close_button.setToolTip(self.tr("Afsluitreden, resultaat en verwijzing vastleggen (Alt+A)"))
        self.timeline_button = QPushButton(self.tr("Ti&jdlijn…"))
        self.timeline_button.setToolTip(self.tr("Alles wat er met deze casus is gebeurd (Alt+J)"))
        # The buttons sit beside the reasons, so the title keeps the whole width.
        reasons_row = QHBoxLayout()
        reasons_row.addWidget(self.reasons_label, 1)
        reasons_row.addWidget(self.discussed_box)
        reasons_row.addWidget(self.timeline_button)
        reasons_row.addWidget(self.close_button)

        # No scroll area: laid out to fit a 1280×720 screen, and a scroll area would size the wrapped
        # labels for their narrowest width and push the new afspraak out of sight. Extra height goes
        # to the note and decisions first, then to the open afspraken.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addLayout(reasons_row)
        layout.addWidget(header)
        layout.addLayout(texts, 3)
        layout.addWidget(self.actions_box, 2)

        box = self.actions_box
        chain = [
            self.note_edit,
            self.decisions_edit,
            box.description_edit,
            box.owner_combo,
            box.person_edit,
            box.type_combo,
            box.deadline_edit,
            box.add_button,
            box.table,
            box.done_button,
            box.cancel_button,
            self.discussed_box,
            self.escalation_combo,
            self.timeline_button,
            self.close_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.actions_box.changed.connect(self._action_changed)
        self.actions_box.problem.connect(self.problem)
        self.escalation_combo.activated.connect(self._escalate)
        self.close_button.clicked.connect(self.close_requested)
        self.timeline_button.clicked.connect(self.timeline_requested)
        presentation.changed.connect(lambda _on: self._render())

    # -- showing ------------------------------------------------------------------------------------
    def show_item(
        self, meeting: MeetingSummary, item: AgendaItem, detail: CaseDetail, *, focus_note: bool = True
    ) -> None:
        self.meeting, self.item, self.detail = meeting, item, detail
        editable = meeting.status != meetings.FINISHED
        self._loading = True
        self.note_edit.setPlainText(item.note or "")
        self.decisions_edit.setPlainText(item.decisions or "")
        self.discussed_box.setChecked(item.discussed)
        self._loading = False
        self._saved = (item.note or "", item.decisions or "", item.discussed)
        if editable:
            self._restore_draft()
        for widget in (self.note_edit, self.decisions_edit):
            widget.setReadOnly(not editable)
        self.discussed_box.setEnabled(editable)
        for guard in self.guards.values():
            guard.loaded([detail.id])
        self.actions_box.show_case(
            detail.id, meeting.id, meeting.date, detail.lead, editable=editable and detail.end_date is None
        )
        self._render()
        if focus_note:
            self.note_edit.setFocus()

    def refresh_detail(self, detail: CaseDetail) -> None:
        """After a change to the case itself (closed, escalated)."""
        self.detail = detail
        meeting = self.meeting
        if meeting is None:  # no case of an overleg on screen: nothing else shows it
            return
        self.actions_box.show_case(
            detail.id,
            meeting.id,
            meeting.date,
            detail.lead,
            editable=meeting.status != meetings.FINISHED and detail.end_date is None,
        )
        self._render()

    def _render(self) -> None:
        if self.detail is None or self.item is None:
            return
        detail = masked_detail(self.detail) if self.presentation.on else self.detail
        # The soort is that of the overleg; the title stays on one line.
        self.title_label.setText(" · ".join(p for p in (detail.ref, detail.category_name) if p))
        item = self.item
        why = reasons_text(
            item.reasons,
            days_late=item.days_late,
            overdue=item.overdue_actions,
            carried_since=item.carried_since,
        )
        self.reasons_label.setText(self.tr("Op de agenda: %1").replace("%1", why))
        place = " ".join(p for p in (detail.postcode, detail.city) if p)
        address = ", ".join(p for p in (detail.address, place) if p)
        self.place_label.setText(
            " – ".join(
                p for p in (detail.neighbourhood, address if address != detail.neighbourhood else None) if p
            )
            or self.tr("(geen adres)")
        )
        self.persons_label.setText(
            "; ".join(
                f"{p.full_name} ({p.role}{', ' + date_text(p.birth_date) if p.birth_date else ''})"
                for p in detail.persons
            )
            or self.tr("(geen)")
        )
        self.summary_text.set_text(detail.summary, [detail.id], self.tr("(geen samenvatting)"))
        self._render_previous(detail)
        self.lead_label.setText(detail.lead_name or detail.lead or self.tr("(nog niemand)"))
        if detail.end_date is None:
            self.status_label.setText(self.tr("Lopend sinds %1").replace("%1", date_text(detail.start_date)))
        else:
            self.status_label.setText(
                self.tr("Afgesloten op %1 (%2)")
                .replace("%1", date_text(detail.end_date))
                .replace("%2", detail.closing_reason or "")
            )
        self.escalation_combo.setCurrentIndex(max(self.escalation_combo.findData(detail.escalation), 0))
        colour = ESCALATION_COLOURS.get(detail.escalation, "#5f6873")
        self.escalation_block.setStyleSheet(f"background: {html.escape(colour)}; border-radius: 3px;")
        closed = detail.end_date is not None
        self.close_button.setText(self.tr("C&asus heropenen…") if closed else self.tr("Casus &afsluiten…"))
        self.close_button.setEnabled(self.meeting is not None and self.meeting.status != meetings.FINISHED)
        self.escalation_combo.setEnabled(not closed and self.close_button.isEnabled())

    def _render_previous(self, detail: CaseDetail) -> None:
        """The last real bespreking before this overleg that says something (its note, else its
        besluiten); the history holds real besprekingen only (`queries.get_case`)."""
        meeting = self.meeting
        earlier = [
            d
            for d in detail.discussions
            if meeting is None or (d.meeting_ref != meeting.ref and d.date <= meeting.date)
        ]
        said = [d for d in earlier if d.note or d.decisions]
        if said:
            last = said[-1]
            text = last.note or self.tr("Besluiten: %1").replace("%1", last.decisions or "")
            if last.note and last.decisions:
                text += "\n" + self.tr("Besluiten: %1").replace("%1", last.decisions)
            self.previous_text.set_text(f"{date_text(last.date)}: {text}", [detail.id], "")
        elif earlier:
            self.previous_text.set_text(
                None, [detail.id], f"{date_text(earlier[-1].date)}: " + self.tr("besproken, zonder notitie")
            )
        else:
            self.previous_text.set_text(None, [detail.id], self.tr("nog niet eerder besproken"))

    # -- editing ------------------------------------------------------------------------------------
    def _typed(self) -> None:
        if self._loading:
            return
        self._draft_timer.poke()
        if self.note_edit.toPlainText().strip() or self.decisions_edit.toPlainText().strip():
            self.discussed_box.setChecked(True)

    def keep_draft(self) -> None:
        """Keep what is typed but not saved, inside the register, so a crash loses nothing."""
        self._draft_timer.cancel()
        if self.item is None or self.meeting is None or self.meeting.status == meetings.FINISHED:
            return
        note, decisions, _ = self.state()
        if (note, decisions) == self._saved[:2]:
            return
        try:
            drafts.save_draft(self.ws, self.item.discussion_id, note=note, decisions=decisions)
        except CasusError as exc:
            self.problem.emit(error_text(exc))

    def _restore_draft(self) -> None:
        """Put back what was typed here before a crash or a failed save, and say so."""
        if self.item is None:
            return
        draft = drafts.draft_for(self.ws, self.item.discussion_id)
        if draft is None:
            return
        if (draft.note, draft.decisions) == self._saved[:2]:
            drafts.discard_draft(self.ws, self.item.discussion_id)
            return
        self._loading = True
        self.note_edit.setPlainText(draft.note)
        self.decisions_edit.setPlainText(draft.decisions)
        self._loading = False
        when = draft.saved_at.astimezone().strftime("%H:%M")
        self.notice.emit(
            self.tr(
                "Niet-opgeslagen tekst van %1 is teruggezet. Controleer hem; hij wordt opgeslagen "
                "zodra u verder gaat."
            ).replace("%1", f"{date_text(draft.saved_at.date())} {when}")
        )

    def _action_changed(self) -> None:
        self.discussed_box.setChecked(True)
        self.save()
        self.changed.emit()

    def _escalate(self) -> None:
        if self.detail is None:
            return
        level = self.escalation_combo.currentData()
        try:
            case_editing.set_escalation(self.ws, self.detail.id, level)
        except CasusError as exc:
            self.problem.emit(error_text(exc))
            return
        self.detail = replace(self.detail, escalation=level)
        self.discussed_box.setChecked(True)
        self._render()
        self.changed.emit()

    def state(self) -> tuple[str, str, bool]:
        return (
            self.note_edit.toPlainText().strip(),
            self.decisions_edit.toPlainText().strip(),
            self.discussed_box.isChecked(),
        )

    def save(self) -> bool:
        """Save the note, decisions and 'besproken' when they changed; False when saving failed."""
        if self.item is None or self.meeting is None or self.meeting.status == meetings.FINISHED:
            return True
        note, decisions, discussed = self.state()
        if (note, decisions, discussed) == self._saved:
            return True
        try:
            meetings.record_discussion(
                self.ws, self.item.discussion_id, note=note, decisions=decisions, discussed=discussed
            )
        except CasusError as exc:
            # The text stays on screen and in a draft; the meeting does not move on.
            self.keep_draft()
            self.problem.emit(
                self.tr(
                    "De notitie is niet opgeslagen: %1 De tekst staat nog op het scherm en is als "
                    "concept bewaard; probeer het opnieuw."
                ).replace("%1", error_text(exc))
            )
            return False
        self._draft_timer.cancel()
        self._saved = (note, decisions, discussed)
        return True

    def clear(self) -> None:
        """Nothing of the case stays behind (leaving the meeting, locking)."""
        self._draft_timer.cancel()
        self.item = self.detail = None
        self._loading = True
        self.note_edit.clear()
        self.decisions_edit.clear()
        self._loading = False
        for label in (
            self.title_label,
            self.reasons_label,
            self.place_label,
            self.persons_label,
            self.lead_label,
            self.status_label,
        ):
            label.clear()
        self.summary_text.clear()
        self.previous_text.clear()
        self.actions_box.case_id = None
        self.actions_box.refresh()
