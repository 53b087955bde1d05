"""Dates between Qt and Python, and the date field every form uses (dd-mm-jjjj with a calendar)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    # Not QDate.toPython(): PySide6 types it as returning any object.
    return dt.date(value.year(), value.month(), value.day())


def picked_date(edit: QDateTimeEdit) -> dt.date:
    """The date a date field holds."""
    return pydate(edit.date())


class DateEdit(QDateEdit):
    """A date field that is one tab stop: Tab and Shift+Tab leave it, instead of walking through the
    day, month and year as QDateTimeEdit does. Inside it, the arrow keys still move between and
    change the parts, and typed digits fill them (a full part moves on to the next)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        # QDateTimeEdit's own version moves to the next section; QWidget's moves the focus.
        return QWidget.focusNextPrevChild(self, next)


def date_edit(day: dt.date) -> QDateEdit:
    edit = DateEdit(qdate(day))
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    return edit
