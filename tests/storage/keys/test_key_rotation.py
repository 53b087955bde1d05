"""Removing a user rotates the database key; a crash halfway leaves old or new working."""

from __future__ import annotations

import shutil

import pytest

from casus_app.domain.enums import Role
from casus_app.domain.errors import DamagedDatabase, WrongPassword
from casus_app.services.admin import users
from casus_app.services.auth import login as auth
from casus_app.services.cases.queries import count_cases
from casus_app.storage.keys.keyslots import KeySlotFile
from casus_app.storage.register import sidecar_path
from tests.conftest import ADMIN, PASSWORD

OTHER, OTHER_PASSWORD = "petra", "petra haar wachtwoord"


def test_removed_user_with_old_sidecar_cannot_open(example_ws, register_path, tmp_path):
    users.add_user(example_ws, OTHER, OTHER_PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    stolen = tmp_path / "gestolen.keys"
    shutil.copy(sidecar_path(register_path), stolen)

    users.remove_user(example_ws, OTHER)
    assert count_cases(example_ws) == 3  # the admin keeps working under the new key
    example_ws.close()

    with pytest.raises(WrongPassword):
        auth.login(register_path, OTHER, OTHER_PASSWORD)
    old_key = KeySlotFile.load(stolen).unlock(OTHER, OTHER_PASSWORD)
    from casus_app.storage.engine import check_key

    with pytest.raises(DamagedDatabase):
        check_key(register_path, old_key)
    ws = auth.login(register_path, ADMIN, PASSWORD)
    assert count_cases(ws) == 3
    ws.close()


def test_crash_between_database_and_sidecar_swap(example_ws, register_path, monkeypatch):
    """The new database is in place but the sidecar is still the old one: login still works."""
    users.add_user(example_ws, OTHER, OTHER_PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    main = sidecar_path(register_path)
    real_save_as = KeySlotFile.save_as

    def crash_on_main(self, path):
        if path == main:
            raise OSError("stroom uitgevallen")
        return real_save_as(self, path)

    monkeypatch.setattr(KeySlotFile, "save_as", crash_on_main)
    with pytest.raises(OSError):
        users.remove_user(example_ws, OTHER)
    monkeypatch.undo()
    example_ws.register._lock.release()
    example_ws.register.engine.dispose()

    ws = auth.login(register_path, ADMIN, PASSWORD)
    try:
        assert count_cases(ws) == 3
    finally:
        ws.close()


def test_password_change_keeps_other_users(example_ws, register_path):
    users.add_user(example_ws, OTHER, OTHER_PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    users.change_password(example_ws, PASSWORD, "een nieuw lang wachtwoord")
    example_ws.close()
    with pytest.raises(WrongPassword):
        auth.login(register_path, ADMIN, PASSWORD)
    auth.login(register_path, ADMIN, "een nieuw lang wachtwoord").close()
    auth.login(register_path, OTHER, OTHER_PASSWORD).close()
