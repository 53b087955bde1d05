"""How import and monitoring export grow with the register: 10,000 → 100,000 → 1,000,000 cases.

For each size: an exchange file with the cases in random order (as a file from the field comes),
`casus-app import` of it into a new register beside plain SQLite doing the same inserts, then the
monitoring export of last quarter (`casus-app export-counts --format csv`) as a whole process,
its key derivation measured on its own, beside a process counting the same tables in plain
SQLite. Every figure is a child process's own: wall-clock time and peak memory (`ru_maxrss`).

Not part of `make bench` (a million cases take many minutes and a 1 GB file): run it with
`make bench-growth`; CASUS_BENCH_GROWTH sets the sizes (default 10000,100000,1000000) and
CASUS_BENCH_GROWTH_DIR the folder (default a temporary one under /tmp). Each size's files are
deleted once it is measured. Prints one table; the goals of issue 15 are judged from it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from casus_app.services.auth import login as auth
from casus_app.storage.engine import key_pragma
from tests.perf.plain_floor import plaintext_copy
from tests.perf.processes import (
    COUNTS_GOAL,
    COUNTS_GOAL_1M,
    IMPORT_GOAL,
    MEMORY_GOAL_MB,
    PASSWORD,
    exchange_file,
    measure_counts,
    measure_import,
)

pytestmark = [pytest.mark.perf, pytest.mark.growth]
SIZES = [int(n) for n in os.environ.get("CASUS_BENCH_GROWTH", "10000,100000,1000000").split(",")]


def _measure(folder: Path, n_cases: int) -> str:
    source = exchange_file(folder, n_cases, shuffled=True)
    run = measure_import(folder, source)
    source.unlink()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASUS_KDF_TARGET_SECONDS", "0")
        ws = auth.login(run.db, "beheer", PASSWORD)
    try:
        plain = folder / "plain.db"
        plaintext_copy(run.db, key_pragma(ws.register.key), plain)
    finally:
        ws.close()
    counts = measure_counts(run.db, "beheer", plain, folder / "monitoring.csv")
    ratio = run.casus.wall / run.floor.wall
    line = (
        f"| {n_cases:>9,} | {run.casus.wall:>8.1f} | {run.floor.wall:>7.1f} | {ratio:>5.1f}× "
        f"| {run.casus.peak_mb:>7.0f} | {counts.casus.wall:>8.2f} | {counts.kdf:>5.2f} "
        f"| {counts.without_kdf:>10.2f} | {counts.without_kdf_cpu:>7.2f} | {counts.floor.wall:>7.2f} | {counts.casus.peak_mb:>7.0f} |"
    )
    print(line, flush=True)
    return line


def test_growth_of_import_and_counts():
    base = Path(os.environ.get("CASUS_BENCH_GROWTH_DIR") or tempfile.mkdtemp(prefix="casus-growth-"))
    header = (
        "| cases     | import s | floor s | ratio  | peak MB | counts s | KDF s | counts−KDF "
        "| its CPU | floor s | peak MB |\n"
        "|-----------|----------|---------|--------|---------|----------|-------|------------"
        "|---------|---------|---------|"
    )
    print(
        f"\nGrowth, cases in random order (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )
    print(header, flush=True)
    lines = []
    try:
        for n_cases in SIZES:
            folder = base / str(n_cases)
            folder.mkdir(parents=True, exist_ok=True)
            try:
                lines.append(_measure(folder, n_cases))
            finally:
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print("\n" + header)
    print("\n".join(lines))
    print(
        f"goals (issue 15): import ≤ {IMPORT_GOAL:.0f}× the floor; counts ≤ {COUNTS_GOAL:.0f} s plus the "
        f"key derivation (≤ {COUNTS_GOAL_1M:.0f} s at 1,000,000); peak memory ≤ {MEMORY_GOAL_MB} MB at 1,000,000"
    )
    assert len(lines) == len(SIZES)  # the figures are the result; goals are judged in the issue note
