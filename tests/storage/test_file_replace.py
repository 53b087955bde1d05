"""A file another program holds for a moment (a virus scanner on Windows) delays a replace; one
held for longer stops a key rotation with a Dutch message, and the next login finishes it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casus_app.domain.enums import Role
from casus_app.domain.errors import RegisterUnavailable, WrongPassword
from casus_app.services.admin import user_admin, users
from casus_app.services.admin.verify import verify
from casus_app.services.auth import login
from casus_app.storage import file_replace
from tests.conftest import ADMIN, PASSWORD

REAL_REPLACE = os.replace


class HeldFile:
    """os.replace as Windows does it while a scanner has `target` open: a sharing violation."""

    def __init__(self, target: Path, times: int | None) -> None:
        self.target, self.times, self.refused = target, times, 0

    def __call__(self, source, target) -> None:
        if Path(target) == self.target and (self.times is None or self.refused < self.times):
            self.refused += 1
            raise PermissionError(13, "The process cannot access the file", str(target))
        REAL_REPLACE(source, target)


def test_a_file_held_for_a_moment_is_replaced_after_a_pause(tmp_path, monkeypatch):
    source, target = tmp_path / "nieuw", tmp_path / "doel"
    source.write_bytes(b"nieuw")
    target.write_bytes(b"oud")
    monkeypatch.setattr(os, "replace", HeldFile(target, times=2))
    pauses: list[float] = []
    file_replace.replace(source, target, sleep=pauses.append)
    assert target.read_bytes() == b"nieuw"
    assert not source.exists()
    assert pauses == [0.05, 0.1]


def test_a_file_held_for_long_leaves_both_files_as_they_were(tmp_path, monkeypatch):
    source, target = tmp_path / "nieuw", tmp_path / "doel"
    source.write_bytes(b"nieuw")
    target.write_bytes(b"oud")
    monkeypatch.setattr(os, "replace", HeldFile(target, times=None))
    pauses: list[float] = []
    with pytest.raises(PermissionError):
        file_replace.replace(source, target, sleep=pauses.append)
    assert pauses == list(file_replace.PAUSES_SECONDS)
    assert (source.read_bytes(), target.read_bytes()) == (b"nieuw", b"oud")


def test_a_held_register_stops_the_key_rotation_and_the_next_login_finishes_it(
    admin_ws, register_path, monkeypatch
):
    users.add_user(admin_ws, "anna", "anna haar wachtwoord", Role.PROFESSIONAL, areas=["HSB"])
    epoch = admin_ws.register.slots.key_epoch
    held = HeldFile(register_path, times=None)
    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(file_replace, "PAUSES_SECONDS", (0.0, 0.0))
    with pytest.raises(RegisterUnavailable) as caught:
        user_admin.deactivate(admin_ws, "anna")
    assert "virusscanner" in caught.value.message
    assert "opnieuw" in caught.value.message  # it says what to do
    assert held.refused == 3  # tried, and retried after each pause
    assert not list(register_path.parent.glob("*rotating*"))  # no half-made copy left behind
    admin_ws.close()
    monkeypatch.setattr(os, "replace", REAL_REPLACE)

    ws = login.login(register_path, ADMIN, PASSWORD)  # the committed plan is finished here
    try:
        assert ws.register.slots.key_epoch == epoch + 1
        assert verify(ws).ok
    finally:
        ws.close()
    with pytest.raises(WrongPassword):
        login.login(register_path, "anna", "anna haar wachtwoord")
