"""Names in free text: comparing them loosely, and making them unrecognisable.

Used where one person's data is shown or erased: an inzage overview must not reveal the other
people of a case (AVG art. 15(4)), and an erasure removes the person's name from the notes too.
Only names Casus knows (its betrokkenen) can be found; other names in free text cannot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The fold lives in the domain so that the search index (storage) folds alike; it stays part of
# this module's API.
from casus_app.domain.text_fold import fold

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
MIN_TOKEN = 2  # a single letter (an initial) is not replaced: it would hit every word "a" or "u"


def tokens(*parts: str | None) -> list[str]:
    """The folded words of a name, e.g. ('Jan', 'de', 'Vries-Smit') → ['jan', 'de', 'vries', 'smit']."""
    return [fold(word) for part in parts if part for word in _WORD.findall(part)]


def name_words(first_name: str | None, last_name: str | None) -> set[str]:
    """The words that identify someone: first and last name, not the infix ('de', 'van')."""
    return {word for word in tokens(first_name, last_name) if len(word) >= MIN_TOKEN}


def redact(text: str | None, words: Iterable[str], replacement: str) -> str | None:
    """`text` with every whole word that folds to one of `words` replaced; runs of them become one."""
    if not text:
        return text
    targets = {fold(w) for w in words if len(w) >= MIN_TOKEN}
    if not targets:
        return text
    pieces: list[str] = []
    last = 0
    previous_was_name = False
    for match in _WORD.finditer(text):
        if fold(match.group()) not in targets:
            previous_was_name = False
            continue
        between = text[last : match.start()]
        if previous_was_name and not between.strip():
            # "Sanne Voorbeeld" is one person: one replacement, not two.
            last = match.end()
            continue
        pieces.append(between)
        pieces.append(replacement)
        last = match.end()
        previous_was_name = True
    pieces.append(text[last:])
    return "".join(pieces)
