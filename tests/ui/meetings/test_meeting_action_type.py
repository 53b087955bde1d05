"""Meeting mode: a new afspraak made inline during an overleg can carry its interventietype, chosen
from the keyboard, as in the case view's afspraak dialog; it stays optional."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from casus_app.domain import clock
from casus_app.services.meetings.overleg import MeetingInput, create_meeting
from casus_app.storage.models import Action, InterventionType

ALT = Qt.KeyboardModifier.AltModifier


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)
    if modifier & ALT:
        qtbot.wait(200)  # a shortcut on Alt+letter


def _type_of(ws, description: str) -> str | None:
    with ws.register.read_session() as session:
        return session.scalar(
            select(InterventionType.code)
            .select_from(Action)
            .outerjoin(InterventionType, Action.intervention_type_id == InterventionType.id)
            .where(Action.description == description)
        )


def test_an_afspraak_made_in_the_overleg_gets_its_interventietype_from_the_keyboard(qtbot, main_window):
    window, ws = main_window, main_window.ws
    window.activateWindow()
    screens = window.meeting_screens
    screens.open_meeting(
        create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", clock.today()), allow_duplicate=True)
    )
    box = screens.meeting_view.panel.actions_box
    # Offered: every interventietype in use, after "(geen type)", which is chosen at first.
    offered = [box.type_combo.itemData(i) for i in range(box.type_combo.count())]
    assert offered[0] is None and {"huisbezoek", "buurtbemiddeling", "overig"} <= set(offered[1:])
    assert box.type_combo.currentData() is None

    # Alt+N, the omschrijving, Tab to the organisation, the person, the type: first letters choose it.
    box.description_edit.setFocus()
    _press(qtbot, Qt.Key.Key_N, ALT)
    assert box.description_edit.hasFocus()
    qtbot.keyClicks(box.description_edit, "Huisbezoek afleggen met wijkagent")
    for expected in (box.owner_combo, box.person_edit, box.type_combo):
        _press(qtbot, Qt.Key.Key_Tab)
        assert expected.hasFocus(), (expected, QApplication.focusWidget())
    qtbot.keyClicks(box.type_combo, "Huisb")
    assert box.type_combo.currentData() == "huisbezoek"
    _press(qtbot, Qt.Key.Key_Tab)
    assert box.deadline_edit.hasFocus()
    _press(qtbot, Qt.Key.Key_Tab)
    assert box.add_button.hasFocus()
    box.type_combo.setFocus()
    _press(qtbot, Qt.Key.Key_Return)  # Enter on the type adds the afspraak, through the same service
    assert "Huisbezoek afleggen met wijkagent" in [a.description for a in box.items]
    assert _type_of(ws, "Huisbezoek afleggen met wijkagent") == "huisbezoek"
    # Ready for the next one: no type carried over, the focus back on the omschrijving.
    assert box.type_combo.currentData() is None and box.description_edit.hasFocus()

    # Without a type: the afspraak has none, as before.
    qtbot.keyClicks(box.description_edit, "Brief sturen over de afspraken")
    _press(qtbot, Qt.Key.Key_Return)
    assert "Brief sturen over de afspraken" in [a.description for a in box.items]
    assert _type_of(ws, "Brief sturen over de afspraken") is None


def test_the_type_is_closed_with_the_rest_of_a_new_afspraak_in_a_closed_case(qtbot, main_window):
    screens = main_window.meeting_screens
    screens.open_meeting(
        create_meeting(
            main_window.ws, MeetingInput("casuistiekoverleg", "HSB", clock.today()), allow_duplicate=True
        )
    )
    box = screens.meeting_view.panel.actions_box
    assert box.case_id is not None and box.meeting_id is not None
    assert box.type_combo.isEnabled() and box.description_edit.isEnabled()
    box.show_case(box.case_id, box.meeting_id, clock.today(), None, editable=False)
    assert not box.type_combo.isEnabled() and not box.description_edit.isEnabled()
