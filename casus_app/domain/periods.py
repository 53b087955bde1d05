"""Reporting periods of the monitoring export: a quarter (`2026Q3`), a half year (`2026H1`), a year
(`2026`), a date range (`2021-05-01..2024-04-30`) or everything up to a date (`..2024-04-30`).

Periods are whole calendar dates, first and last day included (spec/monitoring.md). "Since the
start" begins on PROGRAMME_START, 1 January 1990: before any date Casus accepts, so nothing
registered is left out (docs/monitoring.md).
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
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
RANGE_SEPARATOR = ".."
PROGRAMME_START = dt.date(MIN_YEAR, 1, 1)
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
    RANGE = "R"  # from `first` to `last`, any whole calendar dates


_PARTS = {PeriodKind.QUARTER: 4, PeriodKind.HALF: 2, PeriodKind.YEAR: 1}


@dataclass(frozen=True)
class Period:
    """One reporting period; `number` is the quarter (1–4), the half (1–2) or 1 for a year.

    A date range (`Period.between`) has kind RANGE, its dates in `first` and `last`, the year of
    `last` as its year and number 1.
    """

    year: int
    kind: PeriodKind
    number: int = 1
    first: dt.date | None = None
    last: dt.date | None = None

    def __post_init__(self) -> None:
        if self.kind is PeriodKind.RANGE:
            self._check_range()
            return
        if self.first is not None or self.last is not None:
            raise ValueError("only a date range has its own dates")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise InvalidInput(
                "Het jaar {year} valt buiten het bereik van Casus ({min_year}–{max_year}).",
                year=self.year,
                min_year=MIN_YEAR,
                max_year=MAX_YEAR,
            )
        if not 1 <= self.number <= _PARTS[self.kind]:
            raise _usage(str(self.number))

    def _check_range(self) -> None:
        if self.first is None or self.last is None:
            raise ValueError("a date range needs its first and last day")
        for day in (self.first, self.last):
            _check_year(day.year)
        if self.first > self.last:
            raise InvalidInput(
                "De periode begint ({first}) na haar einddatum ({last}). Zet de vroegste datum vóór "
                "'..', bijvoorbeeld 2021-05-01..2024-04-30.",
                first=self.first.isoformat(),
                last=self.last.isoformat(),
            )
        if self.year != self.last.year or self.number != 1:
            raise ValueError("a date range's year is that of its last day, its number 1")

    @classmethod
    def between(cls, first: dt.date, last: dt.date) -> Period:
        """The dates from `first` to `last`, both included."""
        return cls(last.year, PeriodKind.RANGE, 1, first, last)

    @classmethod
    def since_start(cls, last: dt.date) -> Period:
        """Everything up to and including `last`: from PROGRAMME_START."""
        return cls.between(PROGRAMME_START, last)

    @classmethod
    def parse(cls, text: str) -> Period:
        """`2026Q3`, `2026H1`, `2026`, `2021-05-01..2024-04-30` or `..2024-04-30`.

        Case and surrounding spaces (also around `..`) do not matter."""
        cleaned = str(text).strip().upper()
        if RANGE_SEPARATOR in cleaned and cleaned.isascii():
            return cls._parse_range(cleaned, str(text))
        match = _PATTERN.fullmatch(cleaned) if cleaned.isascii() else None
        if not match:
            if any(char.isdigit() and not char.isascii() for char in cleaned):
                raise InvalidInput(
                    "De periode '{text}' bevat andere cijfers dan 0–9. Typ de periode met gewone cijfers, "
                    "bijvoorbeeld 2026Q3, 2026H1, 2026 of 2021-05-01..2024-04-30.",
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
    def _parse_range(cls, cleaned: str, given: str) -> Period:
        start_text, _, end_text = (part.strip() for part in cleaned.partition(RANGE_SEPARATOR))
        if not end_text:
            raise InvalidInput(
                "De periode '{given}' heeft geen einddatum. Geef een periode van datum tot datum "
                "(2021-05-01..2024-04-30) of alles tot en met een datum (..2024-04-30).",
                given=_printable(given),
            )
        last = _date(end_text, given)
        if not start_text:
            return cls.since_start(last)
        return cls.between(_date(start_text, given), last)

    @classmethod
    def quarter_of(cls, day: dt.date) -> Period:
        return cls(day.year, PeriodKind.QUARTER, (day.month - 1) // 3 + 1)

    @property
    def code(self) -> str:
        """The canonical text: `2026Q3`, `2026H1`, `2026`, `2021-05-01..2024-04-30`, `..2024-04-30`."""
        if self.first is not None and self.last is not None:
            start = "" if self.first == PROGRAMME_START else self.first.isoformat()
            return f"{start}{RANGE_SEPARATOR}{self.last.isoformat()}"
        if self.kind is PeriodKind.YEAR:
            return f"{self.year}"
        return f"{self.year}{self.kind.value}{self.number}"

    @property
    def begin(self) -> dt.date:
        if self.first is not None:
            return self.first
        months = 12 // _PARTS[self.kind]
        return dt.date(self.year, (self.number - 1) * months + 1, 1)

    @property
    def end(self) -> dt.date:
        if self.last is not None:
            return self.last
        months = 12 // _PARTS[self.kind]
        last_month = self.number * months
        if last_month == 12:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, last_month + 1, 1) - dt.timedelta(days=1)

    @property
    def label(self) -> str:
        """Dutch: `3e kwartaal 2026`, `1e halfjaar 2026`, `2026`, `1-5-2021 t/m 30-4-2024`,
        `sinds de start t/m 30-4-2024`."""
        if self.first is not None and self.last is not None:
            if self.since_the_start:
                return f"sinds de start t/m {short_date(self.last)}"
            return f"{short_date(self.first)} t/m {short_date(self.last)}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.number}e kwartaal {self.year}"
        if self.kind is PeriodKind.HALF:
            return f"{self.number}e halfjaar {self.year}"
        return f"{self.year}"

    @property
    def span_text(self) -> str:
        """Dutch: `1 juli 2026 t/m 30 september 2026`."""
        return f"{dutch_date(self.begin)} t/m {dutch_date(self.end)}"

    @property
    def since_the_start(self) -> bool:
        return self.kind is PeriodKind.RANGE and self.begin == PROGRAMME_START

    @property
    def whole_quarters(self) -> bool:
        """Whether this period is made of whole calendar quarters (every period but some ranges)."""
        return (
            self.begin == Period.quarter_of(self.begin).begin and self.end == Period.quarter_of(self.end).end
        )

    def contains(self, day: dt.date) -> bool:
        return self.begin <= day <= self.end

    def quarters(self) -> tuple[Period, ...]:
        """The whole quarters inside this period, in order: for a quarter, half year or year the
        quarters that make it up; for a range only those that lie wholly inside it."""
        quarters = []
        quarter = Period.quarter_of(self.begin)
        while quarter.end <= self.end:
            if quarter.begin >= self.begin:
                quarters.append(quarter)
            if quarter.year == MAX_YEAR and quarter.number == 4:
                break
            quarter = Period.quarter_of(quarter.end + dt.timedelta(days=1))
        return tuple(quarters)

    def last_whole_quarter(self) -> Period:
        """The last calendar quarter that has ended by the end of this period (the end's own
        quarter when the period ends on its last day)."""
        quarter = Period.quarter_of(self.end)
        return quarter if quarter.end == self.end else quarter.previous_quarter()

    def previous_quarter(self) -> Period:
        """The quarter that ends the day before this period begins."""
        return Period.quarter_of(self.begin - dt.timedelta(days=1))

    def trailing_quarters(self, count: int) -> tuple[Period, ...]:
        """The last `count` whole quarters up to the end of this period: up to and including its
        last quarter, or for a range that ends inside a quarter, the quarter before that one."""
        quarters = [self.last_whole_quarter()]
        while len(quarters) < count:
            quarters.append(quarters[-1].previous_quarter())
        return tuple(reversed(quarters))

    def __str__(self) -> str:
        return self.code


def dutch_date(day: dt.date) -> str:
    """`24 november 2026`, independent of the system's locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date) -> str:
    """`30-4-2024`, as Dutch texts write a date in short."""
    return f"{day.day}-{day.month}-{day.year}"


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(
            "Het jaar {year} valt buiten het bereik van Casus ({min_year}–{max_year}).",
            year=year,
            min_year=MIN_YEAR,
            max_year=MAX_YEAR,
        )


def _date(text: str, given: str) -> dt.date:
    """One date of a range, `JJJJ-MM-DD`."""
    match = _DATE.fullmatch(text)
    if not match:
        raise InvalidInput(
            "'{text}' in de periode '{given}' is geen datum. Schrijf datums als JJJJ-MM-DD, "
            "bijvoorbeeld 2021-05-01..2024-04-30 of ..2024-04-30.",
            text=_printable(text),
            given=_printable(given),
        )
    year, month, day = (int(part) for part in match.groups())
    _check_year(year)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidInput(
            "De datum {text} in de periode bestaat niet. Schrijf datums als JJJJ-MM-DD, "
            "bijvoorbeeld 2024-04-30.",
            text=text,
        ) from None


def _printable(text: str) -> str:
    """`text` as typed, with every character a terminal would act on (control, direction) as a code."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text[:40])


def _usage(given: str) -> InvalidInput:
    return InvalidInput(
        "Onbekende periode '{given}'. Geef een kwartaal (bijvoorbeeld 2026Q3), "
        "een halfjaar (2026H1 of 2026H2), een heel jaar (2026), een periode van datum tot datum "
        "(2021-05-01..2024-04-30) of alles sinds de start tot en met een datum (..2024-04-30).",
        given=_printable(given),
    )
