"""Shared parts of the benchmarks: whole processes measured one by one, the exchange file, the
key derivation on its own, and the two measurements that issue 15 set goals for (import against
the plain floor, the monitoring export as a whole process).

Every Casus figure is taken from a child process (`casus-app import`, `casus-app export-counts`)
beside a child doing the same work in plain SQLite, so wall-clock time, CPU time (`os.wait4`) and
peak memory (`tests/perf/peak.py`) belong to that one process and nothing else.
"""

from __future__ import annotations

import contextlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casus_app.domain import clock
from casus_app.domain.periods import Period
from casus_app.services.auth import login as auth
from casus_app.services.demo.data import write_exchange
from casus_app.storage.engine import key_pragma
from casus_app.storage.keys.keyslots import KeySlotFile
from casus_app.storage.maintenance import copy_encrypted
from casus_app.storage.register import sidecar_path
from tests.conftest import REPO
from tests.perf.plain_floor import counts_process

PASSWORD = "een lang wachtwoord"
IMPORT_GOAL = 6.0  # import ≤ 6× the plain floor (issue 15)
COUNTS_GOAL = 1.0  # the monitoring export as a whole process: ≤ 1 s plus the key derivation
COUNTS_GOAL_1M = 5.0  # the same at 1,000,000 cases: ≤ 5 s
MEMORY_GOAL_MB = 1024  # peak memory of import and export at 1,000,000 cases


@dataclass(frozen=True)
class Measured:
    wall: float  # seconds
    cpu: float  # user + system seconds of the child
    peak_mb: float  # the child's peak resident memory


def run_measured(args: list[str], env: dict[str, str]) -> Measured:
    """Run one Python child process; its wall-clock time, CPU time and peak memory. Fails on exit ≠ 0.

    `args` is a Python command line (`python -m MODULE …` or `python -c CODE …`); it runs under
    `tests.perf.peak`, which reports the child's own peak memory.
    """
    assert args[0] == sys.executable and args[1] in ("-m", "-c"), args
    wrapped = (
        [sys.executable, "-m", "tests.perf.peak", *args[2:]]
        if args[1] == "-m"
        else [sys.executable, "-m", "tests.perf.peak", "-c", *args[2:]]
    )
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryFile() as errors:
        peak_file = Path(folder) / "peak"
        started = time.perf_counter()
        child = subprocess.Popen(
            wrapped,
            cwd=REPO,
            env={**env, "CASUS_BENCH_PEAK_FILE": str(peak_file)},
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _, status, usage = os.wait4(child.pid, 0)  # the child's own rusage (Popen.wait drops it)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        assert child.returncode == 0, errors.read().decode("utf-8", "replace")
        peak_mb = int(peak_file.read_text("ascii")) / 1024
    return Measured(wall, usage.ru_utime + usage.ru_stime, peak_mb)


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without Casus's settings, and with Python's bytecode cache on: an installed
    Casus starts from compiled modules, which a shell with PYTHONDONTWRITEBYTECODE would deny."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("CASUS_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(extra)
    return env


def casus_cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "casus_app", *args]


def exchange_file(folder: Path, n_cases: int, *, shuffled: bool) -> Path:
    """The benchmark's exchange file, one case per line; `shuffled` puts the cases in random order.

    The demo data come in order of registration, so every date index grows at its end; files
    from the field (the 'hidden' scenario of issue 15) do not, and there a small page cache
    decrypts and encrypts the same index pages over and over.
    """
    path = folder / f"exchange-{n_cases}{'-shuffled' if shuffled else ''}.json"
    if path.exists():
        return path
    write_exchange(path, n_cases, seed=42)
    if shuffled:
        lines = path.read_text("utf-8").splitlines(keepends=True)
        first = lines.index('"casussen":[\n') + 1
        last = next(i for i in range(first, len(lines)) if lines[i].startswith("]"))
        cases = [line.rstrip().rstrip(",") for line in lines[first:last]]
        random.Random(15).shuffle(cases)
        lines[first:last] = [case + ",\n" for case in cases[:-1]] + [cases[-1] + "\n"]
        path.write_text("".join(lines), "utf-8")
    return path


def kdf_seconds(db: Path, user: str, password: str) -> tuple[float, float]:
    """The key derivation of `user`'s key slot on its own, wall-clock and CPU time (all its lanes):
    what a login must spend by design."""
    slots = KeySlotFile.load(sidecar_path(db))
    started, started_cpu = time.perf_counter(), time.process_time()
    opening = slots.open_user(user, password)
    elapsed, elapsed_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    opening.wipe()
    return elapsed, elapsed_cpu


def quarter() -> Period:
    return Period.quarter_of(clock.today()).previous_quarter()


def ratio(casus: float, floor: float) -> str:
    return f"{casus / floor:.1f}×" if floor else "–"


@dataclass(frozen=True)
class ImportRun:
    db: Path  # the register the import filled (user beheer, PASSWORD)
    casus: Measured  # `casus-app import` as a whole process
    floor: Measured  # plain SQLite doing the same inserts, as a process


def measure_import(folder: Path, source: Path) -> ImportRun:
    """A new register, `casus-app import SOURCE` into it, and the plain floor beside it."""
    for old in folder.glob("casus.db*"):
        old.unlink()
    for old in folder.glob("floor*.db*"):
        old.unlink()
    db = folder / "casus.db"
    with _environ(CASUS_KDF_TARGET_SECONDS="0"):  # the import is measured, not the login
        ws, _ = auth.create_register(db, "beheer", PASSWORD)
    try:
        empty = folder / "floor-schema.db"
        copy_encrypted(ws.register, empty)
        pragma = key_pragma(ws.register.key)
    finally:
        ws.close()
    env = clean_env(CASUS_DB=str(db), CASUS_USER="beheer", CASUS_PASSWORD=PASSWORD)
    casus = run_measured(casus_cli("import", str(source)), env)
    floor = run_measured(
        [sys.executable, "-m", "tests.perf.plain_floor", str(source), str(folder / "floor.db"), str(empty)],
        clean_env(CASUS_BENCH_KEY_PRAGMA=pragma),
    )
    return ImportRun(db, casus, floor)


@dataclass(frozen=True)
class CountsRun:
    casus: Measured  # `casus-app export-counts` for one quarter, CSV, as a whole process (median)
    kdf: float  # the key derivation of the user's slot alone (median)
    kdf_cpu: float  # its CPU time, all lanes (median)
    floor: Measured  # a process counting the same nine tables in plain SQLite (median)
    period: Period

    @property
    def without_kdf(self) -> float:
        return self.casus.wall - self.kdf

    @property
    def without_kdf_cpu(self) -> float:
        """The same in CPU time: what the process needs on a machine of its own, whatever else runs."""
        return self.casus.cpu - self.kdf_cpu


def measure_counts(
    db: Path,
    user: str,
    plain: Path,
    out: Path,
    runs: int = 3,
    fmt: str = "csv",
    period: Period | None = None,
) -> CountsRun:
    """The monitoring export of `period` (last quarter) as a whole process, its key derivation alone, the floor."""
    period = period or quarter()
    env = clean_env(CASUS_DB=str(db), CASUS_USER=user, CASUS_PASSWORD=PASSWORD)
    args = casus_cli("export-counts", "--period", period.code, "--format", fmt, "--out", str(out))
    floor_args = counts_process(
        plain, period.begin.isoformat(), period.end.isoformat(), out.with_suffix(".plain")
    )
    run_measured(args, env)  # once unmeasured: the bytecode cache and the file system cache warm
    casus = _median([run_measured(args, env) for _ in range(runs)])
    floor = _median([run_measured(floor_args, clean_env()) for _ in range(runs)])
    kdfs = [kdf_seconds(db, user, PASSWORD) for _ in range(runs)]
    kdf, kdf_cpu = statistics.median(w for w, _ in kdfs), statistics.median(c for _, c in kdfs)
    return CountsRun(casus, kdf, kdf_cpu, floor, period)


def _median(runs: list[Measured]) -> Measured:
    return Measured(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.peak_mb for r in runs),
    )


@contextlib.contextmanager
def _environ(**values: str) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
