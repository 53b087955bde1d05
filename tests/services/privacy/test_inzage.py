"""Inzageverzoek: one person in three cases, the PDF read back; correction and erasure, each logged."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import InvalidInput, PermissionDenied
from casus_app.reports.privacy import inzage_report
from casus_app.services.admin import users
from casus_app.services.auth import login
from casus_app.services.cases.queries import get_case
from casus_app.services.exchange.importer import import_file
from casus_app.services.privacy import inzage
from casus_app.storage.models import AuditEntry, Case, Discussion, Person
from tests.conftest import ADMIN, PASSWORD
from tests.services.privacy.privacy_data import action, case, meeting, person, write_exchange

BORN = dt.date(1980, 4, 5)


@pytest.fixture
def inzage_ws(admin_ws, register_path, tmp_path):
    fenneke = person("B1", "Fenneke", "Quirijnsen", BORN.isoformat())
    cases = [
        case(
            "HAAR-1",
            start="2025-02-01",
            end="2025-09-30",
            street="Berkenlaan",
            persons=[fenneke, person("B2", "Otto", "Brakelmans", "1978-01-01", role="gezinslid")],
            summary="Ruzie tussen Otto Brakelmans en Fenneke; buren klagen.",
            actions=[
                action("A1", "Gesprek met Otto over de afspraken", "2025-02-10", "2025-03-01", "2025-02-20"),
                action(
                    "A2", "Fenneke aanmelden bij schuldhulp", "2025-02-10", "2025-03-15", owner="BUURTTEAM"
                ),
            ],
        ),
        case(
            "HAAR-2",
            "doorbraak",
            start="2025-10-01",
            persons=[
                dict(fenneke, rol="ouder"),
                person("B2", "Mila", "Quirijnsen", "2015-06-01", role="kind"),
            ],
            plan={
                "opgesteld_op": "2025-10-05",
                "gezinscoach": "coach 1",
                "perspectief": "Fenneke wil met Mila in een rustige buurt wonen.",
                "scores": [],
                "doorbraken": [],
            },
        ),
        case(
            "HAAR-3",
            "leefbaarheid",
            start="2026-01-05",
            persons=[dict(fenneke, rol="melder")],
            summary="Melding over afval in het portiek.",
        ),
        case(
            "NAAMGENOOT-1", start="2024-01-01", persons=[person("B1", "Fenneke", "Quirijnsen", "1955-09-09")]
        ),
        case(
            "ONBEKEND-1",
            start="2024-03-01",
            persons=[person("B1", "Fenneke", "Quirijnsen", None, role="melder")],
        ),
        case("ANDER-1", start="2024-03-01", persons=[person("B1", "Gijsbert", "Vandermolen", "1980-04-05")]),
    ]
    meetings = [meeting("OV-1", "2025-02-10", [("HAAR-1", "Otto Brakelmans belde vooraf af.")])]
    import_file(admin_ws, write_exchange(tmp_path / "inzage.json", cases, meetings))
    users.add_user(
        admin_ws,
        "prof",
        PASSWORD,
        Role.PROFESSIONAL,
        areas=["HSB"],
        organisation="POLITIE",
        display_name="Piet Pollux",
    )
    admin_ws.close()
    ws = login.login(register_path, "prof", PASSWORD)
    for ref in ("HAAR-1", "NAAMGENOOT-1"):
        with ws.register.read_session() as session:
            case_id = session.scalar(select(Case.id).where(Case.ref == ref))
        get_case(ws, case_id, reason="casuïstiekoverleg")
    ws.close()
    ws = login.login(register_path, ADMIN, PASSWORD)
    yield ws
    ws.close()


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_a_person_in_three_cases_gets_exactly_those_without_other_people(inzage_ws, tmp_path):
    ws = inzage_ws
    matches = inzage.find_person(ws, "fenneke quirijnsen", BORN)
    assert sorted((m.case_ref, m.birth_date_known) for m in matches) == [
        ("HAAR-1", True),
        ("HAAR-2", True),
        ("HAAR-3", True),
        ("ONBEKEND-1", False),
    ]  # the namesake born in 1955 is not found; the record without a birth date is, marked
    assert [m.case_ref for m in inzage.find_person(ws, "Quirijnsen", BORN) if m.birth_date_known] == [
        "HAAR-1",
        "HAAR-2",
        "HAAR-3",
    ]
    assert inzage.find_person(ws, "Piet Quirijnsen", BORN) == []
    assert inzage.find_person(ws, "Fenneke", BORN) == []  # the surname is needed

    chosen = [m.person_id for m in matches if m.birth_date_known]
    out = tmp_path / "inzage.pdf"
    overview = inzage.write_inzage_pdf(ws, chosen, out, inzage_report.render)
    assert [c.ref for c in overview.cases] == ["HAAR-1", "HAAR-2", "HAAR-3"]

    pdf = pdf_text(out)
    assert "Uw gegevens staan in 3 casussen." in pdf
    for ref in ("HAAR-1", "HAAR-2", "HAAR-3"):
        assert f"Casus {ref}" in pdf
    for absent in ("NAAMGENOOT-1", "ONBEKEND-1", "ANDER-1", "1955"):
        assert absent not in pdf
    # Other people of her cases: left out, and unrecognisable where a note named them.
    for other in ("Otto", "Brakelmans", "Mila", "2015", "1978", "Vandermolen"):
        assert other not in pdf
    assert "[andere persoon]" in pdf and "Ruzie tussen [andere persoon] en Fenneke" in pdf
    assert "In deze casus staan ook gegevens van 1 andere persoon." in pdf
    # Her own data, the organisations, the afspraken and who looked, in plain Dutch.
    assert "Fenneke Quirijnsen" in pdf and "5 april 1980" in pdf and "Berkenlaan 7" in pdf
    assert "Woningcorporatie" in pdf and "heeft de casus aangemeld" in pdf
    assert "Buurtteams Heerlen" in pdf and "Fenneke aanmelden bij schuldhulp" in pdf
    assert "Gesprek met [andere persoon] over de afspraken" in pdf
    assert "Politie, basisteam Heerlen (professional)" in pdf and "casuïstiekoverleg" in pdf
    assert "Pollux" not in pdf and "prof " not in pdf  # employees are named by organisation and role
    assert "wil met [andere persoon] in een rustige buurt wonen" in pdf

    with ws.register.read_session() as session:
        exports = list(
            session.scalars(select(AuditEntry.person_id).where(AuditEntry.action == AuditAction.EXPORT.value))
        )
        searches = list(session.scalars(select(AuditEntry.details).where(AuditEntry.object_type == "inzage")))
    assert sorted(exports) == sorted(chosen)
    assert searches and all("Fenneke" not in d and "Quirijnsen" not in d for d in searches)


def test_correction_changes_the_data_and_the_search_index_and_is_logged_by_field(inzage_ws):
    ws = inzage_ws
    match = next(m for m in inzage.find_person(ws, "Fenneke Quirijnsen", BORN) if m.case_ref == "HAAR-3")
    changed = inzage.correct_person(
        ws, match.person_id, last_name="Quirijnsen-Bosch", birth_date=dt.date(1980, 4, 6)
    )
    assert changed == ["achternaam", "geboortedatum"]
    assert [m.case_ref for m in inzage.find_person(ws, "Fenneke Quirijnsen-Bosch", dt.date(1980, 4, 6))] == [
        "HAAR-3"
    ]
    with ws.register.read_session() as session:
        hits = session.scalar(text("SELECT count(*) FROM case_search WHERE case_search MATCH 'bosch'"))
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.CHANGE.value)).one()
    assert hits == 1
    assert (entry.person_id, entry.details) == (
        match.person_id,
        "gecorrigeerd op verzoek (AVG art. 16): achternaam, geboortedatum",
    )
    assert inzage.correct_person(ws, match.person_id, last_name="Quirijnsen-Bosch") == []
    with pytest.raises(InvalidInput):
        inzage.correct_person(ws, match.person_id, last_name="  ")


def test_erasure_removes_the_records_and_her_name_from_the_notes(inzage_ws, tmp_path):
    ws = inzage_ws
    chosen = [m.person_id for m in inzage.find_person(ws, "Fenneke Quirijnsen", BORN) if m.birth_date_known]
    assert inzage.erase_persons(ws, chosen) == 3
    with ws.register.read_session() as session:
        assert session.scalar(select(Person.id).where(Person.id.in_(chosen))) is None
        summary = session.scalar(select(Case.summary).where(Case.ref == "HAAR-1"))
        fenneke_hits = session.scalar(
            text("SELECT count(*) FROM case_search WHERE case_search MATCH 'fenneke'")
        )
        otto = session.scalar(select(Person.last_name).where(Person.first_name == "Otto"))
        notes = list(session.scalars(select(Discussion.note)))
        deletes = list(
            session.scalars(select(AuditEntry.details).where(AuditEntry.action == AuditAction.DELETE.value))
        )
    assert summary == "Ruzie tussen Otto Brakelmans en [gewist]; buren klagen."
    assert fenneke_hits == 2  # the namesake and the record without a birth date stay
    assert otto == "Brakelmans" and notes == ["Otto Brakelmans belde vooraf af."]
    assert deletes == ["gewist op verzoek (AVG art. 17)"] * 3
    assert [m.case_ref for m in inzage.find_person(ws, "Fenneke Quirijnsen", BORN)] == ["ONBEKEND-1"]


def test_a_new_person_never_inherits_the_audit_history_of_an_erased_one(inzage_ws, tmp_path):
    ws = inzage_ws
    with ws.register.read_session() as session:
        newest = session.scalar(select(Person.id).order_by(Person.id.desc()).limit(1))
        newest_case = session.scalar(select(Person.case_id).where(Person.id == newest))
    get_case(ws, newest_case)  # the erased person's views are in the log under this id
    inzage.erase_persons(ws, [newest])
    fresh = [case("LATER-1", start="2026-10-01", persons=[person("B1", "Hanna", "Zomerdijk", "1999-09-09")])]
    import_file(ws, write_exchange(tmp_path / "later.json", fresh))
    match = inzage.find_person(ws, "Hanna Zomerdijk", dt.date(1999, 9, 9))[0]
    assert match.person_id == newest  # SQLite handed the id out again
    assert inzage.build_overview(ws, [match.person_id]).events == []


def test_only_a_beheerder_handles_an_inzageverzoek(inzage_ws, register_path):
    inzage_ws.close()
    ws = login.login(register_path, "prof", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            inzage.find_person(ws, "Fenneke Quirijnsen", BORN)
        with pytest.raises(PermissionDenied):
            inzage.erase_persons(ws, [1])
    finally:
        ws.close()
