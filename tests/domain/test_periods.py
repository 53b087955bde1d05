"""Reporting periods: `2026Q3`, `2026H1`, `2026`, whole calendar dates, first and last day included."""

from __future__ import annotations

import datetime as dt

import pytest

from casus_app.domain.errors import InvalidInput
from casus_app.domain.periods import Period, PeriodKind, dutch_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "begin", "end", "label"),
    [
        ("2026Q1", D(2026, 1, 1), D(2026, 3, 31), "1e kwartaal 2026"),
        ("2026Q2", D(2026, 4, 1), D(2026, 6, 30), "2e kwartaal 2026"),
        ("2026Q3", D(2026, 7, 1), D(2026, 9, 30), "3e kwartaal 2026"),
        ("2026Q4", D(2026, 10, 1), D(2026, 12, 31), "4e kwartaal 2026"),
        ("2026H1", D(2026, 1, 1), D(2026, 6, 30), "1e halfjaar 2026"),
        ("2026H2", D(2026, 7, 1), D(2026, 12, 31), "2e halfjaar 2026"),
        ("2026", D(2026, 1, 1), D(2026, 12, 31), "2026"),
        ("2028Q1", D(2028, 1, 1), D(2028, 3, 31), "1e kwartaal 2028"),  # leap year: 29 February inside
    ],
)
def test_parse_gives_whole_calendar_dates(text, begin, end, label):
    period = Period.parse(text)
    assert (period.begin, period.end, period.label, period.code, str(period)) == (
        begin,
        end,
        label,
        text,
        text,
    )
    assert period.contains(begin) and period.contains(end)
    assert not period.contains(begin - dt.timedelta(days=1))
    assert not period.contains(end + dt.timedelta(days=1))


def test_parse_is_lenient_about_case_and_spaces_and_canonical_afterwards():
    assert Period.parse(" 2026q3 ") == Period(2026, PeriodKind.QUARTER, 3)
    assert Period.parse("2026h2").code == "2026H2"


@pytest.mark.parametrize(
    "text", ["", "2026Q5", "2026Q0", "2026H3", "2026K3", "26Q3", "2026-Q3", "Q3 2026", "2026Q", "1800", "abc"]
)
def test_anything_else_is_refused_in_dutch(text):
    with pytest.raises(InvalidInput) as caught:
        Period.parse(text)
    message = caught.value.message
    assert "periode" in message.lower() or "jaar" in message.lower()
    assert "2026Q3" in message or "bereik" in message


def test_quarters_make_up_the_period():
    assert [q.code for q in Period.parse("2026").quarters()] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert [q.code for q in Period.parse("2026H2").quarters()] == ["2026Q3", "2026Q4"]
    assert [q.code for q in Period.parse("2026Q2").quarters()] == ["2026Q2"]


def test_trailing_quarters_end_with_the_last_quarter_of_the_period_and_cross_years():
    expected = ["2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert [q.code for q in Period.parse("2026").trailing_quarters(8)] == expected
    assert [q.code for q in Period.parse("2026H2").trailing_quarters(8)] == expected
    assert [q.code for q in Period.parse("2026Q1").trailing_quarters(3)] == ["2025Q3", "2025Q4", "2026Q1"]


def test_previous_quarter_and_quarter_of():
    assert Period.parse("2026Q1").previous_quarter().code == "2025Q4"
    assert Period.parse("2026H2").previous_quarter().code == "2026Q2"
    assert Period.quarter_of(D(2026, 9, 30)).code == "2026Q3"
    assert Period.quarter_of(D(2026, 10, 1)).code == "2026Q4"


def test_dutch_dates_do_not_depend_on_the_locale():
    assert dutch_date(D(2026, 11, 24)) == "24 november 2026"
    assert Period.parse("2026Q3").span_text == "1 juli 2026 t/m 30 september 2026"


@pytest.mark.parametrize(
    "text",
    ["٢٠٢٦Q3", "۲۰۲۶", "２０２６Q3", "2026Q٣", "2026H１", "२०२६", "𝟐𝟎𝟐𝟔"],
    ids=[
        "arabic-indic",
        "persian",
        "full-width",
        "arabic quarter",
        "full-width half",
        "devanagari",
        "math bold",
    ],
)
def test_only_ascii_digits(text):
    """\\d and int() take every script's digits; the CLI contract says ASCII (0-9) only."""
    with pytest.raises(InvalidInput, match="andere cijfers dan 0–9") as caught:
        Period.parse(text)
    assert "2026Q3" in caught.value.message


def test_what_was_typed_is_shown_without_control_characters():
    with pytest.raises(InvalidInput) as caught:
        Period.parse("2026\u202eQ3\x1b[2J")
    assert "\u202e" not in caught.value.message and "\x1b" not in caught.value.message
    assert "\\u202e" in caught.value.message
