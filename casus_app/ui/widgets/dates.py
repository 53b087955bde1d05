"""The date a date field holds, as a `datetime.date`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateTimeEdit


def picked_date(edit: QDateTimeEdit) -> dt.date:
    """`edit.date()` as a date (PySide6 types `QDate.toPython()` as returning any object)."""
    value = edit.date().toPython()
    assert isinstance(value, dt.date)
    return value
