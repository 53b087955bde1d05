"""A gezinscoach works a doorbraakplan through the screens, as a user does it, and prints both documents."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QPushButton
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.plans import plans
from casus_app.storage.models import AuditEntry
from casus_app.ui.plans.families import FamiliesView
from casus_app.ui.plans.plan_editor import PlanEditor
from casus_app.ui.plans.plan_life_domains import LifeDomainsDialog
from casus_app.ui.shell.main_window import MainWindow
from tests.conftest import ADMIN, PASSWORD
from tests.ui.keyboard import type_text

COACH, COACH_PASSWORD = "coach", "gezinscoach wachtwoord"
JARGON = (
    "doorbraak",
    "doormodderen",
    "doorbreken",
    "mandaat",
    "grondslag",
    "besluit",
    "casus",
    "leefgebied",
    "knelpunt",
    "zelfredzaam",
    "perspectief",
    "financiering",
    "wethouder",
    "participatiewet",
)
AMOUNT = re.compile(r"€|\beuro\b|\bEUR\b|\d\.\d{3}")


@pytest.fixture
def coach_ws(example_ws):
    add_user(example_ws, COACH, COACH_PASSWORD, Role.FAMILY_COACH, display_name="Gezinscoach 1")
    example_ws.close()
    ws = login.login(example_ws.register.path, COACH, COACH_PASSWORD)
    yield ws
    ws.close()


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def table_rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def status_button(editor: PlanEditor, text: str) -> QPushButton:
    (button,) = [b for b in editor.status_buttons if b.text() == text]
    return button


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_a_gezinscoach_updates_a_plan_end_to_end_and_prints_both_documents(
    qtbot, coach_ws, tmp_path, monkeypatch
):
    ws = coach_ws
    # Mijn gezinnen: the coach's one household, Enter opens its plan.
    families = FamiliesView(ws)
    qtbot.addWidget(families)
    families.show()
    families.load()
    assert table_rows(families.table)[0][:4] == ["2026-003", "Voorbeeld", "Vrieheide", "concept"]
    assert families.summary_label.text().startswith("1 gezin · niets wacht op een besluit")
    editor = PlanEditor(ws)
    qtbot.addWidget(editor)
    families.open_plan.connect(lambda case_id: editor.open_plan(plans.find_plan(ws, case_id)))
    families.focus_table()
    qtbot.keyClick(families.table, Qt.Key.Key_Return)
    assert editor.plan is not None and editor.plan.case_ref == "2026-003"
    editor.resize(1366, 720)
    editor.show()
    assert "Sanne Voorbeeld, Noah Voorbeeld" in editor.title_label.text()
    assert "Status:" in editor.flow_label.text() and "concept" in editor.flow_label.accessibleName()

    # 1 Plan: the household's words, saved with Ctrl+S.
    text_tab = editor.text_tab
    text_tab.perspective_edit.clear()
    qtbot.keyClicks(text_tab.perspective_edit, "Over een jaar wonen we rustig en is de huur betaald.")
    qtbot.keyClicks(text_tab.strength_edit, "Ik open elke week mijn post met mijn zus.")
    qtbot.keyClicks(text_tab.next_step_edit, "Samen naar het woonloket op 2 december.")
    assert text_tab.state_label.text() == "Niet opgeslagen wijzigingen" and editor.has_unsaved_changes()
    editor.activateWindow()  # a shortcut works in the active window
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(text_tab.next_step_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.has_unsaved_changes() and not text_tab.save_button.isEnabled()
    assert editor.plan.own_strength == "Ik open elke week mijn post met mijn zus."

    # 2 Knelpunten.
    editor.tabs.setCurrentWidget(editor.issues_tab)
    editor.issues_tab.add_button.click()
    dialog = editor.issues_tab.dialog
    choose(dialog.domain_combo, "Schulden")
    qtbot.keyClicks(dialog.description_edit, "De achterstand groeit elke maand")
    save(dialog)
    assert table_rows(editor.issues_tab.table) == [["Schulden", "De achterstand groeit elke maand"]]

    # 3 Hulpverleners: a wrong amount is explained in the dialog, which stays open.
    editor.tabs.setCurrentWidget(editor.helpers_tab)
    for organisation, what, now, after in (
        ("Woonpunt", "Incasso van de huurschuld", "4.000", "0"),
        ("Buurtteams Heerlen", "Begeleiding thuis", "9000", "3000"),
    ):
        editor.helpers_tab.add_button.click()
        dialog = editor.helpers_tab.dialog
        choose(dialog.organisation_combo, organisation)
        qtbot.keyClicks(dialog.what_edit, what)
        qtbot.keyClicks(dialog.cost_edit, "veel")
        save(dialog)
        assert dialog.isVisible() and "'veel' is geen bedrag" in dialog.error_label.text()
        dialog.cost_edit.setText(now)
        qtbot.keyClicks(dialog.after_edit, after)
        save(dialog)
        assert not dialog.isVisible()
    assert [row[2:] for row in table_rows(editor.helpers_tab.table)] == [
        ["€ 4.000", "€ 0"],
        ["€ 9.000", "€ 3.000"],
    ]

    # 4 Doorbraken: who decides, at which mandate, on which legal basis and funding.
    assert not status_button(editor, "Ter besluit voorleggen").isEnabled()
    assert "wie besluit" in editor.hint_label.text()
    editor.tabs.setCurrentWidget(editor.breakthroughs_tab)
    for row in range(2):
        editor.breakthroughs_tab.table.selectRow(row)
        editor.breakthroughs_tab.edit_button.click()
        dialog = editor.breakthroughs_tab.dialog
        qtbot.keyClicks(dialog.legal_edit, "Participatiewet art. 49")
        qtbot.keyClicks(dialog.decided_edit, "Wethouder sociaal domein")
        choose(dialog.mandate_combo, "wethouder / bestuurder")
        qtbot.keyClicks(dialog.funding_edit, "Doorbraakfonds gemeente")
        save(dialog)
    rows = table_rows(editor.breakthroughs_tab.table)
    assert [r[3:5] for r in rows] == [["Wethouder sociaal domein", "wethouder / bestuurder"]] * 2
    assert rows[0][6] == "behaald op 03-07-2026"

    # The status flow, by its buttons.
    status_button(editor, "Ter besluit voorleggen").click()
    assert editor.plan.status == "ter_besluit"
    status_button(editor, "Besluit is genomen").click()
    status_button(editor, "Gerealiseerd").click()
    assert editor.plan.status == "gerealiseerd"
    assert "gerealiseerd" in editor.flow_label.accessibleName()

    # 6 Voortgang: a new measurement, in the table and in both charts.
    editor.tabs.setCurrentWidget(editor.progress_tab)
    editor.progress_tab.add_button.click()
    dialog = editor.progress_tab.dialog
    dialog.date_edit.setDate(QDate(2026, 11, 1))
    choose(
        dialog.combos[dict((n, i) for i, n in editor.choices.life_domains)["Wonen"]],
        "4 – voldoende zelfredzaam",
    )
    choose(
        dialog.combos[dict((n, i) for i, n in editor.choices.life_domains)["Schulden"]],
        "2 – niet zelfredzaam",
    )
    save(dialog)
    assert table_rows(editor.progress_tab.table)[:2] == [
        ["01-11-2026", "Wonen", "4 – voldoende zelfredzaam"],
        ["01-11-2026", "Schulden", "2 – niet zelfredzaam"],
    ]
    history = editor.progress_tab.history_chart
    assert [s.name for s in history.series] == ["Wonen", "Geld en inkomen", "Schulden"]
    assert "Wonen: 1 op 15-06-2026, 3 op 01-09-2026, 4 op 01-11-2026" in history.accessibleDescription()
    assert editor.progress_tab.comparison_chart.series[0].change == 3

    # 5 Kosten: doormodderen versus doorbreken.
    costs = editor.costs_tab
    assert (costs.current.value.text(), costs.after.value.text()) == ("€ 13.000 per jaar", "€ 3.000 per jaar")
    assert (costs.saving.value.text(), costs.payback.value.text()) == ("€ 10.000 per jaar", "3 maanden")
    assert "plus € 1.850 eenmalig" in costs.after.note.text()

    # 7 Evaluatie, then the last step.
    editor.tabs.setCurrentWidget(editor.evaluation_tab)
    choose(editor.evaluation_tab.goal_combo, "ja")
    choose(editor.evaluation_tab.quality_combo, "ja")
    qtbot.keyClicks(editor.evaluation_tab.evaluation_edit, "Ze wonen nu rustig.")
    editor.evaluation_tab.save_button.click()
    status_button(editor, "Evaluatie afronden").click()
    assert editor.plan.status == "geevalueerd" and editor.status_buttons == []

    # Both documents, saved where the coach chooses, read back.
    chosen = iter([tmp_path / "ons-plan.pdf", tmp_path / "besluitnotitie"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(chosen)), ""))
    editor.our_plan_button.click()
    editor.decision_button.click()
    assert editor.message_label.text().endswith("besluitnotitie.pdf")  # the extension is added

    ours = pdf_text(tmp_path / "ons-plan.pdf")
    for expected in (
        "Ons plan",
        "Over een jaar wonen we rustig en is de huur betaald.",
        "Ik open elke week mijn post",
        "Incasso van de huurschuld",
        "Gelukt op 3 juli 2026",
        "nu: 4",
        "Samen naar het woonloket",
    ):
        assert expected in ours, expected
    assert not AMOUNT.search(ours), AMOUNT.search(ours)
    assert [w for w in JARGON if w in ours.lower()] == []

    note = pdf_text(tmp_path / "besluitnotitie.pdf")
    for expected in (
        "Doormodderen versus doorbreken",
        "€ 13.000 per jaar",
        "€ 3.000 per jaar",
        "€ 1.850 eenmalig",
        "Besparing per jaar € 10.000 per jaar",
        "Terugverdientijd 3 maanden",
        "Uitgangspunten",
        "Participatiewet art. 49",
        "Mandaat wethouder / bestuurder",
        "Doorbraakfonds gemeente",
    ):
        assert expected in note, expected
    assert "Sanne" not in note

    with ws.register.read_session() as session:
        printed = list(session.scalars(select(AuditEntry.details).where(AuditEntry.action == "print")))
        changes = list(
            session.scalars(
                select(AuditEntry.object_type).where(
                    AuditEntry.user_name == COACH, AuditEntry.action != "view"
                )
            )
        )
    assert printed == ["ons plan", "besluitnotitie"]
    assert {"plan", "plan_issue", "plan_helper", "breakthrough", "plan_score"} <= set(changes)


def test_another_coach_cannot_open_the_plan(qtbot, example_ws, monkeypatch):
    add_user(example_ws, "ander", "andere coach wachtwoord", Role.FAMILY_COACH, display_name="Iemand Anders")
    plan_id = plans.find_plan(example_ws, 3)
    example_ws.close()
    ws = login.login(example_ws.register.path, "ander", "andere coach wachtwoord")
    try:
        shown = []
        monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a, **k: shown.append(a[2]))
        editor = PlanEditor(ws)
        qtbot.addWidget(editor)
        assert editor.open_plan(plan_id) is False and editor.plan is None
        assert shown == ["Dit doorbraakplan bestaat niet of u heeft er geen toegang toe."]
        families = FamiliesView(ws)
        qtbot.addWidget(families)
        families.show()
        families.load()
        assert families.table.isHidden() and families.empty_label.isVisible()
    finally:
        ws.close()


def test_the_beheerder_adds_and_orders_a_leefgebied(qtbot, admin_ws, monkeypatch):
    dialog = LifeDomainsDialog(admin_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vervoer", True))
    dialog.add_button.click()
    assert dialog.list_widget.currentItem().text() == "Vervoer"
    dialog.up_button.click()
    names = [dialog.list_widget.item(r).text() for r in range(dialog.list_widget.count())]
    assert names[-2:] == ["Vervoer", "Politie en justitie"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Wonen", True))
    dialog.add_button.click()
    assert dialog.error_label.isVisible() and "Er is al een leefgebied 'Wonen'" in dialog.error_label.text()


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_main_window_starts_a_coach_on_mijn_gezinnen_and_opens_plans_from_cases(qtbot, coach_ws):
    path = coach_ws.register.path
    window = MainWindow(coach_ws)
    qtbot.addWidget(window)
    window.show()
    assert window.content.currentWidget() is window.families_view
    assert "&Gezinnen" in menu_titles(window)
    assert table_rows(window.families_view.table)[0][0] == "2026-003"
    window.families_view.plan_button.click()
    assert window.content.currentWidget() is window.plan_editor
    window.plan_editor.back_button.click()
    assert window.content.currentWidget() is window.families_view
    window.families_view.case_button.click()
    assert window.content.currentWidget() is window.case_view
    assert window.case_view.plan_button.isVisible() and window.open_plan_action.isEnabled()
    window.open_plan_action.trigger()
    assert window.content.currentWidget() is window.plan_editor
    window.plan_editor.back_button.click()
    assert window.content.currentWidget() is window.case_view
    window.case_view.back_button.click()
    assert window.content.currentWidget() is window.families_view  # where the coach came from
    window.lock()
    assert not window.families_action.isEnabled()
    window.close_workspace()

    admin = MainWindow(login.login(path, ADMIN, PASSWORD))
    qtbot.addWidget(admin)
    admin.show()
    assert admin.content.currentWidget() is admin.case_list
    admin.open_case(1)  # not a doorbraak case: no plan button
    assert not admin.case_view.plan_button.isVisible() and not admin.open_plan_action.isEnabled()
    admin.open_case(3)
    admin.case_view.plan_button.click()
    assert admin.plan_editor.plan.case_ref == "2026-003"
    (families_menu,) = [a.menu() for a in admin.menuBar().actions() if a.text() == "&Gezinnen"]
    assert "&Leefgebieden (zelfredzaamheid)…" in [a.text() for a in families_menu.actions()]
    admin.close_workspace()


def test_ozlem_aydin_is_chosen_as_coach_and_finds_her_households_in_mijn_gezinnen(qtbot, example_ws):
    # A coach whose name starts with a capital outside ASCII: access follows her user, not the name.
    add_user(example_ws, "oaydin", COACH_PASSWORD, Role.FAMILY_COACH, display_name="Özlem Aydın")
    editor = PlanEditor(example_ws)
    qtbot.addWidget(editor)
    assert editor.open_plan(plans.find_plan(example_ws, 3))
    text_tab = editor.text_tab
    # The coach field offers the coaches by name; the beheerder types part of hers and picks it.
    text_tab.coach_edit.clear()
    type_text(qtbot, text_tab.coach_edit, "aydın")
    completer = text_tab.coach_edit.completer()
    completer.setCompletionPrefix(text_tab.coach_edit.text())
    assert completer.currentCompletion() == "Özlem Aydın"
    text_tab.coach_edit.setText(completer.currentCompletion())
    text_tab.save_button.click()
    assert editor.plan.family_coach == "Özlem Aydın" and not editor.has_unsaved_changes()
    example_ws.close()

    ws = login.login(example_ws.register.path, "oaydin", COACH_PASSWORD)
    try:
        families = FamiliesView(ws)
        qtbot.addWidget(families)
        families.show()
        families.load()
        assert families.table.isVisible()
        assert [row[0] for row in table_rows(families.table)] == ["2026-003"]
    finally:
        ws.close()
