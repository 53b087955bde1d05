"""Meeting mode on a 1280×720 laptop and on a 1920×1080 screen: everything fits and is readable on
the small one, and on the large one the room goes to the note, the decisions and the afspraken."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QWidget,
)

from casus_app.domain import clock
from casus_app.services.meetings.overleg import MeetingInput, create_meeting

SMALL, LARGE = (1280, 720), (1920, 1080)


def _open_meeting(qtbot, window):
    meeting = create_meeting(window.ws, MeetingInput("casuistiekoverleg", "HSB", clock.today()))
    screens = window.meeting_screens
    screens.open_meeting(meeting)
    view = screens.meeting_view
    assert window.content.currentWidget() is view
    # The fullest case: overdue afspraken, people, a summary and an earlier discussion.
    view.go(next((i for i, item in enumerate(view.items) if item.overdue_actions), 0))
    view.panel.note_edit.setPlainText("Huisbezoek heeft plaatsgevonden; de bewoner werkt mee.")
    return view


def _at(qtbot, window, size) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    qtbot.wait(50)  # the layouts settle (wrapped labels, table rows)


def _clipped(view: QWidget, window: QWidget) -> list[str]:
    """Visible widgets of the meeting screen that stick out of the window or are smaller than they
    need to be to show themselves (a wrapped label lower than its text)."""
    problems = []
    inside = QRect(0, 0, window.width(), window.height())
    for widget in [view, *view.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget.parentWidget(), QAbstractScrollArea):
            continue
        if any(
            isinstance(a, (QAbstractScrollArea, QAbstractSpinBox, QComboBox))
            for a in _ancestors(widget, view)
        ):
            continue  # a list's or table's own parts scroll; a field's inner parts are its own business
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else widget.objectName()
        name = f"{type(widget).__name__} {text!r}"
        box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not inside.contains(box):
            problems.append(f"{name} valt buiten het venster: {box}")
        need = widget.minimumSizeHint()
        wrapped = isinstance(widget, QLabel) and widget.wordWrap()
        small = widget.width() < need.width() or widget.height() < need.height()
        if need.isValid() and small and not wrapped:
            problems.append(f"{name} is {widget.size().toTuple()}, nodig {need.toTuple()}")
        if wrapped and widget.text() and widget.height() < widget.heightForWidth(widget.width()):
            problems.append(f"{name} is lager dan zijn tekst")
    return problems


def _ancestors(widget: QWidget, stop: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def test_meeting_mode_fits_1280_by_720_and_gives_1920_by_1080_to_the_editors(qtbot, main_window):
    window = main_window
    view = _open_meeting(qtbot, window)
    panel, box = view.panel, view.panel.actions_box

    _at(qtbot, window, SMALL)
    assert window.minimumSizeHint().width() <= SMALL[0] and window.minimumSizeHint().height() <= SMALL[1]
    assert _clipped(view, window) == []
    for widget in (
        view.agenda_list,
        view.next_button,
        panel.note_edit,
        panel.decisions_edit,
        box.table,
        box.description_edit,
        box.owner_combo,
        box.deadline_edit,
        box.add_button,
        view.finish_button,
    ):
        assert widget.isVisible() and not widget.visibleRegion().isEmpty(), type(widget).__name__
    assert panel.note_edit.height() >= 3 * panel.note_edit.fontMetrics().lineSpacing()
    small = {
        "agenda": view.agenda_list.width(),
        "panel": panel.width(),
        "note": panel.note_edit.size(),
        "table": box.table.height(),
        "description": box.description_edit.width(),
    }

    _at(qtbot, window, LARGE)
    assert _clipped(view, window) == []
    note = panel.note_edit.size()
    # The editors grow in both directions, and the case gets most of the extra width.
    assert note.height() >= 2 * small["note"].height() and note.width() > small["note"].width() + 150
    assert panel.decisions_edit.size() == note or abs(panel.decisions_edit.width() - note.width()) <= 2
    assert box.table.height() > small["table"] + 50 and box.description_edit.width() > small["description"]
    agenda_gain, panel_gain = view.agenda_list.width() - small["agenda"], panel.width() - small["panel"]
    assert agenda_gain > 0, "the agenda column is not of fixed width"
    assert panel_gain >= 2 * agenda_gain

    # The border can be dragged; the agenda is then no longer put back at its share of the width.
    view.splitter.splitterMoved.emit(700, 1)
    view.splitter.setSizes([700, view.splitter.width() - 700])
    _at(qtbot, window, (1800, 1000))
    assert view.splitter.sizes()[0] > 600
