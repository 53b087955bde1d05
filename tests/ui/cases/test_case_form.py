"""The case form: nothing chosen for the user but their own organisation, the missing choices said
next to their fields, and Esc, Annuleren or the window's close button asking before anything typed
is thrown away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from casus_app.services.auth.login import login
from casus_app.services.cases import queries as cases
from casus_app.ui.cases.case_duplicates import CaseDuplicatesDialog
from casus_app.ui.cases.case_form import CaseFormDialog
from tests.ui.conftest import PASSWORD
from tests.ui.keyboard import type_text


@pytest.fixture
def professional_ws(demo_register):
    ws = login(demo_register.path, "professional", PASSWORD)  # of the Buurtteam, all gebieden
    yield ws
    ws.close()


def open_form(qtbot, ws, **kwargs) -> CaseFormDialog:
    dialog = CaseFormDialog(ws, **kwargs)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # read it after it closed
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def answer_question(button_text: str, asked: list[str]) -> None:
    """Click the button named `button_text` in the message box that is about to open."""

    def handle() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, handle)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(0, handle)


def test_soort_and_hoofdcategorie_start_empty_and_aangemeld_door_on_the_own_organisation(
    qtbot, professional_ws
):
    ws = professional_ws
    dialog = open_form(qtbot, ws)
    assert dialog.kind_combo.currentData() is None and dialog.kind_combo.currentText() == "(kies een soort)"
    assert dialog.category_combo.currentData() is None
    assert dialog.category_combo.currentText() == "(kies eerst een soort)"
    assert dialog.reporter_combo.currentData() == "BUURTTEAM"
    assert dialog.kind_combo.hasFocus()

    before = cases.count_cases(ws)
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("HSB"))
    dialog.summary_edit.setPlainText("Buren melden overlast.")
    dialog.save_button.click()
    kind_error, category_error = (
        dialog.field_errors[dialog.kind_combo],
        dialog.field_errors[dialog.category_combo],
    )
    assert dialog.isVisible() and cases.count_cases(ws) == before
    assert kind_error.isVisible() and "Kies een soort" in kind_error.text()
    assert category_error.isVisible() and "hoofdcategorie" in category_error.text()
    assert not dialog.field_errors[dialog.reporter_combo].isVisible()
    assert "niet opgeslagen" in dialog.error_label.text()
    assert dialog.kind_combo.hasFocus()  # the first field to choose
    # Next to its field: right under the combo box, in the same column.
    assert kind_error.parentWidget() is dialog.kind_combo.parentWidget()
    below = kind_error.mapTo(dialog, kind_error.rect().topLeft()).y()
    assert 0 <= below - dialog.kind_combo.mapTo(dialog, dialog.kind_combo.rect().bottomLeft()).y() < 12
    assert dialog.summary_edit.toPlainText() == "Buren melden overlast."  # nothing typed is lost

    # Choosing the soort, from the keyboard, offers its categories; the error goes once chosen.
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)
    assert dialog.kind_combo.currentData() == "leefbaarheid" and not kind_error.isVisible()
    assert dialog.category_combo.currentText() == "(kies een hoofdcategorie)"
    dialog.save_button.click()
    assert not kind_error.isVisible() and category_error.isVisible()
    assert dialog.category_combo.hasFocus()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("zwerfafval"))
    assert not category_error.isVisible()
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
    saved = cases.get_case(ws, dialog.case_id)
    assert (saved.kind, saved.category, saved.reported_by) == ("leefbaarheid", "zwerfafval", "BUURTTEAM")


def test_a_user_of_no_organisation_chooses_who_reported_it(qtbot, main_window):
    dialog = open_form(qtbot, main_window.ws)  # the demo beheerder belongs to no partner
    assert dialog.reporter_combo.currentData() is None
    dialog.save_button.click()
    error = dialog.field_errors[dialog.reporter_combo]
    assert error.isVisible() and "organisatie" in error.text()


def test_esc_on_an_empty_form_closes_it_without_a_question(qtbot, professional_ws):
    dialog = open_form(qtbot, professional_ws)
    asked: list[str] = []
    answer_question("Weggooien", asked)  # would answer, were anything asked
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    qtbot.wait(50)
    assert asked == []


def test_esc_on_a_filled_form_asks_and_keeps_the_text_unless_thrown_away(qtbot, professional_ws):
    ws = professional_ws
    before = cases.count_cases(ws)
    dialog = open_form(qtbot, ws)
    dialog.street_edit.setFocus()
    type_text(qtbot, None, "Akerstraat")

    asked: list[str] = []
    answer_question("Verder invullen", asked)
    qtbot.keyClick(dialog.street_edit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "niet opgeslagen" in asked[0]
    assert dialog.isVisible() and dialog.street_edit.text() == "Akerstraat"

    answer_question("Verder invullen", asked)  # Annuleren asks the same
    next(b for b in dialog.findChildren(type(dialog.save_button)) if b.text() == "Annuleren").click()
    assert len(asked) == 2 and dialog.isVisible()

    answer_question("Verder invullen", asked)  # and so does the window's close button
    dialog.close()
    assert len(asked) == 3 and dialog.isVisible()

    answer_question("Weggooien", asked)
    qtbot.keyClick(dialog.street_edit, Qt.Key.Key_Escape)
    assert len(asked) == 4 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected and cases.count_cases(ws) == before


def test_editing_asks_only_when_something_changed(qtbot, professional_ws):
    ws = professional_ws
    row = cases.list_cases(ws, cases.CaseFilter(status="lopend", kind="casuistiek"), limit=1)[0]
    dialog = open_form(qtbot, ws, case_id=row.id)
    detail = cases.get_case(ws, row.id)
    assert dialog.kind_combo.currentData() == detail.kind  # a saved case shows its own choices
    assert dialog.category_combo.currentData() == detail.category
    asked: list[str] = []
    answer_question("Weggooien", asked)
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.wait(50)
    assert asked == []

    dialog = open_form(qtbot, ws, case_id=row.id)
    dialog.summary_edit.setPlainText(dialog.summary_edit.toPlainText() + " Nog iets.")
    answer_question("Weggooien", asked)
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "wijzigingen" in asked[0] and not dialog.isVisible()
    assert cases.get_case(ws, row.id).summary == detail.summary
