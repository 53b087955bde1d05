"""Names and addresses compared as people type them: without case, accents or the space in a postcode.

One fold for the whole application, so the search index, the search box, the duplicate check and
the masking of names in free text all agree that "Yilmaz" is "Yılmaz" and "6431 hx" is "6431HX".
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and a mark, as people type them
# on a Dutch keyboard: "Yilmaz" for "Yılmaz", "Lukasz" for "Łukasz".
_UNDECOMPOSED = str.maketrans(
    {
        "ı": "i",
        "İ": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "Ŧ": "t",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ð": "d",
        "Ð": "d",
        "ŀ": "l",
        "Ŀ": "l",
        "’": "'",
    }
)


def fold(text: str) -> str:
    """Lower case without diacritics: 'Çelik' and 'celik', 'Yılmaz' and 'yilmaz' compare equal."""
    if text.isascii():
        return text.lower()  # the common case, and the same result, at a fraction of the cost
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def same_words(a: str | None, b: str | None) -> bool:
    """Equal once folded and with runs of spaces made one: 'Van  der Berg' is 'van der berg'."""
    return " ".join(fold(a or "").split()) == " ".join(fold(b or "").split())


_POSTCODE = re.compile(r"\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*")


def postcode_key(value: str | None) -> str | None:
    """A Dutch postcode as 1234AB however it was typed ('6431 hx'); anything else trimmed, as typed."""
    if value is None:
        return None
    match = _POSTCODE.fullmatch(value)
    if match:
        return (match[1] + match[2]).upper()
    return value.strip() or None


# In folded search text: four digits and two letters, as two words or one, is a postcode. At the
# end of the text one letter will do ("6431 h"): the user is still typing it.
_POSTCODE_IN_TEXT = re.compile(r"\b([1-9][0-9]{3})\s+([a-z]{2}\b|[a-z]$)")


def join_postcodes(folded: str) -> str:
    """'6431 hx' → '6431hx' in already folded text, so that it is one word as in the index."""
    return _POSTCODE_IN_TEXT.sub(r"\1\2", folded)
