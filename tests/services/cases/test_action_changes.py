"""Afspraken between meetings: deadline, organisation, person and result changed, reopened, snoozed,
each with its audit entry and its row in the tijdlijn; my own afspraken and my organisation's."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.cases import queries
from casus_app.services.cases.action_changes import ActionEdit, change_action, people_of, snooze_action
from casus_app.services.cases.actions import (
    ActionInput,
    actions_of_cases,
    add_action,
    mark_done,
    my_actions,
    reopen_action,
)
from casus_app.services.cases.editing import close_case, register_case
from casus_app.services.cases.form_input import CaseInput
from casus_app.services.cases.timeline import CHANGED, DONE, case_timeline
from casus_app.storage.models import Action, AuditEntry
from tests.conftest import TEST_DAY

TODAY = TEST_DAY
AGENT_PASSWORD = "wijkagent wachtwoord"


def new_case(ws, area: str = "HSB", street: str | None = None) -> int:
    return register_case(
        ws,
        CaseInput(
            kind="casuistiek",
            area=area,
            main_category="woonoverlast",
            reported_by="POLITIE",
            start_date=TODAY - dt.timedelta(days=30),
            street=street,
            house_number="12" if street else None,
        ),
    )


def action_entries(ws) -> list[AuditEntry]:
    with ws.register.read_session() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.object_type == "action").order_by(AuditEntry.seq)
        ).all()
        session.expunge_all()
        return list(rows)


def stored(ws, action_id: int) -> Action:
    with ws.register.read_session() as session:
        action = session.get_one(Action, action_id)
        session.expunge(action)
        return action


def edit(ws, action_id: int, **changes) -> list[str]:
    action = stored(ws, action_id)
    owner = next(a.owner for a in actions_of_cases(ws, [action.case_id]) if a.id == action_id)
    fields = {
        "deadline": action.deadline,
        "owner": owner,
        "owner_person": action.owner_person,
        "owner_user_id": action.owner_user_id,
        "result": action.result,
    }
    fields.update(changes)
    return change_action(ws, action_id, ActionEdit(**fields))


def test_a_new_deadline_is_audited_and_shown_old_to_new_in_the_tijdlijn(example_ws):
    case_id = new_case(example_ws)
    action_id = add_action(example_ws, case_id, ActionInput("Huisbezoek", "BUURTTEAM"))
    old = stored(example_ws, action_id).deadline
    new = old + dt.timedelta(days=7)
    assert edit(example_ws, action_id, deadline=new) == [f"deadline {old:%d-%m-%Y} → {new:%d-%m-%Y}"]
    assert stored(example_ws, action_id).deadline == new
    entry = action_entries(example_ws)[-1]
    assert (entry.action, entry.object_id, entry.case_id) == (
        "change",
        f"{queries.get_case(example_ws, case_id).ref}/A1",
        case_id,
    )
    assert entry.details == f"deadline {old:%d-%m-%Y} → {new:%d-%m-%Y}"
    rows = [
        e for e in case_timeline(example_ws, case_id) if e.kind == CHANGED and e.title.startswith("Afspraak")
    ]
    assert [e.title for e in rows] == [f"Afspraak A1: deadline {old:%d-%m-%Y} → {new:%d-%m-%Y}"]
    assert rows[0].who and "beheer" in rows[0].who

    # Nothing changed: no entry. A deadline before the day it was agreed: refused, nothing stored.
    count = len(action_entries(example_ws))
    assert edit(example_ws, action_id) == []
    with pytest.raises(InvalidInput, match="vóór de datum van de afspraak"):
        edit(example_ws, action_id, deadline=TODAY - dt.timedelta(days=1))
    assert len(action_entries(example_ws)) == count and stored(example_ws, action_id).deadline == new


def test_organisation_and_person_change_and_the_person_is_linked_to_their_user(example_ws):
    agent = add_user(
        example_ws,
        "agent",
        AGENT_PASSWORD,
        Role.PROFESSIONAL,
        areas=["HSB"],
        organisation="POLITIE",
        display_name="Karin Jansen",
    )
    add_user(example_ws, "ggd", "ggd wachtwoord lang", Role.PROFESSIONAL, areas=["HSB"], organisation="GGD")
    case_id = new_case(example_ws)
    action_id = add_action(example_ws, case_id, ActionInput("Gesprek", "BUURTTEAM", "Ellen"))

    assert [p.name for p in people_of(example_ws, "POLITIE")] == ["Karin Jansen"]
    changed = edit(example_ws, action_id, owner="POLITIE", owner_person=None, owner_user_id=agent)
    assert changed == ["organisatie BUURTTEAM → POLITIE", "persoon gewijzigd"]
    action = stored(example_ws, action_id)
    assert (action.owner_person, action.owner_user_id) == ("Karin Jansen", agent)
    # The log names codes and what changed, never the person's name.
    assert action_entries(example_ws)[-1].details == "organisatie BUURTTEAM → POLITIE; persoon gewijzigd"
    assert all(
        "Karin" not in (e.details or "") and "Ellen" not in (e.details or "")
        for e in action_entries(example_ws)
    )

    # A user of another organisation is refused; a typed name of a user of the organisation links.
    ggd_user = people_of(example_ws, "GGD")[0].user_id
    with pytest.raises(InvalidInput, match="werkt niet bij de gekozen organisatie"):
        edit(example_ws, action_id, owner_user_id=ggd_user)
    edit(example_ws, action_id, owner_person="Iemand Anders", owner_user_id=None)
    assert stored(example_ws, action_id).owner_user_id is None
    edit(example_ws, action_id, owner_person="  karin   JANSEN ", owner_user_id=None)
    assert stored(example_ws, action_id).owner_user_id == agent
    new = add_action(example_ws, case_id, ActionInput("Nog een", "POLITIE", "Karin Jansen"))
    assert stored(example_ws, new).owner_user_id == agent
    titles = [e.title for e in case_timeline(example_ws, case_id)]
    assert "Afspraak A1: organisatie BUURTTEAM → POLITIE; persoon gewijzigd" in titles


def test_a_result_is_recorded_and_shown_with_the_afspraak_done(example_ws):
    case_id = new_case(example_ws)
    action_id = add_action(example_ws, case_id, ActionInput("Brief sturen", "WONING"))
    mark_done(example_ws, action_id)
    assert edit(example_ws, action_id, result="  Brief verstuurd, reactie binnen  ") == [
        "resultaat vastgelegd"
    ]
    assert stored(example_ws, action_id).result == "Brief verstuurd, reactie binnen"
    assert edit(example_ws, action_id, result="Geen reactie") == ["resultaat gewijzigd"]
    assert action_entries(example_ws)[-1].details == "resultaat gewijzigd"  # no content in the log
    done = next(e for e in case_timeline(example_ws, case_id) if e.kind == DONE)
    assert done.detail == "WONING; resultaat: Geen reactie"
    assert queries.get_case(example_ws, case_id).actions[0].result == "Geen reactie"
    with pytest.raises(InvalidInput, match="resultaat kort"):
        edit(example_ws, action_id, result="x" * 501)


def test_reopening_one_ticked_by_mistake_says_what_it_was(example_ws):
    case_id = new_case(example_ws)
    action_id = add_action(example_ws, case_id, ActionInput("Buurtschouw", "GEMEENTE"))
    mark_done(example_ws, action_id)
    reopen_action(example_ws, action_id)
    action = stored(example_ws, action_id)
    assert action.done_on is None and action.cancelled_on is None
    assert action_entries(example_ws)[-1].details == f"weer open (was afgerond op {TODAY:%d-%m-%Y})"
    titles = [e.title for e in case_timeline(example_ws, case_id) if e.kind == CHANGED]
    assert f"Afspraak A1: weer open (was afgerond op {TODAY:%d-%m-%Y})" in titles
    assert not any(e.kind == DONE for e in case_timeline(example_ws, case_id))


def test_an_afspraak_made_outside_an_overleg_is_audited_without_one(example_ws):
    case_id = new_case(example_ws)
    action_id = add_action(example_ws, case_id, ActionInput("Bellen met de verhuurder", "WONING"))
    action = stored(example_ws, action_id)
    assert (action.meeting_id, action.agreed_on) == (None, TODAY)
    entry = action_entries(example_ws)[-1]
    assert (entry.action, entry.reason, entry.case_id) == ("create", None, case_id)
    assert any(e.title == "Afspraak: Bellen met de verhuurder" for e in case_timeline(example_ws, case_id))


def test_a_closed_case_keeps_its_afspraken_as_they_are(example_ws):
    case_id = new_case(example_ws)
    action_id = add_action(example_ws, case_id, ActionInput("Huisbezoek", "BUURTTEAM"))
    close_case(example_ws, case_id, "doel_bereikt")
    with pytest.raises(InvalidInput, match="afgesloten"):
        edit(example_ws, action_id, deadline=TODAY + dt.timedelta(days=40))
    with pytest.raises(InvalidInput, match="afgesloten"):
        snooze_action(example_ws, action_id, 3)
    # Cancelled when the case closed: the tijdlijn shows it once, from the afspraak itself.
    titles = [e.title for e in case_timeline(example_ws, case_id)]
    assert "Afspraak vervallen: Huisbezoek" in titles
    assert not any(t.startswith("Afspraak A1: vervallen") for t in titles)


def test_a_snoozed_afspraak_leaves_my_list_until_its_day(example_ws, register_path):
    agent = add_user(
        example_ws, "agent", AGENT_PASSWORD, Role.PROFESSIONAL, areas=["HSB"], organisation="POLITIE"
    )
    case_id = new_case(example_ws)
    deadline = TODAY + dt.timedelta(days=20)
    action_id = add_action(example_ws, case_id, ActionInput("Buurtonderzoek", "POLITIE", deadline=deadline))
    other = add_action(example_ws, case_id, ActionInput("Terugkoppelen", "POLITIE", deadline=deadline))

    with pytest.raises(InvalidInput, match="hoogstens 19"):
        snooze_action(example_ws, action_id, 20)
    assert snooze_action(example_ws, action_id, 5) == deadline - dt.timedelta(days=5)
    until = deadline - dt.timedelta(days=5)
    assert (
        action_entries(example_ws)[-1].details == f"sluimert tot {until:%d-%m-%Y} (5 dagen vóór de deadline)"
    )
    mine = my_actions(example_ws, organisation="POLITIE")
    assert [a.id for a in mine.later] == [other] and mine.snoozed == 1
    back = my_actions(example_ws, organisation="POLITIE", today=until)
    assert {a.id for a in back.later + back.this_week} == {action_id, other} and back.snoozed == 0
    # The case view marks it.
    view = next(a for a in queries.get_case(example_ws, case_id).actions if a.id == action_id)
    assert view.is_snoozed(TODAY) and not view.is_snoozed(until)

    # A later deadline moves the snooze along: still five days before it.
    edit(example_ws, action_id, deadline=deadline + dt.timedelta(days=10))
    assert stored(example_ws, action_id).snoozed_until == until + dt.timedelta(days=10)
    assert snooze_action(example_ws, action_id, None) is None
    assert action_entries(example_ws)[-1].details == "sluimert niet meer"
    assert my_actions(example_ws, organisation="POLITIE").snoozed == 0
    assert agent


def test_mine_are_those_whose_person_is_me_with_the_address(example_ws, register_path):
    agent = add_user(
        example_ws,
        "agent",
        AGENT_PASSWORD,
        Role.PROFESSIONAL,
        areas=["HSB"],
        organisation="POLITIE",
        display_name="Karin Jansen",
    )
    case_id = new_case(example_ws, street="Akerstraat")
    mine_id = add_action(example_ws, case_id, ActionInput("Mijn werk", "POLITIE", owner_user_id=agent))
    add_action(example_ws, case_id, ActionInput("Een collega", "POLITIE", "Piet"))
    example_ws.close()

    ws = login.login(register_path, "agent", AGENT_PASSWORD)
    try:
        own = my_actions(ws, mine=True)
        assert own.mine and [a.id for a in own.later + own.this_week + own.overdue] == [mine_id]
        assert own.addresses[case_id].text == "Akerstraat 12"
        assert (own.later + own.this_week)[0].who == "Karin Jansen"
        organisation = my_actions(ws)
        assert organisation.organisation == "POLITIE" and organisation.total == 2
        with ws.register.read_session() as session:
            details = session.scalars(
                select(AuditEntry.details).where(
                    AuditEntry.action == "list", AuditEntry.object_type == "action"
                )
            ).all()
        assert details[-2].startswith("Mijn afspraken (eigen); 1 afspraak")
        assert details[-1].startswith("Mijn afspraken van POLITIE; 2 afspraken")
    finally:
        ws.close()


def test_erasing_a_betrokkene_also_scrubs_their_name_from_an_afspraak_result(example_ws):
    from casus_app.services.cases.form_input import PersonInput
    from casus_app.services.privacy.person_rights import erase_persons

    case_id = register_case(
        example_ws,
        CaseInput(
            kind="casuistiek",
            area="HSB",
            main_category="woonoverlast",
            reported_by="POLITIE",
            start_date=TODAY - dt.timedelta(days=30),
            persons=(PersonInput("Brouwers", "bewoner", first_name="Truus"),),
        ),
    )
    action_id = add_action(example_ws, case_id, ActionInput("Huisbezoek", "BUURTTEAM"))
    edit(example_ws, action_id, result="Truus Brouwers was thuis")
    erase_persons(example_ws, [queries.get_case(example_ws, case_id).persons[0].id])
    assert "Brouwers" not in stored(example_ws, action_id).result
