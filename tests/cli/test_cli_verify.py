"""`casus-app verify` is for the beheerder: anyone else gets a Dutch refusal and exit code 1."""

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


def test_only_the_beheerder_may_verify(tmp_path: Path):
    db = tmp_path / "casus.db"
    assert casus(db, "init").returncode == 0
    add = casus(
        db,
        "user",
        "add",
        "piet",
        "--role",
        "professional",
        "--gebied",
        "HSB",
        CASUS_NEW_PASSWORD="piet zijn wachtwoord",
    )
    assert add.returncode == 0, add.stderr

    refused = casus(db, "verify", user="piet", CASUS_PASSWORD="piet zijn wachtwoord")
    assert refused.returncode == 1
    assert "Alleen een beheerder mag het register controleren" in refused.stderr
    assert "Traceback" not in refused.stderr and "[in orde]" not in refused.stdout

    allowed = casus(db, "verify")
    assert allowed.returncode == 0, allowed.stderr
    assert "[in orde] Auditlog" in allowed.stdout
