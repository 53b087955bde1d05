"""Suggesting known names while a name is typed, e.g. the gezinscoaches in a plan's coach field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


def offer_names(edit: QLineEdit, names: Sequence[str]) -> None:
    """Suggest `names` in `edit` as the user types any part of one, in any case."""
    completer = QCompleter(list(names), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
