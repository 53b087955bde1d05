"""Names with letters outside ASCII, typed key by key as a user does: in the case form and in the
search box of the case list (QTest.keyClicks cannot type them; see tests/ui/keyboard.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from casus_app.domain import clock
from casus_app.services.auth.login import login
from casus_app.services.cases import queries
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput, PersonInput
from casus_app.ui.cases.case_duplicates import CaseDuplicatesDialog
from casus_app.ui.cases.case_form import CaseFormDialog
from tests.ui.conftest import PASSWORD, USER
from tests.ui.keyboard import type_text

# (first name, surname): Ş (S with cedilla), ı (dotless i) and Ł (L with stroke), as people type them.
PEOPLE = (("Łukasz", "Şahin"), ("Elif", "Yılmaz"))


def _case_input(street: str, persons: tuple[PersonInput, ...] = ()) -> CaseInput:
    return CaseInput(
        kind="casuistiek",
        area="HSB",
        main_category="woonoverlast",
        reported_by="POLITIE",
        start_date=clock.today(),
        lead="BUURTTEAM",
        street=street,
        house_number="3",
        city="Hoensbroek",
        persons=persons,
    )


def _press(key: Qt.Key) -> None:
    from PySide6.QtTest import QTest

    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key)


def test_names_typed_into_the_case_form_are_saved_exactly_as_typed(qtbot, main_window):
    ws = main_window.ws
    dialog = CaseFormDialog(ws)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # read it after it closed
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("casuistiek"))
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("woonoverlast"))
    dialog.reporter_combo.setCurrentIndex(dialog.reporter_combo.findData("BUURTTEAM"))
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("HSB"))
    dialog.street_edit.setFocus()
    type_text(qtbot, None, "Łąkowa")  # a street name may hold them too
    type_text(qtbot, dialog.number_edit, "12")
    for first, last in PEOPLE:
        dialog.add_person_button.click()  # opens the editor of the new row's first name
        type_text(qtbot, None, first)
        _press(Qt.Key.Key_Tab)  # the tussenvoegsel
        _press(Qt.Key.Key_Tab)  # the achternaam
        type_text(qtbot, None, last)
        _press(Qt.Key.Key_Tab)
    # Should Casus see a possible duplicate in the demo register, the user registers a new case.
    QTimer.singleShot(
        0,
        lambda: [
            w.add_button.click()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CaseDuplicatesDialog) and w.isVisible()
        ],
    )
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()

    detail = queries.get_case(ws, dialog.case_id)
    assert [(p.first_name, p.last_name) for p in detail.persons] == list(PEOPLE)
    assert detail.street == "Łąkowa"


@pytest.fixture(scope="module")
def named_case(demo_register) -> int:
    """A case whose betrokkenen carry the names, registered through the service."""
    ws = login(demo_register.path, USER, PASSWORD)
    try:
        persons = tuple(PersonInput(last, "bewoner", first_name=first) for first, last in PEOPLE)
        return register_case(ws, _case_input("Zoekstraat", persons), allow_duplicate=True)
    finally:
        ws.close()


@pytest.mark.parametrize("name", ["Şahin", "Yılmaz", "Łukasz"])
def test_searching_a_name_typed_as_written_finds_the_case(qtbot, main_window, named_case, name):
    case_list = main_window.case_list
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert case_list.search_edit.hasFocus()
    type_text(qtbot, None, name)
    assert case_list.search_edit.text() == name
    matches = queries.count_cases(main_window.ws, queries.CaseFilter(text=name))
    expected = "1 casus" if matches == 1 else f"{matches} casussen"
    qtbot.waitUntil(lambda: main_window.count_label.text() == expected, timeout=3000)
    model = case_list.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == min(matches, 200), timeout=3000)
    assert named_case in [case_list.model.case_id(row) for row in range(model.rowCount())]
