"""The Bewaartermijnen screen: no case comes ticked, it says the figures stay, and it removes only
what the beheerder ticked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from casus_app.domain.enums import CaseKind
from casus_app.domain.periods import Period
from casus_app.services.auth import login
from casus_app.services.exchange.importer import import_file
from casus_app.services.monitoring import counts
from casus_app.services.privacy import retention
from casus_app.ui.privacy.retention import RetentionView
from tests.services.privacy.privacy_data import case, write_exchange
from tests.ui.conftest import PASSWORD, USER


def grand_totals(ws) -> dict[str, int]:
    return {t.indicator: sum(t.cells.values()) for t in counts.count_tables(ws, Period.parse("2020"))}


def test_nothing_is_ticked_beforehand_and_the_figures_stay(qtbot, tmp_path):
    ws, _ = login.create_register(tmp_path / "r.db", USER, PASSWORD)
    try:
        cases = [
            case("OUD-1", start="2020-01-10", end="2020-03-01"),
            case("OUD-2", "leefbaarheid", start="2020-02-01", end="2020-05-01"),
            case("OUD-3", "doorbraak", start="2020-03-01", end="2020-07-01"),
        ]
        import_file(ws, write_exchange(tmp_path / "x.json", cases))
        for kind in CaseKind:
            retention.set_retention_period(ws, kind, 12)
        before = grand_totals(ws)
        view = RetentionView(ws)
        qtbot.addWidget(view)
        view.show()
        view.load()

        assert view.table.rowCount() == 3
        states = [view.table.item(row, 0).checkState() for row in range(3)]
        assert states == [Qt.CheckState.Unchecked] * 3
        assert view.checked_ids() == []
        assert not view.purge_button.isEnabled()
        assert view.figures_label.isVisible()
        assert "De monitoringcijfers blijven gelijk" in view.figures_label.text()
        assert "anonieme telgegevens" in view.figures_label.text()

        # Tick one: only that one goes, and the counts of 2020 are what they were.
        row = next(r for r in range(3) if view.table.item(r, 0).text() == "OUD-2")
        view.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        assert view.purge_button.isEnabled() and view.purge_button.text() == "1 casus &verwijderen…"
        view.purge_checked(confirmed=True)
        qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=10_000)
        assert sorted(view.table.item(r, 0).text() for r in range(2)) == ["OUD-1", "OUD-3"]
        assert [view.table.item(r, 0).checkState() for r in range(2)] == [Qt.CheckState.Unchecked] * 2
        assert "Verwijderd: 1 casussen" in view.message_label.text()
        assert grand_totals(ws) == before
        assert before["casussen_nieuw"] == 3
        assert [c.ref for c in retention.cases_past_retention(ws, today=dt.date(2026, 11, 30))] == [
            "OUD-1",
            "OUD-3",
        ]
    finally:
        ws.close()
