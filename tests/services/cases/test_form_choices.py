"""What a case form offers: the user's own organisation comes from the register."""

from __future__ import annotations

from casus_app.domain.enums import Role
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.cases.form_input import form_choices


def test_own_organisation_is_the_users_organisation_in_the_register(example_ws, register_path):
    assert form_choices(example_ws).own_organisation is None  # the beheerder belongs to no partner
    add_user(
        example_ws, "agent", "een wachtwoord hier", Role.PROFESSIONAL, areas=["HSB"], organisation="POLITIE"
    )
    add_user(example_ws, "los", "een wachtwoord daar", Role.PROFESSIONAL, areas=["HSB"])
    example_ws.close()
    for name, password, expected in (
        ("agent", "een wachtwoord hier", "POLITIE"),
        ("los", "een wachtwoord daar", None),
    ):
        ws = login.login(register_path, name, password)
        try:
            choices = form_choices(ws)
            assert choices.own_organisation == expected
            assert expected is None or expected in [code for code, _ in choices.organisations]
        finally:
            ws.close()
