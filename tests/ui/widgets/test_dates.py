"""The date field every form uses is one tab stop; inside it the keys still edit day, month, year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from casus_app.ui.widgets.dates import date_edit, picked_date


def _form(qtbot):
    form = QWidget()
    before, after = QLineEdit(), QLineEdit()
    field = date_edit(dt.date(2026, 11, 20))
    layout = QVBoxLayout(form)
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    return form, before, field, after


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_tab_and_shift_tab_pass_the_date_field_in_one_step(qtbot):
    _form_kept, before, field, after = _form(qtbot)
    _press(qtbot, Qt.Key.Key_Tab)
    assert field.hasFocus()
    _press(qtbot, Qt.Key.Key_Tab)  # QDateEdit's own Tab would go to the month
    assert after.hasFocus()
    _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert field.hasFocus()
    _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert before.hasFocus()


def test_arrow_keys_and_typing_still_edit_day_month_and_year(qtbot):
    _form_kept, before, field, after = _form(qtbot)
    _press(qtbot, Qt.Key.Key_Tab)
    assert field.hasFocus() and field.currentSection() == field.Section.DaySection
    _press(qtbot, Qt.Key.Key_Up)  # the day up
    assert picked_date(field) == dt.date(2026, 11, 21)
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Right)  # past the day's two digits and the dash: the month
    assert field.currentSection() == field.Section.MonthSection
    _press(qtbot, Qt.Key.Key_Down)
    assert picked_date(field) == dt.date(2026, 10, 21)

    # Typed from the start: a full day moves on to the month, a full month to the year.
    field.setCurrentSection(field.Section.DaySection)
    field.setSelectedSection(field.Section.DaySection)
    qtbot.keyClicks(field, "24122025")
    assert picked_date(field) == dt.date(2025, 12, 24)
    _press(qtbot, Qt.Key.Key_Tab)
    assert after.hasFocus() and picked_date(field) == dt.date(2025, 12, 24)
