"""Recognising the betrokkenen of a case in free text, and masking them.

A note typed as "Mevr. Brüel (Akerstraat 77) … zoon Kevin Bruel" names people whom a projected
screen or a verslag must not name. Casus knows who the betrokkenen of a case are, so it can find
their names (folded for accents and case), their street with house number, their postcode and
their birth dates in any text, and put a mark such as "[naam]" in their place. Names Casus does
not know cannot be found: that is why presentation mode also hides free text until it is asked for.

Plain Python without a register: the services collect the identifiers, the interface and the
reports apply them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from casus_app.domain.errors import marked
from casus_app.services.privacy.redaction import MIN_TOKEN, fold, name_words, tokens

# Codes that are also the Dutch names (the interface translates them: `marked`).
NAME, ADDRESS, POSTCODE, BIRTH_DATE = (
    marked("naam"),
    marked("adres"),
    marked("postcode"),
    marked("geboortedatum"),
)
MARKS = {NAME: "[naam]", ADDRESS: "[adres]", POSTCODE: "[postcode]", BIRTH_DATE: "[geboortedatum]"}

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_MONTHS = (
    ("januari", "jan"),
    ("februari", "feb", "febr"),
    ("maart", "mrt", "mar"),
    ("april", "apr"),
    ("mei",),
    ("juni", "jun"),
    ("juli", "jul"),
    ("augustus", "aug"),
    ("september", "sep", "sept"),
    ("oktober", "okt", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)


@dataclass(frozen=True)
class Person:
    """What identifies one betrokkene."""

    first_name: str | None
    infix: str | None
    last_name: str | None
    birth_date: dt.date | None = None


@dataclass(frozen=True)
class Address:
    street: str | None
    house_number: str | None
    house_suffix: str | None = None
    postcode: str | None = None


@dataclass(frozen=True)
class Identifiers:
    """The names, addresses and birth dates of some betrokkenen, ready to be searched for."""

    names: frozenset[str] = frozenset()  # folded name words (first and last names)
    glue: frozenset[str] = frozenset()  # folded infixes ("van", "de"): part of a name between two names
    birth_dates: frozenset[dt.date] = frozenset()
    addresses: frozenset[Address] = frozenset()
    _patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.names or self.birth_dates or self.addresses)

    def __or__(self, other: Identifiers) -> Identifiers:
        return Identifiers(
            self.names | other.names,
            self.glue | other.glue,
            self.birth_dates | other.birth_dates,
            self.addresses | other.addresses,
        )

    def patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """Regular expressions over folded text, built once."""
        if not self._patterns and (self.birth_dates or self.addresses):
            self._patterns.extend(_address_patterns(self.addresses))
            self._patterns.extend((BIRTH_DATE, p) for p in _date_patterns(self.birth_dates))
        return self._patterns


def identifiers(persons: Iterable[Person] = (), addresses: Iterable[Address] = ()) -> Identifiers:
    persons, addresses = list(persons), list(addresses)
    names: set[str] = set()
    glue: set[str] = set()
    for person in persons:
        names |= name_words(person.first_name, person.last_name)
        glue |= set(tokens(person.infix))
    return Identifiers(
        frozenset(names),
        frozenset(glue - names),
        frozenset(p.birth_date for p in persons if p.birth_date),
        frozenset(a for a in addresses if (a.street and a.house_number) or a.postcode),
    )


def merge(parts: Iterable[Identifiers]) -> Identifiers:
    result = Identifiers()
    for part in parts:
        result = result | part
    return result


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str  # NAME, ADDRESS, POSTCODE or BIRTH_DATE
    text: str  # as it stands in the text


def find(text: str | None, ids: Identifiers) -> list[Found]:
    """Every place in `text` that names one of the betrokkenen, in order, without overlaps."""
    if not text or not ids:
        return []
    folded, origin = _folded(text)
    spans: list[tuple[int, int, str]] = []
    for kind, pattern in ids.patterns():
        spans.extend((m.start(), m.end(), kind) for m in pattern.finditer(folded) if m.end() > m.start())
    spans.extend(_name_spans(folded, ids))
    # Longest first at each start; then drop what overlaps an earlier, kept span.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    result = []
    for start, end, kind in kept:
        begin, stop = origin[start], origin[end - 1] + 1
        while stop < len(text) and unicodedata.combining(text[stop]):
            stop += 1  # an accent typed after the letter belongs to the name
        result.append(Found(begin, stop, kind, text[begin:stop]))
    return result


def mask(text: str | None, ids: Identifiers, *, keep: Iterable[Found] = ()) -> str | None:
    """`text` with every betrokkene's name, address and birth date replaced by its mark, except `keep`."""
    if not text:
        return text
    return replace(text, [(f, MARKS[f.kind]) for f in find(text, ids) if f not in set(keep)])


def replace(text: str, replacements: Iterable[tuple[Found, str]]) -> str:
    """`text` with each found place replaced by its text (the places do not overlap)."""
    out, last = [], 0
    for found, new in sorted(replacements, key=lambda r: r[0].start):
        out.append(text[last : found.start])
        out.append(new)
        last = found.end
    out.append(text[last:])
    return "".join(out)


def contains(text: str | None, ids: Identifiers) -> bool:
    return bool(find(text, ids))


# -- how the text is searched ------------------------------------------------------------------------


def _folded(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index of the character it came from."""
    parts, origin = [], []
    for index, char in enumerate(text):
        folded = fold(char)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def _name_spans(folded: str, ids: Identifiers) -> list[tuple[int, int, str]]:
    """Name words; a run of them, infixes included ("Kevin van Brüel"), is one span."""
    spans: list[tuple[int, int, str]] = []
    run_end: int | None = None  # where the current run of names (and infixes after one) ends
    for match in _WORD.finditer(folded):
        word = match.group()
        stem = word.split("'")[0]  # "sabbagh's" is Sabbagh's
        adjacent = run_end is not None and not folded[run_end : match.start()].strip(" \t\r\n-")
        if len(stem) >= MIN_TOKEN and (word in ids.names or stem in ids.names):
            if adjacent:
                spans[-1] = (spans[-1][0], match.end(), NAME)
            else:
                spans.append((match.start(), match.end(), NAME))
            run_end = match.end()
        elif adjacent and word in ids.glue:
            run_end = match.end()  # the span grows over it only when a name follows
        else:
            run_end = None
    return spans


def _words_pattern(text: str) -> str:
    """A phrase as a pattern over folded text: its words with any spacing or hyphen between them."""
    return r"[\s\-]*".join(re.escape(w) for w in re.findall(r"[^\W_]+", fold(text)))


def _address_patterns(addresses: Iterable[Address]) -> list[tuple[str, re.Pattern[str]]]:
    found: list[tuple[str, re.Pattern[str]]] = []
    for address in addresses:
        number = ""
        if address.house_number:
            suffix = fold(address.house_suffix or "")
            number = re.escape(fold(address.house_number).strip())
            # "77", "77a", "77 A", "77-a"; a suffix not on file only when it sticks to the number.
            number += (
                rf"(?:\s*-?\s*{re.escape(suffix)}(?![^\W_])|[a-z](?![^\W_]))?"
                if suffix
                else r"(?:[a-z](?![^\W_]))?"
            )  # noqa: E501
        if address.street and number:
            street = _words_pattern(address.street)
            if street.endswith("straat"):
                street = street[: -len("straat")] + r"str(?:aat|\.)?"
            pattern = rf"(?<![^\W_]){street}\s*,?\s*(?:nr\.?\s*)?0*{number}(?!\d)"
            found.append((ADDRESS, re.compile(pattern)))
        if address.postcode:
            code = fold(address.postcode).replace(" ", "")
            digits, letters = code[:4], code[4:]
            postcode = rf"(?<![^\W_]){re.escape(digits)}\s?{re.escape(letters)}(?![^\W_])"
            if number:
                found.append((ADDRESS, re.compile(rf"{postcode}\s*,?\s*0*{number}(?!\d)")))
            found.append((POSTCODE, re.compile(postcode)))
    return found


def _date_patterns(dates: Iterable[dt.date]) -> list[re.Pattern[str]]:
    found = []
    for day in dates:
        d, m, y = day.day, day.month, day.year
        year = rf"(?:{y}|'?{y % 100:02d})"
        numeric = rf"(?<!\d)0?{d}\s*[-/.]\s*0?{m}\s*[-/.]\s*{year}(?!\d)"
        iso = rf"(?<!\d){y}\s*[-/.]\s*0?{m}\s*[-/.]\s*0?{d}(?!\d)"
        months = "|".join(re.escape(n) for n in _MONTHS[m - 1])
        written = rf"(?<!\d)0?{d}\s*(?:{months})\.?\s*{y}(?!\d)"
        found.append(re.compile("|".join((numeric, iso, written))))
    return found
