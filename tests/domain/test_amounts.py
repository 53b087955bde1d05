"""Amounts as people type them, and Dutch telephone numbers: table-driven, accepted and refused."""

from __future__ import annotations

import pytest

from casus_app.domain.amounts import parse_amount
from casus_app.domain.errors import InvalidInput
from casus_app.domain.phone import normalise_phone


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("€ 9.000,-", 9000.0),
        ("9000", 9000.0),
        ("9.000", 9000.0),
        ("9000,50", 9000.5),
        ("€9.000,00", 9000.0),
        ("€ 9.000,--", 9000.0),
        ("1.234.567,89", 1234567.89),
        ("9000,5", 9000.5),
        ("1850.50", 1850.5),  # a point before two digits cannot group thousands: cents
        ("  12 ", 12.0),
        ("9.000 euro", 9000.0),
        ("EUR 250", 250.0),
        ("0", 0.0),
        ("", None),
        ("   ", None),
    ],
)
def test_amounts_in_every_usual_notation_are_read(typed, amount):
    assert parse_amount(typed, "Kosten") == amount


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("negen", "'negen' is geen bedrag"),
        ("9,000.00", "is geen bedrag"),
        ("9.00.0", "is geen bedrag"),
        ("90.00.000", "is geen bedrag"),
        ("9000,505", "is geen bedrag"),
        ("€", "is geen bedrag"),
        ("9k", "is geen bedrag"),
        ("1/2", "is geen bedrag"),
        ("-500", "kan niet negatief zijn"),
    ],
)
def test_nonsense_is_refused_with_a_dutch_message_naming_the_field(typed, message):
    with pytest.raises(InvalidInput) as refused:
        parse_amount(typed, "Kosten per jaar nu")
    assert refused.value.message.startswith("Kosten per jaar nu: ")
    assert message in refused.value.message


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("06-12345678", "06-12345678"),
        ("06 1234 5678", "06-12345678"),
        ("+31 6 12345678", "06-12345678"),
        ("+31 (0)6 1234 5678", "06-12345678"),
        ("0031612345678", "06-12345678"),
        ("045 560 1234", "045-5601234"),
        ("(045) 5601234", "045-5601234"),
        ("0118-123456", "0118-123456"),
        ("088 123 4567", "088-1234567"),
        ("0800-1234", "0800-1234"),
        ("0900 1234567", "0900-1234567"),
        ("", None),
    ],
)
def test_dutch_phone_numbers_are_written_one_way(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0612", "geen Nederlands telefoonnummer"),
        ("06123456789", "geen Nederlands telefoonnummer"),
        ("6123456789", "geen Nederlands telefoonnummer"),
        ("bel me", "geen Nederlands telefoonnummer"),
        ("0031 0612345678", "geen Nederlands telefoonnummer"),
        ("+49 30 1234567", "buitenlands nummer"),
    ],
)
def test_other_numbers_are_refused_in_dutch(typed, message):
    with pytest.raises(InvalidInput) as refused:
        normalise_phone(typed)
    assert message in refused.value.message
