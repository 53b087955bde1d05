"""The lazy case list logs one entry per view: the query with its first page, one per further page the
user scrolls to, none per row drawn; a search logs the cases it showed, never the words typed."""

from __future__ import annotations

from sqlalchemy import select

from casus_app.storage.models import AuditEntry
from tests.ui.keyboard import type_text


def list_entries(ws) -> list[AuditEntry]:
    """The list and search entries of this login (the fixture logs in afresh for each test)."""
    with ws.register.read_session() as session:
        login = session.scalar(
            select(AuditEntry.seq)
            .where(AuditEntry.action == "login_ok")
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        )
        return list(
            session.scalars(
                select(AuditEntry)
                .where(
                    AuditEntry.seq > login,
                    AuditEntry.action.in_(["list", "search"]),
                    AuditEntry.object_type == "case",
                )
                .order_by(AuditEntry.seq)
            )
        )


def logged_refs(entry: AuditEntry) -> list[str]:
    return entry.details.rsplit(": ", 1)[1].split(", ")


def shown_refs(table) -> list[str]:
    model = table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_scrolling_the_case_list_logs_each_page_once_and_no_row(qtbot, main_window, demo_register):
    table = main_window.case_list.table
    first = table.model().rowCount()
    assert 0 < first < demo_register.total
    for row in range(first):  # drawing rows, tooltips included, logs nothing
        table.model().index(row, 4).data()
    (entry,) = list_entries(main_window.ws)
    assert entry.action == "list" and entry.details.startswith("casuslijst; filter: geen; volgorde nieuwste")
    assert logged_refs(entry) == shown_refs(table)

    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.model().rowCount() == demo_register.total)
    table.scrollToBottom()  # nothing more to fetch: nothing more logged
    entries = list_entries(main_window.ws)
    assert len(entries) == 2
    assert entries[1].details.startswith("casuslijst, verder gescrold: ")
    assert logged_refs(entries[0]) + logged_refs(entries[1]) == shown_refs(table)


def test_a_search_typed_into_the_list_is_one_entry_without_the_name(qtbot, main_window, demo_register):
    case_list = main_window.case_list
    before = len(list_entries(main_window.ws))
    type_text(qtbot, case_list.search_edit, demo_register.surname)
    expected = "1 casus" if demo_register.matches == 1 else f"{demo_register.matches} casussen"
    qtbot.waitUntil(lambda: main_window.count_label.text() == expected, timeout=3000)
    entries = list_entries(main_window.ws)[before:]
    assert [e.action for e in entries] == ["search"]  # typing letter by letter is one search
    details = entries[0].details
    assert "gezocht op naam of tekst (zoektekst niet vastgelegd)" in details
    assert demo_register.surname.casefold() not in details.casefold()
    assert logged_refs(entries[0]) == shown_refs(case_list.table)
