"""Amounts in euro as people type them: "€ 9.000,-", "9000", "9.000", "9000,50", "€9.000,00".

Dutch notation: a point groups thousands, a comma starts the cents, ",-" means whole euros. A
single point followed by one or two digits ("1850.50") is read as the cents too, since no one
groups thousands that way. Anything else is refused with a Dutch message, so a typing error never
becomes a different amount.
"""

from __future__ import annotations

import re

from casus_app.domain.errors import InvalidInput

_CURRENCY = re.compile(r"^(€|eur(o|o's)?\b)|(€|\beur(o|o's)?)$", re.IGNORECASE)
_GROUPED = re.compile(r"^(?P<whole>\d{1,3}(\.\d{3})+|\d+)(,(?P<cents>\d{1,2}|-{1,2}))?$")
_DECIMAL_POINT = re.compile(r"^(?P<whole>\d+)\.(?P<cents>\d{1,2})$")


def parse_amount(text: str | None, what: str) -> float | None:
    """The amount `text` stands for, in euro; None when empty (unknown). `what` names the field in
    the message when the text is not an amount."""
    plain = " ".join((text or "").split())
    if not plain:
        return None
    for _ in range(2):  # "€ 9.000 euro" is still one amount
        plain = _CURRENCY.sub("", plain).strip()
    plain = plain.replace(" ", "")
    if plain.startswith("-"):
        raise InvalidInput("{what}: een bedrag kan niet negatief zijn. Vul 0 of meer in.", what=what)
    match = (_GROUPED.match(plain) or _DECIMAL_POINT.match(plain)) if plain else None
    if match is None:
        raise InvalidInput(
            "{what}: '{text}' is geen bedrag. Schrijf het in euro's, zoals 9000, 9.000, 9.000,50 of € "
            "9.000,-, of laat het leeg als het onbekend is.",
            what=what,
            text=text,
        )
    whole = int(match["whole"].replace(".", ""))
    cents = match["cents"] or ""
    cents = "0" if not cents or cents.startswith("-") else cents.ljust(2, "0")
    return round(whole + int(cents) / 100, 2)
