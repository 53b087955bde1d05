"""Errors and texts are Dutch templates with parameters: the CLI gets the Dutch, the interface the template."""

from __future__ import annotations

import pytest

from casus_app.domain.enums import CaseKind, Role
from casus_app.domain.errors import CasusError, InvalidInput, PermissionDenied, Text, Texts


def test_the_message_is_the_dutch_text_with_the_parameters_filled_in():
    error = InvalidInput("Casus {ref} hoort bij een ander gebied en kan niet op deze agenda.", ref="2026-001")
    assert error.message == "Casus 2026-001 hoort bij een ander gebied en kan niet op deze agenda."
    assert str(error) == error.message
    assert error.template == "Casus {ref} hoort bij een ander gebied en kan niet op deze agenda."
    assert error.params == {"ref": "2026-001"}


def test_a_template_without_parameters_keeps_its_braces():
    assert CasusError("Gebruik {geen} accolades.").message == "Gebruik {geen} accolades."


def test_codes_are_filled_in_by_their_dutch_name():
    error = PermissionDenied(
        "U mag {doing} niet: dat mag alleen een {allowed}.",
        doing=Text("gebruikers toevoegen"),
        allowed=Texts([Role.ADMINISTRATOR, Role.COORDINATOR], " of "),
    )
    assert error.message == "U mag gebruikers toevoegen niet: dat mag alleen een beheerder of coördinator."


def test_lower_and_capital_and_the_last_joining_word():
    kinds = Texts([CaseKind.LIVEABILITY, CaseKind.CASEWORK, CaseKind.BREAKTHROUGH], ", ", last=" en ")
    assert str(Text("voor {kinds:lower}.", kinds=kinds)) == "voor leefbaarheid, casuïstiek en doorbraak."
    assert str(Text("{change:capital}", change="heropend")) == "Heropend"


def test_an_error_can_be_made_from_a_text_and_can_nest_another():
    inner = InvalidInput("Onjuist wachtwoord voor gebruiker '{name}'.", name="petra")
    outer = InvalidInput(
        "{error} {waiting}",
        error=inner,
        waiting=Text("U kunt het over {wait} opnieuw proberen.", wait=Text("{seconds} seconden", seconds=30)),
    )
    assert (
        outer.message
        == "Onjuist wachtwoord voor gebruiker 'petra'. U kunt het over 30 seconden opnieuw proberen."
    )
    made = InvalidInput(Text("Kies {what}.", what="iets"))
    assert (made.template, made.params, made.message) == ("Kies {what}.", {"what": "iets"}, "Kies iets.")


def test_a_missing_parameter_is_a_programming_error():
    with pytest.raises(KeyError):
        InvalidInput("Casus {ref} en {other}.", ref="1")
