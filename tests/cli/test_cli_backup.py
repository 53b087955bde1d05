"""`backup` and `restore` as a script uses them: Dutch messages, exit 1, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.test_cli_end_to_end import casus
from tests.conftest import PASSWORD, REPO

NEW = "een heel nieuw wachtwoord"


def _init_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "casus.db"
    assert casus("init", db=db).returncode == 0
    archive = tmp_path / "casus.casusbackup"
    made = casus("backup", "--out", str(archive), db=db)
    assert made.returncode == 0, made.stderr
    return db, archive


def test_backup_to_a_missing_folder_is_a_dutch_message(tmp_path: Path):
    db = tmp_path / "casus.db"
    assert casus("init", db=db).returncode == 0
    result = casus("backup", "--out", str(tmp_path / "weg" / "b.casusbackup"), db=db)
    assert result.returncode == 1
    assert "bestaat niet" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "weg").exists()


def test_restore_of_another_register_needs_the_option(tmp_path: Path):
    db, _ = _init_with_backup(tmp_path / "een")
    _, other = _init_with_backup(tmp_path / "ander")

    refused = casus("restore", str(other), db=db)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "--ander-register" in refused.stderr

    unconfirmed = casus("restore", str(other), "--ander-register", db=db)
    assert unconfirmed.returncode == 1 and "--ja" in unconfirmed.stderr

    done = casus("restore", str(other), "--ander-register", "--ja", db=db)
    assert done.returncode == 0, done.stderr
    assert "voor-herstel" in done.stdout
    assert casus("verify", db=db).returncode == 0


def test_restore_asks_todays_password_and_keeps_it(tmp_path: Path):
    db, archive = _init_with_backup(tmp_path)
    changed = casus("user", "passwd", db=db, new_password=NEW)
    assert changed.returncode == 0, changed.stderr

    done = _run("restore", str(archive), db=db, password=NEW, backup_password=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "voor-herstel" in done.stdout
    assert casus("verify", db=db, password=NEW).returncode == 0
    assert casus("verify", db=db).returncode == 1  # the password of the backup's day does not come back


def _run(*args: str, db: Path, password: str, backup_password: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASUS_")}
    env.update(
        {
            "CASUS_KDF_TARGET_SECONDS": "0",
            "CASUS_DB": str(db),
            "CASUS_USER": "beheer",
            "CASUS_PASSWORD": password,
            "CASUS_BACKUP_PASSWORD": backup_password,
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "casus_app", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def test_restore_help_documents_the_options(tmp_path: Path):
    result = casus("restore", "--help", db=tmp_path / "casus.db")
    assert result.returncode == 0
    assert "--ander-register" in result.stdout and "--ja" in result.stdout
    assert "CASUS_BACKUP_PASSWORD" in result.stdout
