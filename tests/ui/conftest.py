"""UI fixtures: one demo register per module (building it takes seconds), fresh logins per test."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from casus_app.services.auth.login import login
from casus_app.services.cases import queries as cases
from casus_app.services.workspace import Workspace

USER, PASSWORD = "beheer", "een lang wachtwoord"
N_CASES = 300


@dataclass(frozen=True)
class DemoRegister:
    path: Path
    total: int
    surname: str  # a betrokkene's surname; searching it puts that person's case on top
    full_name: str
    matches: int  # how many cases the surname search finds


def _searchable_person(ws: Workspace) -> tuple[str, str, int]:
    """A surname whose search returns, first, a case holding a person of that name."""
    for row in cases.list_cases(ws, cases.CaseFilter(kind="casuistiek"), limit=100):
        for person in cases.get_case(ws, row.id).persons:
            flt = cases.CaseFilter(text=person.last_name)
            top = cases.list_cases(ws, flt, limit=1)
            named = [p for p in cases.get_case(ws, top[0].id).persons if p.last_name == person.last_name]
            if named and len(person.last_name) >= 4:
                return person.last_name, named[0].full_name, cases.count_cases(ws, flt)
    raise AssertionError("the demo register has no searchable person")


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory) -> DemoRegister:
    """Built on TEST_DAY (the clock tests/conftest.py installs), so its cases, and the surname the
    search tests type (it may be "Şahin": type it with keyboard.type_text), are the same on any date."""
    from casus_app.services.demo.demo import create_demo_register

    path = tmp_path_factory.mktemp("ui") / "r.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASUS_KDF_TARGET_SECONDS", "0")
        ws, _ = create_demo_register(path, USER, PASSWORD, n_cases=N_CASES)
    try:
        surname, full_name, matches = _searchable_person(ws)
        total = cases.count_cases(ws)
    finally:
        ws.close()
    return DemoRegister(path, total, surname, full_name, matches)


@pytest.fixture(scope="session", autouse=True)
def casus_style(qapp):
    """The real stylesheet, so tests see the sizes and fonts a user sees."""
    from casus_app.app import apply_style

    apply_style(qapp)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setenv("CASUS_KDF_TARGET_SECONDS", "0")
    yield
    # No worker may outlive its test: it could still be holding a register open.
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def main_window(qtbot, demo_register):
    from casus_app.ui.shell.main_window import MainWindow

    window = MainWindow(login(demo_register.path, USER, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close_workspace()
