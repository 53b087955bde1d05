"""What the interface shows of an error or a text from the services: translated, with its parameters.

A service raises `InvalidInput("Casus {ref} hoort bij een ander gebied.", ref=...)` (domain/errors.py);
here the template is looked up under the context `CasusError` of resources/translations/casus_en.ts
and the parameters are filled in: codes by their translated names (ui/widgets/labels.py), nested
texts and errors translated the same way. In Dutch (no translation loaded) this gives exactly the
error's `message`.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from casus_app.domain import labels
from casus_app.domain.errors import CONTEXT, CasusError, Said, Text, Texts, fill
from casus_app.ui.widgets.labels import translated


def error_text(exc: BaseException) -> str:
    """The text to show for `exc`: a CasusError translated, anything else as Python words it."""
    if isinstance(exc, CasusError):
        return text_of(exc.text, fallback=exc.message)
    return str(exc)


def said_text(value: str) -> str:
    """A string from the services in the interface's language: a `Said` translated, any other as is."""
    return text_of(value.text, fallback=str(value)) if isinstance(value, Said) else value


def text_of(text: Text | str, *, fallback: str | None = None) -> str:
    """`text` in the interface's language; a plain string as it is."""
    if not isinstance(text, Text):
        return text
    template = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return fill(template, text.params, _param)
    except (KeyError, IndexError, ValueError):  # a translation that lost a parameter: say it in Dutch
        return fallback if fallback is not None else str(text)


def _joiner(word: str | None) -> str | None:
    # Each word spelled out in its own translate() call: the translation tools look for exactly that.
    if word == " en ":
        return QCoreApplication.translate("CasusError", " en ")
    if word == " of ":
        return QCoreApplication.translate("CasusError", " of ")
    return word


def _param(value: object) -> object:
    if isinstance(value, CasusError):
        return error_text(value)
    if isinstance(value, Text):
        return text_of(value)
    if isinstance(value, Texts):
        separator = _joiner(value.separator) or value.separator
        return Texts([], separator).join([str(_param(item)) for item in value.items], _joiner(value.last))
    if isinstance(value, Enum):
        names = labels.NAMES_BY_ENUM.get(type(value))
        return translated(names, str(value.value)) if names is not None else str(value.value)
    if isinstance(value, Said):
        return said_text(value)
    return value


def translated_text(text: str) -> str:
    """A Dutch text a service keeps as a string, marked with domain/errors.py `marked`, translated."""
    return QCoreApplication.translate(CONTEXT, text)
