"""Recognising betrokkenen in free text: names folded for accents and case, street with house number,
postcode, birth dates in the ways people write them; and nothing else."""

from __future__ import annotations

import datetime as dt

import pytest

from casus_app.services.privacy import masking
from casus_app.services.privacy.masking import Address, Person, identifiers, mask

BRUEL = identifiers(
    [
        Person("Anna", "van", "Brüel", dt.date(1975, 3, 4)),
        Person("Kevin", None, "Brüel", dt.date(2006, 11, 23)),
        Person("Łukasz", None, "Yılmaz"),
        Person("Sanne", "de", "Vries-Smit"),
    ],
    [Address("Akerstraat", "77", "a", "6431HX")],
)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        (
            "Mevr. Brüel (Akerstraat 77) … zoon Kevin Brüel is bekend bij politie",
            "Mevr. [naam] ([adres]) … zoon [naam] is bekend bij politie",
        ),
        ("KEVIN BRUEL en kevin bruel", "[naam] en [naam]"),
        ("Anna van Brüel belde", "[naam] belde"),
        ("Brüel's zoon", "[naam] zoon"),
        ("Lukasz Yilmaz, LUKASZ", "[naam], [naam]"),
        ("mevrouw Vries-Smit en Sanne de Vries", "mevrouw [naam] en [naam]"),
        ("woont Akerstraat 77a, akerstr. 77 A en Akerstraat77-a", "woont [adres], [adres] en [adres]"),
        ("postcode 6431 hx, of 6431HX 77", "postcode [postcode], of [adres]"),
        (
            "geb. 23-11-2006, 23/11/06, 2006-11-23, 4 maart 1975, 04.03.1975, 4 mrt. 1975",
            "geb. [geboortedatum], [geboortedatum], [geboortedatum], [geboortedatum], [geboortedatum], [geboortedatum]",
        ),
    ],
)
def test_betrokkenen_are_found_as_people_type_them(typed, shown):
    assert mask(typed, BRUEL) == shown


@pytest.mark.parametrize(
    "typed",
    [
        "Akerstraat 7 en Akerstraat 770 zijn andere huizen; de Akerstraat zelf mag",
        "Brueghel, Annabel, Kevins, bruelen",  # other words that merely begin alike
        "23-11-2007, 2006, 6431 HY, 64311HX",
        "de wijkagent van Heerlen",  # an infix on its own is no name
        "A. B. (initialen)",
        "",
    ],
)
def test_other_words_numbers_and_dates_stay(typed):
    assert mask(typed, BRUEL) == typed


def test_found_places_point_into_the_original_text():
    text = "Zoon Kevin Bru\u0308el (decomposed ü) en 6431hx"
    found = masking.find(text, BRUEL)
    assert [(f.kind, f.text) for f in found] == [("naam", "Kevin Bru\u0308el"), ("postcode", "6431hx")]
    assert all(text[f.start : f.end] == f.text for f in found)
    assert masking.mask(text, BRUEL, keep=[found[1]]) == "Zoon [naam] (decomposed ü) en 6431hx"


def test_without_identifiers_nothing_changes():
    assert mask("Kevin Brüel, Akerstraat 77", masking.Identifiers()) == "Kevin Brüel, Akerstraat 77"
    assert not masking.Identifiers()
    assert masking.merge([BRUEL, identifiers([Person("Omar", None, "Sabbagh")])]).names >= {"omar", "bruel"}
