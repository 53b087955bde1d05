"""Checks of single fields of the exchange format, with Dutch messages.

Every check appends `(place, message)` to `out` and returns the value when it is usable, else None.
Places are built only when there is an error: a 100,000-case file has millions of valid fields.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

Errors = list[tuple[str, str]]

MISSING: Any = object()
CODE_MAX = 64

REQUIRED = "verplicht veld ontbreekt"
_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_POSTCODE = re.compile(r"[1-9][0-9]{3} ?[A-Za-z]{2}")
_valid_dates: dict[str, bool] = {}


def quote(value: Any, limit: int = 60) -> str:
    """The value as a coordinator would recognise it in the file, shortened."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def describe(value: Any) -> str:
    """What a value is, in plain Dutch: 'tekst', 'een getal', …"""
    if value is None:
        return "leeg (null)"
    if isinstance(value, bool):
        return f"een ja/nee-waarde ({'true' if value else 'false'})"
    if isinstance(value, int | float):
        return f"een getal ({value!r})"
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
            message = REQUIRED + " (de waarde is leeg)" if required else "mag niet leeg (null) zijn"
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
) -> str | None:
    value = obj.get(key, MISSING)
    if type(value) is str and len(value) >= min_len and (max_len is None or len(value) <= max_len):
        if not_blank and not value.strip():
            out.append((at(base, key), "mag niet leeg zijn (alleen spaties)"))
            return None
        return value
    stop, value = _absent(obj, key, base, out, required, nullable)
    if stop:
        return None
    if type(value) is not str:
        out.append((at(base, key), f"moet tekst zijn, maar is {describe(value)}"))
    elif len(value) < min_len:
        out.append((at(base, key), "mag niet leeg zijn"))
    else:
        out.append((at(base, key), f"is te lang ({len(value)} tekens; maximaal {max_len})"))
    return None


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
    if type(value) is str and 0 < len(value) <= CODE_MAX:
        return value
    return text(obj, key, base, out, required=True, min_len=1, max_len=CODE_MAX)


def opt_code(obj: dict, key: str, base: str, out: Errors) -> str | None:
    """An optional code, null allowed."""
    value = obj.get(key)
    if value is None or (type(value) is str and 0 < len(value) <= CODE_MAX):
        return value
    return text(obj, key, base, out, nullable=True, min_len=1, max_len=CODE_MAX)


def req_text(obj: dict, key: str, base: str, out: Errors) -> str | None:
    """Required text, not empty."""
    value = obj.get(key)
    if type(value) is str and value:
        return value
    return text(obj, key, base, out, required=True, min_len=1)


def opt_text(obj: dict, key: str, base: str, out: Errors) -> str | None:
    """Optional text, null allowed, may be empty."""
    value = obj.get(key)
    if value is None or type(value) is str:
        return value
    return text(obj, key, base, out, nullable=True)


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
        if type(value) is str and 0 < len(value) <= CODE_MAX:
            if value not in known:
                out.append((f"{place}[{k}]", unknown_code(list_key, value)))
        elif type(value) is not str:
            out.append((f"{place}[{k}]", f"moet een code (tekst) zijn, maar is {describe(value)}"))
        elif not value:
            out.append((f"{place}[{k}]", "mag niet leeg zijn"))
        else:
            out.append((f"{place}[{k}]", f"is te lang ({len(value)} tekens; maximaal {CODE_MAX})"))


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
        out.append((at(base, key), f"postcode {quote(value)} is ongeldig; schrijf die als 1234AB of 1234 AB"))


def score(obj: dict, key: str, base: str, out: Errors) -> None:
    value = obj.get(key, MISSING)
    if type(value) is int and 1 <= value <= 5:
        return
    stop, value = _absent(obj, key, base, out, True, False)
    if not stop:
        shown = describe(value) if type(value) is not int else str(value)
        out.append((at(base, key), f"moet een geheel getal van 1 tot en met 5 zijn, maar is {shown}"))


def amount(obj: dict, key: str, base: str, out: Errors) -> None:
    """An amount in euros: a number of zero or more, or null."""
    value = obj.get(key, MISSING)
    if type(value) in (int, float):
        if not math.isfinite(value):
            out.append((at(base, key), "is geen bruikbaar bedrag (te groot)"))
        elif value < 0:
            out.append((at(base, key), f"mag niet negatief zijn ({value!r})"))
        return
    stop, value = _absent(obj, key, base, out, False, True)
    if not stop:
        out.append((at(base, key), f"moet een bedrag in euro's zijn (een getal), maar is {describe(value)}"))
