"""User management from the command line: own password, deactivate, remove, recovery key."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import PASSWORD, REPO, casus_command


def casus(db: Path, *args: str, user: str = "beheer", **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("CASUS_")}
    base.update(
        {
            "CASUS_KDF_TARGET_SECONDS": "0",
            "CASUS_DB": str(db),
            "CASUS_USER": user,
            "CASUS_PASSWORD": PASSWORD,
            **env,
        }
    )
    return subprocess.run(
        casus_command(*args),
        cwd=REPO,
        env=base,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def _recovery_key(init_output: str) -> str:
    lines = init_output.splitlines()
    return lines[lines.index(next(line for line in lines if line.startswith("Herstelsleutel"))) + 1].strip()


def test_password_change_deactivate_remove_and_recover(tmp_path: Path):
    db = tmp_path / "casus.db"
    init = casus(db, "init")
    assert init.returncode == 0, init.stderr
    recovery_key = _recovery_key(init.stdout)

    new = "een heel nieuw wachtwoord"
    assert casus(db, "user", "passwd", CASUS_NEW_PASSWORD=new).returncode == 0
    assert casus(db, "verify").returncode == 1  # the old password stops working
    assert casus(db, "verify", CASUS_PASSWORD=new).returncode == 0

    add = casus(
        db,
        "user",
        "add",
        "piet",
        "--role",
        "professional",
        "--gebied",
        "HSB",
        CASUS_PASSWORD=new,
        CASUS_NEW_PASSWORD="piet zijn wachtwoord",
    )
    assert add.returncode == 0, add.stderr
    assert casus(db, "user", "deactivate", "piet", CASUS_PASSWORD=new).returncode == 0
    refused = casus(db, "verify", user="piet", CASUS_PASSWORD="piet zijn wachtwoord")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    removed = casus(db, "user", "remove", "piet", CASUS_PASSWORD=new)
    assert removed.returncode == 0, removed.stderr

    recovered = casus(
        db,
        "user",
        "recover",
        "beheer",
        CASUS_RECOVERY_KEY=recovery_key,
        CASUS_NEW_PASSWORD="hersteld en weer lang",
    )
    assert recovered.returncode == 0, recovered.stderr
    assert casus(db, "verify", CASUS_PASSWORD="hersteld en weer lang").returncode == 0
    wrong_key = casus(
        db, "user", "recover", "beheer", CASUS_RECOVERY_KEY="AAAA-BBBB", CASUS_NEW_PASSWORD="x" * 12
    )
    assert wrong_key.returncode == 1 and "Traceback" not in wrong_key.stderr


def test_after_a_reset_the_command_line_asks_for_an_own_password_first(admin_ws, register_path):
    from casus_app.domain.enums import Role
    from casus_app.services.admin import user_admin, users

    users.add_user(admin_ws, "piet", "piet zijn wachtwoord", Role.PROFESSIONAL, areas=["HSB"])
    user_admin.reset_password(admin_ws, "piet", "tijdelijk van de beheerder")
    admin_ws.close()

    refused = casus(register_path, "verify", user="piet", CASUS_PASSWORD="tijdelijk van de beheerder")
    assert refused.returncode == 1
    assert "Kies eerst een eigen wachtwoord" in refused.stderr and "user passwd" in refused.stderr
    changed = casus(
        register_path,
        "user",
        "passwd",
        user="piet",
        CASUS_PASSWORD="tijdelijk van de beheerder",
        CASUS_NEW_PASSWORD="fiets onder de appelboom",
    )
    assert changed.returncode == 0, changed.stderr
    again = casus(register_path, "verify", user="piet", CASUS_PASSWORD="fiets onder de appelboom")
    assert "Kies eerst" not in again.stderr  # verify itself is for a beheerder: refused for that reason
