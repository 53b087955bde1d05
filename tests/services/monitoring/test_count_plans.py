"""How SQLite answers the nine counts (issue 15): every one reads indexes only, never the wide
rows that SQLCipher would decrypt page by page; the joins from afspraken, plans and doorbraken
to their case read the narrow `ix_cases_grouping` (migration 0016). The same counts over the stubs
kept by retention purges read only the stub tables' indexes (issue 13). So does
`adressen_aangepakt` (migration 0025)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from casus_app.domain.periods import Period
from casus_app.services.exchange.importer import import_file
from casus_app.services.monitoring import addresses, counts
from casus_app.services.privacy import retention
from casus_app.storage.models import Area
from tests.services.privacy.privacy_data import write_exchange
from tests.services.privacy.test_statistical_stubs import added_cases, load_added

PURGED_ON = dt.date(2026, 11, 30)


def _count_plans(ws) -> list[tuple[str, list[str]]]:
    statements: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, *_args) -> None:
        if "count(*)" in statement:
            statements.append((statement, parameters))

    event.listen(ws.register.engine, "before_cursor_execute", record)
    try:
        counts.count_tables(ws, Period.parse("2026Q3"))
    finally:
        event.remove(ws.register.engine, "before_cursor_execute", record)
    with ws.register.read_session() as session:
        connection = session.connection()
        return [
            (sql, [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)])
            for sql, params in statements
        ]


def _live(plans: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    return [(sql, steps) for sql, steps in plans if "stub_" not in sql]


def test_every_count_reads_indexes_only(admin_ws):
    plans = _live(_count_plans(admin_ws))
    assert len(plans) == 11  # ten indicators, overdue in two parts
    for sql, steps in plans:
        for step in steps:
            if step.startswith(("SEARCH", "SCAN")):
                assert "COVERING INDEX" in step or "INTEGER PRIMARY KEY" in step, (sql, steps)


def test_every_count_reads_the_stubs_too_by_their_indexes(admin_ws):
    plans = _count_plans(admin_ws)
    stubs = [(sql, steps) for sql, steps in plans if "stub_" in sql]
    assert len(stubs) == len(plans) - 11 == 11  # the same statements, over the stubs
    for sql, steps in stubs:
        read = [step for step in steps if step.startswith(("SEARCH", "SCAN"))]
        assert read and all(" stub_" in step for step in read), (sql, steps)
        assert all("COVERING INDEX" in step or "INTEGER PRIMARY KEY" in step for step in read), (sql, steps)


def test_the_joins_to_the_case_read_its_narrow_index(admin_ws):
    joined = [(sql, steps) for sql, steps in _live(_count_plans(admin_ws)) if "JOIN" in sql]
    assert len(joined) == 7  # made, made by type, done, overdue (two parts), plans, doorbraken
    for sql, steps in joined:
        assert any("cases USING COVERING INDEX ix_cases_grouping (id=?)" in step for step in steps), (
            sql,
            steps,
        )


# -- adressen_aangepakt (migration 0025) ---------------------------------------------------------
# The tables a count may look a row up in by its id: the overleggen (a few hundred a year) and the
# stubs tackled in the period (narrow rows without a name or text). Never a case, afspraak or bespreking.
SMALL_TABLES = ("meetings", "stub_cases")


@pytest.fixture
def purged_ws(admin_ws, tmp_path):
    """The purge register of test_statistical_stubs, purged: house Z is tackled in 2024Q1 only by a
    purged case and was tackled in 2023 only by a live one, so every step of the count runs."""
    load_added(admin_ws, tmp_path)
    assert retention.purge(admin_ws, today=PURGED_ON).cases == 4  # ZAAK-A, -B, -C and -Z
    return admin_ws


def _address_plans(ws, period: str) -> list[tuple[str, list[str]]]:
    statements: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "register_meta" not in statement:
            statements.append((statement, parameters))

    with ws.register.read_session() as session:
        areas = dict(session.execute(select(Area.id, Area.code)).all())
        event.listen(ws.register.engine, "before_cursor_execute", record)
        try:
            found = addresses.tackled_addresses(session, Period.parse(period), areas)
        finally:
            event.remove(ws.register.engine, "before_cursor_execute", record)
        assert found  # the plans below are of a count that found something
        connection = session.connection()
        return [
            (sql, [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)])
            for sql, params in statements
        ]


def test_addresses_tackled_read_covering_indexes_only(purged_ws):
    plans = _address_plans(purged_ws, "2024Q1")
    # The addresses tackled, the live cases at them with their activity; the stubs tackled, earlier
    # stubs at their hashes; the cases of a gebied whose house only a stub tackled (house Z) and
    # their earlier activity.
    assert len(plans) == 6, [sql for sql, _ in plans]
    used = set()
    for sql, steps in plans:
        for step in steps:
            table = step.split()[1] if step.startswith(("SEARCH", "SCAN")) else None
            if table is None or table.startswith("anon_") or "VIRTUAL TABLE" in step:
                continue  # not a read, or of a subquery's rows or of the JSON list of ids given
            if "INTEGER PRIMARY KEY" in step:
                assert table in SMALL_TABLES, (sql, steps)
            else:
                assert "COVERING INDEX" in step, (sql, steps)
                used.add(step.split("COVERING INDEX ")[1].split()[0])
    assert {
        "ix_cases_id_address",
        "ix_cases_address",
        "ix_actions_agreed_case",
        "ix_actions_case",
        "ix_discussions_meeting_case",
        "ix_discussions_case",
        "ix_meetings_date_status",
        "ix_stub_actions_agreed",
        "ix_stub_discussions_date",
        "ix_stub_cases_address",
        "ix_stub_actions_case",
        "ix_stub_discussions_case",
    } <= used, used


def test_a_register_without_a_purge_reads_no_stub_for_addresses(admin_ws, tmp_path):
    import_file(admin_ws, write_exchange(tmp_path / "live.json", added_cases(), []))
    plans = _address_plans(admin_ws, "2024Q1")
    assert len(plans) == 2 and not any("stub_" in sql for sql, _steps in plans)
