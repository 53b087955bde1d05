"""`casus-app export-counts` end to end, in separate processes as a script would run it."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import openpyxl
import pypdf
import pytest

from tests.conftest import PASSWORD, REPO, casus_command
from tests.services.monitoring import monitoring_register as reg

COCO, COCO_PASSWORD = "coco", "coco haar wachtwoord"
PRO, PRO_PASSWORD = "petra", "petra haar wachtwoord"


def casus(
    *args: str, db: Path, user: str = "beheer", password: str = PASSWORD, new_password: str | None = None
):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASUS_")}
    env.update(
        {"CASUS_KDF_TARGET_SECONDS": "0", "CASUS_DB": str(db), "CASUS_USER": user, "CASUS_PASSWORD": password}
    )
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


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """One register for the module: the exports add only audit entries and releases to it."""
    tmp_path = tmp_path_factory.mktemp("cli")
    db = tmp_path / "casus.db"
    assert casus("init", db=db).returncode == 0
    source = tmp_path / "register.json"
    source.write_text(json.dumps(reg.document(), ensure_ascii=False), "utf-8")
    assert casus("import", str(source), db=db).returncode == 0
    added = casus("user", "add", COCO, "--role", "coordinator", db=db, new_password=COCO_PASSWORD)
    assert added.returncode == 0, added.stderr
    added = casus(
        "user", "add", PRO, "--role", "professional", "--gebied", "HSB", db=db, new_password=PRO_PASSWORD
    )
    assert added.returncode == 0, added.stderr
    return db


def test_a_coordinator_exports_all_three_formats(db: Path, tmp_path: Path):
    for fmt in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"monitoring.{fmt}"
        result = casus(
            "export-counts",
            "--period",
            "2026Q3",
            "--format",
            fmt,
            "--out",
            str(out),
            db=db,
            user=COCO,
            password=COCO_PASSWORD,
        )
        assert result.returncode == 0, result.stderr
        assert str(out) in result.stdout
        assert (out.stat().st_mode & 0o777) == 0o600
    lines = (tmp_path / "monitoring.csv").read_text("utf-8").splitlines()
    assert lines[0] == "periode;gebied;indicator;uitsplitsing;waarde"
    assert "2026Q3;HSB;casussen_nieuw;casuistiek;x" in lines
    assert "2026Q3;HLH;casussen_nieuw;casuistiek;0" in lines
    assert openpyxl.load_workbook(tmp_path / "monitoring.xlsx").sheetnames[0] == "Toelichting"
    assert "3e kwartaal 2026" in pypdf.PdfReader(tmp_path / "monitoring.pdf").pages[0].extract_text()
    verified = casus("verify", db=db)
    assert verified.returncode == 0 and "FOUT" not in verified.stdout


def test_same_export_twice_gives_the_same_file(db: Path, tmp_path: Path):
    outputs = []
    for name in ("a.csv", "b.csv"):
        out = tmp_path / name
        assert (
            casus(
                "export-counts",
                "--period",
                "2026",
                "--format",
                "csv",
                "--out",
                str(out),
                "--min-count",
                "6",
                db=db,
            ).returncode
            == 0
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_another_k_for_a_released_period_is_refused_in_dutch(db: Path, tmp_path: Path):
    def export(k: str, name: str):
        out = tmp_path / name
        args = ("--period", "2025Q4", "--format", "csv", "--out", str(out), "--min-count", k)
        return casus("export-counts", *args, db=db, user=COCO, password=COCO_PASSWORD), out

    first, _ = export("6", "a.csv")
    assert first.returncode == 0, first.stderr
    refused, out = export("8", "b.csv")
    assert refused.returncode == 1 and not out.exists()
    message = " ".join(refused.stderr.split())
    assert "De periode 2025Q4 is op 30 november 2026 al uitgebracht met minimumaantal k = 6" in message
    assert "Exporteer deze periode opnieuw met k = 6" in message
    again, _ = export("6", "c.csv")
    assert again.returncode == 0, again.stderr


def test_a_professional_is_refused(db: Path, tmp_path: Path):
    out = tmp_path / "nee.csv"
    result = casus(
        "export-counts",
        "--period",
        "2026Q3",
        "--format",
        "csv",
        "--out",
        str(out),
        db=db,
        user=PRO,
        password=PRO_PASSWORD,
    )
    assert result.returncode == 1
    assert "coördinator" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "status", "needle"),
    [
        (["--period", "2026Q7", "--format", "csv"], 1, "Onbekende periode"),
        (["--period", "2026Q3", "--format", "csv", "--min-count", "3"], 1, "5 tot en met 10"),
        (["--period", "2026Q3", "--format", "docx"], 2, "onjuist gebruik"),
        (["--format", "csv"], 2, "onjuist gebruik"),
    ],
)
def test_wrong_input_is_explained(db: Path, tmp_path: Path, args, status, needle):
    result = casus("export-counts", *args, "--out", str(tmp_path / "x.csv"), db=db)
    assert result.returncode == status
    assert needle in result.stderr
    assert not (tmp_path / "x.csv").exists()


def _csv(db: Path, out: Path, period: str) -> list[str]:
    result = casus("export-counts", "--period", period, "--format", "csv", "--out", str(out), db=db)
    assert result.returncode == 0, result.stderr
    return out.read_text("utf-8").splitlines()


def test_a_date_range_of_one_quarter_counts_as_that_quarter(db: Path, tmp_path: Path):
    quarter = _csv(db, tmp_path / "q.csv", "2026Q3")
    ranged = _csv(db, tmp_path / "r.csv", "2026-07-01..2026-09-30")
    assert ranged[0] == quarter[0]
    assert all(line.startswith("2026-07-01..2026-09-30;") for line in ranged[1:])
    assert [line.split(";", 1)[1] for line in ranged[1:]] == [line.split(";", 1)[1] for line in quarter[1:]]


def test_since_the_start_counts_everything_up_to_the_end_date(db: Path, tmp_path: Path):
    lines = _csv(db, tmp_path / "s.csv", "..2026-09-30")
    assert all(line.startswith("..2026-09-30;") for line in lines[1:])
    assert len(lines) == len(_csv(db, tmp_path / "q.csv", "2026Q3"))  # the same tables, the same layout
    # The exact counts are in tests/services/monitoring/test_performance.py; here: HLH has no case.
    assert "..2026-09-30;HLH;casussen_nieuw;totaal;0" in lines


@pytest.mark.parametrize(
    ("period", "needle"),
    [
        ("2026-09-30..2026-07-01", "na haar einddatum"),
        ("2026-02-30..2026-03-31", "bestaat niet"),
        ("2026-07-01..", "geen einddatum"),
        ("2026-7-1..2026-09-30", "JJJJ-MM-DD"),
        ("..1989-12-31", "buiten het bereik"),
    ],
)
def test_a_wrong_date_range_is_explained_in_dutch(db: Path, tmp_path: Path, period: str, needle: str):
    out = tmp_path / "x.csv"
    result = casus("export-counts", "--period", period, "--format", "csv", "--out", str(out), db=db)
    assert result.returncode == 1
    assert needle in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
