"""The duplicate warning when a signal is registered: names and addresses compared as people type them."""

from __future__ import annotations

import datetime as dt

import pytest

from casus_app.services.cases.editing import (
    PossibleDuplicate,
    add_signal_to_case,
    find_duplicates,
    register_case,
)
from casus_app.services.cases.form_input import CaseInput, PersonInput
from casus_app.services.cases.queries import get_case
from tests.conftest import TEST_DAY

BORN = dt.date(1984, 5, 17)


def signal(person: PersonInput | None = None, **changes) -> CaseInput:
    base = CaseInput(
        kind="casuistiek",
        area="HSB",
        neighbourhood="Mariarade",
        street="Akerstraat",
        house_number="77",
        postcode="6431HX",
        city="Hoensbroek",
        main_category="woonoverlast",
        reported_by="POLITIE",
        start_date=TEST_DAY,
        summary="Overlast.",
        persons=(person or PersonInput("Şahin", "bewoner", first_name="Elif", birth_date=BORN),),
    )
    return CaseInput(**{**base.__dict__, **changes})


@pytest.fixture
def sahin(example_ws) -> int:
    """An open case of Elif Şahin, born 17-05-1984, at Akerstraat 77, 6431HX Hoensbroek."""
    return register_case(example_ws, signal())


def reasons(ws, data: CaseInput, case_id: int) -> tuple[str, ...]:
    found = {c.case_id: c.reasons for c in find_duplicates(ws, data)}
    assert set(found) <= {case_id}, found
    return found.get(case_id, ())


ELSEWHERE = {"street": "Kouvenderstraat", "house_number": "201", "postcode": "6431HE"}


def test_the_same_person_typed_without_her_special_letters_is_warned_about(example_ws, sahin):
    typed = signal(PersonInput("Sahin", "bewoner", first_name="elif", birth_date=BORN), **ELSEWHERE)
    assert reasons(example_ws, typed, sahin) == ("zelfde persoon (elif Sahin)",)
    with pytest.raises(PossibleDuplicate) as caught:
        register_case(example_ws, typed)
    assert [c.case_id for c in caught.value.candidates] == [sahin]
    # Another birth date is another person.
    other = signal(PersonInput("Sahin", "bewoner", birth_date=dt.date(1990, 1, 1)), **ELSEWHERE)
    assert reasons(example_ws, other, sahin) == ()


def test_the_same_name_at_the_same_address_without_a_birth_date_is_warned_about(example_ws, sahin):
    undated = PersonInput("SAHIN", "bewoner", first_name="Elif")
    # Same address: the person is named as well as the address.
    assert reasons(example_ws, signal(undated), sahin) == (
        "zelfde adres (6431HX 77)",
        "zelfde persoon (Elif SAHIN)",
    )
    # Next door (same postcode), or the house number not known yet: the name still warns.
    assert reasons(example_ws, signal(undated, house_number="79"), sahin) == ("zelfde persoon (Elif SAHIN)",)
    assert reasons(example_ws, signal(undated, house_number=None, postcode=None), sahin) == (
        "zelfde persoon (Elif SAHIN)",
    )
    # The same name without a birth date somewhere else is not enough to warn.
    assert reasons(example_ws, signal(undated, **ELSEWHERE), sahin) == ()
    # Nor is the same name without a birth date and without any address.
    no_address = {"street": None, "house_number": None, "postcode": None, "city": None}
    assert reasons(example_ws, signal(undated, **no_address), sahin) == ()


def test_the_same_address_without_a_postcode_is_warned_about(example_ws, sahin):
    stranger = PersonInput("Bakker", "bewoner", birth_date=dt.date(1970, 1, 1))
    assert reasons(example_ws, signal(stranger, postcode=None, street="akerstraat"), sahin) == (
        "zelfde adres (akerstraat 77)",
    )
    # A postcode typed with a space is the same postcode.
    assert reasons(example_ws, signal(stranger, postcode="6431 hx"), sahin) == ("zelfde adres (6431HX 77)",)
    # The case on file has no postcode, the new signal has one.
    unpostcoded = register_case(
        example_ws, signal(stranger, street="Pastoorsdreef", house_number="4a", postcode=None, persons=())
    )
    assert reasons(
        example_ws,
        signal(stranger, street="Pastoorsdreef", house_number="4A", postcode="6432CD"),
        unpostcoded,
    ) == ("zelfde adres (6432CD 4A)",)
    # Another house number, another postcode or another place is another address.
    assert reasons(example_ws, signal(stranger, postcode=None, house_number="78"), sahin) == ()
    assert reasons(example_ws, signal(stranger, postcode="6431HZ"), sahin) == ()
    assert reasons(example_ws, signal(stranger, postcode=None, city="Brunssum"), sahin) == ()


def test_a_signal_for_the_same_person_typed_differently_adds_no_second_betrokkene(example_ws, sahin):
    add_signal_to_case(
        example_ws, sahin, signal(PersonInput("Sahin", "bewoner", first_name="Elif"), **ELSEWHERE)
    )
    assert [p.full_name for p in get_case(example_ws, sahin).persons] == ["Elif Şahin"]
