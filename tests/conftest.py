"""Shared fixtures: every test works on a real, temporary SQLCipher register."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from casus_app.domain import clock

# Key derivation at the RFC 9106 floor (same algorithm, no tuning towards 0.5 s per slot).
os.environ.setdefault("CASUS_KDF_TARGET_SECONDS", "0")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the Dutch interface, whatever the machine's locale.
os.environ.setdefault("CASUS_LANGUAGE", "nl")

# The property tests draw the same examples on every run (a failure in CI can be run again here);
# `HYPOTHESIS_PROFILE=explore` draws new ones, to look for more.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

REPO = Path(__file__).resolve().parents[1]
# Copies of the specification's example file and schema: the tests need nothing outside the repo.
FIXTURES = REPO / "tests" / "fixtures"
EXAMPLE = FIXTURES / "voorbeeld.json"
SCHEMA_PATH = FIXTURES / "exchange-v1.schema.json"
ADMIN, PASSWORD = "beheer", "een lang wachtwoord"

# The day every test runs on, whatever the machine's clock says: Monday 30 November 2026, 10:00.
# The tests were written in November 2026 and their fixed dates (the example file, plans measured
# on 1 November) lie before it. A test that needs another day installs its own clock:
# `with clock.installed(clock.FixedClock(day)):`; tests/services/test_any_day.py runs on awkward days.
TEST_DAY = dt.date(2026, 11, 30)
_SESSION_CLOCK = clock.current()
if not isinstance(_SESSION_CLOCK, clock.DayClock):  # this file can be imported twice (as `tests.conftest`)
    _SESSION_CLOCK = clock.DayClock(dt.datetime.combine(TEST_DAY, dt.time(10, 0), dt.UTC))
    clock.install(_SESSION_CLOCK)  # at import: module-level code and module fixtures see it too


@pytest.fixture(autouse=True)
def _fixed_day():
    """Every test starts on TEST_DAY with the one session clock (so times stay ordered across
    tests and module-scoped registers); a clock a test installs and forgets is undone."""
    clock.install(_SESSION_CLOCK)
    yield
    clock.install(_SESSION_CLOCK)


def casus_command(*args: str) -> list[str]:
    """The command line to run `casus-app *args` in a child process that shares this process's
    clock (day and time), so a CLI test behaves the same on any date."""
    return [sys.executable, str(REPO / "tests" / "clocked_cli.py"), clock.now().isoformat(), *args]


def child_clock_code() -> str:
    """Python lines that give a `python -c` child process this process's clock; put them first."""
    return (
        "import datetime as _dt\nfrom casus_app.domain import clock as _clock\n"
        f"_clock.install(_clock.DayClock(_dt.datetime.fromisoformat({clock.now().isoformat()!r})))\n"
    )


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "register" / "casus.db"


@pytest.fixture
def admin_ws(register_path: Path):
    from casus_app.services.auth import login

    ws, _ = login.create_register(register_path, ADMIN, PASSWORD)
    yield ws
    ws.close()


@pytest.fixture
def example_ws(admin_ws):
    """A register holding the example file."""
    from casus_app.services.exchange.importer import import_file

    import_file(admin_ws, EXAMPLE)
    return admin_ws


@pytest.fixture(autouse=True)
def _garbage_on_the_main_thread():
    """As in the app (casus_app/ui/shell/garbage.py): no automatic collection, which could run in a
    worker thread and destroy Qt objects there; collect on the main thread between tests."""
    import gc

    gc.disable()
    yield
    gc.collect()
    gc.enable()
