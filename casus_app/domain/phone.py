"""Dutch telephone numbers: checked and written one way, so a household can call or app the number.

Accepted: ten digits starting with 0 (06 for mobile, an area code for a landline, 085/088 and
the like), written with spaces, dashes, dots or brackets, or with +31 / 0031 instead of the 0
("+31 (0)6 …" too); and the short service numbers 0800/0900/0906/0909 with four or seven more
digits. Shown as 06-12345678, 045-5601234, 0118-123456 or 0800-1234.
"""

from __future__ import annotations

import re

from casus_app.domain.errors import InvalidInput

# Area codes of three digits (with the 0); every other landline has a four-digit area code.
_SHORT_AREA_CODES = frozenset(
    {
        "010",
        "013",
        "015",
        "020",
        "023",
        "024",
        "026",
        "030",
        "033",
        "035",
        "036",
        "038",
        "040",
        "043",
        "045",
        "046",
        "050",
        "053",
        "055",
        "058",
        "070",
        "071",
        "072",
        "073",
        "074",
        "075",
        "076",
        "077",
        "078",
        "079",
        "082",
        "084",
        "085",
        "087",
        "088",
        "091",
    }
)
_SERVICE = ("0800", "0900", "0906", "0909")
_ALLOWED = re.compile(r"^\+?[\d\s\-.()/]+$")
MAX_LENGTH = 20


def normalise_phone(text: str | None) -> str | None:
    """The number written the one way Casus shows it; None when empty. A number that cannot be a
    Dutch telephone number is refused with a Dutch message that says what to type."""
    raw = (text or "").strip()
    if not raw:
        return None
    refusal = InvalidInput(
        "'{raw}' is geen Nederlands telefoonnummer. Typ tien cijfers, zoals 06-12345678 of "
        "045-5601234 (+31 mag ook), of laat het veld leeg.",
        raw=raw,
    )
    if not _ALLOWED.match(raw) or len(raw) > 30:
        raise refusal
    digits = re.sub(r"\D", "", raw.replace("(0)", ""))
    if raw.startswith("+"):
        if not digits.startswith("31"):
            raise InvalidInput(
                "'{raw}' is een buitenlands nummer. Casus bewaart alleen Nederlandse nummers, zoals "
                "06-12345678.",
                raw=raw,
            )
        digits = "0" + digits[2:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    if digits.startswith(_SERVICE) and len(digits) in (8, 11):
        return f"{digits[:4]}-{digits[4:]}"
    if len(digits) != 10 or not digits.startswith("0") or digits.startswith("00"):
        raise refusal
    if digits.startswith("06"):
        return f"06-{digits[2:]}"
    split = 3 if digits[:3] in _SHORT_AREA_CODES else 4
    return f"{digits[:split]}-{digits[split:]}"
