"""The gezinscoach's issue-14 screens as a user works them: a contact logged from Mijn gezinnen and in
the plan (its note hidden in presentation mode), a planned doorbraak as the next step, amounts typed
the Dutch way, the costs over years, the phone number (own and by the beheerder), and the chart
with eleven leefgebieden, grabbed to a PNG and looked at."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from casus_app.domain.enums import Role
from casus_app.domain.plan_rules import DomainSeries
from casus_app.services.admin import profile
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.plans import plans
from casus_app.ui.admin.users_admin import UsersAdminView
from casus_app.ui.plans.families import COL_LAST_CONTACT, COL_NEXT_DATE, FamiliesView
from casus_app.ui.plans.plan_editor import PlanEditor
from casus_app.ui.shell.main_window import MainWindow
from casus_app.ui.shell.presentation import Presentation
from casus_app.ui.widgets.score_chart import PALETTE, ScoreComparisonChart, ScoreHistoryChart
from tests.conftest import ADMIN, PASSWORD, TEST_DAY
from tests.ui.keyboard import type_text

COACH, COACH_PASSWORD = "coach", "gezinscoach wachtwoord"


@pytest.fixture
def coach_ws(example_ws):
    add_user(example_ws, COACH, COACH_PASSWORD, Role.FAMILY_COACH, display_name="Gezinscoach 1")
    example_ws.close()
    ws = login.login(example_ws.register.path, COACH, COACH_PASSWORD)
    yield ws
    ws.close()


def on_next_modal(act) -> None:
    """Run `act(dialog)` once a modal dialog is open (the call that opens it blocks until it closes)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def activate(qtbot, widget) -> None:
    """A shortcut (an Alt-letter) works in the active window."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_contact_is_added_from_mijn_gezinnen_and_shows_as_the_last_contact(qtbot, coach_ws):
    families = FamiliesView(coach_ws)
    qtbot.addWidget(families)
    families.show()
    families.load()
    assert families.table.item(0, COL_LAST_CONTACT).text() == "nog geen"
    assert families.table.horizontalHeaderItem(COL_NEXT_DATE).text() == "Volgende stap op"
    families.focus_table()
    activate(qtbot, families)
    qtbot.keyClick(families, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Contact &toevoegen
    qtbot.waitUntil(lambda: families.contact_dialog is not None)  # a mnemonic clicks after a moment
    dialog = families.contact_dialog
    assert dialog is not None and dialog.isVisible() and "2026-003" in dialog.windowTitle()
    assert dialog.date_edit.date() == QDate(2026, 11, 30)  # today by default
    dialog.date_edit.setDate(QDate(2026, 12, 5))  # the future cannot be chosen
    assert dialog.date_edit.date() == QDate(2026, 11, 30)
    dialog.date_edit.setDate(QDate(2026, 11, 26))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("telefoon"))
    dialog.note_edit.setFocus()
    type_text(qtbot, dialog.note_edit, "Gebeld over de brief van Weller")
    save(dialog)
    assert not dialog.isVisible()
    assert families.table.item(0, COL_LAST_CONTACT).text() == "26-11-2026 (telefoon)"
    plan = plans.get_plan(coach_ws, plans.find_plan(coach_ws, 3))
    assert [(c.contact_on, c.kind, c.note) for c in plan.contacts] == [
        (dt.date(2026, 11, 26), "telefoon", "Gebeld over de brief van Weller")
    ]


def test_contacts_in_the_plan_hide_their_note_in_presentation_mode(qtbot, coach_ws):
    editor = PlanEditor(coach_ws)
    qtbot.addWidget(editor)
    presentation = Presentation(ws=coach_ws)
    editor.set_presentation(presentation)
    assert editor.open_plan(plans.find_plan(coach_ws, 3))
    editor.resize(1366, 720)
    editor.show()
    activate(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
    tab = editor.contacts_tab
    assert editor.tabs.currentWidget() is tab and tab.empty_label.isVisible()
    tab.add_button.click()
    dialog = tab.dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("huisbezoek"))
    dialog.note_edit.setPlainText("Sanne Voorbeeld wil verhuizen")
    dialog.date_edit.setDate(QDate(2026, 5, 1))  # before the case started: refused in the dialog
    save(dialog)
    assert dialog.isVisible() and "vóór de start van de casus" in dialog.error_label.text()
    assert dialog.note_edit.toPlainText() == "Sanne Voorbeeld wil verhuizen"  # nothing lost
    dialog.date_edit.setDate(QDate(2026, 11, 28))
    save(dialog)
    assert [[tab.table.item(0, c).text() for c in range(4)]] == [
        ["28-11-2026", "huisbezoek", "Sanne Voorbeeld wil verhuizen", "Gezinscoach 1"]
    ]
    presentation.set_on(True)
    assert tab.table.item(0, 2).text() == "(verborgen)" and tab.reveal.isVisible()
    assert tab.table.item(0, 1).text() == "huisbezoek"  # date and kind are no free text
    tab.reveal.click()
    assert tab.table.item(0, 2).text() == "[naam] wil verhuizen"
    presentation.set_on(False)
    assert tab.table.item(0, 2).text() == "Sanne Voorbeeld wil verhuizen"


def test_a_planned_doorbraak_with_a_payer_and_dutch_amounts_and_costs_over_years(qtbot, coach_ws):
    editor = PlanEditor(coach_ws)
    qtbot.addWidget(editor)
    assert editor.open_plan(plans.find_plan(coach_ws, 3))
    editor.resize(1366, 720)
    editor.show()
    # A helper with the amount written as on an invoice; nonsense is refused and kept in the field.
    editor.tabs.setCurrentWidget(editor.helpers_tab)
    editor.helpers_tab.add_button.click()
    helper = editor.helpers_tab.dialog
    helper.organisation_combo.setCurrentIndex(helper.organisation_combo.findText("Woonpunt"))
    helper.what_edit.setPlainText("Incasso huurschuld")
    helper.cost_edit.setText("negenduizend")
    save(helper)
    assert helper.isVisible() and "'negenduizend' is geen bedrag" in helper.error_label.text()
    helper.cost_edit.setText("€ 9.000,-")
    helper.after_edit.setText("€0,00")
    save(helper)
    assert not helper.isVisible()
    assert editor.plan.helpers[-1].cost_per_year == 9000 and editor.plan.helpers[-1].cost_after_per_year == 0

    # D2 gets a planned date and a payer.
    editor.tabs.setCurrentWidget(editor.breakthroughs_tab)
    editor.breakthroughs_tab.table.selectRow(1)
    editor.breakthroughs_tab.edit()
    dialog = editor.breakthroughs_tab.dialog
    assert not dialog.planned_edit.isEnabled()
    dialog.planned_check.setChecked(True)
    dialog.planned_edit.setDate(QDate(2027, 1, 15))  # the future is allowed here
    dialog.payer_combo.setCurrentIndex(dialog.payer_combo.findText("Gemeente Heerlen"))
    dialog.cost_edit.setText("1.500")
    save(dialog)
    d2 = editor.plan.breakthroughs[1]
    assert (d2.planned_on, d2.payer, d2.cost_eur) == (dt.date(2027, 1, 15), "GEMEENTE", 1500)

    # Kosten: three years, and who pays and who saves.
    activate(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    costs = editor.costs_tab
    qtbot.keyClick(costs, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert costs.years_spin.hasFocus()
    qtbot.keyClick(costs.years_spin, Qt.Key.Key_Up)
    qtbot.keyClick(costs.years_spin, Qt.Key.Key_Up)
    assert editor.plan.cost_years == 3
    assert costs.totals_label.text().startswith("In 3 jaar: doormodderen € 27.000 in 3 jaar")
    rows = {
        costs.organisations.item(r, 0).text(): costs.organisations.item(r, 3).text()
        for r in range(costs.organisations.rowCount())
    }
    assert rows["Woonpunt"] == "bespaart € 27.000"
    assert rows["Gemeente Heerlen"] == "betaalt € 1.500 meer"

    # Mijn gezinnen: the planned date is the next step.
    families = FamiliesView(coach_ws)
    qtbot.addWidget(families)
    families.show()
    families.load()
    assert families.table.item(0, COL_NEXT_DATE).text() == "15-01-2027"


def test_the_coach_edits_their_phone_number_and_the_beheerder_anyones(qtbot, coach_ws, example_ws):
    window = MainWindow(coach_ws)
    qtbot.addWidget(window)
    window.show()

    def fill(dialog) -> None:
        dialog.phone_edit.setText("0612")
        save(dialog)
        assert dialog.isVisible() and "geen Nederlands telefoonnummer" in dialog.error_label.text()
        assert dialog.phone_edit.text() == "0612"  # kept, to correct
        dialog.phone_edit.clear()
        type_text(qtbot, dialog.phone_edit, "+31 6 1234 5678")
        save(dialog)

    on_next_modal(fill)
    window.phone_action.trigger()
    assert profile.my_phone(coach_ws) == "06-12345678"
    assert window.statusBar().currentMessage() == "Uw telefoonnummer is opgeslagen."
    window.close()
    coach_ws.close()

    admin = login.login(example_ws.register.path, ADMIN, PASSWORD)
    try:
        view = UsersAdminView(admin)
        qtbot.addWidget(view)
        view.resize(1280, 700)
        view.show()
        view.select_user(COACH)
        row = [view.table.item(view.table.currentRow(), c).text() for c in range(view.table.columnCount())]
        assert row[-1] == "06-12345678"

        def change(dialog) -> None:
            assert dialog.phone_edit.text() == "06-12345678"
            dialog.phone_edit.setText("045 560 1234")
            save(dialog)

        on_next_modal(change)
        activate(qtbot, view)
        qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Tele&foon…
        qtbot.waitUntil(lambda: "Het telefoonnummer van coach is opgeslagen." in view.message_label.text())
        row = [view.table.item(view.table.currentRow(), c).text() for c in range(view.table.columnCount())]
        assert row[0] == COACH and row[-1] == "045-5601234"
    finally:
        admin.close()


ELEVEN = (
    "Wonen",
    "Geld en inkomen",
    "Schulden",
    "Werk en dagbesteding",
    "Lichamelijke gezondheid",
    "Psychisch welzijn",
    "Middelengebruik",
    "Opvoeding en kinderen",
    "Familie en sociaal netwerk",
    "Veiligheid thuis",
    "Politie en justitie",
)


def test_the_chart_stays_readable_with_eleven_leefgebieden(qtbot, tmp_path):
    days = (dt.date(2026, 3, 1), dt.date(2026, 7, 1), TEST_DAY)
    series = [
        DomainSeries(i, name, tuple((day, 1 + (i + n) % 5) for n, day in enumerate(days)))
        for i, name in enumerate(ELEVEN)
    ]
    history, comparison = ScoreHistoryChart(), ScoreComparisonChart()
    for chart, size in ((history, (760, 400)), (comparison, (500, 400))):
        qtbot.addWidget(chart)
        chart.set_series(series)
        chart.resize(*size)
        chart.show()
    assert history.small_multiples and history.grid() == (4, 3)  # one panel per leefgebied
    assert comparison.minimumSizeHint().height() >= 11 * 20
    for name, chart in (("history", history), ("comparison", comparison)):
        path = tmp_path / f"{name}.png"
        assert chart.grab().save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (chart.width(), chart.height())
    # Look at the picture: every panel holds its own line, in its own colour, inside its own cell.
    image = QImage(str(tmp_path / "history.png"))
    columns, rows = history.grid()
    cell_w, cell_h = (history.width() - 8) / columns, (history.height() - 30) / rows
    for i in range(len(ELEVEN)):
        x0, y0 = int(4 + (i % columns) * cell_w), int(4 + (i // columns) * cell_h)
        colours = {
            image.pixelColor(x, y).name()
            for x in range(x0, int(x0 + cell_w), 2)
            for y in range(y0, int(y0 + cell_h), 2)
        }
        assert PALETTE[i].lower() in colours, ELEVEN[i]
    # The panels of the last row that are not used stay empty (white).
    x_empty, y_empty = int(4 + 3 * cell_w + cell_w / 2), int(4 + 2 * cell_h + cell_h / 2)
    assert image.pixelColor(x_empty, y_empty) == QColor("#ffffff")
    description = history.accessibleDescription()
    assert all(name in description for name in ELEVEN)
