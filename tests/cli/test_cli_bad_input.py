"""Bad input on the command line: exit status 1, a Dutch message on stderr, never a traceback, and
the register as it was (issue 10, part 4)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from casus_app.domain.enums import AuditAction
from casus_app.services.auth import login
from casus_app.services.exchange.importer import import_file
from casus_app.storage.models import Area, AuditEntry, Case, Category, Meeting, Organisation, Person
from tests.conftest import ADMIN, PASSWORD, REPO, casus_command
from tests.services.exchange.exchange_bad_files import BAD_FILES, IDS, example


def casus(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASUS_")}
    env.update(
        {
            "CASUS_KDF_TARGET_SECONDS": "0",
            "CASUS_DB": str(db),
            "CASUS_USER": ADMIN,
            "CASUS_PASSWORD": PASSWORD,
        }
    )
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
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register holding the example under other refs, so a bad file has only its own error."""
    path = tmp_path_factory.mktemp("register") / "casus.db"
    doc = example()
    for case in doc["casussen"]:
        case["ref"] = case["ref"].replace("2026", "2025")
    doc["overleggen"][0]["ref"] = "OV-OUD"
    doc["overleggen"][0]["besproken"][0]["casus"] = "2025-001"
    source = path.with_name("oud.json")
    source.write_text(json.dumps(doc), encoding="utf-8")
    ws, _ = login.create_register(path, ADMIN, PASSWORD)
    try:
        import_file(ws, source)
    finally:
        ws.close()
    return path


def contents(db: Path) -> tuple:
    """Everything an import or an export could change, and the export entries of the audit log."""
    ws = login.login(db, ADMIN, PASSWORD)
    try:
        with ws.register.read_session() as session:
            rows = tuple(
                tuple(session.execute(select(*columns).order_by(*columns)).all())
                for columns in (
                    (Case.ref, Case.summary),
                    (Person.first_name, Person.last_name, Person.birth_date),
                    (Meeting.ref,),
                    (Area.code, Area.name),
                    (Organisation.code, Organisation.name),
                    (Category.code, Category.kind),
                )
            )
            exports = session.scalars(
                select(AuditEntry.details).where(AuditEntry.action == AuditAction.EXPORT.value)
            ).all()
        return rows, tuple(exports)
    finally:
        ws.close()


def dutch_refusal(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("casus-app: "), result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


@pytest.mark.parametrize(("make", "place", "words"), [f[1:] for f in BAD_FILES], ids=IDS)
def test_a_bad_file_is_refused_in_dutch_and_changes_nothing(db, tmp_path, make, place, words) -> None:
    before = contents(db)
    bad = tmp_path / "bestand.json"
    bad.write_text(make(), encoding="utf-8")
    result = casus("import", str(bad), db=db)
    dutch_refusal(result, "Het bestand is niet ingelezen", "Er is niets gewijzigd", place, words[0])
    assert contents(db) == before


@pytest.mark.parametrize("period", ["٢٠٢٦Q3", "２０２６Q3", "2026Q٣", "۲۰۲۶"])
def test_period_digits_are_ascii_only(db, tmp_path, period) -> None:
    out = tmp_path / "telling.csv"
    result = casus("export-counts", "--period", period, "--format", "csv", "--out", str(out), db=db)
    dutch_refusal(result, "andere cijfers dan 0–9", "2026Q3")
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "{missing}/register.json"],
        *(
            ["export-counts", "--period", "2026Q3", "--format", fmt, "--out", f"{{missing}}/telling.{fmt}"]
            for fmt in ("csv", "xlsx", "pdf")
        ),
    ],
    ids=["export", "counts-csv", "counts-xlsx", "counts-pdf"],
)
def test_export_to_a_missing_folder(db, tmp_path, args) -> None:
    missing = tmp_path / "bestaat-niet"
    before = contents(db)
    result = casus(*(a.replace("{missing}", str(missing)) for a in args), db=db)
    dutch_refusal(result, f"De map {missing} bestaat niet")
    assert not missing.exists()
    assert list(tmp_path.iterdir()) == []
    assert contents(db) == before  # and no audit entry of an export that was not made
