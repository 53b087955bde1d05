"""Monitoring › Effecten…: a series imported by keyboard, its errors in Dutch with line numbers,
and the change per focusbuurt against the peiljaar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from casus_app.domain.periods import Period
from casus_app.services.auth import login
from casus_app.services.monitoring import effects
from casus_app.ui.monitoring.effects_dialog import EffectsDialog
from tests.ui.keyboard import type_text

USER, PASSWORD = "beheer", "een lang wachtwoord"


@pytest.fixture
def ws(tmp_path):
    ws, _ = login.create_register(tmp_path / "r.db", USER, PASSWORD)
    yield ws
    ws.close()


@pytest.fixture
def dialog(qtbot, ws):
    widget = EffectsDialog(ws, period=Period.parse("2026"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _rows(dialog: EffectsDialog) -> list[list[str]]:
    return [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]


def test_a_series_is_imported_by_keyboard_and_its_changes_shown(qtbot, ws, dialog, tmp_path, monkeypatch):
    lines = ["buurt;maand;aantal"]
    lines += [f"Vrieheide-De Stack;2020-{m:02d};20" for m in range(1, 13)]
    lines += [f"Vrieheide-De Stack;2026-{m:02d};17" for m in range(1, 13)]
    source = tmp_path / "politie-meldingen.csv"
    source.write_text("\n".join(lines), encoding="utf-8")
    assert dialog.empty_label.isVisible() and dialog.table.rowCount() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))

    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Bladeren…
    qtbot.waitUntil(lambda: dialog.file_edit.text() == str(source))
    assert dialog.series_edit.text() == "politie-meldingen"  # from the file's name
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Inlezen
    qtbot.waitUntil(lambda: "ingelezen" in dialog.status_label.text())
    assert (
        dialog.status_label.text() == "Reeks 'politie-meldingen' ingelezen: 24 regels, 1 buurten, 24 maanden."
    )
    assert not dialog.error_label.isVisible()
    rows = {row[1]: row for row in _rows(dialog)}
    assert set(rows) == {"Kasteelbuurt/Hoofdstraat-West", "Maria Gewanden–Terschuren (GMS)", "Vrieheide"}
    assert rows["Vrieheide"][0] == "politie-meldingen"
    assert rows["Vrieheide"][4].replace(",", ".") == "-15.0 %"  # 17 a month against 20
    assert rows["Maria Gewanden–Terschuren (GMS)"][4] == "–"

    # Another peiljaar, chosen by keyboard: 2026 against itself.
    qtbot.keyClick(dialog, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # Peil&jaar
    assert dialog.base_spin.hasFocus()
    dialog.base_spin.selectAll()
    type_text(qtbot, dialog.base_spin, "2026")
    qtbot.waitUntil(lambda: {r[1]: r for r in _rows(dialog)}["Vrieheide"][4].replace(",", ".") == "0.0 %")


def test_bad_rows_are_shown_in_dutch_and_nothing_is_stored(qtbot, ws, dialog, tmp_path):
    source = tmp_path / "fout.csv"
    source.write_bytes("buurt;maand;aantal\nTerschuren;2020-01;3\nTerschuren;januari;x\n".encode("cp1252"))
    type_text(qtbot, dialog.series_edit, "politie")
    dialog.file_edit.setText(str(source))
    dialog.import_button.click()
    assert dialog.error_label.isVisible()
    text = dialog.error_label.text()
    assert "niets opgeslagen" in text and "regel 3" in text and "maand 'januari'" in text
    assert effects.series_names(ws) == []
    assert dialog.table.rowCount() == 0
    # No file: said so, and the focus goes to the field.
    dialog.file_edit.clear()
    dialog.import_button.click()
    assert dialog.error_label.text() == "Kies eerst het bestand met de reeks."
