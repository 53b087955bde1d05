"""The command line as a script uses it: separate processes, password from the environment."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, PASSWORD, REPO, casus_command


def casus(
    *args: str, password: str | None = PASSWORD, new_password: str | None = None, db: Path
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASUS_")}
    env.update({"CASUS_KDF_TARGET_SECONDS": "0", "CASUS_DB": str(db), "CASUS_USER": "beheer"})
    if password is not None:
        env["CASUS_PASSWORD"] = password
    if new_password is not None:
        env["CASUS_NEW_PASSWORD"] = new_password
    return subprocess.run(
        casus_command(*args),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "casus.db"


def test_whole_life_cycle(db: Path, tmp_path: Path):
    init = casus("init", db=db)
    assert init.returncode == 0, init.stderr
    assert "Herstelsleutel" in init.stdout

    imported = casus("import", str(EXAMPLE), db=db)
    assert imported.returncode == 0, imported.stderr
    assert "3 casussen" in imported.stdout

    out = tmp_path / "export.json"
    exported = casus("export", str(out), db=db)
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text("utf-8"))
    assert sorted(c["ref"] for c in document["casussen"]) == ["2026-001", "2026-002", "2026-003"]
    assert (out.stat().st_mode & 0o777) == 0o600

    added = casus(
        "user",
        "add",
        "petra",
        "--role",
        "professional",
        "--gebied",
        "HSB",
        db=db,
        new_password="petra haar wachtwoord",
    )
    assert added.returncode == 0, added.stderr

    backup = tmp_path / "backup.casus"
    made = casus("backup", "--out", str(backup), db=db)
    assert made.returncode == 0, made.stderr

    verified = casus("verify", db=db)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "FOUT" not in verified.stdout

    restored_db = tmp_path / "elders" / "casus.db"
    restored = casus("restore", str(backup), "--ja", db=restored_db)
    assert restored.returncode == 0, restored.stderr
    assert casus("verify", db=restored_db).returncode == 0


def test_user_errors_exit_1_with_dutch_message(db: Path, tmp_path: Path):
    assert casus("init", db=db).returncode == 0
    wrong = casus("verify", db=db, password="dit is niet goed")
    assert wrong.returncode == 1
    assert "Onjuist wachtwoord" in wrong.stderr
    assert "Traceback" not in wrong.stderr

    bad = tmp_path / "kapot.json"
    bad.write_text('{"formaat": "casus-uitwisseling", "versie": 2, "casussen": []}', "utf-8")
    refused = casus("import", str(bad), db=db)
    assert refused.returncode == 1
    assert "versie" in refused.stderr.lower()


def test_no_password_without_terminal_is_a_clear_error(db: Path):
    result = casus("init", db=db, password=None)
    assert result.returncode == 1
    assert "CASUS_PASSWORD" in result.stderr


def test_password_is_never_an_argument(db: Path):
    result = casus("init", "--password", "geheim123456", db=db)
    assert result.returncode == 2


def test_wrong_usage_exits_2(db: Path):
    assert casus("export-counts", db=db).returncode == 2
    assert casus("user", "add", "x", "--role", "koning", db=db).returncode == 2


def test_only_a_beheerder_exports_everything(db: Path, tmp_path: Path):
    assert casus("init", db=db).returncode == 0
    assert (
        casus(
            "user", "add", "coco", "--role", "coordinator", db=db, new_password="coco haar wachtwoord"
        ).returncode
        == 0
    )
    env_user = {"CASUS_USER": "coco"}
    result = subprocess.run(
        casus_command("export", str(tmp_path / "x.json")),
        cwd=REPO,
        env={**os.environ, "CASUS_DB": str(db), "CASUS_PASSWORD": "coco haar wachtwoord", **env_user},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 1
    assert "beheerder" in result.stderr
    assert not (tmp_path / "x.json").exists()


def test_demo_register(db: Path):
    result = casus("demo", "--cases", "150", db=db)
    assert result.returncode == 0, result.stderr
    assert casus("verify", db=db).returncode == 0


def test_options_before_and_after_the_command(tmp_path: Path):
    """--db given before the subcommand is not reset by the subcommand's own defaults."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASUS_")}
    env.update({"CASUS_KDF_TARGET_SECONDS": "0", "CASUS_PASSWORD": PASSWORD, "HOME": str(tmp_path / "home")})
    before = tmp_path / "voor.db"
    after = tmp_path / "na.db"
    for args in (
        ["--db", str(before), "--user", "beheer", "init"],
        ["init", "--db", str(after), "--user", "beheer"],
    ):
        result = subprocess.run(
            casus_command(*args),
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
    assert before.exists() and after.exists()
    assert not (tmp_path / "home").exists()
