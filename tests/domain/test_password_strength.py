"""Passwords are judged by how easily they are guessed, not by length alone (issue 15)."""

from __future__ import annotations

import pytest

from casus_app.domain.password_strength import MIN_LENGTH, weakness


@pytest.mark.parametrize(
    ("password", "because"),
    [
        ("wachtwoord1!", "een bekend woord"),
        ("aaaaaaaaaa", "herhaalde tekens"),
        ("Welkom2026!", "een bekend woord"),
        ("Heerlen2026!", "een bekend woord"),
        ("1234567890ab", "een reeks"),
        ("qwertyuiopas", "te makkelijk"),
    ],
)
def test_guessable_passwords_are_refused_and_the_reason_is_named(password, because):
    weak = weakness(password)
    assert weak is not None
    reason = str(weak)
    assert reason.startswith("Dit wachtwoord is te makkelijk te raden.")
    assert because in reason
    assert "fiets onder de appelboom" in reason  # it says what would do


def test_short_passwords_are_refused_by_length():
    reason = weakness("kort")
    assert reason is not None and f"minstens {MIN_LENGTH} tekens" in str(reason)


@pytest.mark.parametrize(
    "password", ["fiets onder de appelboom", "een heel nieuw wachtwoord", "Kasteel;Regen;Brommer"]
)
def test_phrases_of_unrelated_words_pass(password):
    assert weakness(password) is None


def test_the_users_own_name_counts_as_a_known_word():
    assert weakness("Marijke2026!") is None  # an unknown name with a year: not in the word lists
    assert weakness("Marijke2026!", ["marijke", "Marijke Janssen"]) is not None
