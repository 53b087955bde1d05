"""The agenda in meeting mode as a chair meets it: carried-over cases say since when, the agenda
keeps its size and the rest waits (pulled in by keyboard), reasons tell how late an afspraak is,
an empty overleg says so and offers to add a case; the case view counts real besprekingen only
and shows their besluiten, and "Vorige keer" the last real note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casus_app.services.cases import queries
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.services.meetings import agenda as meeting_agenda
from casus_app.services.meetings import waiting as meeting_waiting
from casus_app.services.meetings.overleg import (
    MeetingInput,
    create_meeting,
    finish_meeting,
    record_discussion,
)
from casus_app.ui.cases.case_picker import CasePickerDialog
from tests.conftest import TEST_DAY
from tests.ui.meetings.test_meeting_mode import ALT, Keys, when_modal

TODAY = TEST_DAY


def _meeting(ws, area: str, days_from_today: int, kind: str = "casuistiekoverleg") -> int:
    return create_meeting(ws, MeetingInput(kind, area, TODAY + dt.timedelta(days=days_from_today)))


def _open(window, meeting_id: int):
    view = window.meeting_screens.meeting_view
    window.content.setCurrentWidget(view)
    view.open_meeting(meeting_id)
    return view


def _row_text(view, case_id: int) -> str:
    index = next(i for i, item in enumerate(view.items) if item.case_id == case_id)
    return view.agenda_list.item(index).text()


def test_a_case_not_reached_comes_back_doorgeschoven_at_the_next_two_overleggen(qtbot, main_window):
    window, ws = main_window, main_window.ws
    # Future dates: after every overleg of the demo register, so nothing discusses the case between.
    first = _meeting(ws, "HLH", 7)
    view = _open(window, first)
    assert 0 < len(view.items) <= meeting_agenda.DEFAULT_SIZE
    skipped = view.items[-1]
    for item in view.items[:-1]:  # the overleg reaches every case but the last
        record_discussion(ws, item.discussion_id, note="Besproken.", decisions=None)
    view.leave()
    finish_meeting(ws, first)

    first_day = (TODAY + dt.timedelta(days=7)).strftime("%d-%m-%Y")
    for days in (21, 35):  # skipped at the second overleg too: still there at the third
        meeting_id = _meeting(ws, "HLH", days)
        view = _open(window, meeting_id)
        item = next(i for i in view.items if i.case_id == skipped.case_id)
        assert item.carried_since == TODAY + dt.timedelta(days=7)
        assert f"doorgeschoven sinds {first_day}" in _row_text(view, skipped.case_id)
        view.go(view.items.index(item))
        assert f"Op de agenda: doorgeschoven sinds {first_day}" in view.panel.reasons_label.text()
        view.leave()
        finish_meeting(ws, meeting_id)


def test_the_agenda_keeps_its_size_and_a_waiting_case_is_pulled_in_by_keyboard(qtbot, main_window):
    window, ws, keys = main_window, main_window.ws, Keys(qtbot)
    window.activateWindow()
    meeting_id = _meeting(ws, "HSN", 0)
    meeting_waiting.set_agenda_size(ws, meeting_id, 4)
    proposed = meeting_agenda.propose_agenda(ws, meeting_id)
    assert len(proposed) > 6, "the demo gebied needs more cases than the agenda takes"
    view = _open(window, meeting_id)
    box = view.waiting_box
    assert [i.case_id for i in view.items] == [p.case_id for p in proposed[:4]]
    assert [w.case_id for w in box.cases] == [p.case_id for p in proposed[4:]]
    assert box.label.text() == f"Wachtend: {len(proposed) - 4} casussen"
    assert box.size_spin.value() == 4 and view.agenda_label.text().startswith("Agenda: 4 casussen")
    # Reasons tell the truth: how many days the oldest afspraak is late on the day of the overleg.
    for n, item in enumerate(view.items):
        line = view.agenda_list.item(n).text()
        assert "loopt af" not in line
        if item.days_late and item.days_late > 1 and item.overdue_actions == 1:
            assert f"afspraak {item.days_late} dagen te laat" in line

    # The keyboard: into the waiting list, one down, Enter takes that case in and opens it.
    box.list.setFocus()
    keys.press(Qt.Key.Key_Down)
    chosen = box.cases[1]
    keys.press(Qt.Key.Key_Return)
    assert view.items[-1].case_id == chosen.case_id and view.index == len(view.items) - 1
    assert chosen.case_id not in [w.case_id for w in box.cases]
    assert view.panel.note_edit.hasFocus()
    # Alt+Z takes in the chosen waiting case from anywhere in meeting mode.
    next_waiting = box.cases[box.list.currentRow()]
    keys.press(Qt.Key.Key_Z, ALT)
    assert view.items[-1].case_id == next_waiting.case_id and len(view.items) == 6

    # A larger size fills the agenda from the waiting cases, in order of need; the next overleg of
    # the series takes the size over.
    before = [w.case_id for w in box.cases]
    box.size_spin.setValue(8)
    assert [i.case_id for i in view.items][6:] == before[:2]
    assert meeting_waiting.agenda_size(ws, _meeting(ws, "HSN", 14)) == 8
    view.leave()


def test_an_empty_overleg_says_so_and_offers_to_add_a_case(qtbot, main_window):
    window, ws, keys = main_window, main_window.ws, Keys(qtbot)
    window.activateWindow()
    # Long before the first case: no case comes up by itself.
    meeting_id = create_meeting(ws, MeetingInput("casuistiekoverleg", "VRH", dt.date(2001, 5, 1)))
    view = _open(window, meeting_id)
    empty = view.empty_agenda
    assert view.items == [] and view.case_stack.currentWidget() is empty
    assert empty.message_label.text() == "Er staan geen casussen op de agenda van dit overleg."
    assert "Geen casus komt vanzelf op de agenda" in empty.hint_label.text()
    assert empty.add_button.hasFocus() and not empty.pull_button.isVisible()

    # Alt+K opens the existing way to add a case; choosing one puts it on and opens it.
    def choose(dialog: CasePickerDialog) -> None:
        qtbot.waitUntil(lambda: dialog.list.count() > 0)
        dialog.list.setCurrentRow(0)
        dialog.choose()

    when_modal(CasePickerDialog, choose)
    keys.press(Qt.Key.Key_K, ALT)
    qtbot.waitUntil(lambda: len(view.items) == 1)
    assert view.case_stack.currentWidget() is view.panel and view.panel.item.case_id == view.items[0].case_id
    view.leave()

    # An overleg whose only case was taken off: empty, with cases waiting to be put on (Alt+E).
    meeting_id = _meeting(ws, "VRH", 0)
    meeting_waiting.set_agenda_size(ws, meeting_id, 1)
    window.activateWindow()  # the picker was the active window
    qtbot.waitUntil(window.isActiveWindow)
    view = _open(window, meeting_id)
    (only,) = view.items
    view.remove_case()
    assert view.items == [] and view.case_stack.currentWidget() is empty
    assert empty.pull_button.isVisible() and empty.add_button.hasFocus()
    assert view.waiting_box.cases[0].case_id == only.case_id  # still the most urgent: not lost
    assert f"{len(view.waiting_box.cases)} casussen wachten" in empty.hint_label.text()
    keys.press(Qt.Key.Key_E, ALT)
    assert [i.case_id for i in view.items] == [only.case_id]
    assert view.case_stack.currentWidget() is view.panel
    view.leave()


def test_history_shows_real_besprekingen_with_their_besluiten_and_the_last_real_note(qtbot, main_window):
    window, ws = main_window, main_window.ws
    case_id = register_case(
        ws,
        CaseInput(
            kind="casuistiek",
            area="HSB",
            main_category="woonoverlast",
            reported_by="POLITIE",
            lead="BUURTTEAM",
            start_date=TODAY - dt.timedelta(days=60),
            street="Geschiedenisstraat",
            house_number="4",
            postcode="6431AB",
        ),
        allow_duplicate=True,
    )
    past = create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", TODAY - dt.timedelta(days=30)))
    record_discussion(
        ws,
        meeting_agenda.add_to_agenda(ws, past, case_id),
        note="Buren melden minder overlast.",
        decisions="Regie blijft bij het buurtteam.",
    )
    not_reached = create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", TODAY - dt.timedelta(days=2)))
    meeting_agenda.add_to_agenda(ws, not_reached, case_id)  # an empty row: on the agenda, not discussed
    ahead = _meeting(ws, "HSB", 14)
    meeting_agenda.add_to_agenda(ws, ahead, case_id)  # two weeks ahead
    assert len(queries.get_case(ws, case_id).discussions) == 1

    window.open_case(case_id)
    view = window.case_view
    assert view.discussions_title.text() == "Besprekingen (1)"
    table = view.discussions_table
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert header == ["Datum", "Overleg", "Notitie", "Besluiten"]
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 2, 3)] == [
        (TODAY - dt.timedelta(days=30)).strftime("%d-%m-%Y"),
        "Buren melden minder overlast.",
        "Regie blijft bij het buurtteam.",
    ]

    # In meeting mode "Vorige keer" shows that note and its besluiten, not the empty row after it.
    meeting_id = _meeting(ws, "HSB", 0)
    meeting_view = _open(window, meeting_id)
    index = next(i for i, item in enumerate(meeting_view.items) if item.case_id == case_id)
    meeting_view.go(index)
    previous = meeting_view.panel.previous_label.text()
    assert previous.startswith((TODAY - dt.timedelta(days=30)).strftime("%d-%m-%Y"))
    assert "Buren melden minder overlast." in previous and "Besluiten: Regie blijft" in previous
    assert "geen notitie" not in previous
    meeting_view.leave()
    assert QApplication.activeModalWidget() is None
