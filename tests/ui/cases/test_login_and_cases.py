"""Signing in, the case list, searching, one case, locking and the coordinator's page, as a user does it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from casus_app.domain import clock
from casus_app.services.auth.login import login
from casus_app.ui.session.login import LoginDialog
from casus_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import PASSWORD, USER
from tests.ui.keyboard import type_text


def visible_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def table_texts(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


# -- signing in ------------------------------------------------------------------------------------


def test_wrong_password_is_explained_in_dutch_and_cleared_then_the_right_one_opens(qtbot, demo_register):
    dialog = LoginDialog(demo_register.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(demo_register.path) in dialog.path_label.text()

    qtbot.keyClicks(dialog.name_edit, USER)
    qtbot.keyClicks(dialog.password_edit, "niet mijn wachtwoord")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert "Onjuist wachtwoord" in dialog.error_label.text()
    assert "Traceback" not in dialog.error_label.text()
    assert dialog.password_edit.text() == ""
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert dialog.workspace is None and dialog.isVisible()

    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.workspace is not None and dialog.workspace.actor.name == USER
    dialog.workspace.close()


def test_a_missing_register_is_reported_not_crashed(qtbot, tmp_path):
    dialog = LoginDialog(tmp_path / "bestaat-niet.db", user_name=USER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert "Er is geen register" in dialog.error_label.text()


# -- the case list ---------------------------------------------------------------------------------


def test_the_list_shows_a_first_page_and_brings_more_when_scrolled(qtbot, main_window, demo_register):
    case_list = main_window.case_list
    table = case_list.table
    assert table.isVisible()
    assert main_window.count_label.text() == f"{demo_register.total} casussen"
    headers = [
        table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(table.model().columnCount())
    ]
    assert headers == [
        "Casus",
        "Soort",
        "Gebied",
        "Buurt",
        "Adres",
        "Hoofdcategorie",
        "Start",
        "Status",
        "Regie",
    ]

    first_page = table.model().rowCount()
    assert 0 < first_page < demo_register.total  # lazy: one page of 200, not all 300
    rows = table_texts(table)
    assert all(re.fullmatch(r"\d\d-\d\d-\d{4}", row[6]) for row in rows)
    assert {row[7] for row in rows} <= {"Lopend", "Afgesloten"}
    assert {row[1] for row in rows} <= {"Leefbaarheid", "Casuïstiek", "Doorbraak"}

    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.model().rowCount() > first_page)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.model().rowCount() == demo_register.total)
    assert not table.model().canFetchMore(table.rootIndex())


def test_filters_narrow_the_list_and_the_count(qtbot, main_window):
    case_list = main_window.case_list
    case_list.open_only_box.click()
    assert {row[7] for row in table_texts(case_list.table)} == {"Lopend"}
    case_list.kind_combo.setCurrentIndex(case_list.kind_combo.findText("Doorbraak"))
    rows = table_texts(case_list.table)
    assert rows and {row[1] for row in rows} == {"Doorbraak"}
    assert main_window.count_label.text() in (f"{len(rows)} casussen", "1 casus")
    case_list.area_combo.setCurrentIndex(case_list.area_combo.findText("Vrieheide"))
    assert {row[2] for row in table_texts(case_list.table)} <= {"Vrieheide"}


def test_search_filters_and_enter_opens_the_case_with_that_person(qtbot, main_window, demo_register):
    case_list = main_window.case_list
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert case_list.search_edit.hasFocus()

    type_text(qtbot, case_list.search_edit, demo_register.surname)  # may hold Ş, ı, Ł …
    # Typing waits for a pause before it searches.
    assert main_window.count_label.text() == f"{demo_register.total} casussen"
    expected = "1 casus" if demo_register.matches == 1 else f"{demo_register.matches} casussen"
    qtbot.waitUntil(lambda: main_window.count_label.text() == expected, timeout=3000)
    assert case_list.table.model().rowCount() == demo_register.matches < demo_register.total

    qtbot.keyClick(case_list.search_edit, Qt.Key.Key_Return)
    case_view = main_window.case_view
    assert case_view.isVisible() and not case_list.isVisible()
    assert case_view.title_label.text().startswith("Casus ")
    names = [row[0] for row in table_texts(case_view.persons_table)]
    assert demo_register.full_name in names
    assert any(s.startswith("Betrokkenen (") for s in visible_texts(case_view))

    qtbot.keyClick(case_view, Qt.Key.Key_Escape)
    assert case_list.isVisible() and not case_view.isVisible()
    assert case_view.persons_table.rowCount() == 0  # nothing of the case stays behind


def test_overdue_afspraken_are_marked_in_words(qtbot, main_window):
    from casus_app.services.cases import queries

    # Find an open case with an overdue afspraak through the list, then open it with the keyboard.
    for row in range(main_window.case_list.table.model().rowCount()):
        case_id = main_window.case_list.model.case_id(row)
        detail = queries.get_case(main_window.ws, case_id)
        if any(a.is_overdue(clock.today()) for a in detail.actions):
            break
    else:
        raise AssertionError("no case with an overdue afspraak in the demo data")
    table = main_window.case_list.table
    table.setCurrentIndex(table.model().index(row, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = main_window.case_view
    assert view.isVisible()
    states = [r[4] for r in table_texts(view.actions_table)]
    assert any(s.startswith("TE LAAT") for s in states)
    assert "te laat" in view.actions_title.text()


# -- locking ---------------------------------------------------------------------------------------


def test_lock_hides_everything_until_the_password_is_given_again(qtbot, main_window):
    case_list = main_window.case_list
    main_window.activateWindow()
    qtbot.keyClick(case_list.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert main_window.locked
    assert not case_list.isVisible() and not main_window.statusBar().isVisible()
    assert "Casus is vergrendeld" in visible_texts(main_window)
    assert not any(table.isVisible() for table in main_window.findChildren(QTableView))

    lock = main_window.lock_view
    qtbot.keyClicks(lock.password_edit, "iets anders dan het wachtwoord")
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lock.error_label.isVisible, timeout=10_000)
    assert "Onjuist wachtwoord" in lock.error_label.text()
    assert lock.password_edit.text() == "" and main_window.locked

    qtbot.keyClicks(lock.password_edit, PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
    assert not main_window.locked
    assert case_list.isVisible() and case_list.table.model().rowCount() > 0


def test_quit_closes_the_register(qtbot, main_window, demo_register):
    main_window.quit_action.trigger()
    assert not main_window.isVisible()
    # The register is free again: another sign-in succeeds (it would fail while locked by us).
    login(demo_register.path, USER, PASSWORD).close()


# -- coordinator -----------------------------------------------------------------------------------


def test_a_coordinator_sees_a_page_about_their_screen_never_a_case_list(qtbot, demo_register):
    import re

    from casus_app.ui.cases.case_list import CaseListView
    from casus_app.ui.cases.case_view import CaseView

    window = MainWindow(login(demo_register.path, "coordinator", PASSWORD))
    qtbot.addWidget(window)
    window.show()
    assert window.case_list is None
    assert not window.findChildren(CaseListView) and not window.findChildren(CaseView)
    texts = " ".join(visible_texts(window))
    assert "coördinator" in texts.lower() or "monitoring" in texts.lower()
    # Counts only: no case number anywhere on the coordinator's screen.
    assert not re.search(r"\b20\d\d-\d{5}\b", texts)
    assert "casussen" not in window.count_label.text()
    assert "&Casussen" not in [a.text() for a in window.menuBar().actions()]
    window.close()
