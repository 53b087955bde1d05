"""Planning an overleg, or changing a planned one: soort, gebied, date, time, place, chair,
minute-taker and who is expected (the regular members ticked beforehand).

"Plannen" saves it for later (gepland); "Overleg starten" saves it and opens the meeting. Only the
soorten and gebieden the user may plan are offered (services/access.py says which). A second overleg
of the same soort and gebied on one day is asked about on the form itself, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.enums import AREA_WIDE_MEETING_KINDS, MeetingKind
from casus_app.domain.errors import CasusError
from casus_app.services.access import plannable_meeting_kinds
from casus_app.services.cases.form_input import form_choices
from casus_app.services.meetings import attendance
from casus_app.services.meetings import overleg as meetings
from casus_app.services.meetings.attendance import Attendee
from casus_app.services.meetings.overleg import MeetingInput, MeetingSummary, SameDayMeeting
from casus_app.services.workspace import Workspace
from casus_app.ui.meetings.attendance_editor import AttendanceEditor
from casus_app.ui.widgets.card import card_page
from casus_app.ui.widgets.dates import date_edit, pydate, qdate
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import meeting_label

_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def parse_time(value: str) -> dt.time | None:
    """'9:30', '09.30' → 09:30; empty → None; anything else raises ValueError."""
    if not value.strip():
        return None
    match = _TIME.match(value)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(value)
    return dt.time(int(match[1]), int(match[2]))


class MeetingSetupView(QWidget):
    """Emits `created(meeting_id)` for "Overleg starten", `planned(meeting_id)` once a planned overleg
    is saved (new or changed), `cancelled` on Escape."""

    created = Signal(int)
    planned = Signal(int)
    cancelled = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today
        self.editing: MeetingSummary | None = None
        choices = form_choices(ws)
        self.heading = QLabel(self.tr("Nieuw overleg"))
        self.heading.setObjectName("heading")
        self.kind_combo = QComboBox()
        kinds = plannable_meeting_kinds(ws.actor)
        for kind in MeetingKind:
            if kind.value in kinds:
                self.kind_combo.addItem(meeting_label(kind), kind.value)
        casework = self.kind_combo.findData(MeetingKind.CASEWORK.value)
        self.kind_combo.setCurrentIndex(max(casework, 0))
        self.kind_combo.setToolTip(self.tr("Welke cases op de agenda komen hangt af van de soort"))
        self.area_combo = QComboBox()
        for code, name in choices.areas:  # a professional: only their own gebieden
            self.area_combo.addItem(name, code)
        self.area_combo.setToolTip(self.tr("Het gebied van het overleg; u ziet alleen uw eigen gebieden"))
        self.scope_label = QLabel(
            self.tr(
                "Het doorbraakteam werkt voor heel Heerlen-Noord: casussen uit alle gebieden kunnen op de "
                "agenda. Het gebied hierboven is alleen waar het overleg wordt vastgelegd."
            )
        )
        self.scope_label.setObjectName("muted")
        self.scope_label.setWordWrap(True)
        self.date_edit = date_edit(today or clock.today())
        self.date_edit.setToolTip(self.tr("De datum van het overleg"))
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("uu:mm, bijvoorbeeld 14:30"))
        self.time_edit.setToolTip(self.tr("Hoe laat het overleg begint (mag leeg blijven)"))
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(meetings.MAX_PLACE)
        self.place_edit.setToolTip(
            self.tr("Waar het overleg is, bijvoorbeeld het buurthuis of een Teams-vergadering")
        )
        self.chair_edit = QLineEdit(ws.actor.display_name or "")
        self.chair_edit.setToolTip(self.tr("Wie het overleg voorzit"))
        self.minute_taker_edit = QLineEdit()
        self.minute_taker_edit.setToolTip(self.tr("Wie het verslag maakt"))
        self.attendance = AttendanceEditor(choices.organisations)
        self.attendance.list.setMinimumHeight(200)
        self.regulars_label = QLabel()
        self.regulars_label.setObjectName("muted")
        self.regulars_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.plan_button = QPushButton(self.tr("&Plannen"))
        self.plan_button.setToolTip(
            self.tr("Opslaan als gepland overleg; u start het later vanuit ‘Overleg openen’")
        )
        self.start_button = QPushButton(self.tr("Overleg sta&rten"))
        self.start_button.setDefault(True)
        self.start_button.setToolTip(self.tr("Slaat het overleg op en stelt de agenda samen (Ctrl+Enter)"))
        self.save_button = QPushButton(self.tr("&Wijzigingen opslaan"))
        self.save_button.setToolTip(self.tr("De wijzigingen van dit geplande overleg opslaan (Ctrl+Enter)"))
        self.question_label = QLabel()
        self.question_label.setObjectName("error")
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setWordWrap(True)
        self.second_button = QPushButton(self.tr("&Ja, een tweede overleg"))
        self.second_button.setToolTip(self.tr("Toch opslaan: er komen twee overleggen op die dag"))
        self._second_start = True
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setToolTip(self.tr("Terug zonder op te slaan (Esc)"))

        form = QFormLayout()
        form.addRow(self.tr("&Soort overleg"), self.kind_combo)
        form.addRow(self.tr("Gebie&d"), self.area_combo)
        form.addRow("", self.scope_label)
        form.addRow(self.tr("Da&tum"), self.date_edit)
        form.addRow(self.tr("T&ijd"), self.time_edit)
        form.addRow(self.tr("P&laats"), self.place_edit)
        form.addRow(self.tr("&Voorzitter"), self.chair_edit)
        form.addRow(self.tr("&Notulist"), self.minute_taker_edit)
        present_label = QLabel(self.tr("&Aanwezig"))
        present_label.setBuddy(self.attendance.list)  # Alt+A: the list itself
        form.addRow(present_label, self.attendance)
        form.addRow("", self.regulars_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.start_button)
        card = card_page(self, 760, scrolls=True)
        card.addWidget(self.heading)
        card.addLayout(form)
        card.addWidget(self.error_label)
        question = QHBoxLayout()
        question.addWidget(self.question_label, 1)
        question.addWidget(self.second_button)
        card.addLayout(question)
        card.addLayout(buttons)

        self.start_button.clicked.connect(lambda: self.submit(start=True))
        self.plan_button.clicked.connect(lambda: self.submit(start=False))
        self.save_button.clicked.connect(lambda: self.submit(start=False))
        self.cancel_button.clicked.connect(self.cancelled)
        self.second_button.clicked.connect(
            lambda: self.submit(start=self._second_start, allow_duplicate=True)
        )
        # The question is about this soort, gebied and day: another answer asks again.
        for signal in (
            self.kind_combo.currentIndexChanged,
            self.area_combo.currentIndexChanged,
            self.date_edit.dateChanged,
        ):
            signal.connect(self._hide_question)
        self.kind_combo.currentIndexChanged.connect(self._series_changed)
        self.area_combo.currentIndexChanged.connect(self._series_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys),
                self,
                self._default_action,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.cancelled.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._set_mode(None)

    # -- new or change --------------------------------------------------------------------------
    def prepare(self) -> None:
        """A new overleg: today's date, the user as chair, the regular members ticked."""
        self._set_mode(None)
        self.date_edit.setDate(qdate(self.today or clock.today()))
        self.time_edit.clear()
        self.place_edit.clear()
        self.chair_edit.setText(self.ws.actor.display_name or "")
        self.minute_taker_edit.clear()
        self.attendance.touched = False
        self._series_changed()
        self.kind_combo.setFocus()

    def edit(self, meeting: MeetingSummary) -> None:
        """Change a planned overleg (its soort and gebied stay)."""
        self._set_mode(meeting)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(meeting.kind), 0))
        if self.area_combo.findData(meeting.area) < 0:  # a doorbraakteam recorded in another gebied
            self.area_combo.addItem(meeting.area_name, meeting.area)
        self.area_combo.setCurrentIndex(self.area_combo.findData(meeting.area))
        self.date_edit.setDate(qdate(meeting.date))
        self.time_edit.setText(meeting.start_time.strftime("%H:%M") if meeting.start_time else "")
        self.place_edit.setText(meeting.place or "")
        self.chair_edit.setText(meeting.chair or "")
        self.minute_taker_edit.setText(meeting.minute_taker or "")
        self.attendance.set_attendees(meeting.attendees)
        self.attendance.touched = True  # never replaced by the regular members
        self.regulars_label.hide()
        self._show_scope()
        self.date_edit.setFocus()

    def _set_mode(self, meeting: MeetingSummary | None) -> None:
        self.editing = meeting
        new = meeting is None
        self.heading.setText(
            self.tr("Overleg %1 wijzigen").replace("%1", meeting.ref)
            if meeting is not None
            else self.tr("Nieuw overleg")
        )
        self.kind_combo.setEnabled(new)
        self.area_combo.setEnabled(new)
        self.plan_button.setVisible(new)
        self.start_button.setVisible(new)
        self.save_button.setVisible(not new)
        self.error_label.hide()
        self._hide_question()

    def _default_action(self) -> None:
        self.submit(start=self.editing is None)

    def _show_scope(self) -> None:
        self.scope_label.setVisible(self.kind_combo.currentData() in AREA_WIDE_MEETING_KINDS)

    def _series_changed(self) -> None:
        self._show_scope()
        if self.editing is not None or self.attendance.touched:
            return
        kind, area = self.kind_combo.currentData(), self.area_combo.currentData()
        regulars = attendance.regular_attendees(self.ws, kind, area) if kind and area else []
        self.attendance.set_attendees(regulars)
        self.attendance.touched = False
        self.regulars_label.setText(
            self.tr("Aangevinkt: wie er bij het vorige %1 was. Vink uit wie er niet is.").replace(
                "%1", meeting_label(kind).lower()
            )
            if regulars
            else self.tr("Nog geen vaste deelnemers: voeg de aanwezigen toe met naam en organisatie.")
        )
        self.regulars_label.show()

    def set_present(self, codes: set[str]) -> None:
        """Organisations present without a name (as before attendance per person)."""
        self.attendance.set_attendees([Attendee("", code) for code in sorted(codes)])
        self.attendance.touched = True

    # -- saving ---------------------------------------------------------------------------------
    def data(self) -> MeetingInput | None:
        try:
            start_time = parse_time(self.time_edit.text())
        except ValueError:
            self._problem(self.tr("Schrijf de tijd als uu:mm, bijvoorbeeld 14:30, of laat het veld leeg."))
            self.time_edit.setFocus()
            return None
        if self.attendance.pending_text():
            self.attendance.add_person()
            if self.attendance.pending_text():
                return None  # the editor asks for the organisation
        return MeetingInput(
            kind=self.kind_combo.currentData() or "",
            area=self.area_combo.currentData() or "",
            date=pydate(self.date_edit.date()),
            chair=self.chair_edit.text(),
            minute_taker=self.minute_taker_edit.text(),
            start_time=start_time,
            place=self.place_edit.text(),
            attendees=self.attendance.attendees(),
        )

    def submit(self, start: bool = True, *, allow_duplicate: bool = False) -> None:
        data = self.data()
        if data is None:
            return
        try:
            if self.editing is not None:
                meetings.update_meeting(self.ws, self.editing.id, data, allow_duplicate=allow_duplicate)
                meeting_id = self.editing.id
            else:
                meeting_id = meetings.create_meeting(self.ws, data, allow_duplicate=allow_duplicate)
        except SameDayMeeting as exc:
            self.ask_second(exc.existing, start)
            return
        except CasusError as exc:
            self._problem(error_text(exc))
            return
        self._hide_question()
        self.error_label.hide()
        if start and self.editing is None:
            self.created.emit(meeting_id)
        else:
            self.planned.emit(meeting_id)

    def ask_second(self, existing: list[str], start: bool) -> None:
        """Asks on the form itself (nothing typed is lost): a second overleg that day, really?"""
        self._second_start = start
        self.question_label.setText(
            self.tr(
                "Op %1 is er al een %2 in dit gebied (%3). Wilt u er echt een tweede overleg bij? "
                "Kies ‘Ja, een tweede overleg’, of verander de datum."
            )
            .replace("%1", self.date_edit.date().toString("dd-MM-yyyy"))
            .replace("%2", meeting_label(self.kind_combo.currentData()).lower())
            .replace("%3", ", ".join(existing))
        )
        self.question_label.show()
        self.second_button.show()
        self.second_button.setFocus()

    def _hide_question(self) -> None:
        self.question_label.hide()
        self.second_button.hide()

    def _problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
