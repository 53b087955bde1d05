"""Nothing typed during an overleg is lost: not when a save fails, not when Casus is killed."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from casus_app.domain import clock
from casus_app.domain.errors import CasusError
from casus_app.services.auth.login import login
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.services.meetings import drafts
from casus_app.services.meetings import overleg as meetings
from casus_app.services.meetings.agenda import add_to_agenda
from casus_app.ui.shell.main_window import MainWindow
from tests.conftest import ADMIN, PASSWORD, child_clock_code

NOTE = "Buren melden minder overlast sinds het huisbezoek."


@pytest.fixture
def meeting_register(admin_ws, register_path):
    """A register with one overleg of today holding two cases; returns (path, meeting id)."""
    today = clock.today()
    case_ids = [
        register_case(
            admin_ws,
            CaseInput(
                kind="casuistiek",
                area="HSB",
                main_category="woonoverlast",
                reported_by="POLITIE",
                lead="BUURTTEAM",
                start_date=today - dt.timedelta(days=10),
                street="Kolenberg",
                house_number=str(n),
                postcode="6431AB",
            ),
            allow_duplicate=True,
        )
        for n in (1, 2)
    ]
    meeting_id = meetings.create_meeting(admin_ws, meetings.MeetingInput("casuistiekoverleg", "HSB", today))
    for case_id in case_ids:
        add_to_agenda(admin_ws, meeting_id, case_id)
    admin_ws.close()
    return register_path, meeting_id


def _open(qtbot, path, meeting_id):
    window = MainWindow(login(path, ADMIN, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.meeting_screens.open_meeting(meeting_id)
    return window, window.meeting_screens.meeting_view


def test_a_failed_save_keeps_the_note_and_the_meeting_stays_on_the_case(qtbot, meeting_register, monkeypatch):
    window, view = _open(qtbot, *meeting_register)
    try:
        assert view.index == 0
        view.panel.note_edit.setPlainText(NOTE)

        def refuse(*_args, **_kwargs):
            raise CasusError("Het register is even niet bereikbaar.")

        monkeypatch.setattr(meetings, "record_discussion", refuse)
        view.next()  # F8
        assert view.index == 0 and view.panel.note_edit.toPlainText() == NOTE
        assert view.message_label.isVisible() and "niet opgeslagen" in view.message_label.text()
        # Every other way on refuses too, and says so: the last case, moving, the documents, finishing.
        view.move_case(1)
        assert view.items[0].case_id == view.panel.item.case_id and view.index == 0
        with pytest.raises(CasusError):
            view.write_document("verslag", meeting_register[0].parent / "verslag.pdf")
        assert not (meeting_register[0].parent / "verslag.pdf").exists()
        assert drafts.draft_for(window.ws, view.panel.item.discussion_id).note == NOTE

        monkeypatch.undo()
        view.next()  # F8
        assert view.index == 1
        assert view.items[0].note == NOTE
        assert drafts.draft_for(window.ws, view.items[0].discussion_id) is None
    finally:
        window.close_workspace()


def test_finishing_a_meeting_that_cannot_be_finished_says_why(qtbot, meeting_register, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window, view = _open(qtbot, *meeting_register)
    try:
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

        def refuse(*_args, **_kwargs):
            raise CasusError("Iemand anders heeft dit overleg al afgerond.")

        monkeypatch.setattr(meetings, "finish_meeting", refuse)
        view.panel.note_edit.setPlainText(NOTE)
        view.finish()
        assert "Iemand anders heeft dit overleg al afgerond." in view.message_label.text()
        assert view.meeting.status != meetings.FINISHED
    finally:
        window.close_workspace()


CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from casus_app.services.auth.login import login
    from casus_app.ui.shell.main_window import MainWindow

    path, user, meeting_id, text = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    password = sys.stdin.readline().rstrip("\\n")  # never on the command line
    app = QApplication([])
    window = MainWindow(login(path, user, password))
    window.show()
    window.meeting_screens.open_meeting(meeting_id)
    panel = window.meeting_screens.meeting_view.panel
    panel.note_edit.setFocus()
    QTest.keyClicks(panel.note_edit, text)
    while panel._draft_timer.pending:
        app.processEvents()
        time.sleep(0.01)
    print("typed", flush=True)
    while True:  # typing goes on; the parent kills us here
        app.processEvents()
        time.sleep(0.01)
    """
)


def test_a_kill_during_the_meeting_loses_no_typed_note(qtbot, meeting_register):
    path, meeting_id = meeting_register
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", child_clock_code() + CHILD, str(path), ADMIN, str(meeting_id), NOTE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        child.stdin.write(PASSWORD + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "typed", child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)

    window, view = _open(qtbot, path, meeting_id)
    try:
        assert view.index == 0 and view.panel.note_edit.toPlainText() == NOTE
        assert view.info_label.isVisible() and "teruggezet" in view.info_label.text()
        view.next()  # F8
        assert view.items[0].note == NOTE
        assert drafts.draft_for(window.ws, view.items[0].discussion_id) is None
    finally:
        window.close_workspace()
    # Nothing readable was left beside the register by the kill.
    for leftover in path.parent.iterdir():
        assert NOTE.encode() not in leftover.read_bytes(), leftover
