"""Every way to set a password refuses one that is easy to guess, with the reason in Dutch."""

from __future__ import annotations

import pytest

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput
from casus_app.services.admin import user_admin, users
from casus_app.services.auth import login
from tests.conftest import ADMIN, PASSWORD


def test_a_new_register_refuses_a_guessable_password(tmp_path):
    with pytest.raises(InvalidInput) as caught:
        login.create_register(tmp_path / "casus.db", "beheer", "wachtwoord1!")
    assert "te makkelijk te raden" in caught.value.message
    assert not (tmp_path / "casus.db").exists()


def test_adding_resetting_and_changing_refuse_guessable_passwords(admin_ws):
    with pytest.raises(InvalidInput):
        users.add_user(admin_ws, "petra", "aaaaaaaaaa", Role.PROFESSIONAL, areas=["HSB"])
    with pytest.raises(InvalidInput):  # her own name with a year
        users.add_user(admin_ws, "petra", "Petra2026!", Role.PROFESSIONAL, areas=["HSB"])
    users.add_user(admin_ws, "petra", "fiets onder de appelboom", Role.PROFESSIONAL, areas=["HSB"])
    with pytest.raises(InvalidInput):
        user_admin.reset_password(admin_ws, "petra", "Welkom2026!")
    with pytest.raises(InvalidInput):
        users.change_password(admin_ws, PASSWORD, "Heerlen2026!")
    users.change_password(admin_ws, PASSWORD, "regen boven de mijnberg")
    admin_ws.close()
    login.login(admin_ws.register.path, ADMIN, "regen boven de mijnberg").close()
