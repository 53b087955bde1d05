"""Dates between Qt and Python, and the date field every form uses (dd-mm-jjjj with a calendar)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    # Not QDate.toPython(): PySide6 types it as returning any object.
    return dt.date(value.year(), value.month(), value.day())


def picked_date(edit: QDateTimeEdit) -> dt.date:
    """The date a date field holds."""
    return pydate(edit.date())


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    return edit
