"""Afspraken between meetings, from the keyboard: a new one and a changed one from the case view,
done and undone, reopened, snoozed, the tijdlijn's rows; Mijn afspraken mine or my organisation's,
sorted by column, edited; and "Gedaan" undone in meeting mode."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.services.admin.users import add_user
from casus_app.services.auth.login import login
from casus_app.services.cases import queries as cases
from casus_app.services.cases.action_changes import people_of
from casus_app.services.cases.actions import ActionInput, add_action
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.storage.models import Action, AuditEntry
from casus_app.ui.cases.action_dialog import ActionDialog
from casus_app.ui.cases.case_timeline import CaseTimelineDialog
from casus_app.ui.shell.main_window import MainWindow
from casus_app.ui.widgets.dates import qdate
from tests.conftest import TEST_DAY
from tests.ui.conftest import PASSWORD, USER
from tests.ui.keyboard import type_text

TODAY = TEST_DAY
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


problems: list[BaseException] = []


def when_modal(cls, act) -> None:
    """Handle the modal dialog of class `cls` that is about to open."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, handle)
            return
        try:
            act(dialog)
        except BaseException as exc:  # shown by the test, not lost in the event loop
            problems.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, handle)


def save(qtbot, dialog: ActionDialog) -> None:
    """Alt+S in the dialog, as a user saves it; the dialog closes when the afspraak is stored."""
    window = dialog.parentWidget().window()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, ALT)
    qtbot.wait(300)
    assert not dialog.isVisible(), dialog.error_label.text()
    # The offscreen platform does not give the window below the keyboard back by itself.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def alt(qtbot, key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, ALT)
    qtbot.wait(200)  # a button's Alt+letter clicks it after a short animation


def open_case_without_actions(window) -> cases.CaseDetail:
    """A new open casuïstiek case in Hoensbroek, with an address and no afspraken yet."""
    case_id = register_case(
        window.ws,
        CaseInput(
            kind="casuistiek",
            area="HSB",
            main_category="woonoverlast",
            reported_by="POLITIE",
            lead="BUURTTEAM",
            start_date=TODAY - dt.timedelta(days=30),
            street="Akerstraat",
            house_number="12",
        ),
        allow_duplicate=True,
    )
    return cases.get_case(window.ws, case_id)


@pytest.fixture(autouse=True)
def _no_problem_in_a_dialog():
    problems.clear()
    yield
    assert not problems, problems


def stand(view, row: int) -> str:
    return view.actions_table.item(row, 4).text()


@pytest.fixture
def agent(demo_register):
    """A wijkagent in Hoensbroek with a display name (the demo's wijkagent works in Vrieheide)."""
    admin = login(demo_register.path, USER, PASSWORD)
    try:
        existing = [p for p in people_of(admin, "POLITIE") if p.name == "Karin Jansen"]
        if existing:
            return existing[0].user_id
        return add_user(
            admin,
            "kjansen",
            PASSWORD,
            Role.PROFESSIONAL,
            areas=["HSB"],
            organisation="POLITIE",
            display_name="Karin Jansen",
        )
    finally:
        admin.close()


def test_a_new_afspraak_and_a_changed_one_from_the_case_view(qtbot, agent, main_window):
    window = main_window
    window.activateWindow()
    detail = open_case_without_actions(window)
    window.open_case(detail.id)
    view, bar = window.case_view, window.meeting_screens.case_actions_bar
    assert view.actions_bar is bar and bar.new_button.isEnabled() and not bar.done_button.isEnabled()

    # Alt+A: a new afspraak outside an overleg, for the regie by default.
    def fill_new(dialog: ActionDialog) -> None:
        assert dialog.focusWidget() is dialog.description_edit
        type_text(qtbot, dialog.description_edit, "Brief sturen aan de verhuurder")
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData("POLITIE"))
        assert dialog.person_combo.findText("Karin Jansen") >= 0  # the organisation's users
        dialog.person_combo.setCurrentIndex(dialog.person_combo.findText("Karin Jansen"))
        save(qtbot, dialog)

    when_modal(ActionDialog, fill_new)
    alt(qtbot, Qt.Key.Key_A)
    assert not problems, problems
    assert view.detail.id == detail.id and len(view.detail.actions) == 1
    made = view.detail.actions[0]
    assert (made.description, made.owner, made.owner_person, made.owner_user_id) == (
        "Brief sturen aan de verhuurder",
        "POLITIE",
        "Karin Jansen",
        agent,
    )
    assert "Karin Jansen" in view.actions_table.item(0, 1).text()

    # Alt+W on the chosen afspraak: a later deadline, a typed person, a result.
    view.actions_table.setFocus()
    view.actions_table.selectRow(0)
    new_deadline = made.deadline + dt.timedelta(days=10)

    def change(dialog: ActionDialog) -> None:
        assert dialog.focusWidget() is dialog.deadline_edit
        dialog.deadline_edit.setDate(qdate(new_deadline))
        dialog.person_combo.setEditText("Piet Zonder Account")
        dialog.result_edit.setText("Verhuurder gebeld")
        save(qtbot, dialog)

    when_modal(ActionDialog, change)
    alt(qtbot, Qt.Key.Key_W)
    assert not problems, problems
    changed = view.detail.actions[0]
    assert (changed.deadline, changed.owner_person, changed.owner_user_id, changed.result) == (
        new_deadline,
        "Piet Zonder Account",
        None,
        "Verhuurder gebeld",
    )
    assert "resultaat: Verhuurder gebeld" in stand(view, 0)

    # Both show in the tijdlijn, the deadline as old → new.
    def read_timeline(dialog: CaseTimelineDialog) -> None:
        rows = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        read_timeline.rows = rows
        dialog.reject()

    when_modal(CaseTimelineDialog, read_timeline)
    window.meeting_screens.show_timeline()
    expected = f"Afspraak A1: deadline {made.deadline:%d-%m-%Y} → {new_deadline:%d-%m-%Y}; persoon gewijzigd; resultaat vastgelegd"
    assert "Afspraak: Brief sturen aan de verhuurder" in read_timeline.rows
    assert expected in read_timeline.rows


def test_gedaan_is_undone_and_a_tick_by_mistake_reopened_in_the_case_view(qtbot, main_window):
    window = main_window
    window.activateWindow()
    detail = open_case_without_actions(window)
    add_action(window.ws, detail.id, ActionInput("Huisbezoek afleggen", "BUURTTEAM"))
    window.open_case(detail.id)
    view, bar = window.case_view, window.meeting_screens.case_actions_bar
    view.actions_table.setFocus()
    view.actions_table.selectRow(0)
    assert stand(view, 0) == "Open"

    alt(qtbot, Qt.Key.Key_D)  # Gedaan at once, no question
    assert stand(view, 0) == f"Gedaan op {TODAY:%d-%m-%Y}"
    assert bar.undo_bar.isVisible() and "Afspraak A1 gedaan." in bar.undo_bar.label.text()
    assert not bar.done_button.isEnabled() and bar.reopen_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)  # Ctrl+Z undoes it
    assert stand(view, 0) == "Open" and not bar.undo_bar.isVisible()

    # Done again; later, "Heropenen" (Alt+R) sets it open again as well.
    alt(qtbot, Qt.Key.Key_D)
    assert stand(view, 0).startswith("Gedaan op")
    other = next(r.id for r in cases.list_cases(window.ws, cases.CaseFilter(), limit=5) if r.id != detail.id)
    window.open_case(other)  # on to another case: the undo is gone
    window.open_case(detail.id)
    assert not bar.undo_bar.isVisible()
    view.actions_table.setFocus()
    view.actions_table.selectRow(0)
    alt(qtbot, Qt.Key.Key_R)
    assert stand(view, 0) == "Open"
    with window.ws.register.read_session() as session:
        details = session.scalars(
            select(AuditEntry.details)
            .where(AuditEntry.object_type == "action", AuditEntry.case_id == detail.id)
            .order_by(AuditEntry.seq)
        ).all()
    assert details == [
        None,
        "afgerond",
        f"weer open (was afgerond op {TODAY:%d-%m-%Y})",
        "afgerond",
        f"weer open (was afgerond op {TODAY:%d-%m-%Y})",
    ]


def test_a_snoozed_afspraak_is_marked_in_the_case_view_and_gone_from_mijn_afspraken(
    qtbot, main_window, monkeypatch
):
    window = main_window
    window.activateWindow()
    detail = open_case_without_actions(window)
    deadline = TODAY + dt.timedelta(days=30)
    action_id = add_action(
        window.ws, detail.id, ActionInput("Buurtschouw houden", "GEMEENTE", deadline=deadline)
    )
    window.open_case(detail.id)
    view = window.case_view
    view.actions_table.setFocus()
    view.actions_table.selectRow(0)
    asked = []

    def answer(parent, title, label, value, minimum, maximum, *args):
        asked.append((value, minimum, maximum))
        return 5, True

    monkeypatch.setattr(QInputDialog, "getInt", answer)
    alt(qtbot, Qt.Key.Key_L)
    assert asked == [(7, 0, 29)]
    until = deadline - dt.timedelta(days=5)
    assert stand(view, 0) == f"Open · sluimert tot {until:%d-%m-%Y}"

    screens = window.meeting_screens
    screens.show_my_actions()
    mine = screens.my_actions_view
    mine.organisation_combo.setCurrentIndex(mine.organisation_combo.findData("GEMEENTE"))
    assert action_id not in [a.id for a in mine.items]
    assert "1 sluimerend" in mine.summary_label.text()


def _agent_window(qtbot, demo_register) -> MainWindow:
    window = MainWindow(login(demo_register.path, "kjansen", PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_mijn_afspraken_mine_or_my_organisations_sorted_by_column_and_edited(qtbot, demo_register, agent):
    admin = login(demo_register.path, USER, PASSWORD)
    try:
        rows = cases.list_cases(admin, cases.CaseFilter(area_code="HSB", status="lopend"), limit=200)
        with_address = [r for r in rows if cases.get_case(admin, r.id).house_number][:2]
        first, second = (cases.get_case(admin, r.id) for r in with_address)
        own_late = add_action(
            admin,
            first.id,
            ActionInput(
                "Eigen: te laat", "POLITIE", owner_user_id=agent, deadline=TODAY - dt.timedelta(days=2)
            ),
            today=TODAY - dt.timedelta(days=20),
        )
        own_later = add_action(
            admin,
            second.id,
            ActionInput(
                "Eigen: later", "POLITIE", owner_user_id=agent, deadline=TODAY + dt.timedelta(days=40)
            ),
        )
        colleague = add_action(admin, second.id, ActionInput("Van een collega", "POLITIE", "Piet"))
    finally:
        admin.close()
    window = _agent_window(qtbot, demo_register)
    try:
        qtbot.keyClick(window.case_list.table, Qt.Key.Key_M, CTRL)
        mine = window.meeting_screens.my_actions_view
        assert mine.organisation_combo.currentData() == "POLITIE"  # the organisation first
        organisation_ids = {a.id for a in mine.items}
        assert {own_late, own_later, colleague} <= organisation_ids

        # Alt+V, then the first choice: my own afspraken only.
        alt(qtbot, Qt.Key.Key_V)
        assert mine.organisation_combo.hasFocus()
        mine.organisation_combo.setCurrentIndex(0)
        assert mine.showing_mine and mine.organisation_combo.currentText() == "mij (Karin Jansen)"
        assert [a.id for a in mine.items] == [own_late, own_later]
        table = mine.table
        columns = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert columns == ["Wanneer", "Deadline", "Casus", "Buurt", "Adres", "Afspraak", "Wie"]
        assert table.item(0, 0).text() == "TE LAAT (2 d)"
        assert table.item(0, 0).background().color().name() == "#fde0dc"
        street = " ".join(p for p in (first.street, first.house_number, first.house_suffix) if p)
        assert table.item(0, 4).text() == street and table.item(0, 6).text() == "Karin Jansen"

        # Sorted by casusnummer, then by deadline again (the combo, and a click on a header).
        refs = sorted([first.ref, second.ref])
        mine.sort_combo.setCurrentIndex(mine.sort_combo.findData(2))
        assert [table.item(r, 2).text() for r in range(2)] == refs
        table.horizontalHeader().sectionClicked.emit(1)  # as a click on "Deadline"
        table.sortItems(1, Qt.SortOrder.DescendingOrder)
        assert [table.item(r, 1).text() for r in range(2)] == [
            f"{TODAY + dt.timedelta(days=40):%d-%m-%Y}",
            f"{TODAY - dt.timedelta(days=2):%d-%m-%Y}",
        ]
        assert mine.sort_combo.currentData() == 1
        assert mine.current().id == [own_later, own_late][table.currentRow()]

        # Presentation mode: the street without the number, the afspraak hidden.
        window.meeting_screens.presentation.toggle()
        texts = [table.item(r, c).text() for r in range(2) for c in range(7)]
        assert street not in texts and first.street in texts and "Eigen: te laat" not in texts
        window.meeting_screens.presentation.toggle()

        # Alt+W: a new deadline for the afspraak on the chosen row, from this list.
        table.setFocus()
        row = next(
            r for r in range(2) if mine.current() is not None and table.item(r, 5).text() == "Eigen: later"
        )
        table.selectRow(row)
        new_deadline = TODAY + dt.timedelta(days=50)

        def change(dialog: ActionDialog) -> None:
            dialog.deadline_edit.setDate(qdate(new_deadline))
            save(qtbot, dialog)

        when_modal(ActionDialog, change)
        alt(qtbot, Qt.Key.Key_W)
        assert not problems, problems
        assert mine.current().id == own_later and mine.current().deadline == new_deadline

        # Gedaan, undone with "Ongedaan maken" (Alt+Z).
        table.setFocus()
        alt(qtbot, Qt.Key.Key_D)
        assert [a.id for a in mine.items] == [own_late] and mine.undo_bar.isVisible()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)  # Ctrl+Z undoes it
        assert {a.id for a in mine.items} == {own_late, own_later} and not mine.undo_bar.isVisible()
        with window.ws.register.read_session() as session:
            assert session.get(Action, own_later).done_on is None
    finally:
        window.close_workspace()


def test_gedaan_in_meeting_mode_is_undone(qtbot, main_window):
    window = main_window
    window.activateWindow()
    screens = window.meeting_screens
    screens.new_meeting_action.trigger()
    setup = screens.setup_view
    setup.area_combo.setCurrentIndex(setup.area_combo.findData("HLH"))
    setup.submit()
    view = screens.meeting_view
    index = next(i for i, item in enumerate(view.items) if "afspraak" in item.reasons)
    view.go(index)
    box = view.panel.actions_box
    before = [a.id for a in box.items]
    box.table.setFocus()
    box.table.selectRow(0)
    alt(qtbot, Qt.Key.Key_D)
    assert [a.id for a in box.items] == before[1:]
    assert box.undo_bar.isVisible() and "gedaan" in box.undo_bar.label.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)  # Ctrl+Z undoes it
    assert sorted(a.id for a in box.items) == sorted(before) and not box.undo_bar.isVisible()
    view.leave()
