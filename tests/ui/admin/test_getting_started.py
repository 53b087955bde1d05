"""A new, empty register greets its beheerder with the first steps; each button goes there."""

from __future__ import annotations

from casus_app.services.admin.getting_started import Step
from casus_app.ui.shell.main_window import MainWindow


def test_an_empty_register_shows_the_first_steps_and_they_lead_somewhere(qtbot, admin_ws):
    window = MainWindow(admin_ws)
    qtbot.addWidget(window)
    window.show()
    screens = window.admin_screens
    qtbot.waitUntil(lambda: screens.getting_started is not None and screens.getting_started.isVisible())
    dialog = screens.getting_started
    marks = {step: dialog.rows[step][0].text() for step in Step}
    assert set(marks.values()) == {"○"}
    assert dialog.focusWidget() is dialog.rows[Step.SECOND_ADMINISTRATOR][2]  # the first open step

    dialog.rows[Step.RETENTION][2].click()
    assert window.content.currentWidget() is screens.retention_view
    dialog.rows[Step.USERS][2].click()
    assert window.content.currentWidget() is screens.users_view
    window.close_workspace()


def test_the_demo_register_does_not_show_them(qtbot, main_window):
    assert main_window.admin_screens.getting_started is None
    dialog = main_window.admin_screens.show_getting_started()  # Beheer › Eerste stappen…
    assert dialog.isVisible()
