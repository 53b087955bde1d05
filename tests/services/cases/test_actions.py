"""Afspraken: the default deadline, done and cancelled, and each professional's own list."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, NotFound
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.cases.actions import (
    DEFAULT_DAYS,
    ActionInput,
    add_action,
    cancel_action,
    default_deadline,
    end_of_week,
    mark_done,
    my_actions,
    reopen_action,
)
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.services.meetings.overleg import MeetingInput, create_meeting
from casus_app.storage.models import AuditEntry
from tests.conftest import TEST_DAY

TODAY = TEST_DAY  # the day tests/conftest.py fixes the app's clock on


def new_case(ws, area: str = "HSB") -> int:
    return register_case(
        ws,
        CaseInput(
            kind="casuistiek",
            area=area,
            main_category="woonoverlast",
            reported_by="POLITIE",
            start_date=TODAY - dt.timedelta(days=30),
        ),
    )


def test_the_deadline_defaults_to_the_next_overleg_else_two_weeks(example_ws):
    case_id = new_case(example_ws)
    assert default_deadline(example_ws, case_id) == TODAY + dt.timedelta(days=DEFAULT_DAYS)
    meeting = create_meeting(example_ws, MeetingInput("casuistiekoverleg", "HSB", TODAY))
    # A leefbaarheidsoverleg is not the next meeting for a casuïstiek case.
    create_meeting(example_ws, MeetingInput("leefbaarheidsoverleg", "HSB", TODAY + dt.timedelta(days=7)))
    create_meeting(example_ws, MeetingInput("casuistiekoverleg", "HSB", TODAY + dt.timedelta(days=21)))
    assert default_deadline(example_ws, case_id, meeting_id=meeting) == TODAY + dt.timedelta(days=21)

    action_id = add_action(
        example_ws, case_id, ActionInput("  Huisbezoek  ", "BUURTTEAM", "Ellen"), meeting_id=meeting
    )
    with example_ws.register.read_session() as session:
        from casus_app.storage.models import Action

        action = session.get(Action, action_id)
        assert (action.description, action.owner_person, action.agreed_on) == ("Huisbezoek", "Ellen", TODAY)
        assert (action.deadline, action.meeting_id, action.ref) == (
            TODAY + dt.timedelta(days=21),
            meeting,
            "A1",
        )


def test_a_bad_afspraak_names_every_problem(example_ws):
    case_id = new_case(example_ws)
    with pytest.raises(InvalidInput) as caught:
        add_action(example_ws, case_id, ActionInput(" ", "NIEMAND", deadline=TODAY - dt.timedelta(days=1)))
    for part in ("beschrijf wat", "kies de organisatie", "deadline ligt vóór"):
        assert part in caught.value.message


def test_done_cancelled_and_back_again_each_audited(example_ws):
    case_id = new_case(example_ws)
    first = add_action(example_ws, case_id, ActionInput("Brief sturen", "WONING"))
    second = add_action(example_ws, case_id, ActionInput("Buurtschouw", "GEMEENTE"))
    mark_done(example_ws, first)
    cancel_action(example_ws, second)
    with pytest.raises(InvalidInput, match="al afgerond"):
        cancel_action(example_ws, first)
    reopen_action(example_ws, second)
    mark_done(example_ws, second)
    with example_ws.register.read_session() as session:
        details = list(
            session.scalars(
                select(AuditEntry.details).where(AuditEntry.object_type == "action").order_by(AuditEntry.seq)
            )
        )
    assert details == [
        None,
        None,
        "afgerond",
        "vervallen",
        "weer open (was vervallen op 30-11-2026)",
        "afgerond",
    ]
    with pytest.raises(NotFound):
        mark_done(example_ws, 9999)


def test_my_afspraken_are_those_of_my_organisation_in_my_gebieden_grouped_by_urgency(
    example_ws, register_path
):
    hsb, vrh = new_case(example_ws, "HSB"), new_case(example_ws, "VRH")
    earlier = TODAY - dt.timedelta(days=20)
    overdue = add_action(
        example_ws,
        hsb,
        ActionInput("Te laat", "POLITIE", deadline=TODAY - dt.timedelta(days=1)),
        today=earlier,
    )
    this_week = add_action(example_ws, hsb, ActionInput("Deze week", "POLITIE", deadline=end_of_week(TODAY)))
    later = add_action(
        example_ws, hsb, ActionInput("Later", "POLITIE", deadline=end_of_week(TODAY) + dt.timedelta(days=1))
    )
    done = add_action(example_ws, hsb, ActionInput("Al gedaan", "POLITIE"))
    mark_done(example_ws, done)
    add_action(example_ws, hsb, ActionInput("Van een ander", "GGD"))
    add_action(example_ws, vrh, ActionInput("Ander gebied", "POLITIE"))
    add_user(
        example_ws, "agent", "wijkagent wachtwoord", Role.PROFESSIONAL, areas=["HSB"], organisation="POLITIE"
    )
    assert my_actions(example_ws).organisation is None  # the beheerder belongs to no organisation
    example_ws.close()

    ws = login.login(register_path, "agent", "wijkagent wachtwoord")
    try:
        mine = my_actions(ws)
        assert mine.organisation == "POLITIE" and mine.total == 3
        assert [a.id for a in mine.overdue] == [overdue] and mine.overdue[0].is_overdue(TODAY)
        assert [a.id for a in mine.this_week] == [this_week]
        assert [a.id for a in mine.later] == [later]
        assert mine.overdue[0].case_ref.startswith(f"{TODAY.year}-")
        mark_done(ws, overdue)
        assert my_actions(ws).overdue == []
    finally:
        ws.close()


def test_end_of_week_is_sunday():
    monday = dt.date(2026, 11, 23)
    assert [end_of_week(monday + dt.timedelta(days=d)) for d in range(7)] == [dt.date(2026, 11, 29)] * 7
