"""Beheer › Referentielijsten… as a beheerder uses it: add an organisation, retire it, and the
forms stop offering it while an afspraak that has it keeps it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from casus_app.domain.enums import Role
from casus_app.services.admin import reference_lists as lists
from casus_app.services.auth import login
from casus_app.services.cases import actions
from casus_app.services.cases.actions import ActionInput
from casus_app.services.cases.queries import CaseFilter, list_cases
from casus_app.services.exchange.importer import import_file
from casus_app.ui.admin.reference_lists import NewItemDialog, ReferenceListsDialog
from casus_app.ui.cases.action_dialog import ActionDialog
from tests.conftest import EXAMPLE
from tests.ui.keyboard import type_text
from tests.ui.modal import when_modal

USER, PASSWORD = "beheer", "een lang wachtwoord"


@pytest.fixture
def ws(tmp_path):
    ws, _ = login.create_register(tmp_path / "r.db", USER, PASSWORD)
    import_file(ws, EXAMPLE)
    yield ws
    ws.close()


@pytest.fixture
def dialog(qtbot, ws):
    widget = ReferenceListsDialog(ws)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(dialog: ReferenceListsDialog) -> list[str]:
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def test_add_retire_and_take_back_an_organisation(qtbot, ws, dialog):
    assert dialog.list_name == lists.ORGANISATIONS
    assert "Weller" in _names(dialog) or "Woningcorporatie" in " ".join(_names(dialog))

    def fill(new: NewItemDialog) -> None:
        assert not new.kind_combo.isVisible() and not new.area_combo.isVisible()
        type_text(qtbot, new.name_edit, "Humanitas")
        new.save_button.click()

    when_modal(NewItemDialog, fill)
    dialog.add_button.click()
    assert "Humanitas" in _names(dialog)
    dialog.select_name("Humanitas")
    row = dialog.table.currentRow()
    assert dialog.table.item(row, 1).text() == "humanitas"
    assert dialog.table.item(row, 3).text() == "0" and dialog.delete_button.isEnabled()

    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Buiten gebruik
    # a mnemonic clicks after a moment
    qtbot.waitUntil(lambda: dialog.table.item(dialog.table.currentRow(), 4).text() == "buiten gebruik")
    assert dialog.retire_button.text() == "Weer in &gebruik"
    qtbot.keyClick(dialog.table, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.table.item(dialog.table.currentRow(), 4).text() == "in gebruik")


def test_a_buurt_needs_its_gebied_and_a_used_item_cannot_go(qtbot, ws, dialog, monkeypatch):
    dialog.list_combo.setCurrentIndex(dialog.list_combo.findData(lists.NEIGHBOURHOODS))

    def fill(new: NewItemDialog) -> None:
        assert not new.code_edit.isVisible() and new.area_combo.isVisible()
        new.area_combo.setCurrentIndex(new.area_combo.findData("VRH"))
        type_text(qtbot, new.name_edit, "Heksenberg")
        new.save_button.click()

    when_modal(NewItemDialog, fill)
    dialog.add_button.click()
    dialog.select_name("Heksenberg")
    assert dialog.table.item(dialog.table.currentRow(), 2).text() == "Vrieheide"

    dialog.select_name("Kasteelbuurt")  # a case has it
    assert not dialog.delete_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kasteelbuurt-Oost", True))
    dialog.rename_button.click()
    assert dialog.error_label.isVisible() and "houdt daarom zijn naam" in dialog.error_label.text()
    assert "Kasteelbuurt" in _names(dialog)

    dialog.select_name("Heksenberg")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.setProperty("x", 1))  # closed unanswered
    dialog.delete_button.click()
    assert "Heksenberg" in _names(dialog)  # nothing without a yes


def test_a_retired_organisation_is_not_offered_but_an_afspraak_that_has_it_keeps_it(qtbot, ws):
    case = list_cases(ws, CaseFilter())[0]
    case_id = case.id
    lists.add_item(ws, lists.ORGANISATIONS, "Stadstoezicht")
    action_id = actions.add_action(
        ws, case_id, ActionInput("Integrale controle", "stadstoezicht", deadline=dt.date(2026, 12, 14))
    )
    team = next(i for i in lists.list_items(ws, lists.ORGANISATIONS) if i.code == "stadstoezicht")
    lists.set_retired(ws, lists.ORGANISATIONS, team.id, True)

    new = ActionDialog(ws, case_id, case.ref)
    qtbot.addWidget(new)
    assert new.owner_combo.findData("stadstoezicht") < 0

    action = next(a for a in actions.actions_of_cases(ws, [case_id]) if a.id == action_id)
    edit = ActionDialog(ws, case_id, case.ref, action)
    qtbot.addWidget(edit)
    assert edit.owner_combo.currentData() == "stadstoezicht"
    assert edit.owner_combo.currentText() == "Stadstoezicht"
    assert QApplication.activeModalWidget() is None
    assert isinstance(edit, QDialog)


def test_only_the_beheerder_has_the_menu(main_window):
    admin = main_window.admin_screens
    action = next(a for a in admin.actions if a.shortcut().toString() == "Ctrl+Shift+R")
    assert action.text() == "&Referentielijsten…"
    assert main_window.ws.actor.role is Role.ADMINISTRATOR

    when_modal(ReferenceListsDialog, lambda d: d.reject())
    action.trigger()
    assert admin.reference_dialog is None  # closed again


def test_a_focusbuurt_gets_its_buurten_by_keyboard(qtbot, ws, dialog):
    from casus_app.ui.admin.reference_lists import MembersDialog

    dialog.select_name("Weller")
    assert not dialog.members_button.isEnabled()  # only for the focusbuurten
    dialog.list_combo.setCurrentIndex(dialog.list_combo.findData(lists.FOCUS_AREAS))
    dialog.select_name("Vrieheide")
    assert dialog.members_button.isEnabled()
    row = dialog.table.currentRow()
    assert dialog.table.item(row, 2).text() == "Vrieheide-De Stack"

    def tick(members: MembersDialog) -> None:
        labels = [members.list.item(r).text() for r in range(members.list.count())]
        members.list.setCurrentRow(labels.index("Heksenberg (Vrieheide)"))
        qtbot.keyClick(members.list, Qt.Key.Key_Space)
        members.save_button.click()

    when_modal(MembersDialog, tick)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # B&uurten…
    qtbot.waitUntil(
        lambda: dialog.table.item(dialog.table.currentRow(), 2).text() == "Heksenberg, Vrieheide-De Stack"
    )
    item = next(i for i in lists.list_items(ws, lists.FOCUS_AREAS) if i.code == "VRIEHEIDE")
    assert len(item.members) == 2


def test_a_new_afspraak_gets_an_interventietype(qtbot, ws):
    case = list_cases(ws, CaseFilter(), limit=1)[0]
    form = ActionDialog(ws, case.id, case.ref)
    qtbot.addWidget(form)
    form.show()
    assert form.type_combo.itemText(0) == "(geen)"
    type_text(qtbot, form.description_edit, "Buurtschouw houden")
    form.type_combo.setCurrentIndex(form.type_combo.findData("buurtschouw"))
    form.save_button.click()
    assert form.saved_id is not None
    item = next(i for i in lists.list_items(ws, lists.INTERVENTION_TYPES) if i.code == "buurtschouw")
    assert item.in_use == 1
