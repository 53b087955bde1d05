"""`casus-app effect-import --series NAME FILE` and `export-counts --peiljaar`, as a script runs them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_export_counts import casus


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("effects") / "casus.db"
    assert casus("init", db=db).returncode == 0
    return db


def test_a_good_file_is_imported_and_reported_against_the_chosen_peiljaar(db: Path, tmp_path: Path):
    lines = ["buurt;maand;aantal"]
    lines += [f"Terschuren;2021-{m:02d};10" for m in range(1, 13)]
    lines += [f"Terschuren;2026-{m:02d};7" for m in range(1, 13)]
    source = tmp_path / "politie.csv"
    source.write_bytes("\r\n".join(lines).encode("cp1252"))
    done = casus("effect-import", "--series", "politie", str(source), db=db)
    assert done.returncode == 0, done.stderr
    assert "Effectreeks 'politie' ingelezen: 24 regels, 1 buurten, 24 maanden." in done.stdout
    out = tmp_path / "j.xlsx"
    made = casus(
        "export-counts",
        "--period",
        "2026",
        "--format",
        "xlsx",
        "--out",
        str(out),
        "--peiljaar",
        "2021",
        db=db,
    )
    assert made.returncode == 0, made.stderr
    sheet = openpyxl.load_workbook(out)["Effecten"]
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True) if row and row[0]}
    # GMS: Maria Gewanden (nothing) + Terschuren: 7 a month against 10 in 2021.
    assert rows["Maria Gewanden–Terschuren (GMS)"][1:6] == (120, 12, 84, 12, -0.3)
    assert "peiljaar 2021" in rows["focusbuurt"]


def test_bad_rows_fail_with_their_line_numbers(db: Path, tmp_path: Path):
    source = tmp_path / "fout.csv"
    source.write_text("buurt;maand;aantal\nTerschuren;2020-01;3\nNergens;2020-01;3\n", encoding="utf-8")
    failed = casus("effect-import", "--series", "slecht", str(source), db=db)
    assert failed.returncode == 1
    assert "regel 3: buurt 'Nergens' is onbekend" in failed.stderr
    assert "niets opgeslagen" in failed.stderr
    missing = casus("effect-import", "--series", "x", str(tmp_path / "weg.csv"), db=db)
    assert missing.returncode == 1 and "bestaat niet" in missing.stderr
    usage = casus("effect-import", str(source), db=db)
    assert usage.returncode == 2
