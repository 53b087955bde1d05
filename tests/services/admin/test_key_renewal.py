"""Deactivating a user or resetting a password renews the database key: the old password opens
nothing, also not with an earlier copy of the sidecar or the `sleutels.json` of a create."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from casus_app.domain.enums import Role
from casus_app.domain.errors import DamagedDatabase, WrongPassword
from casus_app.services.admin import user_admin, users
from casus_app.services.admin.verify import verify
from casus_app.services.auth import login
from casus_app.services.backup import create
from casus_app.storage.register import sidecar_path
from tests.conftest import ADMIN, PASSWORD
from tests.storage.redteam import key_from, opens_register

ANNA, ANNA_PASSWORD = "anna", "anna haar wachtwoord"
NEW = "een heel nieuw wachtwoord"


@pytest.fixture
def team(admin_ws, register_path, tmp_path):
    users.add_user(admin_ws, ANNA, ANNA_PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    users.add_user(admin_ws, "bert", PASSWORD, Role.COORDINATOR)
    shutil.copy(sidecar_path(register_path), tmp_path / "eerdere-kopie.keys")
    create.backup(admin_ws, tmp_path / "voor.casusbackup")
    with zipfile.ZipFile(tmp_path / "voor.casusbackup") as archive:
        archive.extract("sleutels.json", tmp_path)
    return admin_ws


def _old_copies_open_nothing(register_path, tmp_path) -> None:
    for copy in (tmp_path / "eerdere-kopie.keys", tmp_path / "sleutels.json"):
        key = key_from(copy, ANNA, ANNA_PASSWORD)
        assert key is not None  # the old copy still opens the old key with the old password …
        assert not opens_register(register_path, key)  # … which no longer fits the register


def _sidecar_copy_in_place_opens_nothing(register_path, tmp_path) -> None:
    """Also put back as the register's own sidecar, the earlier copy gives no way in."""
    shutil.copy(tmp_path / "eerdere-kopie.keys", sidecar_path(register_path))
    with pytest.raises((WrongPassword, DamagedDatabase)):  # the old key does not fit the file
        login.login(register_path, ANNA, ANNA_PASSWORD).close()


def test_deactivation_makes_old_copies_useless(team, register_path, tmp_path):
    epoch = team.register.slots.key_epoch
    user_admin.deactivate(team, ANNA)
    assert team.register.slots.key_epoch == epoch + 1
    assert verify(team).ok
    team.close()
    with pytest.raises(WrongPassword):
        login.login(register_path, ANNA, ANNA_PASSWORD)
    _old_copies_open_nothing(register_path, tmp_path)
    login.login(register_path, "bert", PASSWORD).close()  # the others keep their passwords
    _sidecar_copy_in_place_opens_nothing(register_path, tmp_path)


def test_password_reset_makes_old_copies_useless(team, register_path, tmp_path):
    user_admin.reset_password(team, ANNA, NEW)
    team.close()
    with pytest.raises(WrongPassword):
        login.login(register_path, ANNA, ANNA_PASSWORD)
    login.login(register_path, ANNA, NEW).close()
    _old_copies_open_nothing(register_path, tmp_path)
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        assert verify(ws).ok
    finally:
        ws.close()


def test_reactivated_user_gets_in_with_the_new_password_only(team, register_path, tmp_path):
    user_admin.deactivate(team, ANNA)
    user_admin.reactivate(team, ANNA, NEW)
    assert verify(team).ok
    team.close()
    login.login(register_path, ANNA, NEW).close()
    with pytest.raises(WrongPassword):
        login.login(register_path, ANNA, ANNA_PASSWORD)
    _old_copies_open_nothing(register_path, tmp_path)
