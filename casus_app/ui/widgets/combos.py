"""Choosing a value in a picker that may no longer offer it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def select_data(combo: QComboBox, value: object, name: str | None = None) -> None:
    """Select the item holding `value`. A value the list no longer offers (an item the beheerder
    retired, a code from an import) is added for this form, so that saving keeps it instead of
    quietly taking the first item."""
    index = combo.findData(value)
    if index < 0 and value is not None:
        combo.addItem(name or str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
