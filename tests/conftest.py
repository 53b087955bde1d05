"""Shared fixtures: every test works on a real, temporary SQLCipher register."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Key derivation at the RFC 9106 floor (same algorithm, no tuning towards 0.5 s per slot).
os.environ.setdefault("CASUS_KDF_TARGET_SECONDS", "0")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the Dutch interface, whatever the machine's locale.
os.environ.setdefault("CASUS_LANGUAGE", "nl")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = SHARED / "examples" / "voorbeeld.json"
ADMIN, PASSWORD = "beheer", "een lang wachtwoord"


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "register" / "casus.db"


@pytest.fixture
def admin_ws(register_path: Path):
    from casus_app.services import auth

    ws, _ = auth.create_register(register_path, ADMIN, PASSWORD)
    yield ws
    ws.close()


@pytest.fixture
def example_ws(admin_ws):
    """A register holding the shared example file."""
    from casus_app.services.exchange_import import import_file

    import_file(admin_ws, EXAMPLE)
    return admin_ws


@pytest.fixture(autouse=True)
def _garbage_on_the_main_thread():
    """As in the app (casus_app/ui/garbage.py): no automatic collection, which could run in a
    worker thread and destroy Qt objects there; collect on the main thread between tests."""
    import gc

    gc.disable()
    yield
    gc.collect()
    gc.enable()
