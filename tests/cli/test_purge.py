"""`casus-app purge --dry-run` and `casus-app purge`, as a script runs them."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from casus_app.domain import clock
from casus_app.domain.enums import CaseKind, Role
from casus_app.services.admin import users
from casus_app.services.auth import login
from casus_app.services.exchange.importer import import_file
from casus_app.services.privacy import retention
from casus_app.storage.models import Case
from tests.conftest import ADMIN, PASSWORD, REPO, casus_command
from tests.services.privacy.privacy_data import case, person, write_exchange


def casus(*args: str, db: Path, user: str = ADMIN) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASUS_")}
    env.update(
        {"CASUS_KDF_TARGET_SECONDS": "0", "CASUS_DB": str(db), "CASUS_USER": user, "CASUS_PASSWORD": PASSWORD}
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


@pytest.fixture
def db(register_path, tmp_path) -> Path:
    ws, _ = login.create_register(register_path, ADMIN, PASSWORD)
    recent = clock.today() - dt.timedelta(days=30)  # closed, but far from a 24-month period
    try:
        cases = [
            case(
                "OUD-1",
                start="2019-01-10",
                end="2020-03-01",
                persons=[person("B1", "Ada", "Oud", "1970-01-01")],
            ),
            case("OUD-2", start="2019-01-10", end="2021-03-01"),
            case("NIEUW-1", start=f"{recent - dt.timedelta(days=30)}", end=f"{recent}"),
        ]
        import_file(ws, write_exchange(tmp_path / "cases.json", cases))
        users.add_user(ws, "prof", PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    finally:
        ws.close()
    return register_path


def set_casework_period(db: Path, months: int) -> None:
    ws = login.login(db, ADMIN, PASSWORD)
    try:
        retention.set_retention_period(ws, CaseKind.CASEWORK, months)
    finally:
        ws.close()


def refs(db: Path) -> list[str]:
    ws = login.login(db, ADMIN, PASSWORD)
    try:
        with ws.register.read_session() as session:
            return sorted(session.scalars(select(Case.ref)))
    finally:
        ws.close()


def test_without_any_period_nothing_is_removed_and_the_script_fails(db):
    run = casus("purge", db=db)
    assert run.returncode == 1
    assert "nog geen bewaartermijn ingesteld" in run.stderr and "Traceback" not in run.stderr
    assert refs(db) == ["NIEUW-1", "OUD-1", "OUD-2"]


def test_dry_run_lists_and_keeps_then_purge_removes(db):
    set_casework_period(db, 24)
    dry = casus("purge", "--dry-run", db=db)
    assert dry.returncode == 0, dry.stderr
    assert "Over de bewaartermijn: 2 casussen." in dry.stdout
    assert (
        "OUD-1  casuïstiek  Hoensbroek  afgesloten 01-03-2020  termijn verstreken op 01-03-2022  1 betrokkene(n)"
        in dry.stdout
    )
    assert "NIEUW-1" not in dry.stdout and "Proefdraai: er is niets verwijderd." in dry.stdout
    assert "let op: De bewaartermijn is nog niet ingesteld voor leefbaarheid en doorbraak" in dry.stderr
    assert refs(db) == ["NIEUW-1", "OUD-1", "OUD-2"]

    run = casus("purge", db=db)
    assert run.returncode == 0, run.stderr
    assert "Verwijderd: 2 casussen met 1 betrokkenen, 0 afspraken en 0 besprekingen." in run.stdout
    assert "De monitoringcijfers blijven gelijk: alleen anonieme telgegevens zijn bewaard." in run.stdout
    assert "Ada" not in run.stdout + run.stderr
    assert refs(db) == ["NIEUW-1"]
    again = casus("purge", db=db)
    assert again.returncode == 0 and "geen casussen over de bewaartermijn" in again.stdout


def test_a_professional_may_not_purge_and_wrong_usage_exits_2(db):
    set_casework_period(db, 24)
    refused = casus("purge", db=db, user="prof")
    assert refused.returncode == 1 and "beheerder" in refused.stderr
    wrong = casus("purge", "--alles", db=db)
    assert wrong.returncode == 2 and "onjuist gebruik" in wrong.stderr
    assert refs(db) == ["NIEUW-1", "OUD-1", "OUD-2"]


def test_exports_of_earlier_periods_are_the_same_after_a_purge(db, tmp_path):
    def export(period: str, name: str) -> bytes:
        out = tmp_path / f"{name}-{period}.csv"
        result = casus("export-counts", "--period", period, "--format", "csv", "--out", str(out), db=db)
        assert result.returncode == 0, result.stderr
        return out.read_bytes()

    periods = ("2019", "2020Q1", "2020", "2021H1", "2021")
    before = {period: export(period, "before") for period in periods}
    # OUD-1 closed in 2020: small, so published as x (a removed case without a stub would read 0).
    assert "2020;TOTAAL;casussen_afgesloten;totaal;x" in before["2020"].decode()
    set_casework_period(db, 24)
    run = casus("purge", db=db)
    assert run.returncode == 0 and "Verwijderd: 2 casussen" in run.stdout, run.stderr
    assert refs(db) == ["NIEUW-1"]
    assert {period: export(period, "after") for period in periods} == before
