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


# -- date ranges and "since the start" (issue 13) ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "begin", "end", "code", "label"),
    [
        (
            "2021-05-01..2024-04-30",
            D(2021, 5, 1),
            D(2024, 4, 30),
            "2021-05-01..2024-04-30",
            "1-5-2021 t/m 30-4-2024",
        ),
        ("..2024-04-30", D(1990, 1, 1), D(2024, 4, 30), "..2024-04-30", "sinds de start t/m 30-4-2024"),
        # The start written out is the same period, written short.
        (
            "1990-01-01..2024-04-30",
            D(1990, 1, 1),
            D(2024, 4, 30),
            "..2024-04-30",
            "sinds de start t/m 30-4-2024",
        ),
        # Across a year end, ending on a leap day.
        (
            "2027-12-01..2028-02-29",
            D(2027, 12, 1),
            D(2028, 2, 29),
            "2027-12-01..2028-02-29",
            "1-12-2027 t/m 29-2-2028",
        ),
        # One day; spaces and a range that is exactly a quarter.
        (
            " 2028-02-29 .. 2028-02-29 ",
            D(2028, 2, 29),
            D(2028, 2, 29),
            "2028-02-29..2028-02-29",
            "29-2-2028 t/m 29-2-2028",
        ),
        (
            "2026-07-01..2026-09-30",
            D(2026, 7, 1),
            D(2026, 9, 30),
            "2026-07-01..2026-09-30",
            "1-7-2026 t/m 30-9-2026",
        ),
    ],
)
def test_a_date_range_takes_whole_days(text, begin, end, code, label):
    period = Period.parse(text)
    assert (period.kind, period.begin, period.end, period.code, period.label) == (
        PeriodKind.RANGE,
        begin,
        end,
        code,
        label,
    )
    assert period.contains(begin) and period.contains(end)
    assert not period.contains(begin - dt.timedelta(days=1)) and not period.contains(
        end + dt.timedelta(days=1)
    )
    assert Period.parse(period.code) == period  # the code reads back as the same period
    assert period.span_text == f"{dutch_date(begin)} t/m {dutch_date(end)}"


def test_the_start_is_the_first_of_january_1990():
    assert Period.since_start(D(2024, 4, 30)) == Period.between(D(1990, 1, 1), D(2024, 4, 30))
    assert Period.parse("..2024-04-30").since_the_start
    assert not Period.parse("1990-01-02..2024-04-30").since_the_start


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("2024-05-01..2024-04-30", "na haar einddatum"),
        ("2027-02-29..2027-03-31", "bestaat niet"),  # 2027 is no leap year
        ("2028-02-30..2028-03-31", "bestaat niet"),
        ("2024-13-01..2024-12-31", "bestaat niet"),
        ("2021-05-01..", "geen einddatum"),
        ("..", "geen einddatum"),
        ("2021-5-1..2024-04-30", "JJJJ-MM-DD"),
        ("2021-05-01..2024/04/30", "JJJJ-MM-DD"),
        ("2021-05-01...2024-04-30", "JJJJ-MM-DD"),
        ("..1989-12-31", "buiten het bereik"),
        ("..3000-01-01", "buiten het bereik"),
        ("..２０２４-04-30", "andere cijfers"),  # full-width digits
    ],
)
def test_a_wrong_date_range_is_refused_in_dutch(text, needle):
    with pytest.raises(InvalidInput) as caught:
        Period.parse(text)
    assert needle in caught.value.message


def test_unknown_text_names_every_form_in_the_message():
    with pytest.raises(InvalidInput) as caught:
        Period.parse("vorig jaar")
    message = caught.value.message
    assert "2026Q3" in message and "2021-05-01..2024-04-30" in message and "..2024-04-30" in message


def test_the_quarters_of_a_range_are_those_wholly_inside_it():
    assert [q.code for q in Period.parse("2021-05-01..2022-04-30").quarters()] == [
        "2021Q3",
        "2021Q4",
        "2022Q1",
    ]
    assert [q.code for q in Period.parse("2027-10-01..2028-03-31").quarters()] == ["2027Q4", "2028Q1"]
    assert Period.parse("2027-12-01..2028-02-29").quarters() == ()
    assert len(Period.parse("..2024-12-31").quarters()) == (2024 - 1990 + 1) * 4
    assert Period.parse("2027-10-01..2028-03-31").whole_quarters
    assert not Period.parse("2027-10-01..2028-02-29").whole_quarters
    assert Period.parse("2026H2").whole_quarters


def test_the_trend_quarters_of_a_range_end_with_its_last_whole_quarter():
    # Ending on a quarter's last day: that quarter. Ending inside one: the one before.
    assert Period.parse("..2028-03-31").last_whole_quarter().code == "2028Q1"
    assert Period.parse("2027-12-01..2028-02-29").last_whole_quarter().code == "2027Q4"
    assert [q.code for q in Period.parse("2021-05-01..2024-04-30").trailing_quarters(3)] == [
        "2023Q3",
        "2023Q4",
        "2024Q1",
    ]
    assert Period.parse("2026Q3").last_whole_quarter().code == "2026Q3"
