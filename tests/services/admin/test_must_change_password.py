"""A password a beheerder chose (reset, reactivation) is changed by its user at the next login."""

from __future__ import annotations

import pytest

from casus_app.domain.enums import Role
from casus_app.services.admin import user_admin, users
from casus_app.services.auth import login
from casus_app.storage.keys import key_rotation
from tests.conftest import ADMIN, PASSWORD

ANNA, FIRST, RESET, OWN = (
    "anna",
    "anna haar wachtwoord",
    "tijdelijk van de beheerder",
    "fiets onder de appelboom",
)


def test_a_reset_password_must_be_changed_and_the_users_own_one_need_not(admin_ws, register_path):
    users.add_user(admin_ws, ANNA, FIRST, Role.PROFESSIONAL, areas=["HSB"])
    user_admin.reset_password(admin_ws, ANNA, RESET)
    admin_ws.close()

    ws = login.login(register_path, ANNA, RESET)
    assert ws.actor.must_change_password
    users.change_password(ws, RESET, OWN)
    assert not ws.actor.must_change_password
    ws.close()
    ws = login.login(register_path, ANNA, OWN)
    assert not ws.actor.must_change_password
    ws.close()


def test_reactivation_asks_for_a_new_password_too(admin_ws, register_path):
    users.add_user(admin_ws, ANNA, FIRST, Role.PROFESSIONAL, areas=["HSB"])
    user_admin.deactivate(admin_ws, ANNA)
    user_admin.reactivate(admin_ws, ANNA, RESET)
    admin_ws.close()
    ws = login.login(register_path, ANNA, RESET)
    assert ws.actor.must_change_password
    ws.close()


def test_an_interrupted_reset_still_asks_after_the_next_login_finishes_it(
    admin_ws, register_path, monkeypatch
):
    users.add_user(admin_ws, ANNA, FIRST, Role.PROFESSIONAL, areas=["HSB"])

    def crash(step: str) -> None:
        if step == "plan_committed":
            raise KeyboardInterrupt  # the process stops between the plan and the new key

    monkeypatch.setattr(key_rotation, "_reached", crash)
    with pytest.raises(KeyboardInterrupt):
        user_admin.reset_password(admin_ws, ANNA, RESET)
    monkeypatch.undo()
    admin_ws.close()
    login.login(register_path, ADMIN, PASSWORD).close()  # another user's login finishes the plan
    ws = login.login(register_path, ANNA, RESET)
    assert ws.actor.must_change_password
    ws.close()
