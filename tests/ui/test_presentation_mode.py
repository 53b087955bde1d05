"""Presentation mode, per screen: every view and dialog reachable while it is on shows no betrokkene's name,
birth date, house number or postcode, not even after "Tonen" in free text that names them; and the check
before a verslag lets the chair mask, replace or confirm each hit."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.auth.login import login
from casus_app.services.cases import queries
from casus_app.services.cases.actions import ActionInput, add_action
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput, PersonInput, form_choices
from casus_app.services.meetings.agenda import add_to_agenda
from casus_app.services.meetings.overleg import MeetingInput, create_meeting, record_discussion
from casus_app.services.plans import plans
from casus_app.services.plans.items import BreakthroughInput, IssueInput
from casus_app.services.privacy.redaction import fold
from casus_app.storage.models import AuditEntry
from casus_app.ui.cases.case_picker import CasePickerDialog
from casus_app.ui.cases.case_timeline import CaseTimelineDialog
from casus_app.ui.meetings.document_check import KEEP, REPLACE
from casus_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import PASSWORD, USER

# Betrokkenen whose names the demo data never uses, so any hit is theirs.
BRUEL = (("Hendrika", "Brüel", dt.date(1975, 3, 4)), ("Tjeerd", "Brüel", dt.date(2006, 11, 23)))
QABBANI = (("Zayd", "Qabbani", dt.date(1980, 4, 12)), ("Nizar", "Qabbani", dt.date(2009, 11, 3)))
SUMMARY_B = "Mevr. Brüel (Akerstraat 77) … zoon Tjeerd Brüel is bekend bij politie."
SECRETS = [
    "Hendrika",
    "Tjeerd",
    "Brüel",
    "Bruel",
    "Zayd",
    "Nizar",
    "Qabbani",
    "Akerstraat 77",
    "Schaesbergerweg 12",
    "6431 HX",
    "6431HX",
    "6432 AB",
    "6432AB",
    *(f"{d:%d-%m-%Y}" for _f, _l, d in BRUEL + QABBANI),
    *(d.isoformat() for _f, _l, d in BRUEL + QABBANI),
    *(f"{d.day}-{d.month}-{d.year}" for _f, _l, d in BRUEL + QABBANI),
]


@dataclass(frozen=True)
class People:
    bruel_case: int  # casuistiek, with free text that names its betrokkenen
    qabbani_case: int  # doorbraak, with a plan
    meeting: int  # casuïstiekoverleg with the Brüel case on the agenda
    qabbani_ref: str


def _meeting(ws, kind: str, back: int) -> int:
    """A new overleg in Hoensbroek on a day that has none of this kind yet."""
    for days in range(back, back + 30):
        try:
            return create_meeting(
                ws,
                MeetingInput(
                    kind,
                    "HSB",
                    clock.today() - dt.timedelta(days=days),
                    chair="Anja Smeets",
                    organisations=("POLITIE", "BUURTTEAM"),
                ),
            )
        except CasusError:
            continue
    raise AssertionError("no free day for an overleg")


@pytest.fixture(scope="module")
def people(demo_register) -> People:
    """Free text naming the betrokkenen in every field that has some, written through the services."""
    ws = login(demo_register.path, USER, PASSWORD)
    try:
        today = clock.today()
        doorbraak = next(code for code, _name, kind in form_choices(ws).categories if kind == "doorbraak")

        def case(kind, category, people, street, number, postcode, summary):
            return register_case(
                ws,
                CaseInput(
                    kind=kind,
                    area="HSB",
                    main_category=category,
                    reported_by="POLITIE",
                    lead="BUURTTEAM",
                    start_date=today - dt.timedelta(days=40),
                    neighbourhood="Mariarade",
                    street=street,
                    house_number=number,
                    postcode=postcode,
                    summary=summary,
                    persons=tuple(
                        PersonInput(last, "bewoner", first_name=first, birth_date=born)
                        for first, last, born in people
                    ),
                ),
                allow_duplicate=True,
            )

        bruel = case("casuistiek", "woonoverlast", BRUEL, "Akerstraat", "77", "6431HX", SUMMARY_B)
        qabbani = case(
            "doorbraak",
            doorbraak,
            QABBANI,
            "Schaesbergerweg",
            "12b",
            "6432AB",
            "Zayd Qabbani (12-04-1980) en zoon Nizar, Schaesbergerweg 12b.",
        )
        earlier = _meeting(ws, "casuistiekoverleg", 10)
        record_discussion(
            ws, add_to_agenda(ws, earlier, bruel), note="Hendrika Brüel was niet thuis.", decisions=None
        )
        meeting = _meeting(ws, "casuistiekoverleg", 1)
        record_discussion(
            ws,
            add_to_agenda(ws, meeting, bruel),
            note="Tjeerd BRUEL (23-11-2006) weer gezien.",
            decisions="Politie spreekt Tjeerd aan, 6431 HX 77.",
        )
        add_action(
            ws,
            bruel,
            ActionInput("Huisbezoek bij mevr. Brüel, Akerstraat 77", "BUURTTEAM", "Ellen de Wit"),
            meeting_id=meeting,
        )
        add_action(
            ws, qabbani, ActionInput("Gesprek met Zayd Qabbani over Nizar", "BUURTTEAM", "Ellen de Wit")
        )
        doorbraakteam = _meeting(ws, "doorbraakteam", 1)
        record_discussion(
            ws, add_to_agenda(ws, doorbraakteam, qabbani), note="Nizar Qabbani spijbelt.", decisions=None
        )

        choices = plans.plan_choices(ws)
        plan = plans.create_plan(ws, qabbani, today, "Ellen de Wit")
        plans.update_text(
            ws,
            plan.id,
            plans.PlanText(
                today,
                "Ellen de Wit",
                "Zayd wil dat Nizar weer naar school gaat.",
                "Nizar Qabbani sport graag.",
                "Huisbezoek Schaesbergerweg 12b",
            ),
        )
        plans.save_issue(
            ws, plan.id, None, IssueInput(choices.life_domains[0][0], "Schulden van Zayd Qabbani")
        )
        plans.save_breakthrough(
            ws, plan.id, None, BreakthroughInput("Woning voor fam. Qabbani", choices.breakthrough_types[0][0])
        )
        plans.save_evaluation(ws, plan.id, plans.Evaluation(None, None, "Zayd en Nizar zijn tevreden."))
        qabbani_ref = queries.get_case(ws, qabbani).ref
    finally:
        ws.close()
    return People(bruel, qabbani, meeting, qabbani_ref)


# -- what a projected screen shows -----------------------------------------------------------------------


def _model_texts(view: QAbstractItemView) -> list[str]:
    model, out = view.model(), []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount() private: one column
        columns = 1
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value:
                    out.append(str(value))
    return out


def visible_texts() -> list[str]:
    """Every text a visible widget shows: labels, fields, buttons, tabs, group boxes, list and table cells
    (display and tooltip), window titles."""
    out: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        out.append(top.windowTitle())
        for widget in (top, *top.findChildren(QWidget)):
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel):
                out.append(widget.text())
            elif isinstance(widget, QLineEdit):
                out.append(widget.displayText())
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                out.append(widget.toPlainText())
            elif isinstance(widget, QAbstractButton):
                out.append(widget.text())
            elif isinstance(widget, QComboBox):
                out.append(widget.currentText())
            elif isinstance(widget, QGroupBox):
                out.append(widget.title())
            if isinstance(widget, QTabWidget):
                out += [widget.tabText(i) for i in range(widget.count())]
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                out += _model_texts(widget)
    return out


def leaks(texts: list[str]) -> list[tuple[str, str]]:
    found = []
    for text in texts:
        flat = " ".join(fold(text).split())
        for secret in SECRETS:
            if re.search(rf"(?<![^\W_]){re.escape(fold(secret))}(?![^\W_])", flat):
                found.append((secret, text))
    return found


class Screen:
    """Looks at the whole screen, presses every "Tonen", and looks again."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.problems, self.seen, self.revealed = qtbot, [], [], 0

    def look(self, where: str) -> list[str]:
        texts = visible_texts()
        self.seen += texts
        self.problems += [(where, secret, text) for secret, text in leaks(texts)]
        return texts

    def reveal_all(self, where: str) -> list[str]:
        self.look(f"{where}, hidden")
        for top in QApplication.topLevelWidgets():
            for button in top.findChildren(QPushButton):
                if button.isVisible() and button.text() in ("Tonen", "Tekst tonen"):
                    button.click()
                    self.revealed += 1
        return self.look(f"{where}, shown")

    def modal(self, cls, open_it, act=None) -> None:
        """Open a modal dialog with `open_it()`, look at it (and reveal), then close it."""
        done = []

        def handle() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, cls):
                QTimer.singleShot(20, handle)
                return
            try:
                if act is not None:
                    act(dialog)
                self.reveal_all(cls.__name__)
            finally:
                done.append(cls)
                dialog.reject()

        QTimer.singleShot(0, handle)
        open_it()
        assert done == [cls]


def test_nothing_identifying_on_any_screen_in_presentation_mode(qtbot, demo_register, people):
    window = MainWindow(login(demo_register.path, USER, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    screens, screen = window.meeting_screens, Screen(qtbot)
    try:
        window.open_case(people.bruel_case)  # before: the summary is there as typed
        assert window.case_view.summary_label.text() == SUMMARY_B
        screens.presentation_action.trigger()
        assert screens.presentation.on

        # The case list, searched by name (the search field shows dots).
        window.close_case()
        window.case_list.search_edit.setText("Brüel")
        window.case_list.query.flush()
        assert window.case_list.model.rowCount() >= 1
        screen.look("case list")

        # The case view: the summary hidden until Tonen, then with the betrokkenen masked.
        window.open_case(people.bruel_case)
        assert window.case_view.summary_label.text() == "(verborgen in presentatiemodus)"
        screen.reveal_all("case view")
        assert (
            window.case_view.summary_label.text()
            == "Mevr. [naam] ([adres]) … zoon [naam] is bekend bij politie."
        )
        screen.modal(CaseTimelineDialog, screens.show_timeline)
        screens.edit_case()  # the form would show every name: refused, with a word why
        assert "presentatiemodus" in window.statusBar().currentMessage()
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]

        # The doorbraakplan: title without names, every tab, the dialogs that open from it.
        window.open_case(people.qabbani_case)
        screen.reveal_all("doorbraak case view")
        window.open_plan_for_case(people.qabbani_case)
        editor = window.plan_editor
        assert editor.title_label.text() == f"Doorbraakplan {editor.plan.case_ref}"
        for index in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(index)
            screen.reveal_all(f"plan tab {editor.tabs.tabText(index)}")
        assert editor.text_tab.guards[0].cover_label.text() == "[naam] wil dat [naam] weer naar school gaat."
        editor.tabs.setCurrentWidget(editor.issues_tab)
        editor.issues_tab.table.selectRow(0)
        editor.issues_tab.edit()
        assert editor.issues_tab.dialog is None and editor.issues_tab.refusal_label.isVisible()
        for tab in (editor.issues_tab, editor.breakthroughs_tab):
            editor.tabs.setCurrentWidget(tab)
            tab.add()  # a new line starts empty
            screen.look(f"new line in {tab.what()}")
            tab.dialog.reject()
        editor.tabs.setCurrentWidget(editor.progress_tab)
        editor.progress_tab.add_measurement()
        screen.look("new measurement")
        editor.progress_tab.dialog.reject()
        editor.close_plan()

        # Mijn gezinnen and Mijn afspraken.
        window.show_families()
        texts = screen.reveal_all("mijn gezinnen")
        assert people.qabbani_ref in texts and "Huisbezoek [adres]" in texts
        screens.show_my_actions()
        actions_view = screens.my_actions_view
        actions_view.organisation_combo.setCurrentIndex(actions_view.organisation_combo.findData("BUURTTEAM"))
        texts = screen.reveal_all("mijn afspraken")
        assert "Huisbezoek bij mevr. [naam], [adres]" in texts

        # Meeting mode: the agenda, the case with this meeting's note, vorige keer, afspraken; its dialogs.
        screens.open_meeting(people.meeting)
        view = screens.meeting_view
        view.go(next(i for i, item in enumerate(view.items) if item.case_id == people.bruel_case))
        assert view.panel.guards[view.panel.note_edit].currentWidget() is not view.panel.note_edit
        texts = screen.reveal_all("meeting mode")
        assert (
            "[naam] ([geboortedatum]) weer gezien." in texts
            and "Politie spreekt [naam] aan, [adres]." in texts
        )
        screen.modal(CaseTimelineDialog, view.panel.timeline_requested.emit)
        screen.modal(CasePickerDialog, view.add_case, lambda d: d.search_edit.setText("Brüel"))
        check = view.check_document("verslag")
        check.show()
        screen.look("verslag check")
        assert check.hits and check.masked
        check.reject()
    finally:
        window.close_workspace()

    assert not screen.problems, screen.problems[:5]
    assert screen.revealed >= 15
    seen = " ".join(screen.seen)
    assert "[naam]" in seen and "[adres]" in seen and "[geboortedatum]" in seen


def test_tonen_is_logged_and_hiding_returns_with_a_new_case(qtbot, people, main_window):
    window, screens = main_window, main_window.meeting_screens
    screens.presentation_action.trigger()
    window.open_case(people.bruel_case)
    view = window.case_view
    assert view.summary_text.button.isVisible()
    qtbot.mouseClick(view.summary_text.button, Qt.MouseButton.LeftButton)
    assert not view.summary_text.button.isVisible() and "[naam]" in view.summary_label.text()
    with window.ws.register.read_session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (entry.action, entry.case_id, entry.details) == (
        "view",
        people.bruel_case,
        "presentatiemodus: samenvatting getoond",
    )
    window.lock()  # whatever was shown is hidden again behind the lock, and after it
    window.unlock()
    assert view.summary_text.button.isVisible() and "[naam]" not in view.summary_label.text()
    window.open_case(people.qabbani_case)
    assert view.summary_label.text() == "(verborgen in presentatiemodus)"
    screens.presentation_action.trigger()  # off: the text as typed, with its names
    assert "Zayd Qabbani" in view.summary_label.text() and not view.summary_text.button.isVisible()


def test_the_chair_masks_replaces_or_confirms_each_hit_before_the_verslag(
    qtbot, people, main_window, tmp_path
):
    window, screens = main_window, main_window.meeting_screens
    screens.open_meeting(people.meeting)
    view = screens.meeting_view
    dialog = view.check_document("verslag")
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {(h.field, h.found): n for n, h in enumerate(dialog.hits)}
    assert {
        ("notitie", "Tjeerd BRUEL"),
        ("notitie", "23-11-2006"),
        ("besluiten", "Tjeerd"),
        ("besluiten", "6431 HX 77"),
        ("afspraak", "Brüel"),
        ("afspraak", "Akerstraat 77"),
    } <= set(rows)
    assert "»Tjeerd BRUEL«" in dialog.table.item(rows[("notitie", "Tjeerd BRUEL")], 3).text()

    dialog.set_choice(rows[("besluiten", "Tjeerd")], REPLACE, "Tjeerd B.")
    dialog.set_choice(rows[("afspraak", "Akerstraat 77")], KEEP)
    dialog.write_button.click()
    assert (
        dialog.isVisible() and "noemt een betrokkene" in dialog.error_label.text()
    )  # the new words name him too
    dialog.set_choice(rows[("besluiten", "Tjeerd")], REPLACE, "de zoon")
    assert dialog.table.item(rows[("afspraak", "Akerstraat 77")], 4).text() == "laten staan"
    dialog.write_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    written = view.write_document("verslag", tmp_path / "verslag.pdf", dialog.decisions())
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(written)).pages).split())
    assert "Politie spreekt de zoon aan, [adres]." in text and "[naam] ([geboortedatum]) weer gezien." in text
    assert "Huisbezoek bij mevr. [naam], Akerstraat 77" in text  # confirmed, and logged
    for secret in ("Tjeerd", "Brüel", "BRUEL", "23-11-2006", "6431 HX"):
        assert secret not in text, secret
    with window.ws.register.read_session() as session:
        details = list(
            session.scalars(select(AuditEntry.details).where(AuditEntry.details.like("verslag: %")))
        )
    assert any("adres in afspraak" in d and "bevestigd" in d for d in details)
