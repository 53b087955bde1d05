"""Retention: no silent default, the cases past their period, and a purge that leaves no trace."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select, text

from casus_app.domain import clock
from casus_app.domain.enums import AuditAction, CaseKind, Role
from casus_app.domain.errors import InvalidInput, PermissionDenied
from casus_app.services.admin import users
from casus_app.services.auth import login
from casus_app.services.backup.create import backup, restore
from casus_app.services.cases.queries import get_case
from casus_app.services.exchange.importer import import_file
from casus_app.services.privacy import retention
from casus_app.storage.models import Action, AuditEntry, Case, Discussion, Person
from tests.conftest import ADMIN, PASSWORD
from tests.services.privacy.privacy_data import (
    action,
    case,
    decrypted_database,
    decrypted_wal,
    meeting,
    person,
    traces,
    write_exchange,
)

TODAY = dt.date(2026, 11, 24)
PURGED_WORDS = ["Qwirijne", "Zyxtrombe", "Jorvalde", "Qapstein", "Qoppelsteeg"]
KEPT_WORDS = ["Brumhilde", "Xandrovic", "Kwelmina", "Yzerbach", "Vormelstraat"]


@pytest.fixture
def privacy_ws(admin_ws, tmp_path):
    """Two cases past a 24/36-month period, three that must stay (open, recent, kind without a period)."""
    cases = [
        case(
            "OUD-1",
            start="2019-01-10",
            end="2020-03-01",
            street="Qoppelsteeg",
            persons=[person("B1", "Qwirijne", "Zyxtrombe", "1971-03-04")],
            summary="Zyxtrombe meldt al maanden overlast van de buren.",
            actions=[
                action("A1", "Huisbezoek bij Qwirijne Zyxtrombe", "2019-01-20", "2019-02-10", "2019-02-01")
            ],
        ),
        case(
            "OUD-2",
            "doorbraak",
            start="2019-05-01",
            end="2020-06-30",
            persons=[person("B1", "Jorvalde", "Qapstein", "1985-07-08", role="ouder")],
            plan={
                "opgesteld_op": "2019-05-10",
                "gezinscoach": "coach 1",
                "perspectief": "Jorvalde wil rust in huis.",
                "scores": [],
                "doorbraken": [],
            },
        ),
        case("OPEN-1", start="2019-02-01", persons=[person("B1", "Brumhilde", "Xandrovic", "1990-01-02")]),
        case(
            "RECENT-1",
            start="2025-01-01",
            end=max(dt.date(2026, 6, 1), clock.today() - dt.timedelta(days=30)).isoformat(),
            persons=[person("B1", "Kwelmina", "Yzerbach", "1962-12-12")],
        ),
        case(
            "PLEK-1",
            "leefbaarheid",
            start="2018-03-01",
            end="2019-01-01",
            summary="Afval bij de garageboxen aan de Vormelstraat.",
        ),
    ]
    meetings = [
        meeting(
            "OV-2020-02",
            "2020-02-01",
            [("OUD-1", "Zyxtrombe was aanwezig."), ("OPEN-1", "Xandrovic belt terug.")],
        )
    ]
    import_file(admin_ws, write_exchange(tmp_path / "privacy.json", cases, meetings))
    return admin_ws


def case_ids(ws, *refs: str) -> list[int]:
    with ws.register.read_session() as session:
        return [session.scalar(select(Case.id).where(Case.ref == ref)) for ref in refs]


def fts_hits(ws, word: str) -> int:
    with ws.register.read_session() as session:
        return session.scalar(
            text("SELECT count(*) FROM case_search WHERE case_search MATCH :w"), {"w": word}
        )


def set_periods(ws, casework: int = 24, breakthrough: int = 36) -> None:
    retention.set_retention_period(ws, CaseKind.CASEWORK, casework)
    retention.set_retention_period(ws, CaseKind.BREAKTHROUGH, breakthrough)


# -- the period ------------------------------------------------------------------------------------


def test_there_is_no_silent_default_until_the_beheerder_sets_a_period(privacy_ws):
    assert retention.retention_periods(privacy_ws) == dict.fromkeys(CaseKind)
    reminders = retention.retention_reminders(privacy_ws, today=TODAY)
    assert [r.code for r in reminders] == ["not_set"]
    assert "leefbaarheid, casuïstiek en doorbraak" in reminders[0].message
    # Nothing is due, and nothing is removed, while no period is set: even a case closed in 2019.
    assert retention.cases_past_retention(privacy_ws, today=TODAY) == []
    assert retention.purge(privacy_ws, today=TODAY).cases == 0
    assert all(case_ids(privacy_ws, "OUD-1", "OUD-2", "PLEK-1"))


def test_the_period_counts_from_the_closing_date_and_reminds_when_due(privacy_ws):
    set_periods(privacy_ws)
    due = retention.cases_past_retention(privacy_ws, today=TODAY)
    assert [(c.ref, c.due_on) for c in due] == [
        ("OUD-1", dt.date(2022, 3, 1)),
        ("OUD-2", dt.date(2023, 6, 30)),
    ]
    assert due[0].persons == 1
    # The day before the period ends the case is not due; on that day it is.
    assert [c.ref for c in retention.cases_past_retention(privacy_ws, today=dt.date(2022, 2, 28))] == []
    assert [c.ref for c in retention.cases_past_retention(privacy_ws, today=dt.date(2022, 3, 1))] == ["OUD-1"]
    codes = {r.code: r.message for r in retention.retention_reminders(privacy_ws, today=TODAY)}
    assert "leefbaarheid" in codes["not_set"] and "casuïstiek" not in codes["not_set"]
    assert codes["due"].startswith("2 afgesloten casussen zijn over de bewaartermijn")
    assert retention.add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert [c.ref for c in retention.cases_past_retention(privacy_ws, today=dt.date(2022, 3, 1))] == ["OUD-1"]


def test_only_a_beheerder_sets_periods_and_purges(privacy_ws, register_path):
    users.add_user(privacy_ws, "prof", PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    with pytest.raises(InvalidInput):
        retention.set_retention_period(privacy_ws, CaseKind.CASEWORK, 0)
    set_periods(privacy_ws)
    privacy_ws.close()
    ws = login.login(register_path, "prof", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            retention.purge(ws, today=TODAY)
        with pytest.raises(PermissionDenied):
            retention.set_retention_period(ws, CaseKind.CASEWORK, 1)
        assert retention.retention_reminders(ws, today=TODAY) == []
    finally:
        ws.close()


# -- the purge -------------------------------------------------------------------------------------


def test_a_purge_removes_every_trace_from_the_file_the_wal_and_the_search_index(privacy_ws, register_path):
    ws = privacy_ws
    set_periods(ws)
    get_case(ws, case_ids(ws, "OUD-1")[0], reason="casuïstiekoverleg")  # views are logged with person ids
    assert retention.checkpoint_wal(ws)  # everything in the main file first, the WAL empty
    key = bytes(ws.register.key)
    before = decrypted_database(register_path, key)
    # The reader works: every name is there before the purge, also as search-index terms.
    assert traces(before, PURGED_WORDS + KEPT_WORDS) == PURGED_WORDS + KEPT_WORDS
    assert fts_hits(ws, "zyxtrombe") == 1 and fts_hits(ws, "qapstein") == 1

    result = retention.purge(ws, today=TODAY)

    assert (result.cases, result.persons, result.actions, result.discussions, result.plans) == (2, 2, 1, 1, 1)
    assert result.wal_truncated
    after = decrypted_database(register_path, bytes(ws.register.key))
    assert traces(after, PURGED_WORDS) == []
    assert traces(after, KEPT_WORDS) == KEPT_WORDS  # the same reader still finds what stays
    wal = register_path.with_name(register_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    for word in ("zyxtrombe", "qwirijne", "qapstein", "jorvalde", "qoppelsteeg"):
        assert fts_hits(ws, word) == 0
    assert fts_hits(ws, "xandrovic") == 1
    with ws.register.read_session() as session:
        assert session.scalar(select(func.count(Case.id))) == 3
        assert session.scalar(select(func.count(Discussion.id))) == 1  # OPEN-1's bespreking stays
        purge_entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.PURGE.value)
        ).one()
    assert purge_entry.user_name == ADMIN
    assert purge_entry.details.startswith("2 casussen (casuïstiek 1, doorbraak 1) met 2 betrokkenen")
    assert purge_entry.object_id is None and purge_entry.case_id is None and purge_entry.person_id is None
    # A later write, then a look at the WAL: the removed pages are not in it either.
    retention.set_retention_period(ws, CaseKind.LIVEABILITY, 60)
    assert traces(decrypted_wal(register_path, bytes(ws.register.key)), PURGED_WORDS) == []


def test_a_purge_is_all_or_nothing(privacy_ws, monkeypatch):
    ws = privacy_ws
    set_periods(ws)
    from casus_app.storage import search_index

    calls = Counter()
    real = search_index.remove_case

    def fail_on_second(session, case_id):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        real(session, case_id)

    monkeypatch.setattr(search_index, "remove_case", fail_on_second)
    with pytest.raises(RuntimeError):
        retention.purge(ws, today=TODAY)
    with ws.register.read_session() as session:
        assert session.scalar(select(func.count(Case.id))) == 5
        assert session.scalar(select(func.count(Person.id))) == 4
        assert session.scalar(select(func.count(Action.id))) == 1
        assert session.scalar(select(func.count()).where(AuditEntry.action == AuditAction.PURGE.value)) == 0
    assert fts_hits(ws, "zyxtrombe") == 1
    monkeypatch.undo()
    assert retention.purge(ws, today=TODAY).cases == 2


def test_the_beheerder_reviews_the_list_and_removes_what_was_chosen(privacy_ws):
    ws = privacy_ws
    set_periods(ws)
    dry = retention.purge(ws, today=TODAY, dry_run=True)
    assert dry.dry_run and dry.cases == 0 and [c.ref for c in dry.candidates] == ["OUD-1", "OUD-2"]
    oud1, recent = case_ids(ws, "OUD-1", "RECENT-1")
    with pytest.raises(InvalidInput, match="niets verwijderd"):
        retention.purge(ws, [oud1, recent], today=TODAY)
    assert all(case_ids(ws, "OUD-1", "OUD-2", "RECENT-1"))
    assert retention.purge(ws, [oud1], today=TODAY).cases == 1
    assert case_ids(ws, "OUD-1", "OUD-2") == [None, case_ids(ws, "OUD-2")[0]]


def test_ids_a_purge_frees_are_recognised_in_older_audit_entries(privacy_ws, tmp_path):
    """SQLite hands out max(id) + 1 again once the newest rows are gone."""
    ws = privacy_ws
    set_periods(ws)
    late = [
        case(
            "OUD-3",
            start="2019-06-01",
            end="2020-01-31",
            persons=[person("B1", "Zorbelijn", "Quax", "1950-01-01")],
        )
    ]
    import_file(ws, write_exchange(tmp_path / "late.json", late))
    old_case = case_ids(ws, "OUD-3")[0]
    get_case(ws, old_case)
    with ws.register.read_session() as session:
        old_person = session.scalar(select(Person.id).where(Person.case_id == old_case))
        view_seq = session.scalar(
            select(AuditEntry.seq).where(
                AuditEntry.case_id == old_case, AuditEntry.action == AuditAction.VIEW.value
            )
        )
    retention.purge(ws, today=TODAY)
    fresh = [case("NIEUW-1", start="2026-11-01", persons=[person("B1", "Nieuwe", "Persoon", "2000-01-01")])]
    import_file(ws, write_exchange(tmp_path / "new.json", fresh))
    new_case = case_ids(ws, "NIEUW-1")[0]
    get_case(ws, new_case)
    with ws.register.read_session() as session:
        new_person = session.scalar(select(Person.id).where(Person.case_id == new_case))
        floors = retention.id_floors(session)
        new_seq = session.scalar(select(func.max(AuditEntry.seq)))
    assert (new_case, new_person) == (old_case, old_person)  # the ids really are handed out again
    assert retention.audit_ids_reused(floors, view_seq, case_id=old_case, person_id=old_person)
    assert not retention.audit_ids_reused(floors, new_seq, case_id=new_case, person_id=new_person)


def test_a_restored_backup_applies_the_retention_rules_before_it_is_used(privacy_ws, register_path, tmp_path):
    ws = privacy_ws
    set_periods(ws)
    archive = backup(ws, tmp_path / "backup.zip")
    ws.close()
    restore(archive, register_path, ADMIN, PASSWORD)
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        assert case_ids(ws, "OUD-1", "OUD-2") == [None, None]
        assert all(case_ids(ws, "OPEN-1", "RECENT-1", "PLEK-1"))
        with ws.register.read_session() as session:
            details = session.scalar(
                select(AuditEntry.details).where(AuditEntry.action == AuditAction.PURGE.value)
            )
        assert details.endswith("na het terugzetten van een back-up")
    finally:
        ws.close()


# -- counts already exported -------------------------------------------------------------------------


def quarters(first_year: int, last: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    result = []
    for year in range(first_year, last.year + 1):
        for q in range(4):
            begin = dt.date(year, 3 * q + 1, 1)
            end = retention.add_months(begin, 3) - dt.timedelta(days=1)
            if begin <= last:
                result.append((f"{year}Q{q + 1}", begin, end))
    return result


COUNT_SQL = {
    # indicator: (SQL giving (area, column) rows for one period, with :begin/:end), as in spec/monitoring.md
    "casussen_nieuw": "SELECT c.area_id, c.kind FROM cases c WHERE c.start_date BETWEEN :begin AND :end {cases}",
    "casussen_afgesloten": "SELECT c.area_id, c.closing_reason_id FROM cases c WHERE c.end_date BETWEEN :begin AND :end {cases}",
    "casussen_lopend": "SELECT c.area_id, c.kind FROM cases c WHERE c.start_date <= :end "
    "AND (c.end_date IS NULL OR c.end_date > :end) {cases}",
    "afspraken_gemaakt": "SELECT c.area_id, c.kind FROM actions a JOIN cases c ON c.id = a.case_id "
    "WHERE a.agreed_on BETWEEN :begin AND :end {cases}",
    "afspraken_afgerond": "SELECT c.area_id, a.done_on <= a.deadline FROM actions a JOIN cases c ON c.id = a.case_id "
    "WHERE a.done_on BETWEEN :begin AND :end {cases}",
    "doorbraakplannen_opgesteld": "SELECT c.area_id, p.family_coach IS NOT NULL FROM breakthrough_plans p "
    "JOIN cases c ON c.id = p.case_id WHERE p.drawn_up_on BETWEEN :begin AND :end {cases}",
    "overleggen": "SELECT m.area_id, m.kind FROM meetings m WHERE m.date BETWEEN :begin AND :end",
}


def monitoring_counts(ws, periods, only_cases: list[int] | None = None) -> Counter:
    """Every cell of every period's tables; with `only_cases`, the part those cases contribute."""
    counts: Counter = Counter()
    with ws.register.read_session() as session:
        for indicator, sql in COUNT_SQL.items():
            if only_cases is not None and "{cases}" not in sql:
                continue
            where = "" if only_cases is None else f"AND c.id IN ({','.join(map(str, only_cases)) or 'NULL'})"
            for period, begin, end in periods:
                for area, column in session.execute(
                    text(sql.format(cases=where)), {"begin": begin, "end": end}
                ):
                    counts[(indicator, period, area, column)] += 1
    return counts


def test_counts_of_earlier_periods_stay_the_same_where_they_do_not_depend_on_removed_cases(tmp_path):
    from casus_app.services.demo.demo import create_demo_register

    ws, _ = create_demo_register(tmp_path / "demo.db", ADMIN, PASSWORD, n_cases=400, with_users=False)
    try:
        today = clock.today()
        retention.set_retention_period(ws, CaseKind.CASEWORK, 18)
        retention.set_retention_period(ws, CaseKind.LIVEABILITY, 12)
        retention.set_retention_period(ws, CaseKind.BREAKTHROUGH, 24)
        removed = [c.case_id for c in retention.cases_past_retention(ws, today=today)]
        assert len(removed) >= 20, "the demo register should have old closed cases"
        periods = quarters(today.year - 6, today)
        before = monitoring_counts(ws, periods)
        contribution = monitoring_counts(ws, periods, only_cases=removed)

        assert retention.purge(ws, today=today).cases == len(removed)
        after = monitoring_counts(ws, periods)
    finally:
        ws.close()

    untouched = [cell for cell in before if contribution[cell] == 0]
    touched = [cell for cell in before if contribution[cell] > 0]
    assert len(untouched) > 200 and touched  # both kinds of cell exist, so the check means something
    assert all(after[cell] == before[cell] for cell in untouched)
    # And where removed cases did count, exactly their part is gone: nothing else moved.
    assert all(after[cell] == before[cell] - contribution[cell] for cell in before)
    # The most recent quarters hold no removed case at all: exported figures for them are identical.
    recent = {p for p, _, _ in periods[-2:]}
    assert all(after[c] == before[c] for c in before if c[1] in recent)
