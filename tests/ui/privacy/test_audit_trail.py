"""The audit trail screen: filtering, lazy pages, the chain check that points at the break, the PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select, text

from casus_app.domain.enums import Role
from casus_app.services.admin import users
from casus_app.services.auth import login
from casus_app.services.cases.queries import CaseFilter, get_case, list_cases
from casus_app.services.exchange.importer import import_file
from casus_app.storage.models import AuditEntry
from casus_app.ui.privacy.audit_table import BROKEN_BACKGROUND
from casus_app.ui.privacy.audit_trail import AuditTrailView
from tests.conftest import EXAMPLE
from tests.ui.conftest import PASSWORD, USER


@pytest.fixture
def register(tmp_path):
    """The example cases, 250 searches by the beheerder and every case opened by a professional."""
    path = tmp_path / "r.db"
    ws, _ = login.create_register(path, USER, PASSWORD)
    import_file(ws, EXAMPLE)
    users.add_user(ws, "prof", PASSWORD, Role.PROFESSIONAL, areas=["HSB", "VRH"])
    for _ in range(250):
        list_cases(ws, CaseFilter(text="zoekwoord"), limit=1)  # one search entry each
    ws.close()
    ws = login.login(path, "prof", PASSWORD)
    for row in list_cases(ws):
        get_case(ws, row.id)
    ws.close()
    return path


@pytest.fixture
def view(qtbot, register):
    ws = login.login(register, USER, PASSWORD)
    widget = AuditTrailView(ws)
    qtbot.addWidget(widget)
    widget.resize(1340, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load()
    yield widget
    ws.close()


def column(view, c: int) -> list[str]:
    model = view.model
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_the_newest_entries_come_first_and_more_come_when_scrolled(qtbot, view):
    total = view.model.total
    assert total > 250 and view.count_label.text() == f"{total} regels"
    assert view.model.rowCount() == 200
    seqs = [int(s) for s in column(view, 0)]
    assert seqs == sorted(seqs, reverse=True)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > 200, timeout=5_000)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == total, timeout=5_000)


def test_filtering_by_user_and_action(qtbot, view):
    assert "prof" in [view.user_combo.itemText(i) for i in range(view.user_combo.count())]
    view.user_combo.setEditText("prof")
    view.action_combo.setCurrentIndex(view.action_combo.findData("view"))
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    assert view.count_label.text() == "3 regels"  # three cases opened, one entry each
    assert set(column(view, 2)) == {"prof"} and set(column(view, 4)) == {"ingezien"}
    view.case_edit.setText("2026-003")
    qtbot.keyClick(view.case_edit, Qt.Key.Key_Return)
    assert view.count_label.text() == "1 regel"
    assert column(view, 5) == ["casus 2026-003"]
    assert column(view, 10) == ["casus geopend; 2 betrokkenen: B1, B2"]
    # The case list the professional saw: one entry, in Dutch, naming the cases it showed.
    view.case_edit.clear()
    view.action_combo.setCurrentIndex(view.action_combo.findData("list"))
    assert view.action_combo.currentText() == "lijst ingezien"
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    assert column(view, 4) == ["lijst ingezien"] and column(view, 5) == ["casus"]
    assert column(view, 10) == [
        "casuslijst; filter: geen; volgorde nieuwste; getoond: 3 casussen: 2026-002, 2026-003, 2026-001"
    ]
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.model.total > 250


def test_a_tampered_entry_is_shown_where_the_chain_breaks(qtbot, view, tmp_path):
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.check is not None and view.verify_button.isEnabled(), timeout=10_000)
    assert "ongeschonden" in view.chain_ok_label.text() and view.jump_button.isHidden()
    assert view.chain_ok_label.isVisible() and view.chain_error_label.isHidden()

    ws = view._ws
    with ws.register.read_session() as session:
        target = session.scalar(
            select(AuditEntry.seq).where(AuditEntry.action == "search").limit(1).offset(40)
        )
    with ws.register.session() as session:
        session.execute(text("DROP TRIGGER audit_log_no_update"))
        session.execute(text(f"UPDATE audit_log SET details = '0 resultaten' WHERE seq = {target}"))

    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.check.ok, timeout=10_000)
    assert f"Eerste breuk bij regel {target}" in view.chain_error_label.text()
    assert f"Auditregel {target} is gewijzigd." in view.chain_error_label.text()
    assert (
        view.chain_error_label.isVisible() and view.chain_ok_label.isHidden() and view.jump_button.isVisible()
    )
    assert target not in [int(s.split()[0]) for s in column(view, 0)]  # too old for the first page

    qtbot.mouseClick(view.jump_button, Qt.MouseButton.LeftButton)
    row = view.table.currentIndex().row()
    assert view.model.index(row, 0).data() == f"{target} ⚠"
    assert view.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color() == QColor(BROKEN_BACKGROUND)
    assert "keten van het auditlog onderbroken" in view.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert view.model.index(row - 1, 0).data() == str(target + 1)  # the context above it is shown too
    assert f"rond regel {target}" in view.count_label.text()

    out = tmp_path / "selectie.pdf"
    view.export_pdf(out)
    qtbot.waitUntil(lambda: "geëxporteerd" in view.message_label.text(), timeout=20_000)
    assert "keten NIET in orde" in view.message_label.text() and out.exists()


def test_tables_do_not_copy_to_the_clipboard(qtbot, view):
    from PySide6.QtGui import QGuiApplication

    from casus_app.ui.session.clipboard_guard import ClipboardGuard

    guard = ClipboardGuard()
    try:
        QGuiApplication.clipboard().setText("iets anders")
        view.table.setFocus()
        view.table.selectRow(0)
        qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QGuiApplication.clipboard().text() == "iets anders"
        guard.clear_own()
        assert QGuiApplication.clipboard().text() == ""  # it came from Casus: cleared on lock
    finally:
        guard.stop()
