"""The beheerder's user management: reset password, role and gebieden, deactivate, remove."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import InvalidInput, PermissionDenied, WrongPassword
from casus_app.services.admin import user_admin, users
from casus_app.services.auth import login
from casus_app.storage.models import AuditEntry
from tests.conftest import ADMIN, PASSWORD

NEW = "een heel nieuw wachtwoord"


@pytest.fixture
def team(admin_ws):
    users.add_user(admin_ws, "anna", PASSWORD, Role.PROFESSIONAL, areas=["HSB"], display_name="Anna de Wit")
    users.add_user(admin_ws, "bert", PASSWORD, Role.COORDINATOR)
    return admin_ws


def relogin(ws, register_path, name, password):
    ws.close()
    return login.login(register_path, name, password)


def audit_details(ws) -> list[tuple[str, str | None, str | None]]:
    with ws.register.read_session() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.object_id, AuditEntry.details).where(
                AuditEntry.action.in_([AuditAction.USER_MANAGEMENT.value, AuditAction.KEY_MANAGEMENT.value])
            )
        ).all()
    return [tuple(r) for r in rows]


def test_the_list_shows_role_gebieden_and_status(team):
    listed = {u.name: u for u in user_admin.list_users(team)}
    assert set(listed) == {ADMIN, "anna", "bert"}
    assert listed["anna"].role is Role.PROFESSIONAL and listed["anna"].areas == ("HSB",)
    assert listed["anna"].active and listed["anna"].has_key and listed["anna"].display_name == "Anna de Wit"


def test_a_reset_password_stops_the_old_one(team, register_path):
    user_admin.reset_password(team, "anna", NEW)
    team.close()
    with pytest.raises(WrongPassword):
        login.login(register_path, "anna", PASSWORD)
    ws = login.login(register_path, "anna", NEW)
    ws.close()
    ws = login.login(register_path, ADMIN, PASSWORD)  # the beheerder's own password is untouched
    try:
        entries = audit_details(ws)
        assert entries[-1][0] == AuditAction.KEY_MANAGEMENT.value
        assert "opnieuw ingesteld" in entries[-1][2] and NEW not in str(entries)
        with pytest.raises(InvalidInput, match="te kort"):
            user_admin.reset_password(ws, "anna", "kort")
    finally:
        ws.close()


def test_changing_role_and_gebieden_changes_what_the_user_may_do(team, register_path):
    user_admin.change_role(team, "anna", Role.PROFESSIONAL, ["HSB", "VRH"])
    listed = {u.name: u for u in user_admin.list_users(team)}
    assert listed["anna"].areas == ("HSB", "VRH")
    user_admin.change_role(team, "anna", Role.ADMINISTRATOR)
    with pytest.raises(InvalidInput, match="minstens één"):
        user_admin.change_role(team, "bert", Role.PROFESSIONAL, [])
    with pytest.raises(InvalidInput, match="eigen beheerdersrol"):
        user_admin.change_role(team, ADMIN, Role.COORDINATOR)
    assert audit_details(team)[-2:] == [
        ("user_management", str(listed["anna"].id), "rol professional; gebieden HSB, VRH"),
        ("user_management", str(listed["anna"].id), "rol beheerder; gebieden geen"),
    ]
    ws = relogin(team, register_path, "anna", PASSWORD)
    try:
        assert ws.actor.role is Role.ADMINISTRATOR
        user_admin.change_role(ws, ADMIN, Role.COORDINATOR)  # another beheerder may
    finally:
        ws.close()


def test_a_deactivated_user_cannot_sign_in_until_reactivated_with_a_new_password(team, register_path):
    user_admin.deactivate(team, "anna")
    assert {u.name: u.status for u in user_admin.list_users(team)}["anna"] == user_admin.DEACTIVATED
    assert not team.register.slots.has_user("anna")
    with pytest.raises(InvalidInput, match="uzelf"):
        user_admin.deactivate(team, ADMIN)
    team.close()
    with pytest.raises(WrongPassword):  # the slot is gone: the password opens nothing
        login.login(register_path, "anna", PASSWORD)
    ws = login.login(register_path, ADMIN, PASSWORD)
    user_admin.reactivate(ws, "anna", NEW)
    ws = relogin(ws, register_path, "anna", NEW)
    ws.close()


def test_removing_renews_the_key_also_for_a_user_deactivated_before(team, register_path):
    epoch = team.register.slots.key_epoch
    user_admin.deactivate(team, "bert")  # deactivating renews the key already
    assert team.register.slots.key_epoch == epoch + 1
    user_admin.remove(team, "bert")
    assert team.register.slots.key_epoch == epoch + 2
    user_admin.remove(team, "anna")
    assert team.register.slots.key_epoch == epoch + 3
    statuses = {u.name: u.status for u in user_admin.list_users(team)}
    assert statuses == {ADMIN: "actief", "anna": "verwijderd", "bert": "verwijderd"}


def test_only_a_beheerder_manages_users(team, register_path):
    ws = relogin(team, register_path, "anna", PASSWORD)
    try:
        for call in (
            lambda: user_admin.list_users(ws),
            lambda: user_admin.reset_password(ws, "bert", NEW),
            lambda: user_admin.deactivate(ws, "bert"),
            lambda: user_admin.change_role(ws, "anna", Role.ADMINISTRATOR),
        ):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        ws.close()


def test_the_recovery_key_gives_a_beheerder_a_new_password(register_path):
    ws, recovery_key = login.create_register(register_path, ADMIN, PASSWORD)
    ws.close()
    with pytest.raises(WrongPassword):
        user_admin.recover_with_key(register_path, "AAAA-" * 7 + "AAAA", ADMIN, NEW)
    user_admin.recover_with_key(register_path, recovery_key, ADMIN, NEW)
    with pytest.raises(WrongPassword):
        login.login(register_path, ADMIN, PASSWORD)
    ws = login.login(register_path, ADMIN, NEW)
    try:
        assert audit_details(ws)[-1][2] == "herstelsleutel gebruikt; nieuw wachtwoord voor beheerder"
    finally:
        ws.close()
