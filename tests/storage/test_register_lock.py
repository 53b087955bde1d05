"""One Casus at a time, even when someone deletes the lock file: the database file itself is locked."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from casus_app.domain.enums import Role
from casus_app.storage.location import DATABASE_FILE_LOCK
from tests.conftest import ADMIN, PASSWORD, REPO

CHILD_ENV = {**os.environ, "CASUS_KDF_TARGET_SECONDS": "0"}

pytestmark = pytest.mark.skipif(not DATABASE_FILE_LOCK, reason="the database file is locked on Linux only")


def _second_casus(register_path) -> subprocess.CompletedProcess:
    """Another process opens the register and writes: it must be refused before it can write."""
    code = f"""
        from casus_app.domain.errors import CasusError
        from casus_app.services.auth import login
        from casus_app.services.admin import settings
        try:
            ws = login.login({str(register_path)!r}, {ADMIN!r}, {PASSWORD!r})
        except CasusError as exc:
            print(exc.message)
            raise SystemExit(1)
        ws.close()
        print("geopend")
    """
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        env=CHILD_ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _lock_file(register_path):
    return register_path.with_name(register_path.name + ".lock")


def test_a_second_process_is_refused_after_the_lock_file_was_deleted(admin_ws, register_path):
    _lock_file(register_path).unlink()
    second = _second_casus(register_path)
    assert second.returncode == 1, second.stdout + second.stderr
    assert "register is al geopend" in second.stdout
    assert "Traceback" not in second.stderr
    admin_ws.close()
    assert _second_casus(register_path).stdout.strip() == "geopend"  # closed: free again


def test_the_lock_holds_on_the_new_file_after_a_key_rotation(admin_ws, register_path):
    """Removing a user swaps in a re-encrypted file; the lock must move with it."""
    from casus_app.services.admin import users
    from casus_app.services.admin.user_admin import remove

    users.add_user(admin_ws, "piet", "piet zijn wachtwoord", Role.PROFESSIONAL, areas=["HSB"])
    inode = register_path.stat().st_ino
    remove(admin_ws, "piet")
    assert register_path.stat().st_ino != inode  # really a new file
    _lock_file(register_path).unlink()
    second = _second_casus(register_path)
    assert second.returncode == 1 and "register is al geopend" in second.stdout, second.stdout + second.stderr


def test_the_refusal_says_who_has_it_open(admin_ws, register_path):
    assert "Geopend in Casus op computer" in _lock_file(register_path).read_text()
    second = _second_casus(register_path)
    assert second.returncode == 1
    assert "register is al geopend" in second.stdout and f"proces {os.getpid()}" in second.stdout
