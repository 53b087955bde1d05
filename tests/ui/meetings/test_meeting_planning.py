"""The life of an overleg on screen: plan it ahead, change it, start it, record who is there during
and after it (the verslag shows them), finish it; cancel and delete with a question first; a second
one on the same day asks; the agenda PDF from the list; who may plan what where; the doorbraakteam
for all of Heerlen-Noord and the Jeugd Preventie Platform."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from casus_app.domain.enums import Role
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.services.cases.queries import get_case
from casus_app.services.exchange.export import export_register
from casus_app.services.exchange.importer import import_file
from casus_app.services.meetings import overleg as meetings
from casus_app.services.meetings.agenda import agenda as agenda_items
from casus_app.services.meetings.attendance import Attendee
from casus_app.ui.meetings.attendance_editor import AttendanceDialog
from casus_app.ui.meetings.meeting_mode import MeetingView
from casus_app.ui.meetings.meeting_setup import MeetingSetupView, parse_time
from casus_app.ui.shell.presentation import Presentation
from tests.conftest import ADMIN, EXAMPLE, PASSWORD, TEST_DAY
from tests.ui.modal import when_modal

TODAY = TEST_DAY
CTRL = Qt.KeyboardModifier.ControlModifier


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def answer(monkeypatch, yes: bool) -> list[str]:
    """Every QMessageBox.question answered; returns the questions asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def add_person(editor, name: str, organisation: str) -> None:
    editor.name_edit.setText(name)
    editor.organisation_combo.setCurrentIndex(editor.organisation_combo.findData(organisation))
    editor.add_button.click()


def fill(setup, day: dt.date, *, kind="casuistiekoverleg", area="HSB") -> None:
    setup.kind_combo.setCurrentIndex(setup.kind_combo.findData(kind))
    setup.area_combo.setCurrentIndex(setup.area_combo.findData(area))
    setup.date_edit.setDate(day)


def test_plan_change_start_attend_finish_and_the_verslag(qtbot, main_window, tmp_path, monkeypatch):
    window, ws = main_window, main_window.ws
    screens = window.meeting_screens
    day = TODAY + dt.timedelta(days=40)

    screens.new_meeting_action.trigger()
    setup = screens.setup_view
    fill(setup, day)
    setup.time_edit.setText("19.30")
    setup.place_edit.setText("Buurthuis Mariarade")
    add_person(setup.attendance, "Anja Smeets", "POLITIE")
    add_person(setup.attendance, "Piet Zonder", "")  # no organisation: said so, nothing lost
    assert setup.attendance.error_label.isVisible() and setup.attendance.name_edit.text() == "Piet Zonder"
    setup.attendance.name_edit.clear()
    setup.plan_button.click()
    picker = screens.picker_view
    assert window.content.currentWidget() is picker
    meeting = picker.current()
    assert (meeting.date, meeting.status, meeting.start_time, meeting.place) == (
        day,
        "gepland",
        dt.time(19, 30),
        "Buurthuis Mariarade",
    )
    assert ("Anja Smeets", "POLITIE") in [(a.name, a.organisation) for a in meeting.attendees]
    assert picker.table.item(picker.table.currentRow(), 5).text() == "Gepland"
    assert picker.edit_button.isEnabled() and picker.cancel_button.isEnabled()

    # Change it: the place, and one more expected.
    picker.edit_button.click()
    assert window.content.currentWidget() is setup and setup.save_button.isVisible()
    assert not setup.kind_combo.isEnabled() and not setup.plan_button.isVisible()
    setup.place_edit.setText("Stadhuis, zaal 3")
    add_person(setup.attendance, "Kees Bos", "BUURTTEAM")
    qtbot.keyClick(setup.place_edit, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves the change
    assert window.content.currentWidget() is picker
    changed = meetings.get_meeting(ws, meeting.id)
    assert changed.place == "Stadhuis, zaal 3" and changed.status == "gepland"

    # Start it: opening a planned overleg asks first; "no" leaves it planned.
    asked = answer(monkeypatch, False)
    picker._open()
    assert asked and window.content.currentWidget() is picker
    assert meetings.get_meeting(ws, meeting.id).status == "gepland"
    answer(monkeypatch, True)
    picker._open()
    view = screens.meeting_view
    assert window.content.currentWidget() is view
    assert meetings.get_meeting(ws, meeting.id).status == "bezig"
    assert "19:30" in view.title_label.text() and "Stadhuis, zaal 3" in view.title_label.text()

    # During the meeting: Kees is not there, Fatima is.
    def during(dialog: AttendanceDialog) -> None:
        editor = dialog.editor
        for row in range(editor.list.count()):
            if editor.list.item(row).text().startswith("Kees Bos"):
                editor.list.item(row).setCheckState(Qt.CheckState.Unchecked)
        add_person(editor, "Fatima el Idrissi", "GGD")
        dialog.save_button.click()

    when_modal(AttendanceDialog, during)
    # every Alt-letter of the meeting screen is taken; the button is reached with Tab
    assert view.attendance_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.attendance_button.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    present = [a.name for a in meetings.get_meeting(ws, meeting.id).attendees]
    assert "Fatima el Idrissi" in present and "Kees Bos" not in present
    verslag = view.write_document("verslag", tmp_path / "verslag.pdf")
    text = pdf_text(verslag)
    assert "Fatima el Idrissi (GGD Zuid Limburg)" in text and "Kees Bos" not in text
    assert "Plaats: Stadhuis, zaal 3" in text and "19:30 uur" in text

    view.finish()
    assert meetings.get_meeting(ws, meeting.id).status == "afgerond"
    # After the meeting: Kees came late after all; the button still works, the verslag shows him.
    assert view.attendance_button.isEnabled() and not view.add_button.isEnabled()

    def after(dialog: AttendanceDialog) -> None:
        add_person(dialog.editor, "Kees Bos", "BUURTTEAM")
        dialog.save_button.click()

    when_modal(AttendanceDialog, after)
    view.attendance_button.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    text = pdf_text(view.write_document("verslag", tmp_path / "verslag-2.pdf"))
    assert "Kees Bos (Buurtteams Heerlen)" in text and "Fatima el Idrissi (GGD Zuid Limburg)" in text
    view.leave()


def test_cancel_and_delete_ask_first(qtbot, main_window, monkeypatch):
    window, ws = main_window, main_window.ws
    screens = window.meeting_screens
    ids = [
        meetings.create_meeting(
            ws, meetings.MeetingInput("leefbaarheidsoverleg", "HSB", TODAY + dt.timedelta(days=d))
        )
        for d in (50, 57)
    ]
    screens.open_meetings(ids[0])
    picker = screens.picker_view
    assert picker.current().id == ids[0]

    answer(monkeypatch, False)
    picker.cancel_button.click()
    picker.delete_button.click()
    assert meetings.get_meeting(ws, ids[0]).status == "gepland"  # "no" changes nothing

    asked = answer(monkeypatch, True)
    picker.cancel_button.click()
    assert "annuleren" in asked[-1]
    assert meetings.get_meeting(ws, ids[0]).status == "geannuleerd"
    assert picker.current().id == ids[0]
    row = picker.table.currentRow()
    assert picker.table.item(row, 5).text() == "Geannuleerd"
    assert not picker.open_button.isEnabled() and not picker.edit_button.isEnabled()
    assert picker.delete_button.isEnabled()
    picker.delete_button.click()
    assert "definitief verwijderen" in asked[-1]
    assert ids[0] not in picker.ids

    # A meeting that was held cannot be deleted: the button is off, and the service says why.
    meetings.start_meeting(ws, ids[1])
    picker.load(ids[1])
    assert not picker.delete_button.isEnabled() and not picker.cancel_button.isEnabled()


def test_a_second_meeting_on_the_same_day_asks_on_the_form(qtbot, main_window):
    window, ws = main_window, main_window.ws
    screens = window.meeting_screens
    day = TODAY + dt.timedelta(days=64)
    existing = meetings.create_meeting(ws, meetings.MeetingInput("casuistiekoverleg", "VRH", day))
    before = len(meetings.list_meetings(ws, limit=1000))

    screens.new_meeting_action.trigger()
    setup = screens.setup_view
    fill(setup, day, area="VRH")
    setup.place_edit.setText("De Stack")
    setup.plan_button.click()
    assert window.content.currentWidget() is setup
    assert setup.second_button.isVisible() and setup.second_button.hasFocus()
    assert meetings.get_meeting(ws, existing).ref in setup.question_label.text()
    assert setup.place_edit.text() == "De Stack"  # nothing typed is lost
    assert len(meetings.list_meetings(ws, limit=1000)) == before
    # Another day: the question goes, and the meeting is planned without one.
    setup.date_edit.setDate(day + dt.timedelta(days=1))
    assert not setup.second_button.isVisible()
    setup.date_edit.setDate(day)
    setup.plan_button.click()
    qtbot.keyClick(setup.second_button, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.content.currentWidget() is screens.picker_view)
    same_day = meetings.same_day_meetings(ws, "casuistiekoverleg", "VRH", day)
    assert len(same_day) == 2


def test_the_agenda_pdf_from_the_list(qtbot, main_window, tmp_path, monkeypatch):
    window, ws = main_window, main_window.ws
    meeting_id = meetings.create_meeting(
        ws, meetings.MeetingInput("casuistiekoverleg", "HSB", TODAY + dt.timedelta(days=3), place="Kasteel")
    )
    screens = window.meeting_screens
    screens.open_meetings(meeting_id)
    picker = screens.picker_view
    assert picker.agenda_button.isEnabled()
    out = tmp_path / "agenda.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    picker.agenda_button.click()
    assert str(out) in picker.message_label.text()
    text = pdf_text(out)
    agenda = meetings.get_meeting(ws, meeting_id)
    assert agenda.items > 0 and agenda.status == "gepland"  # built beforehand, not started
    assert "Agenda casuïstiekoverleg Hoensbroek" in text and "Plaats: Kasteel" in text
    items = agenda_items(ws, meeting_id, log=False)
    assert all(item.ref in text for item in items)
    for item in items:
        detail = get_case(ws, item.case_id)
        for person in detail.persons:  # a name as a word: "Beek" may be part of "Beekplein"
            assert not re.search(rf"\b{re.escape(person.last_name)}\b", text), person.last_name
        if detail.house_number:
            assert f"{detail.street} {detail.house_number}" not in text


# -- on a register of its own: other users, and the kinds -------------------------------------------
@pytest.fixture
def register(register_path):
    ws, _ = login.create_register(register_path, ADMIN, PASSWORD)
    import_file(ws, EXAMPLE)
    add_user(ws, "hsb", "hoensbroek wachtwoord", Role.PROFESSIONAL, areas=["HSB"], organisation="POLITIE")
    add_user(ws, "coach", "gezinscoach wachtwoord", Role.FAMILY_COACH, organisation="BUURTTEAM")
    yield ws
    ws.close()


def test_the_form_offers_only_what_the_user_may_plan(qtbot, register, register_path):
    register.close()
    professional = login.login(register_path, "hsb", "hoensbroek wachtwoord")
    try:
        setup = MeetingSetupView(professional)
        qtbot.addWidget(setup)
        areas = [setup.area_combo.itemData(i) for i in range(setup.area_combo.count())]
        kinds = [setup.kind_combo.itemData(i) for i in range(setup.kind_combo.count())]
        assert areas == ["HSB"]
        assert "jeugdpreventieplatform" in kinds and "doorbraakteam" in kinds
    finally:
        professional.close()
    coach = login.login(register_path, "coach", "gezinscoach wachtwoord")
    try:
        setup = MeetingSetupView(coach, today=TODAY)
        qtbot.addWidget(setup)
        setup.prepare()
        kinds = [setup.kind_combo.itemData(i) for i in range(setup.kind_combo.count())]
        assert kinds == ["doorbraakteam"]
        assert setup.scope_label.isVisibleTo(setup)  # the team serves all of Heerlen-Noord
        created = []
        setup.planned.connect(created.append)
        setup.area_combo.setCurrentIndex(setup.area_combo.findData("VRH"))
        setup.plan_button.click()
        assert len(created) == 1 and meetings.get_meeting(coach, created[0]).kind == "doorbraakteam"
    finally:
        coach.close()


def test_a_doorbraakteam_with_cases_of_two_gebieden_and_a_jpp(qtbot, register, tmp_path):
    ws = register
    for area in ("HSB", "VRH"):
        register_case(
            ws,
            CaseInput(
                kind="doorbraak",
                area=area,
                main_category="multiprobleem",
                reported_by="BUURTTEAM",
                start_date=TODAY - dt.timedelta(days=10),
            ),
            allow_duplicate=True,
        )
    setup = MeetingSetupView(ws, today=TODAY)
    qtbot.addWidget(setup)
    started = []
    setup.created.connect(started.append)
    setup.prepare()
    fill(setup, TODAY, kind="doorbraakteam", area="HSB")
    assert setup.scope_label.isVisibleTo(setup)
    add_person(setup.attendance, "Mila Toegang", "GGD")
    setup.start_button.click()
    assert len(started) == 1, setup.error_label.text() + setup.question_label.text()

    view = MeetingView(ws, Presentation(None, ws))
    qtbot.addWidget(view)
    view.open_meeting(started[0])
    assert view.title_label.text().startswith("Doorbraakteam Heerlen-Noord")
    gebieden = {get_case(ws, item.case_id).area for item in view.items}
    assert gebieden == {"HSB", "VRH"}

    # The regular members of the next doorbraakteam: those present at this one.
    setup.prepare()
    fill(setup, TODAY + dt.timedelta(days=28), kind="doorbraakteam", area="VRH")
    assert [a.name for a in setup.attendance.attendees()] == ["Mila Toegang"]

    # A Jeugd Preventie Platform: planned like any other, left out of an export (and counted).
    fill(setup, TODAY + dt.timedelta(days=2), kind="jeugdpreventieplatform", area="HSB")
    setup.plan_button.click()
    jpp = [m for m in meetings.list_meetings(ws) if m.kind == "jeugdpreventieplatform"]
    assert len(jpp) == 1 and jpp[0].ref.endswith("-HSB-J")
    summary = export_register(ws, tmp_path / "export.json")
    assert summary.left_out_youth == 1
    assert jpp[0].ref not in (tmp_path / "export.json").read_text(encoding="utf-8")


def test_time_field_accepts_what_people_type():
    assert parse_time("9:30") == dt.time(9, 30) and parse_time(" 19.05 ") == dt.time(19, 5)
    assert parse_time("") is None
    for bad in ("25:00", "9", "half acht", "12:60"):
        with pytest.raises(ValueError):
            parse_time(bad)


def test_attendees_text():
    assert Attendee("Anja", "POLITIE", "Politie").text == "Anja (Politie)"
    assert Attendee("", "GGD", "GGD Zuid Limburg").text == "GGD Zuid Limburg"
