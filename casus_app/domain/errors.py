"""Errors a user can cause. Each carries a Dutch text that the CLI prints and the interface translates.

An error is a template with parameters, `InvalidInput("Casus {ref} hoort bij een ander gebied.",
ref=case.ref)`: `message` is the Dutch text with the parameters filled in (what the CLI prints and
the files say); the interface looks the template up in its translations (context `CONTEXT`) and
fills in the same parameters (ui/widgets/errors.py). A parameter is a plain value (a name, a
reference, a number, a date), a code of domain/enums.py (filled in as its name in labels.py), a
`Text` (a Dutch sentence of its own, translated the same way), a `Texts` (several, joined) or
another `CasusError`. scripts/translations.py collects every template: a string literal as first
argument of a `CasusError` subclass, of `Text` or of `marked` (a text a service keeps as a string).
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any

from casus_app.domain import labels

CONTEXT = "CasusError"  # the translation context of every template


class Text:
    """A Dutch template with its parameters; `str()` is the Dutch text."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return fill(self.template, self.params, dutch_value)

    def __repr__(self) -> str:
        return f"Text({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (other.template, other.params) == (self.template, self.params)

    def __hash__(self) -> int:
        return hash(self.template)


class Said(str):
    """A Dutch text (it is the string) that keeps the `Text` it was made from, so that a value code
    and files use as plain Dutch can still be translated by the interface (`.text`)."""

    text: Text

    def __new__(cls, text: Text) -> Said:
        said = super().__new__(cls, str(text))
        said.text = text
        return said


def marked(text: str) -> str:
    """Marks a Dutch text that a service keeps as a plain string (a heading, a definition) for the
    interface to translate under `CONTEXT`; returns it unchanged. scripts/translations.py collects
    the literal, ui/widgets/errors.py `translated_text` looks it up."""
    return text


class Texts:
    """Several texts (or plain values) one after the other, joined by `separator` (the last two
    by `last`, " en ", when given: the interface translates that word)."""

    def __init__(self, items: Iterable[object], separator: str = "; ", *, last: str | None = None) -> None:
        self.items = list(items)
        self.separator = separator
        self.last = last

    def __str__(self) -> str:
        return self.join([str(dutch_value(item)) for item in self.items], self.last)

    def join(self, parts: list[str], last: str | None) -> str:
        if last is None or len(parts) < 2:
            return self.separator.join(parts)
        return self.separator.join(parts[:-1]) + last + parts[-1]

    def __repr__(self) -> str:
        return f"Texts({self.items!r}, {self.separator!r})"


class _Formatter(string.Formatter):
    """str.format, plus the format specs `lower` (a name mid-sentence: `{kind:lower}`) and `capital`
    (a text that starts a sentence: `{change:capital}`)."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec == "lower":
            return str(value).lower()
        if format_spec == "capital":
            text = str(value)
            return text[:1].upper() + text[1:]
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()


def fill(template: str, params: Mapping[str, object], convert: Any) -> str:
    """`template` with every parameter converted by `convert`; a template without parameters as is."""
    if not params:
        return template
    return _FORMATTER.format(template, **{key: convert(value) for key, value in params.items()})


def dutch_value(value: object) -> object:
    """A parameter as the Dutch text shows it: a code by its name, a text filled in."""
    if isinstance(value, Enum):
        names = labels.NAMES_BY_ENUM.get(type(value))
        return names.get(value, str(value.value)) if names is not None else str(value.value)
    if isinstance(value, Text | Texts | CasusError):
        return str(value)
    return value


class CasusError(Exception):
    """Base for every error a user can cause; `message` is Dutch and says what to do."""

    def __init__(self, template: str | Text, /, **params: object) -> None:
        if isinstance(template, Said):  # a Dutch string that knows its template
            template = template.text
        if isinstance(template, Text):  # a text made elsewhere (a rule's refusal, a helper's advice)
            params = {**template.params, **params}
            template = template.template
        message = fill(template, params, dutch_value)
        super().__init__(message)
        self.message = message
        self.template = template
        self.params: dict[str, object] = params

    @property
    def text(self) -> Text:
        """The template and its parameters, for the interface to translate."""
        return Text(self.template, **self.params)


class WrongPassword(CasusError):
    pass


class PermissionDenied(CasusError):
    pass


class RegisterUnavailable(CasusError):
    """The register cannot be opened: missing, locked, damaged, on a network share, too new."""


class DamagedKeySlots(RegisterUnavailable):
    pass


class DamagedDatabase(RegisterUnavailable):
    pass


class NotFound(CasusError):
    pass


class InvalidInput(CasusError):
    pass


class ImportRejected(CasusError):
    """An exchange file was refused; `errors` lists every problem as (place, Dutch message)."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        self.errors = errors
        lines = [f"{place}: {text}" if place else text for place, text in errors[:50]]
        more = len(errors) - 50
        if more > 0:
            lines.append(str(Text("… en nog {count} fouten", count=more)))
        super().__init__(
            "Het bestand is niet ingelezen: {count} fout(en) gevonden. Er is niets gewijzigd.\n{lines}",
            count=len(errors),
            lines="\n".join(lines),
        )
