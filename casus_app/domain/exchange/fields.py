"""Checks of single fields of the exchange format, with Dutch messages.

Every check appends `(place, message)` to `out` and returns the value when it is usable, else None.
Places are built only when there is an error: a 100,000-case file has millions of valid fields.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from casus_app.domain.errors import Said, Text

Errors = list[tuple[str, str]]

MISSING: Any = object()

# Maximum lengths in characters, per kind of text field (documented in the beheerder's guide,
# "Importeren en exporteren"). Generous for anything a person types, but a file cannot push a
# 60 MB "samenvatting" into the register, onto a screen or into a PDF.
CODE_MAX = 64  # codes of the reference lists and casusnummers (the columns are String(64))
REF_MAX = 64  # refs of betrokkenen, afspraken, doorbraken and overleggen
NAME_MAX = 200  # names (of people, gebieden, buurten, organisaties …), straat, plaats, gezinscoach
ROLE_MAX = 64  # rol of a betrokkene
HOUSE_MAX = 16  # huisnummer, toevoeging
DESCRIPTION_MAX = 5_000  # omschrijving of an afspraak or a doorbraak
TEXT_MAX = 100_000  # free text: samenvatting, perspectief, notitie
AMOUNT_MAX = 10_000_000  # kosten_eur of one doorbraak

REQUIRED = Said(Text("verplicht veld ontbreekt"))
_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_POSTCODE = re.compile(r"[1-9][0-9]{3} ?[A-Za-z]{2}")
_valid_dates: dict[str, bool] = {}

# Characters no text of the format may hold: control characters (a NUL, a bell), lone surrogates
# (no character at all; they cannot even be stored as UTF-8) and the bidirectional embedding,
# override and isolate controls, which make a name show as something else than it is ("Trojan
# Source"). Free text may hold tabs and line ends; a one-line field (a name, a code) may not, nor
# the invisible direction marks and line or paragraph separators.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_BIDI_CONTROL = "\u202a-\u202e\u2066-\u2069"
_NOT_TEXT = "\ud800-\udfff\ufffe\uffff"
_BAD_IN_FREE_TEXT = re.compile(f"[{_CONTROL}{_BIDI_CONTROL}{_NOT_TEXT}]")
_BAD_IN_LINE = re.compile(f"[\t\n\r{_CONTROL}{_BIDI_CONTROL}\u061c\u200e\u200f\u2028\u2029{_NOT_TEXT}]")
_bad_in_line = _BAD_IN_LINE.search


def printable(text: str) -> str:
    """`text` safe to print: every character that a one-line field may not hold as a \\uXXXX code."""
    return _BAD_IN_LINE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def quote(value: Any, limit: int = 60) -> str:
    """The value as a coordinator would recognise it in the file, shortened and safe to print."""
    text = (
        value if isinstance(value, str) else _number(value) if isinstance(value, int | float) else repr(value)
    )
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{printable(text)}'"


def _number(value: int | float) -> str:
    text = repr(value)
    return text if len(text) <= 20 else f"{text[:12]}… ({len(text)} cijfers)"


def bad_character(value: str, free: bool) -> str | None:
    """A Dutch message when `value` holds a character that no such field may hold, else None."""
    match = (_BAD_IN_FREE_TEXT if free else _BAD_IN_LINE).search(value)
    if match is None:
        return None
    char = match.group()
    number = ord(char)
    if 0xD800 <= number <= 0xDFFF or number in (0xFFFE, 0xFFFF):
        what = Text("een ongeldige tekencode (geen bestaand teken)")
    elif 0x202A <= number <= 0x202E or 0x2066 <= number <= 0x2069 or number in (0x061C, 0x200E, 0x200F):
        what = Text("een onzichtbaar teken dat de leesrichting verandert")
    elif char in "\n\r\u2028\u2029":
        what = Text("een regeleinde, dat in dit veld niet mag")
    elif char == "\t":
        what = Text("een tab, die in dit veld niet mag")
    else:
        what = Text("een onzichtbaar stuurteken")
    return Said(
        Text(
            "bevat {what} ({code}, teken {position}); verwijder dat teken",
            what=what,
            code=f"U+{number:04X}",
            position=match.start() + 1,
        )
    )


def describe(value: Any) -> str:
    """What a value is, in plain Dutch: 'tekst', 'een getal', …"""
    if value is None:
        return "leeg (null)"
    if isinstance(value, bool):
        return f"een ja/nee-waarde ({'true' if value else 'false'})"
    if isinstance(value, int | float):
        return f"een getal ({_number(value)})"
    if isinstance(value, str):
        return f"tekst ({quote(value)})"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een object"
    return "een onbekende waarde"


def at(base: str, key: str) -> str:
    return f"{base}.{key}" if base else key


def is_real_date(text: str) -> bool:
    """True for an existing calendar date written as YYYY-MM-DD (2026-02-30 is not)."""
    known = _valid_dates.get(text)
    if known is not None:
        return known
    ok = _DATE_SHAPE.fullmatch(text) is not None
    if ok:
        try:
            date.fromisoformat(text)
        except ValueError:
            ok = False
    if len(_valid_dates) < 100_000:
        _valid_dates[text] = ok
    return ok


def _absent(obj: dict, key: str, base: str, out: Errors, required: bool, nullable: bool) -> tuple[bool, Any]:
    """(stop, value): stop is True when the field is missing or null, with an error where that is wrong."""
    value = obj.get(key, MISSING)
    if value is MISSING:
        if required:
            out.append((at(base, key), REQUIRED))
        return True, None
    if value is None:
        if not nullable:
            message = (
                Said(Text("verplicht veld ontbreekt (de waarde is leeg)"))
                if required
                else Said(Text("mag niet leeg (null) zijn"))
            )
            out.append((at(base, key), message))
        return True, None
    return False, value


def text(
    obj: dict,
    key: str,
    base: str,
    out: Errors,
    *,
    required: bool = False,
    nullable: bool = False,
    min_len: int = 0,
    max_len: int | None = None,
    not_blank: bool = False,
    free: bool = False,
) -> str | None:
    """Text of at most `max_len` characters (default: TEXT_MAX for free text, else NAME_MAX)."""
    limit = max_len if max_len is not None else TEXT_MAX if free else NAME_MAX
    value = obj.get(key, MISSING)
    if type(value) is str and min_len <= len(value) <= limit and bad_character(value, free) is None:
        if not_blank and not value.strip():
            out.append((at(base, key), Said(Text("mag niet leeg zijn (alleen spaties)"))))
            return None
        return value
    stop, value = _absent(obj, key, base, out, required, nullable)
    if stop:
        return None
    problem = text_problem(value, min_len, limit, free)
    if problem is not None:
        out.append((at(base, key), problem))
    return None


def text_problem(value: Any, min_len: int, max_len: int, free: bool) -> str | None:
    """Why `value` is not usable as text of min_len…max_len characters (Dutch), or None."""
    if type(value) is not str:
        return f"moet tekst zijn, maar is {describe(value)}"
    if len(value) < min_len:
        return Said(Text("mag niet leeg zijn"))
    if len(value) > max_len:
        return Said(Text("is te lang ({length} tekens; maximaal {most})", length=len(value), most=max_len))
    return bad_character(value, free)


def code(
    obj: dict, key: str, base: str, out: Errors, *, required: bool = False, nullable: bool = False
) -> str | None:
    """A code from a reference list: text of 1 to 64 characters."""
    return text(obj, key, base, out, required=required, nullable=nullable, min_len=1, max_len=CODE_MAX)


def date_text(
    obj: dict, key: str, base: str, out: Errors, *, required: bool = False, nullable: bool = False
) -> str | None:
    """An ISO date; returned as its text, which orders like the date itself."""
    value = obj.get(key, MISSING)
    if type(value) is str and is_real_date(value):
        return value
    stop, value = _absent(obj, key, base, out, required, nullable)
    if stop:
        return None
    if type(value) is not str:
        out.append((at(base, key), f"moet een datum zijn (JJJJ-MM-DD), maar is {describe(value)}"))
    elif _DATE_SHAPE.fullmatch(value) is None:
        out.append(
            (at(base, key), f"{quote(value)} is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-04-09)")
        )
    else:
        out.append((at(base, key), f"{quote(value)} is geen bestaande datum"))
    return None


def choice(
    obj: dict,
    key: str,
    base: str,
    out: Errors,
    allowed: frozenset[str],
    *,
    required: bool = False,
    nullable: bool = False,
) -> str | None:
    value = obj.get(key, MISSING)
    if type(value) is str and value in allowed:
        return value
    stop, value = _absent(obj, key, base, out, required, nullable)
    if stop:
        return None
    options = ", ".join(sorted(allowed))
    if type(value) is not str:
        out.append((at(base, key), f"moet een van deze waarden zijn: {options}; maar is {describe(value)}"))
    else:
        out.append((at(base, key), f"onbekende waarde {quote(value)}; kies uit: {options}"))
    return None


def array(obj: dict, key: str, base: str, out: Errors, *, required: bool = False) -> list | None:
    value = obj.get(key, MISSING)
    if type(value) is list:
        return value
    stop, value = _absent(obj, key, base, out, required, False)
    if not stop:
        out.append((at(base, key), f"moet een lijst zijn, maar is {describe(value)}"))
    return None


def mapping(
    obj: dict, key: str, base: str, out: Errors, *, required: bool = False, nullable: bool = False
) -> dict | None:
    value = obj.get(key, MISSING)
    if type(value) is dict:
        return value
    stop, value = _absent(obj, key, base, out, required, nullable)
    if not stop:
        out.append(
            (at(base, key), f"moet een object zijn (met velden tussen {{ }}), maar is {describe(value)}")
        )
    return None


# Fast paths for the common shapes: positional arguments, the valid case first.


def req_code(obj: dict, key: str, base: str, out: Errors) -> str | None:
    """A required code: text of 1 to 64 characters."""
    value = obj.get(key)
    if type(value) is str and 0 < len(value) <= CODE_MAX and _bad_in_line(value) is None:
        return value
    return text(obj, key, base, out, required=True, min_len=1, max_len=CODE_MAX)


def opt_code(obj: dict, key: str, base: str, out: Errors) -> str | None:
    """An optional code, null allowed."""
    value = obj.get(key)
    if value is None or (type(value) is str and 0 < len(value) <= CODE_MAX and _bad_in_line(value) is None):
        return value
    return text(obj, key, base, out, nullable=True, min_len=1, max_len=CODE_MAX)


def req_text(obj: dict, key: str, base: str, out: Errors, max_len: int = NAME_MAX) -> str | None:
    """Required one-line text, not empty."""
    value = obj.get(key)
    if type(value) is str and 0 < len(value) <= max_len and _bad_in_line(value) is None:
        return value
    return text(obj, key, base, out, required=True, min_len=1, max_len=max_len)


def opt_text(obj: dict, key: str, base: str, out: Errors, max_len: int = NAME_MAX) -> str | None:
    """Optional one-line text, null allowed, may be empty."""
    value = obj.get(key)
    if value is None or (type(value) is str and len(value) <= max_len and _bad_in_line(value) is None):
        return value
    return text(obj, key, base, out, nullable=True, max_len=max_len)


def free_text(obj: dict, key: str, base: str, out: Errors, max_len: int = TEXT_MAX) -> str | None:
    """Optional free text (line ends and tabs allowed), null allowed, may be empty."""
    return text(obj, key, base, out, nullable=True, max_len=max_len, free=True)


def req_date(obj: dict, key: str, base: str, out: Errors) -> str | None:
    value = obj.get(key)
    if type(value) is str and _valid_dates.get(value):
        return value
    return date_text(obj, key, base, out, required=True)


def opt_date(obj: dict, key: str, base: str, out: Errors) -> str | None:
    """An optional date, null allowed."""
    value = obj.get(key)
    if value is None or (type(value) is str and _valid_dates.get(value)):
        return value
    return date_text(obj, key, base, out, nullable=True)


_CODE_NAMES = {
    "gebieden": "gebiedscode",
    "organisaties": "organisatiecode",
    "categorieen": "categoriecode",
    "afsluitredenen": "afsluitredencode",
    "doorbraaktypen": "doorbraaktypecode",
}


def unknown_code(list_key: str, value: str) -> str:
    return (
        f"onbekende {_CODE_NAMES[list_key]} {quote(value)}: "
        f"voeg die toe aan '{list_key}' of gebruik een bestaande code"
    )


def code_list(values: list, place: str, known: set[str], list_key: str, out: Errors) -> None:
    """A list of codes, each of which must be in `known`."""
    for k, value in enumerate(values):
        if type(value) is str and 0 < len(value) <= CODE_MAX and _bad_in_line(value) is None:
            if value not in known:
                out.append((f"{place}[{k}]", unknown_code(list_key, value)))
        elif type(value) is not str:
            out.append((f"{place}[{k}]", f"moet een code (tekst) zijn, maar is {describe(value)}"))
        else:
            out.append((f"{place}[{k}]", text_problem(value, 1, CODE_MAX, False) or ""))


def not_before(later: str | None, earlier: str | None, place: str, message: str, out: Errors) -> None:
    """Dates as ISO text order like the dates; `message` has {later} and {earlier}."""
    if later is not None and earlier is not None and later < earlier:
        out.append((place, message.format(later=later, earlier=earlier)))


def is_record(value: Any, place: str, out: Errors) -> bool:
    """A list item that must be an object."""
    if type(value) is dict:
        return True
    out.append((place, f"moet een object zijn (met velden tussen {{ }}), maar is {describe(value)}"))
    return False


def postcode(obj: dict, key: str, base: str, out: Errors) -> None:
    value = text(obj, key, base, out, nullable=True)
    if value is not None and _POSTCODE.fullmatch(value) is None:
        out.append(
            (
                at(base, key),
                Said(
                    Text(
                        "postcode {value} is ongeldig; schrijf die als 1234AB of 1234 AB", value=quote(value)
                    )
                ),
            )
        )


def score(obj: dict, key: str, base: str, out: Errors) -> None:
    value = obj.get(key, MISSING)
    if type(value) is int and 1 <= value <= 5:
        return
    stop, value = _absent(obj, key, base, out, True, False)
    if not stop:
        what = describe(value) if type(value) is not int else _number(value)
        out.append((at(base, key), f"moet een geheel getal van 1 tot en met 5 zijn, maar is {what}"))


def amount(obj: dict, key: str, base: str, out: Errors) -> None:
    """An amount in euros: a number from zero to AMOUNT_MAX, or null."""
    value = obj.get(key, MISSING)
    if type(value) in (int, float):
        if type(value) is float and not math.isfinite(value):
            out.append((at(base, key), "is geen bruikbaar bedrag (te groot)"))
        elif value < 0:
            out.append((at(base, key), f"mag niet negatief zijn ({_number(value)})"))
        elif value > AMOUNT_MAX:
            out.append((at(base, key), f"is te hoog ({_number(value)}; maximaal {AMOUNT_MAX} euro)"))
        return
    stop, value = _absent(obj, key, base, out, False, True)
    if not stop:
        out.append((at(base, key), f"moet een bedrag in euro's zijn (een getal), maar is {describe(value)}"))
