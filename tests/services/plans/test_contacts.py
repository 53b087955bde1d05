"""The contact log of a household and what Mijn gezinnen makes of it: the last contact and the date
of the next step; every change one audit entry without the note, and nothing of it in an export."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, NotFound
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login as auth
from casus_app.services.exchange.export import export_file
from casus_app.services.plans import contacts, families, plans
from casus_app.services.plans.contacts import ContactInput
from casus_app.storage.models import Action, AuditEntry, FamilyContact, Organisation
from tests.conftest import ADMIN, PASSWORD, TEST_DAY

COACH, COACH_PASSWORD = "coach", "gezinscoach wachtwoord"
OTHER, OTHER_PASSWORD = "andere", "andere coach wachtwoord"
HOUSEHOLD = 3  # 2026-003 in the example, coached by "gezinscoach 1"; started 2026-06-01


@pytest.fixture
def coach(example_ws):
    add_user(example_ws, COACH, COACH_PASSWORD, Role.FAMILY_COACH, display_name="Gezinscoach 1")
    add_user(example_ws, OTHER, OTHER_PASSWORD, Role.FAMILY_COACH, display_name="Iemand Anders")
    example_ws.close()
    ws = auth.login(example_ws.register.path, COACH, COACH_PASSWORD)
    yield ws
    ws.close()


def entries_after(ws, seq: int) -> list[AuditEntry]:
    with ws.register.read_session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.seq > seq).order_by(AuditEntry.seq)))


def head(ws) -> int:
    with ws.register.read_session() as session:
        return session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq.desc())).first() or 0


def test_each_contact_is_one_audit_entry_naming_date_and_kind_never_the_note(coach):
    ws = coach
    plan_id = plans.find_plan(ws, HOUSEHOLD)
    before = head(ws)
    shown = contacts.add_contact(
        ws, HOUSEHOLD, ContactInput(dt.date(2026, 11, 20), "huisbezoek", "Sanne wil verhuizen; brief mee.")
    )
    assert (shown.contact_on, shown.kind, shown.note, shown.by) == (
        dt.date(2026, 11, 20),
        "huisbezoek",
        "Sanne wil verhuizen; brief mee.",
        "Gezinscoach 1",
    )
    plan = plans.save_contact(ws, plan_id, None, ContactInput(dt.date(2026, 11, 27), "telefoon", "  "))
    assert [(c.contact_on, c.kind, c.note) for c in plan.contacts] == [
        (dt.date(2026, 11, 27), "telefoon", None),
        (dt.date(2026, 11, 20), "huisbezoek", "Sanne wil verhuizen; brief mee."),
    ]
    call = plan.contacts[0]
    plan = plans.save_contact(ws, plan_id, call.id, ContactInput(call.contact_on, "overleg", "Met Weller"))
    plan = plans.delete_contact(ws, plan_id, plan.contacts[1].id)
    assert [(c.kind, c.note) for c in plan.contacts] == [("overleg", "Met Weller")]

    logged = [(e.action, e.object_type, e.object_id, e.case_id, e.details) for e in entries_after(ws, before)]
    assert logged == [
        ("create", "family_contact", "2026-003", HOUSEHOLD, "contact toegevoegd: huisbezoek op 2026-11-20"),
        ("create", "family_contact", "2026-003", HOUSEHOLD, "contact toegevoegd: telefoon op 2026-11-27"),
        ("change", "family_contact", "2026-003", HOUSEHOLD, "contact gewijzigd: overleg op 2026-11-27"),
        ("delete", "family_contact", "2026-003", HOUSEHOLD, "contact verwijderd: huisbezoek op 2026-11-20"),
    ]
    with ws.register.read_session() as session:
        details = " ".join(session.scalars(select(AuditEntry.details).where(AuditEntry.details.is_not(None))))
    assert "verhuizen" not in details and "Weller" not in details

    # Reading the log is part of reading the plan: one view entry, as before.
    before = head(ws)
    assert plans.get_plan(ws, plan_id).contacts[0].note == "Met Weller"
    assert [e.action for e in entries_after(ws, before)] == ["view"]


def test_bad_contacts_are_refused_in_dutch_and_others_cannot_reach_the_log(coach, example_ws):
    ws = coach
    cases = [
        (ContactInput(TEST_DAY + dt.timedelta(days=1), "huisbezoek"), "in de toekomst"),
        (ContactInput(dt.date(2026, 5, 31), "telefoon"), "vóór de start van de casus"),
        (ContactInput(TEST_DAY, "brief"), "huisbezoek, telefoon of overleg"),
        (ContactInput(TEST_DAY, "telefoon", "x" * 501), "te lang"),
    ]
    before = head(ws)
    for item, message in cases:
        with pytest.raises(InvalidInput) as refused:
            contacts.add_contact(ws, HOUSEHOLD, item)
        assert message in refused.value.message
    assert entries_after(ws, before) == []
    ws.close()
    admin = auth.login(example_ws.register.path, ADMIN, PASSWORD)
    try:  # only a doorbraak case is a household with a contact log
        with pytest.raises(InvalidInput, match="soort 'doorbraak'"):
            contacts.add_contact(admin, 1, ContactInput(TEST_DAY, "telefoon"))
    finally:
        admin.close()
    other = auth.login(example_ws.register.path, OTHER, OTHER_PASSWORD)
    try:
        with pytest.raises(NotFound):
            contacts.add_contact(other, HOUSEHOLD, ContactInput(TEST_DAY, "telefoon"))
    finally:
        other.close()


def test_mijn_gezinnen_shows_the_last_contact_and_the_earliest_open_date_as_next_step(coach):
    ws = coach
    plan_id = plans.find_plan(ws, HOUSEHOLD)
    (row,) = families.my_families(ws)
    assert (row.last_contact, row.next_date) == (None, None)  # D2 has no planned date yet

    contacts.add_contact(ws, HOUSEHOLD, ContactInput(dt.date(2026, 11, 2), "telefoon"))
    contacts.add_contact(ws, HOUSEHOLD, ContactInput(dt.date(2026, 11, 18), "huisbezoek"))
    contacts.add_contact(ws, HOUSEHOLD, ContactInput(dt.date(2026, 11, 9), "overleg"))
    d2 = next(b for b in plans.get_plan(ws, plan_id).breakthroughs if b.ref == "D2")
    plans.save_breakthrough(
        ws,
        plan_id,
        d2.id,
        plans.BreakthroughInput(
            d2.description, d2.type_code, d2.partner, d2.cost_eur, planned_on=dt.date(2027, 1, 15)
        ),
    )
    (row,) = families.my_families(ws)
    assert (row.last_contact.contact_on, row.last_contact.kind) == (dt.date(2026, 11, 18), "huisbezoek")
    assert row.next_date == dt.date(2027, 1, 15)

    # An open afspraak with an earlier deadline comes first; a done or cancelled one does not count.
    with ws.register.session() as session:
        owner = session.scalar(select(Organisation.id).where(Organisation.code == "BUURTTEAM"))
        common = {"case_id": HOUSEHOLD, "owner_id": owner, "agreed_on": dt.date(2026, 11, 1)}
        session.add_all(
            [
                Action(ref="A1", description="Budgetplan", deadline=dt.date(2026, 12, 10), **common),
                Action(
                    ref="A2",
                    description="Klaar",
                    deadline=dt.date(2026, 11, 5),
                    done_on=dt.date(2026, 11, 4),
                    **common,
                ),
                Action(
                    ref="A3",
                    description="Vervallen",
                    deadline=dt.date(2026, 11, 6),
                    cancelled_on=dt.date(2026, 11, 4),
                    **common,
                ),
            ]
        )
    (row,) = families.my_families(ws)
    assert row.next_date == dt.date(2026, 12, 10)
    # A doorbraak that is reached is no next step any more, however early its planned date.
    plans.save_breakthrough(
        ws,
        plan_id,
        d2.id,
        plans.BreakthroughInput(
            d2.description,
            d2.type_code,
            d2.partner,
            d2.cost_eur,
            status="behaald",
            reached_on=dt.date(2026, 11, 28),
            planned_on=dt.date(2026, 11, 20),
        ),
    )
    (row,) = families.my_families(ws)
    assert row.next_date == dt.date(2026, 12, 10)


def test_contacts_the_phone_number_and_the_new_plan_fields_stay_out_of_an_export(coach, example_ws, tmp_path):
    from casus_app.services.admin import profile

    ws = coach
    plan_id = plans.find_plan(ws, HOUSEHOLD)
    contacts.add_contact(ws, HOUSEHOLD, ContactInput(dt.date(2026, 11, 20), "huisbezoek", "Geheime notitie"))
    profile.set_my_phone(ws, "06 12 34 56 78")
    d2 = next(b for b in plans.get_plan(ws, plan_id).breakthroughs if b.ref == "D2")
    plans.save_breakthrough(
        ws,
        plan_id,
        d2.id,
        plans.BreakthroughInput(
            d2.description, d2.type_code, d2.partner, 900, payer="GEMEENTE", planned_on=TEST_DAY
        ),
    )
    plans.set_cost_years(ws, plan_id, 3)
    ws.close()
    admin = auth.login(example_ws.register.path, ADMIN, PASSWORD)
    try:
        target = tmp_path / "export.json"
        export_file(admin, target)
        text = target.read_text(encoding="utf-8")
    finally:
        admin.close()
    assert "Geheime notitie" not in text and "06-12345678" not in text
    exported = json.loads(text)
    plan = next(c for c in exported["casussen"] if c["ref"] == "2026-003")["doorbraakplan"]
    assert set(plan) <= {"opgesteld_op", "gezinscoach", "perspectief", "scores", "doorbraken"}
    d2_out = next(b for b in plan["doorbraken"] if b["ref"] == "D2")
    assert set(d2_out) == {"ref", "omschrijving", "type", "partner", "kosten_eur", "status", "behaald_op"}


def test_the_note_is_free_text_in_an_inzage_and_an_erasure_too(coach, example_ws):
    from casus_app.services.privacy import inzage

    contacts.add_contact(
        coach, HOUSEHOLD, ContactInput(dt.date(2026, 11, 20), "huisbezoek", "Noah Voorbeeld was thuis")
    )
    coach.close()
    admin = auth.login(example_ws.register.path, ADMIN, PASSWORD)
    try:
        with admin.register.read_session() as session:
            from casus_app.storage.models import Person

            sanne, noah = session.execute(
                select(Person.id, Person.first_name).where(Person.case_id == HOUSEHOLD).order_by(Person.id)
            ).all()
        assert (sanne.first_name, noah.first_name) == ("Sanne", "Noah")
        # Sanne's inzage shows the contact, with the other person's first name made unrecognisable.
        (case,) = inzage.build_overview(admin, [sanne.id]).cases
        assert (
            "Contact met de gezinscoach (huisbezoek, 20-11-2026)",
            "[andere persoon] Voorbeeld was thuis",  # the surname is Sanne's own too
        ) in case.plan
        # Erasing Noah scrubs his name from the note as from every other free text of the case.
        inzage.erase_persons(admin, [noah.id])
        with admin.register.read_session() as session:
            note = session.scalar(select(FamilyContact.note).where(FamilyContact.case_id == HOUSEHOLD))
        assert "Noah" not in note and note.startswith("[gewist]") and note.endswith("was thuis")
    finally:
        admin.close()
