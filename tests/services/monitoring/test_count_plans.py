"""How SQLite answers the nine counts (issue 15): every one reads indexes only, never the wide
rows that SQLCipher would decrypt page by page; the joins from afspraken, plans and doorbraken
to their case read the narrow `ix_cases_grouping` (migration 0016). The same counts over the stubs
kept by retention purges read only the stub tables' indexes (issue 13)."""

from __future__ import annotations

from sqlalchemy import event

from casus_app.domain.periods import Period
from casus_app.services.monitoring import counts


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
