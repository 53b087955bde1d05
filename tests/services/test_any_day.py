"""The date-sensitive flows on awkward days: new year's day, 29 February, new year's eve, and across
midnight. Each day gets a small demo register built on that day by the app's clock; the flows read
"today" from the same clock, as the app does."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from casus_app.domain import clock
from casus_app.domain.enums import CaseKind
from casus_app.domain.periods import Period, PeriodKind
from casus_app.services.cases import queries
from casus_app.services.cases.actions import ActionInput, add_action, end_of_week, mark_done, my_actions
from casus_app.services.cases.editing import close_case, register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.services.demo.demo import create_demo_register
from casus_app.services.meetings.agenda import DUE, build_agenda, propose_agenda
from casus_app.services.meetings.overleg import (
    MeetingInput,
    create_meeting,
    finish_meeting,
    record_discussion,
    start_meeting,
)
from casus_app.services.monitoring.counts import count_tables
from casus_app.services.privacy import retention
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import AuditEntry

DAYS = [dt.date(2027, 1, 1), dt.date(2028, 2, 29), dt.date(2027, 12, 31)]
ADMIN, PASSWORD = "beheer", "een lang wachtwoord"
N_CASES = 40


@dataclass
class Day:
    day: dt.date
    ws: Workspace
    clock: clock.DayClock


@pytest.fixture(scope="module", params=DAYS, ids=str)
def built(request, tmp_path_factory):
    """A demo register built on the day (10:00); its clock runs on through the module's tests."""
    day = request.param
    day_clock = clock.DayClock(dt.datetime.combine(day, dt.time(10, 0), dt.UTC))
    with clock.installed(day_clock), pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASUS_KDF_TARGET_SECONDS", "0")
        ws, _ = create_demo_register(
            tmp_path_factory.mktemp("day") / "r.db", ADMIN, PASSWORD, n_cases=N_CASES, with_users=False
        )
    yield Day(day, ws, day_clock)
    ws.close()


@pytest.fixture
def on(built):
    """The register with the app's clock on its day for this test."""
    with clock.installed(built.clock):
        assert clock.today() == built.day
        yield built


def _signal(area: str, start: dt.date, street: str) -> CaseInput:
    return CaseInput(
        kind="casuistiek",
        area=area,
        main_category="woonoverlast",
        reported_by="POLITIE",
        start_date=start,
        lead="BUURTTEAM",
        street=street,
        house_number="1",
        city="Heerlen",
    )


def _open_actions(ws: Workspace, case_id: int):
    return [a for a in queries.get_case(ws, case_id).actions if a.done_on is None and a.cancelled_on is None]


def test_the_demo_register_and_its_case_list_end_on_the_day(on):
    ws, day = on.ws, on.day
    rows = queries.list_cases(ws, limit=N_CASES + 10)
    assert len(rows) == queries.count_cases(ws) == N_CASES
    details = [queries.get_case(ws, row.id) for row in rows]
    assert max(d.start_date for d in details) <= day
    assert all(d.ref.startswith(f"{d.start_date.year}-") for d in details)
    overdue = {d.id for d in details if any(a.is_overdue(day) for a in d.actions)}
    listed = {r.id for r in queries.list_cases(ws, queries.CaseFilter(overdue_actions=True), limit=N_CASES)}
    assert listed == overdue


def test_afspraken_due_today_are_not_overdue_and_this_week_runs_to_sunday(on):
    ws, day = on.ws, on.day
    case_id = queries.list_cases(ws, queries.CaseFilter(status="lopend"), limit=1)[0].id
    late = add_action(
        ws,
        case_id,
        ActionInput("Te laat", "POLITIE", deadline=day - dt.timedelta(days=1)),
        today=day - dt.timedelta(days=10),
    )
    due = add_action(ws, case_id, ActionInput("Vandaag", "POLITIE", deadline=day))
    sunday = add_action(ws, case_id, ActionInput("Zondag", "POLITIE", deadline=end_of_week(day)))
    monday = add_action(
        ws, case_id, ActionInput("Maandag", "POLITIE", deadline=end_of_week(day) + dt.timedelta(days=1))
    )
    assert end_of_week(day).weekday() == 6 and 0 <= (end_of_week(day) - day).days < 7
    mine = my_actions(ws, organisation="POLITIE")
    assert late in {a.id for a in mine.overdue}
    assert {due, sunday} <= {a.id for a in mine.this_week} and monday in {a.id for a in mine.later}
    assert case_id in {
        r.id for r in queries.list_cases(ws, queries.CaseFilter(overdue_actions=True), limit=N_CASES)
    }
    default = add_action(ws, case_id, ActionInput("Standaard", "POLITIE"))
    (item,) = [a for a in queries.get_case(ws, case_id).actions if a.id == default]
    assert item.agreed_on == day and item.deadline > day


def test_the_agenda_proposes_open_cases_with_afspraken_due_on_the_day(on):
    ws, day = on.ws, on.day
    open_rows = queries.list_cases(ws, queries.CaseFilter(status="lopend", kind="casuistiek"), limit=N_CASES)
    area = queries.get_case(ws, open_rows[0].id).area
    new = register_case(ws, _signal(area, day, "Agendastraat"), allow_duplicate=True)
    add_action(
        ws,
        open_rows[0].id,
        ActionInput("Vandaag af", "POLITIE", deadline=day),
        today=day - dt.timedelta(days=7),
    )
    meeting = create_meeting(ws, MeetingInput("casuistiekoverleg", area, day))
    proposals = propose_agenda(ws, meeting)
    reasons = {p.case_id: p.reasons for p in proposals}
    assert new in reasons and DUE in reasons[open_rows[0].id]
    for proposal in proposals:
        detail = queries.get_case(ws, proposal.case_id)
        assert detail.end_date is None and detail.start_date <= day
        assert (DUE in proposal.reasons) == any(
            a.deadline <= day for a in _open_actions(ws, proposal.case_id)
        )
    assert [item.case_id for item in build_agenda(ws, meeting)] == [
        p.case_id for p in proposals if not p.waiting
    ]


def test_the_monitoring_default_period_is_the_last_whole_quarter(on):
    from casus_app.ui.monitoring.coordinator_period import default_period

    day = on.day
    period = default_period(clock.today())
    assert period.kind is PeriodKind.QUARTER and period.end < day <= period.end + dt.timedelta(days=92)
    assert period.end + dt.timedelta(days=1) == Period.quarter_of(day).begin
    assert len(count_tables(on.ws, period)) == 17  # the nine and the eight added counts that are protected


@pytest.mark.parametrize("day", DAYS + [dt.date(2028, 12, 31), dt.date(2029, 3, 1)], ids=str)
def test_periods_around_the_day(day):
    quarter = Period.quarter_of(day)
    assert quarter.contains(day) and not quarter.previous_quarter().contains(day)
    assert quarter.previous_quarter().end == quarter.begin - dt.timedelta(days=1)
    assert [q.end + dt.timedelta(days=1) for q in quarter.trailing_quarters(5)[:-1]] == [
        q.begin for q in quarter.trailing_quarters(5)[1:]
    ]
    year = Period.parse(str(day.year))
    assert year.contains(day) and year.quarters()[-1].end == dt.date(day.year, 12, 31)
    assert Period(day.year, PeriodKind.HALF, 1 if day.month <= 6 else 2).contains(day)


def test_retention_candidates_are_due_exactly_on_the_day(on):
    ws, day = on.ws, on.day
    retention.set_retention_period(ws, CaseKind.CASEWORK, 12)
    due_end = retention.add_months(day, -12)  # 29 February 2028 - 12 months = 28 February 2027
    start = due_end - dt.timedelta(days=60)
    due = register_case(ws, _signal("HSB", start, "Bewaarstraat"), allow_duplicate=True)
    close_case(ws, due, "doel_bereikt", end_date=due_end)
    not_yet = register_case(ws, _signal("HSB", start, "Wachtstraat"), allow_duplicate=True)
    close_case(ws, not_yet, "doel_bereikt", end_date=due_end + dt.timedelta(days=1))
    found = {c.case_id for c in retention.cases_past_retention(ws)}
    assert due in found and not_yet not in found
    closed = [
        queries.get_case(ws, r.id)
        for r in queries.list_cases(ws, queries.CaseFilter(status="afgesloten"), limit=500)
    ]
    expected = {
        d.id for d in closed if d.kind == "casuistiek" and retention.add_months(d.end_date, 12) <= day
    }
    assert found == expected


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_a_meeting_recorded_across_midnight_keeps_its_day_and_dates_what_happens_after(tmp_path, day):
    """The clock passes 00:00 while the chair is recording: 'today' moves on, nothing breaks."""
    night = clock.FixedClock(dt.datetime.combine(day, dt.time(23, 59, 30), dt.UTC))
    with clock.installed(night):
        ws, _ = create_demo_register(tmp_path / "r.db", ADMIN, PASSWORD, n_cases=12, with_users=False)
        try:
            first = register_case(ws, _signal("HSB", day, "Avondstraat"), allow_duplicate=True)
            second = register_case(
                ws, _signal("HSB", day - dt.timedelta(days=3), "Nachtstraat"), allow_duplicate=True
            )
            meeting = create_meeting(ws, MeetingInput("casuistiekoverleg", "HSB", day))
            start_meeting(ws, meeting)
            agenda = {item.case_id: item.discussion_id for item in build_agenda(ws, meeting)}
            assert {first, second} <= set(agenda)
            record_discussion(ws, agenda[first], note="Voor middernacht besproken.", decisions=None)
            before = add_action(ws, first, ActionInput("Huisbezoek", "BUURTTEAM"))

            night.advance(dt.timedelta(minutes=1))  # 00:00:30 the next day
            after_midnight = day + dt.timedelta(days=1)
            assert clock.today() == after_midnight
            record_discussion(ws, agenda[second], note="Na middernacht besproken.", decisions=None)
            after = add_action(ws, second, ActionInput("Terugbellen", "POLITIE"))
            mark_done(ws, before)
            finish_meeting(ws, meeting)
            late_case = register_case(
                ws, _signal("HSB", after_midnight, "Ochtendstraat"), allow_duplicate=True
            )

            actions = {a.id: a for c in (first, second) for a in queries.get_case(ws, c).actions}
            assert actions[before].agreed_on == day and actions[before].done_on == after_midnight
            assert actions[after].agreed_on == after_midnight and actions[after].deadline > after_midnight
            assert queries.get_case(ws, late_case).ref.startswith(f"{after_midnight.year}-")
            assert queries.get_case(ws, first).ref.startswith(f"{day.year}-")
            with ws.register.read_session() as session:
                assert audit.verify_chain(session) == []
                stamps = list(session.scalars(select(AuditEntry.at).order_by(AuditEntry.seq)))
            assert stamps == sorted(stamps) and stamps[-1].startswith(after_midnight.isoformat())
        finally:
            ws.close()
