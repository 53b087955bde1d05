"""The audit trail: filters, pages, the chain check that points at the break, and the PDF."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from casus_app.domain import clock
from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import PermissionDenied
from casus_app.reports.privacy import audit_report
from casus_app.services.admin import users
from casus_app.services.auth import login
from casus_app.services.cases.queries import get_case, list_cases
from casus_app.services.privacy import audit_trail
from casus_app.services.privacy.audit_trail import AuditFilter
from casus_app.storage.models import AuditEntry, Person
from tests.conftest import ADMIN, PASSWORD


@pytest.fixture
def busy_ws(example_ws, register_path):
    """Views of every case by the beheerder and by a professional, so there is something to filter."""
    users.add_user(example_ws, "prof", PASSWORD, Role.PROFESSIONAL, areas=["HSB", "VRH"])
    for row in list_cases(example_ws):
        get_case(example_ws, row.id, reason="voorbereiding overleg")
    example_ws.close()
    ws = login.login(register_path, "prof", PASSWORD)
    for row in list_cases(ws):
        get_case(ws, row.id)
    ws.close()
    ws = login.login(register_path, ADMIN, PASSWORD)
    yield ws
    ws.close()


def tamper(ws, statement: str) -> None:
    with ws.register.session() as session:
        session.execute(text("DROP TRIGGER audit_log_no_update"))
        session.execute(text(statement))


def test_filters_by_user_action_case_person_and_period(busy_ws):
    ws = busy_ws
    everything = audit_trail.search(ws)
    assert everything.total >= 10 and everything.rows[0].seq > everything.rows[-1].seq  # newest first
    prof_views = audit_trail.search(ws, AuditFilter(user="prof", action=AuditAction.VIEW.value))
    assert prof_views.total == 3  # 3 cases opened, one entry each
    assert {r.user_name for r in prof_views.rows} == {"prof"} and {r.action for r in prof_views.rows} == {
        "view"
    }
    by_case = audit_trail.search(ws, AuditFilter(case="2026-003"))
    assert by_case.total == 2 and {r.case_id for r in by_case.rows} == {by_case.rows[0].case_id}
    with ws.register.read_session() as session:
        sanne, her_case = session.execute(
            select(Person.id, Person.case_id).where(Person.first_name == "Sanne")
        ).one()
    # Her case's openings showed her: entries about her case as a whole count as entries about her.
    by_person = audit_trail.search(ws, AuditFilter(person_id=sanne))
    assert by_person.total == 2 and {(r.case_id, r.person_id) for r in by_person.rows} == {(her_case, None)}
    assert {r.reason for r in by_person.rows} == {"voorbereiding overleg", None}
    today = clock.today()
    assert audit_trail.search(ws, AuditFilter(date_from=today, date_to=today)).total == everything.total + 4
    assert audit_trail.search(ws, AuditFilter(date_to=today - dt.timedelta(days=1))).total == 0
    assert audit_trail.search(ws, AuditFilter(case="bestaat-niet")).total == 0


def test_pages_follow_each_other_without_gaps_or_overlap(busy_ws):
    ws = busy_ws
    first = audit_trail.search(ws, AuditFilter(user=ADMIN), limit=4)
    seen = [r.seq for r in first.rows]
    after = first.before_seq
    while after is not None:
        page = audit_trail.search(ws, AuditFilter(user=ADMIN), before_seq=after, limit=4)
        seen += [r.seq for r in page.rows]
        after = page.before_seq
    with ws.register.read_session() as session:
        expected = list(
            session.scalars(
                select(AuditEntry.seq)
                .where(AuditEntry.user_name == ADMIN)
                .where(AuditEntry.seq < seen[0] + 1)
                .order_by(AuditEntry.seq.desc())
            )
        )
    assert seen == expected and len(seen) == first.total


def test_reading_the_trail_is_logged_by_filter_names_only(busy_ws):
    audit_trail.search(busy_ws, AuditFilter(user="prof", case="2026-001"))
    with busy_ws.register.read_session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (entry.object_type, entry.details) == ("audit_log", "filter: user, case")
    assert "prof" not in entry.details and "2026-001" not in entry.details


def test_a_tampered_entry_is_shown_at_the_right_place(busy_ws, tmp_path):
    ws = busy_ws
    assert audit_trail.verify(ws).ok
    with ws.register.read_session() as session:
        target = session.scalar(
            select(AuditEntry.seq)
            .where(AuditEntry.user_name == "prof")
            .order_by(AuditEntry.seq)
            .limit(1)
            .offset(2)
        )
        total = session.scalar(select(func.count()).select_from(AuditEntry))
    tamper(ws, f"UPDATE audit_log SET user_name = 'iemand anders' WHERE seq = {target}")
    check = audit_trail.verify(ws)
    assert not check.ok and check.first_break == target and check.entries == total
    assert [p.message for p in check.problems] == [f"Auditregel {target} is gewijzigd."]

    out = tmp_path / "audit.pdf"
    count, exported_check = audit_trail.export_pdf(
        ws, AuditFilter(date_from=clock.today()), out, audit_report.render
    )
    assert exported_check.first_break == target
    pdf = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert f"Eerste breuk bij regel {target}" in pdf and f"Auditregel {target} is gewijzigd." in pdf
    assert "iemand anders" in pdf and count >= total - 1
    assert "Sanne" not in pdf and "Voorbeeld" not in pdf  # the log holds no case content


def test_only_a_beheerder_reads_the_trail(busy_ws, register_path):
    busy_ws.close()
    ws = login.login(register_path, "prof", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            audit_trail.search(ws)
        with pytest.raises(PermissionDenied):
            audit_trail.verify(ws)
    finally:
        ws.close()


def test_entries_about_users_name_them_also_after_removal(busy_ws, tmp_path):
    from casus_app.reports.privacy import audit_report as report
    from casus_app.services.admin import user_admin

    users.add_user(busy_ws, "karel", PASSWORD, Role.PROFESSIONAL, areas=["HSB"], display_name="Karel Smeets")
    users.add_user(busy_ws, "tijdelijk", PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    user_admin.remove(busy_ws, "tijdelijk")
    rows = audit_trail.search(busy_ws, AuditFilter(action=AuditAction.USER_MANAGEMENT.value)).rows
    subjects = {row.subject for row in rows}
    assert "gebruiker karel (Karel Smeets)" in subjects
    assert "gebruiker tijdelijk" in subjects  # also the entry of the removal itself
    assert not any(
        s.split()[-1].isdigit() for s in subjects if s.startswith("gebruiker")
    )  # never a bare number
    case_rows = audit_trail.search(busy_ws, AuditFilter(action=AuditAction.VIEW.value)).rows
    assert all(row.subject == f"casus {row.object_id}" for row in case_rows if row.object_type == "case")
    out = tmp_path / "audit.pdf"
    audit_trail.export_pdf(busy_ws, AuditFilter(action=AuditAction.USER_MANAGEMENT.value), out, report.render)
    assert "Karel Smeets" in "".join(page.extract_text() for page in PdfReader(out).pages)
