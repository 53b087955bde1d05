"""Monitoring › Uitgebrachte exports…: the release ledger for the coordinator, by keyboard, no numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from casus_app.reports.monitoring.formats import renderer_for
from casus_app.services.auth import login
from casus_app.services.monitoring.export import export_counts
from casus_app.ui.monitoring import release_dialog
from casus_app.ui.monitoring.coordinator_page import CoordinatorPage
from casus_app.ui.monitoring.release_dialog import ReleaseLedgerDialog
from tests.services.monitoring import monitoring_register as reg

USER, PASSWORD = "beheer", "een lang wachtwoord"


@pytest.fixture
def ws(tmp_path):
    ws, _ = login.create_register(tmp_path / "r.db", USER, PASSWORD, display_name="Bea Beheer")
    reg.load(ws, tmp_path)
    yield ws
    ws.close()


def rows(dialog: ReleaseLedgerDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_ledger_lists_every_release_newest_first(qtbot, ws, tmp_path):
    export_counts(ws, "2026Q3", "csv", tmp_path / "a.csv", render=renderer_for("csv"))
    export_counts(ws, "2026", "xlsx", tmp_path / "b.xlsx", render=renderer_for("xlsx"), min_count=7)
    dialog = ReleaseLedgerDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = rows(dialog)
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in shown] == [
        ("2026", "7", "Bea Beheer", "XLSX", "ongewijzigd"),
        ("2026Q3", "5", "Bea Beheer", "CSV", "ongewijzigd"),
    ]
    assert all(r[1].startswith("30-11-2026 om ") for r in shown)
    assert not dialog.empty_label.isVisible()
    # No numbers of the exports and nothing personal of the register.
    text = "\n".join(cell for row in shown for cell in row)
    for personal in reg.PERSONAL:
        assert personal not in text
    # By keyboard: the table has the focus, Escape closes.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.table.hasFocus)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_empty_ledger_says_so(qtbot, ws):
    dialog = ReleaseLedgerDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0 and dialog.empty_label.isVisible()


def test_the_coordinator_page_opens_it_by_keyboard(qtbot, ws, monkeypatch):
    opened = []
    monkeypatch.setattr(release_dialog.ReleaseLedgerDialog, "exec", lambda self: opened.append(rows(self)))
    page = CoordinatorPage(ws)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=20_000)
    assert page.ledger_button.shortcut().toString() == "Alt+U"
    # In the tab order right after Effecten…, and Space presses it.
    assert page.effects_button.nextInFocusChain() is page.ledger_button
    qtbot.keyClick(page.ledger_button, Qt.Key.Key_Space)
    assert opened == [[]]
