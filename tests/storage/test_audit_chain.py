"""The audit chain shows a changed, inserted or deleted entry, also one rebuilt with the key."""

from __future__ import annotations

from sqlalchemy import text

from casus_app.services.admin.verify import verify
from casus_app.services.auth import login
from casus_app.services.cases.queries import get_case, list_cases
from casus_app.storage import audit
from tests.conftest import ADMIN, PASSWORD


def _entries(ws) -> int:
    with ws.register.read_session() as session:
        return audit.head(session)[0]


def _tamper(ws, *statements: str) -> None:
    with ws.register.session() as session:
        session.execute(text("DROP TRIGGER audit_log_no_update"))
        session.execute(text("DROP TRIGGER audit_log_no_delete"))
        for statement in statements:
            session.execute(text(statement))


def _audit_detail(ws) -> str:
    report = verify(ws)
    return next(detail for what, ok, detail in report.checks if what == "Auditlog" and not ok)


def test_triggers_refuse_update_and_delete(example_ws):
    import pytest
    from sqlalchemy.exc import DatabaseError

    with pytest.raises(DatabaseError), example_ws.register.session() as session:
        session.execute(text("UPDATE audit_log SET user_name = 'x' WHERE seq = 1"))
    with pytest.raises(DatabaseError), example_ws.register.session() as session:
        session.execute(text("DELETE FROM audit_log WHERE seq = 1"))


def test_intact_chain_verifies(example_ws):
    case = list_cases(example_ws)[0]
    get_case(example_ws, case.id)
    report = verify(example_ws)
    assert report.ok, report.checks


def test_changed_entry_is_named(example_ws):
    _tamper(example_ws, "UPDATE audit_log SET user_name = 'iemand' WHERE seq = 2")
    assert "Auditregel 2 is gewijzigd" in _audit_detail(example_ws)


def test_deleted_entry_is_named(example_ws):
    for _ in range(3):
        get_case(example_ws, list_cases(example_ws)[0].id)
    _tamper(example_ws, "DELETE FROM audit_log WHERE seq = 3")
    assert "Auditregel 3 ontbreekt" in _audit_detail(example_ws)


def test_truncated_chain_shows_against_the_external_head(example_ws, register_path):
    get_case(example_ws, list_cases(example_ws)[0].id)
    example_ws.register.save_audit_head()
    last = _entries(example_ws)
    _tamper(example_ws, f"DELETE FROM audit_log WHERE seq >= {last - 1}")
    detail = _audit_detail(example_ws)
    assert f"{last - 1}–{last}" in detail and "ontbreken" in detail


def test_rebuilt_chain_shows_against_the_external_head(example_ws):
    """Someone holding the key rewrites an entry and recomputes every hash after it."""
    example_ws.register.save_audit_head()
    with example_ws.register.read_session() as session:
        rows = session.execute(text("SELECT * FROM audit_log ORDER BY seq")).mappings().all()
    statements = []
    prev = audit.GENESIS
    for row in rows:
        fields = dict(row)
        if fields["seq"] == 1:
            fields["user_name"] = "vervalst"
        new_hash = audit.compute_hash(fields, prev)
        statements.append(
            f"UPDATE audit_log SET user_name = '{fields['user_name']}', prev_hash = '{prev}', "
            f"row_hash = '{new_hash}' WHERE seq = {fields['seq']}"
        )
        prev = new_hash
    _tamper(example_ws, *statements)
    assert "herschreven" in _audit_detail(example_ws)


def test_a_view_is_one_entry_naming_the_people_shown(example_ws):
    case = next(row for row in list_cases(example_ws) if row.ref == "2026-001")
    detail = get_case(example_ws, case.id)
    with example_ws.register.read_session() as session:
        rows = session.execute(
            text(
                "SELECT action, object_type, person_id, case_id, details FROM audit_log WHERE action = 'view'"
            )
        ).all()
    assert [p.ref for p in detail.persons] == ["B1"]
    assert rows == [("view", "case", None, case.id, "casus geopend; 1 betrokkene: B1")]


def test_chain_survives_reopening(example_ws, register_path):
    example_ws.close()
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        assert verify(ws).ok
    finally:
        ws.close()
