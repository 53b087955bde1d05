"""What a command loads (issue 15): `casus-app export-counts --format csv` is a whole process whose
start-up counts, so it loads neither Qt nor the renderers of the other formats, nor Alembic (the
register is up to date), zxcvbn (no password is judged), HiGHS (no small number to protect) or
the meeting and plan services. Checked in a child process, in its `sys.modules`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casus_app.services.auth import login
from casus_app.storage import migrations
from tests.conftest import ADMIN, PASSWORD, REPO, child_clock_code

HEAVY = ("PySide6", "reportlab", "openpyxl", "alembic", "zxcvbn", "highspy", "numpy")
# Casus's own services that the export does not use (services/documents.py loads them late).
UNNEEDED = ("casus_app.services.meetings", "casus_app.services.plans")


@pytest.fixture(scope="module")
def empty_register(tmp_path_factory) -> Path:
    """A register without cases: every count is 0, so nothing needs protecting."""
    db = tmp_path_factory.mktemp("lazy") / "casus.db"
    ws, _ = login.create_register(db, ADMIN, PASSWORD)
    ws.close()
    return db


def _loaded_by_export(db: Path, fmt: str, out: Path) -> list[str]:
    code = child_clock_code() + (
        "import json, sys\n"
        "from casus_app.cli.main import main\n"
        f"status = main(['export-counts', '--period', '2026Q3', '--format', {fmt!r}, '--out', {str(out)!r}])\n"
        f"heavy = sorted({{name.split('.')[0] for name in sys.modules}} & set({HEAVY!r}))\n"
        f"heavy += sorted({{name for name in sys.modules if name.startswith({UNNEEDED!r})}})\n"
        "print(json.dumps({'status': status, 'heavy': heavy}))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASUS_")}
    env.update(
        {
            "CASUS_KDF_TARGET_SECONDS": "0",
            "CASUS_DB": str(db),
            "CASUS_USER": ADMIN,
            "CASUS_PASSWORD": PASSWORD,
        }
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["status"] == 0
    assert out.exists()
    return outcome["heavy"]


def test_the_csv_export_loads_no_heavy_module(empty_register: Path, tmp_path: Path):
    assert _loaded_by_export(empty_register, "csv", tmp_path / "cijfers.csv") == []


def test_the_xlsx_export_loads_its_own_renderer_only(empty_register: Path, tmp_path: Path):
    # The check sees what is loaded: the workbook's renderer is (openpyxl brings numpy along when
    # it is installed), the PDF's and Qt are not.
    heavy = _loaded_by_export(empty_register, "xlsx", tmp_path / "cijfers.xlsx")
    assert "openpyxl" in heavy
    assert not {"PySide6", "reportlab", "alembic", "highspy"} & set(heavy)


def test_the_schema_version_read_from_the_files_is_alembics():
    # Opening an up-to-date register answers from the migration files without Alembic.
    assert migrations.head_from_files() == migrations.head_revision()
