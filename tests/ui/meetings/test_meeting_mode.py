"""A whole overleg as the minute-taker runs it, from the keyboard: plan it, walk the agenda, write a
note and decisions, make two afspraken, mark one done, close a case, write the verslag and read the
PDF back. Presentation mode hides names on screen. My afspraken, a new signal, and the lock."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from sqlalchemy import select

from casus_app.services.auth.login import login
from casus_app.services.cases import queries as cases
from casus_app.services.cases.actions import ActionInput, add_action
from casus_app.storage.models import Action, AuditEntry, Case, ClosingReason, Organisation
from casus_app.ui.cases.case_close import CaseCloseDialog
from casus_app.ui.cases.case_duplicates import CaseDuplicatesDialog
from casus_app.ui.cases.case_form import CaseFormDialog
from casus_app.ui.shell.main_window import MainWindow
from tests.conftest import TEST_DAY
from tests.ui.conftest import PASSWORD, USER
from tests.ui.modal import when_modal

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
TODAY = TEST_DAY  # the day tests/conftest.py fixes the app's clock on


class Keys:
    """Presses keys on the widget that has focus, and counts them (typed text is not counted)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1
        if modifier & ALT:
            self.qtbot.wait(200)  # a button's Alt+letter clicks it after a short animation

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(QApplication.focusWidget(), text)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_a_whole_overleg_from_planning_to_the_verslag(qtbot, main_window, tmp_path, monkeypatch):
    window, ws, keys = main_window, main_window.ws, Keys(qtbot)
    screens = window.meeting_screens
    window.activateWindow()

    # Plan it: Ctrl+Shift+N, gebied and those present, Ctrl+Enter starts the overleg.
    keys.press(Qt.Key.Key_N, CTRL | SHIFT)
    setup = screens.setup_view
    assert window.content.currentWidget() is setup and setup.kind_combo.hasFocus()
    setup.area_combo.setCurrentIndex(setup.area_combo.findData("HSB"))
    setup.minute_taker_edit.setText("Kees Notulist")
    setup.set_present({"POLITIE", "BUURTTEAM", "WONENLIMBURG"})
    keys.press(Qt.Key.Key_Return, CTRL)
    view = screens.meeting_view
    assert window.content.currentWidget() is view
    assert view.title_label.text() == f"Casuïstiekoverleg Hoensbroek · {TODAY:%d-%m-%Y}"
    items = view.items
    assert len(items) >= 3 and view.agenda_list.count() == len(items)
    assert view.panel.note_edit.hasFocus()

    # Case 1: a note, a decision and one new afspraak, then on to the next case.
    first = items[0]
    keys.type("Buren melden minder overlast.")
    before = keys.count
    keys.press(Qt.Key.Key_Tab)
    keys.type("Buurtteam houdt de regie.")
    keys.press(Qt.Key.Key_Tab)
    assert view.panel.actions_box.description_edit.hasFocus()
    keys.type("Huisbezoek samen met de woningcorporatie")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_F8)
    decision_keys = keys.count - before
    assert decision_keys == 4  # Tab, Tab, Enter, F8: the figure in the issue note
    assert view.index == 1 and view.panel.note_edit.hasFocus()
    with ws.register.read_session() as session:
        made = session.scalars(
            select(Action).where(Action.case_id == first.case_id, Action.meeting_id.is_not(None))
        ).one()
        lead = session.get(Case, first.case_id).lead_organisation_id
    assert (made.description, made.owner_id, made.agreed_on) == (
        "Huisbezoek samen met de woningcorporatie",
        lead,
        TODAY,
    )
    assert made.deadline == TODAY + dt.timedelta(days=14)  # no next overleg planned yet
    assert view.items[0].discussed and view.items[0].decisions == "Buurtteam houdt de regie."
    assert view.agenda_list.item(0).text().startswith("✓ 1.")

    # A case with an overdue afspraak: mark one done, and a second new afspraak for another partner.
    due_index = next(i for i, item in enumerate(view.items) if "afspraak" in item.reasons and i > 0)
    view.go(due_index)
    second = view.items[due_index]
    box = view.panel.actions_box
    open_before = len(box.items)
    assert open_before >= 1 and "TE LAAT" in [
        box.table.item(r, 3).text() for r in range(box.table.rowCount())
    ]
    finished = box.items[0]
    box.table.setFocus()
    box.table.selectRow(0)
    keys.press(Qt.Key.Key_D, ALT)
    assert len(box.items) == open_before - 1
    keys.press(Qt.Key.Key_N, ALT)
    assert box.description_edit.hasFocus()
    keys.type("Zorgmelding bespreken met de GGD")
    keys.press(Qt.Key.Key_Tab)
    assert box.owner_combo.hasFocus()
    keys.type("GGD")
    assert box.owner_combo.currentData() == "GGD"
    keys.press(Qt.Key.Key_Return)
    assert [a.description for a in box.items].count("Zorgmelding bespreken met de GGD") == 1
    assert view.panel.discussed_box.isChecked()

    # Close that case: Alt+A opens the dialog; a reason is required, Enter confirms.
    def close(dialog: CaseCloseDialog) -> None:
        dialog.close_button.click()  # without a reason: refused, in words
        assert dialog.error_label.isVisible() and "afsluitreden" in dialog.error_label.text().lower()
        dialog.reason_combo.setFocus()
        qtbot.keyClicks(dialog.reason_combo, "Doel")
        dialog.result_edit.setText("Overlast gestopt")
        qtbot.keyClick(dialog.result_edit, Qt.Key.Key_Return)

    when_modal(CaseCloseDialog, close)
    keys.press(Qt.Key.Key_A, ALT)
    assert "Afgesloten op" in view.panel.status_label.text()
    assert not box.description_edit.isEnabled()  # no new afspraken in a closed case
    window.activateWindow()  # a window manager gives the focus back after a dialog; offscreen has none
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.panel.decisions_edit)
    keys.press(Qt.Key.Key_F8)

    # The verslag, as PDF, read back.
    out = tmp_path / "verslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    keys.press(Qt.Key.Key_P, ALT)
    assert out.exists() and "Opgeslagen" in view.info_label.text()
    text = pdf_text(out)
    with ws.register.read_session() as session:
        organisations = dict(session.execute(select(Organisation.code, Organisation.name)).all())
        reason = session.scalar(select(ClosingReason.name).where(ClosingReason.code == "doel_bereikt"))
        printed = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
    months = (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    )
    for expected in (
        "VERTROUWELIJK",
        "Verslag casuïstiekoverleg Hoensbroek",
        f"{TODAY.day} {months[TODAY.month - 1]} {TODAY.year}",
        "Kees Notulist",
        organisations["POLITIE"],
        organisations["WONENLIMBURG"],
        first.ref,
        second.ref,
        "Buurtteam houdt de regie.",
        "Buren melden minder overlast.",
        "Huisbezoek samen met de woningcorporatie",
        (TODAY + dt.timedelta(days=14)).strftime("%d-%m-%Y"),
        "Zorgmelding bespreken met de GGD",
        organisations["GGD"],
        f"Casus afgesloten: {reason} (Overlast gestopt)",
        f"afgerond: {finished.description}",
        "Openstaande afspraken",
        "pagina 1 van",
    ):
        assert expected in text.replace("\n", " "), expected
    # No personal details: no betrokkene's name, birth date or address of a discussed case.
    for item in (first, second):
        detail = cases.get_case(ws, item.case_id)
        for person in detail.persons:
            assert person.last_name not in text
            if person.birth_date:
                assert person.birth_date.strftime("%d-%m-%Y") not in text
        if detail.street:
            assert detail.street not in text
    assert [(p.object_type, p.details.split(";")[0]) for p in printed] == [("meeting", "verslag")]
    assert first.ref in printed[0].details and second.ref in printed[0].details  # the cases it names

    # The afsprakenlijst per partner, and finishing the overleg makes the verslag final.
    listing = tmp_path / "afspraken.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(listing), "PDF"))
    keys.press(Qt.Key.Key_L, ALT)
    list_text = pdf_text(listing)
    assert f"Afspraken voor {organisations['BUURTTEAM']}" in list_text and "Huisbezoek samen met" in list_text
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    keys.press(Qt.Key.Key_F, ALT)
    assert "definitief" in view.status_label.text() and view.panel.note_edit.isReadOnly()


def test_presentation_mode_hides_names_birth_dates_and_house_numbers_on_screen(qtbot, main_window):
    window, screens = main_window, main_window.meeting_screens
    window.activateWindow()
    screens.new_meeting_action.trigger()
    setup = screens.setup_view
    setup.area_combo.setCurrentIndex(setup.area_combo.findData("HSB"))
    setup.submit()
    if setup.second_button.isVisible():  # the test above planned one on this day too
        setup.second_button.click()
    view = screens.meeting_view
    # A case on the agenda with people and an address.
    index = next(
        i
        for i, item in enumerate(view.items)
        if item.address and cases.get_case(window.ws, item.case_id).persons
    )
    view.go(index)
    detail = view.panel.detail
    person = detail.persons[0]
    assert person.full_name in view.panel.persons_label.text()
    assert detail.house_number in view.panel.place_label.text()

    qtbot.keyClick(view.panel.note_edit, Qt.Key.Key_F11)
    assert screens.presentation.on and screens.banner_bar.isVisible()
    assert "PRESENTATIEMODUS" in screens.banner.text()
    shown = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    shown += " ".join(view.agenda_list.item(r).text() for r in range(view.agenda_list.count()))
    for secret in (
        person.last_name,
        person.full_name,
        f"{detail.street} {detail.house_number}",
    ):
        assert secret not in shown, secret
    if person.birth_date:
        assert person.birth_date.strftime("%d-%m-%Y") not in shown
    assert person.last_name[0] + "." in view.panel.persons_label.text()
    # The room still knows where: buurt and street, without the house number.
    assert view.panel.place_label.text() == f"{detail.neighbourhood} – {detail.street}"
    assert f"{detail.neighbourhood}, {detail.street}" in view.agenda_list.item(index).text()

    # The case list and the case view follow the same switch.
    view.leave()
    screens.back_to_list()
    table = window.case_list.model
    assert table.rowCount() and all(
        table.index(r, 4).data() == ", ".join(p for p in (row.neighbourhood, row.street) if p)
        for r, row in enumerate(table._rows)
    )
    window.open_case(detail.id)
    names = [
        window.case_view.persons_table.item(r, 0).text()
        for r in range(window.case_view.persons_table.rowCount())
    ]
    assert person.full_name not in names and window.case_view.fields["address"].text() == detail.street

    qtbot.keyClick(window.case_view, Qt.Key.Key_F11)
    assert not screens.presentation.on and not screens.banner_bar.isVisible()
    names = [
        window.case_view.persons_table.item(r, 0).text()
        for r in range(window.case_view.persons_table.rowCount())
    ]
    assert person.full_name in names


def test_my_afspraken_overdue_first_and_done_between_meetings(qtbot, demo_register):
    admin = login(demo_register.path, USER, PASSWORD)
    try:  # one overdue and one later afspraak for the police in Vrieheide, whatever the demo data holds
        case_id = cases.list_cases(admin, cases.CaseFilter(area_code="VRH", status="lopend"), limit=1)[0].id
        late = add_action(
            admin,
            case_id,
            ActionInput("Buurtonderzoek", "POLITIE", deadline=TODAY - dt.timedelta(days=3)),
            today=TODAY - dt.timedelta(days=10),
        )
        add_action(
            admin, case_id, ActionInput("Terugkoppeling", "POLITIE", deadline=TODAY + dt.timedelta(days=30))
        )
    finally:
        admin.close()
    window = MainWindow(login(demo_register.path, "wijkagent", PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.case_list.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
        mine = window.meeting_screens.my_actions_view
        assert window.content.currentWidget() is mine
        assert mine.organisation_combo.currentData() == "POLITIE"
        overdue = [
            r for r in range(mine.table.rowCount()) if mine.table.item(r, 0).text().startswith("TE LAAT")
        ]
        assert overdue == list(range(len(overdue))) and overdue, "overdue afspraken come first"
        assert mine.table.item(0, 0).background().color().name() == "#fde0dc"
        total = len(mine.items)
        first = mine.items[0]
        assert late in [a.id for a in mine.items[: len(overdue)]]
        mine.table.setFocus()
        mine.table.selectRow(0)
        qtbot.keyClick(mine.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: len(mine.items) < total)
        assert len(mine.items) == total - 1 and first.id not in [a.id for a in mine.items]
        assert all(item.area == "VRH" for item in mine.items)  # the wijkagent works in Vrieheide only
    finally:
        window.close_workspace()


def test_a_signal_for_an_address_with_an_open_case_is_added_to_that_case(qtbot, main_window):
    window, ws = main_window, main_window.ws
    row = next(
        r
        for r in cases.list_cases(ws, cases.CaseFilter(status="lopend", kind="casuistiek"), limit=100)
        if cases.get_case(ws, r.id).postcode
    )
    existing = cases.get_case(ws, row.id)

    def fill(dialog: CaseFormDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(existing.kind))
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(existing.category))
        dialog.reporter_combo.setCurrentIndex(dialog.reporter_combo.findData("POLITIE"))
        dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(existing.area))
        dialog.street_edit.setText(existing.street)
        dialog.number_edit.setText(existing.house_number)
        dialog.postcode_edit.setText(existing.postcode.lower())
        dialog.summary_edit.setPlainText("Nieuwe melding van stankoverlast.")
        row = dialog.add_person_row()
        for column, value in enumerate(("Ans", "", "Nieuwenhuis", "31-02-1970", "melder")):
            dialog.persons_table.item(row, column).setText(value)
        dialog.save_button.click()  # 31 February: refused before anything is saved
        assert "geen datum" in dialog.error_label.text()
        dialog.persons_table.item(row, 3).setText("28-02-1970")
        when_modal(CaseDuplicatesDialog, lambda duplicates: duplicates.add_button.click())
        dialog.save_button.click()

    window.activateWindow()
    when_modal(CaseFormDialog, fill)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.content.currentWidget() is window.case_view
    assert window.case_view.detail.id == existing.id
    assert "Nieuwenhuis" in [p.last_name for p in cases.get_case(ws, existing.id).persons]


def test_locking_closes_an_open_dialog_so_nothing_stays_visible(qtbot, main_window):
    window = main_window
    window.activateWindow()
    seen = []

    def lock_while_open(dialog: CaseFormDialog) -> None:
        seen.append(dialog.isVisible())
        window.lock()

    when_modal(CaseFormDialog, lock_while_open)
    window.meeting_screens.new_case_action.trigger()
    assert seen == [True] and window.locked
    assert not any(isinstance(w, CaseFormDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert not window.meeting_screens.new_case_action.isEnabled()


def test_the_case_list_filters_on_overdue_afspraken_and_sorts_by_casusnummer(
    qtbot, main_window, demo_register
):
    case_list, ws = main_window.case_list, main_window.ws
    assert main_window.count_label.text() == f"{demo_register.total} casussen"
    case_list.overdue_box.setFocus()
    qtbot.keyClick(case_list.overdue_box, Qt.Key.Key_Space)
    expected = cases.count_cases(ws, cases.CaseFilter(overdue_actions=True))
    assert 0 < expected < demo_register.total
    assert main_window.count_label.text() == f"{expected} casussen"
    model = case_list.model
    for row in range(min(model.rowCount(), 10)):
        detail = cases.get_case(ws, model.case_id(row))
        assert any(a.is_overdue(TODAY) for a in detail.actions)
    case_list.sort_combo.setCurrentIndex(case_list.sort_combo.findData(cases.SORT_REF))
    refs = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert refs == sorted(refs) and len(refs) == min(expected, 200)
    case_list.lead_combo.setCurrentIndex(case_list.lead_combo.findData("POLITIE"))
    assert {model.index(r, 8).data() for r in range(model.rowCount())} <= {"POLITIE"}
