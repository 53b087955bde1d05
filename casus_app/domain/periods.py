"""Reporting periods of the monitoring export: a quarter (`2026Q3`), a half year (`2026H1`) or a year.

Periods are whole calendar dates, first and last day included (spec/monitoring.md).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from casus_app.domain.errors import InvalidInput

MIN_YEAR, MAX_YEAR = 1990, 2999
# [0-9], not \d: \d and int() also take Arabic-Indic, full-width and other digits, and a period
# typed with them would be stored and audited in a form no other program reads back (cli.md: ASCII).
_PATTERN = re.compile(r"([0-9]{4})(?:([QH])([0-9]))?")
_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


class PeriodKind(StrEnum):
    QUARTER = "Q"
    HALF = "H"
    YEAR = "J"


_PARTS = {PeriodKind.QUARTER: 4, PeriodKind.HALF: 2, PeriodKind.YEAR: 1}


@dataclass(frozen=True)
class Period:
    """One reporting period; `number` is the quarter (1–4), the half (1–2) or 1 for a year."""

    year: int
    kind: PeriodKind
    number: int = 1

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise InvalidInput(
                "Het jaar {year} valt buiten het bereik van Casus ({min_year}–{max_year}).",
                year=self.year,
                min_year=MIN_YEAR,
                max_year=MAX_YEAR,
            )
        if not 1 <= self.number <= _PARTS[self.kind]:
            raise _usage(str(self.number))

    @classmethod
    def parse(cls, text: str) -> Period:
        """`2026Q3`, `2026H1` or `2026` (case and surrounding spaces do not matter)."""
        cleaned = str(text).strip().upper()
        match = _PATTERN.fullmatch(cleaned) if cleaned.isascii() else None
        if not match:
            if any(char.isdigit() and not char.isascii() for char in cleaned):
                raise InvalidInput(
                    "De periode '{text}' bevat andere cijfers dan 0–9. Typ de periode met gewone cijfers, "
                    "bijvoorbeeld 2026Q3, 2026H1 of 2026.",
                    text=_printable(str(text)),
                )
            raise _usage(str(text))
        year, letter, number = match.groups()
        if letter is None:
            return cls(int(year), PeriodKind.YEAR)
        kind = PeriodKind.QUARTER if letter == "Q" else PeriodKind.HALF
        if not 1 <= int(number) <= _PARTS[kind]:
            raise _usage(str(text))
        return cls(int(year), kind, int(number))

    @classmethod
    def quarter_of(cls, day: dt.date) -> Period:
        return cls(day.year, PeriodKind.QUARTER, (day.month - 1) // 3 + 1)

    @property
    def code(self) -> str:
        """The canonical text: `2026Q3`, `2026H1`, `2026`."""
        if self.kind is PeriodKind.YEAR:
            return f"{self.year}"
        return f"{self.year}{self.kind.value}{self.number}"

    @property
    def begin(self) -> dt.date:
        months = 12 // _PARTS[self.kind]
        return dt.date(self.year, (self.number - 1) * months + 1, 1)

    @property
    def end(self) -> dt.date:
        months = 12 // _PARTS[self.kind]
        last_month = self.number * months
        if last_month == 12:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, last_month + 1, 1) - dt.timedelta(days=1)

    @property
    def label(self) -> str:
        """Dutch: `3e kwartaal 2026`, `1e halfjaar 2026`, `2026`."""
        if self.kind is PeriodKind.QUARTER:
            return f"{self.number}e kwartaal {self.year}"
        if self.kind is PeriodKind.HALF:
            return f"{self.number}e halfjaar {self.year}"
        return f"{self.year}"

    @property
    def span_text(self) -> str:
        """Dutch: `1 juli 2026 t/m 30 september 2026`."""
        return f"{dutch_date(self.begin)} t/m {dutch_date(self.end)}"

    def contains(self, day: dt.date) -> bool:
        return self.begin <= day <= self.end

    def quarters(self) -> tuple[Period, ...]:
        """The quarters that make up this period, in order."""
        first = Period.quarter_of(self.begin).number
        last = Period.quarter_of(self.end).number
        return tuple(Period(self.year, PeriodKind.QUARTER, n) for n in range(first, last + 1))

    def previous_quarter(self) -> Period:
        """The quarter that ends the day before this period begins."""
        return Period.quarter_of(self.begin - dt.timedelta(days=1))

    def trailing_quarters(self, count: int) -> tuple[Period, ...]:
        """The last `count` quarters up to and including the last quarter of this period."""
        quarters = [Period.quarter_of(self.end)]
        while len(quarters) < count:
            quarters.append(quarters[-1].previous_quarter())
        return tuple(reversed(quarters))

    def __str__(self) -> str:
        return self.code


def dutch_date(day: dt.date) -> str:
    """`24 november 2026`, independent of the system's locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _printable(text: str) -> str:
    """`text` as typed, with every character a terminal would act on (control, direction) as a code."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text[:40])


def _usage(given: str) -> InvalidInput:
    return InvalidInput(
        "Onbekende periode '{given}'. Geef een kwartaal (bijvoorbeeld 2026Q3), "
        "een halfjaar (2026H1 of 2026H2) of een heel jaar (2026).",
        given=_printable(given),
    )
