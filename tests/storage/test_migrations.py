"""Opening an older register migrates it (after a backup); a newer one is refused."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from casus_app.domain.errors import RegisterUnavailable
from casus_app.services.auth import login
from casus_app.services.cases.queries import CaseFilter, count_cases
from casus_app.storage import migrations
from tests.conftest import ADMIN, PASSWORD


def test_register_with_data_is_migrated_on_open(example_ws, register_path):
    with example_ws.register.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0001")
    assert migrations.current_revision(example_ws.register.engine) == "0001"
    example_ws.close()

    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        assert migrations.current_revision(ws.register.engine) == migrations.head_revision()
        # The data is still there, and the new search index was filled from it.
        assert count_cases(ws) == 3
        assert count_cases(ws, CaseFilter(text="Voorbeeld")) == 2
    finally:
        ws.close()
    copies = list(register_path.parent.glob("*.voor-migratie-0001"))
    assert len(copies) == 1
    assert b"Voorbeeld" not in copies[0].read_bytes()  # the safety copy is encrypted too


def test_register_from_a_newer_casus_is_refused(admin_ws, register_path):
    with admin_ws.register.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    admin_ws.close()
    with pytest.raises(RegisterUnavailable) as caught:
        login.login(register_path, ADMIN, PASSWORD)
    assert "nieuwere versie van Casus" in caught.value.message


def test_every_migration_runs_down_and_up(admin_ws):
    with admin_ws.register.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "base")
    migrations.upgrade(admin_ws.register.engine)
    assert migrations.current_revision(admin_ws.register.engine) == migrations.head_revision()


def test_models_and_migrations_agree(admin_ws):
    """Every model change has its migration: autogenerate finds nothing left to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from casus_app.storage.models import Base

    with admin_ws.register.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _not_search_index})
        assert compare_metadata(context, Base.metadata) == []


def _not_search_index(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "table" and name.startswith("case_search"))


def test_a_register_made_at_0008_gets_coach_links_and_a_folded_search_index(example_ws, register_path):
    from casus_app.domain.enums import Role
    from casus_app.services.admin.users import add_user

    add_user(example_ws, "oaydin", "gezinscoach wachtwoord", Role.FAMILY_COACH, display_name="Özlem Aydın")
    with example_ws.register.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0008")
    # Data as Casus 0008 wrote it: the coach by name only, a postcode with a space, an index of the
    # text as typed.
    with example_ws.register.engine.begin() as conn:
        conn.execute(text("UPDATE breakthrough_plans SET family_coach = 'ÖZLEM AYDIN'"))
        conn.execute(text("UPDATE cases SET postcode = '6431 HX' WHERE ref = '2026-001'"))
        conn.execute(text("UPDATE persons SET last_name = 'Yılmaz' WHERE case_id = 3"))
        conn.execute(text("DELETE FROM case_search"))
        conn.execute(
            text(
                "INSERT INTO case_search(rowid, ref, address, names, summary) SELECT c.id, c.ref, "
                "trim(coalesce(c.street, '') || ' ' || coalesce(c.house_number, '') || ' ' || coalesce(c.postcode, '')"
                " || ' ' || coalesce(c.neighbourhood, '')), (SELECT group_concat(coalesce(p.first_name, '') || ' ' ||"
                " coalesce(p.infix, '') || ' ' || p.last_name, ' ') FROM persons p WHERE p.case_id = c.id),"
                " coalesce(c.summary, '') FROM cases c"
            )
        )
    assert migrations.current_revision(example_ws.register.engine) == "0008"
    example_ws.close()

    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        assert migrations.current_revision(ws.register.engine) == migrations.head_revision()
        assert count_cases(ws, CaseFilter(text="Yilmaz")) == 1
        assert count_cases(ws, CaseFilter(text="6431HX")) == 1
        assert count_cases(ws, CaseFilter(text="6431 hx")) == 1
    finally:
        ws.close()
    ws = login.login(register_path, "oaydin", "gezinscoach wachtwoord")
    try:
        from casus_app.services.cases.queries import list_cases

        assert [row.ref for row in list_cases(ws)] == ["2026-003"]
    finally:
        ws.close()


def test_a_register_at_0013_keeps_its_plans_and_users_through_0014(example_ws, register_path):
    """0014 adds columns in place: the plans' scores and doorbraken (which cascade from the plan) stay."""
    from casus_app.services.plans import plans

    with example_ws.register.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0013")
        counts = conn.execute(
            text("SELECT (SELECT count(*) FROM plan_scores), (SELECT count(*) FROM breakthroughs)")
        ).one()
    assert tuple(counts) == (3, 2)
    migrations.upgrade(example_ws.register.engine)
    plan = plans.get_plan(example_ws, plans.find_plan(example_ws, 3))
    assert (len(plan.scores), len(plan.breakthroughs), plan.cost_years, plan.contacts) == (3, 2, 1, ())
    assert [(b.planned_on, b.payer) for b in plan.breakthroughs] == [(None, None), (None, None)]


def test_a_register_made_at_0012_links_afspraken_to_the_users_named_in_them(example_ws, register_path):
    from casus_app.domain.enums import Role
    from casus_app.services.admin.users import add_user

    agent = add_user(
        example_ws,
        "kjansen",
        "wijkagent wachtwoord",
        Role.PROFESSIONAL,
        areas=["HSB"],
        organisation="POLITIE",
        display_name="Karin Jansen",
    )
    with example_ws.register.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0012")
        police = conn.execute(text("SELECT id FROM organisations WHERE code = 'POLITIE'")).scalar_one()
        other = conn.execute(text("SELECT id FROM organisations WHERE code = 'GGD'")).scalar_one()
        ids = conn.execute(text("SELECT id FROM actions ORDER BY id LIMIT 3")).scalars().all()
        # The same name typed twice for the police (folded differently), once for another organisation.
        for action_id, (owner, person) in zip(
            ids, ((police, "KARIN  jansen"), (police, "Karin Jansen"), (other, "Karin Jansen")), strict=True
        ):
            conn.execute(
                text("UPDATE actions SET owner_id = :owner, owner_person = :person WHERE id = :id"),
                {"owner": owner, "person": person, "id": action_id},
            )
    example_ws.close()

    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        with ws.register.engine.connect() as conn:
            links = (
                conn.execute(text("SELECT owner_user_id FROM actions ORDER BY id LIMIT 3")).scalars().all()
            )
            columns = {row[1] for row in conn.execute(text("PRAGMA table_info(actions)"))}
    finally:
        ws.close()
    assert links == [agent, agent, None]  # a user of the afspraak's own organisation only
    assert {"owner_user_id", "result", "snoozed_until"} <= columns


def test_a_register_whose_creation_failed_leaves_the_place_free(tmp_path, monkeypatch):
    from casus_app.storage.register import Register, sidecar_path

    path = tmp_path / "nieuw.db"

    def broken_migration(engine):
        raise RuntimeError("migration failed halfway")

    monkeypatch.setattr(migrations, "upgrade", broken_migration)
    with pytest.raises(RuntimeError):
        Register.create(path, ADMIN, PASSWORD)
    assert not path.exists() and not sidecar_path(path).exists()

    monkeypatch.undo()
    register, _ = Register.create(path, ADMIN, PASSWORD)  # trying again works
    register.close()
    assert path.exists() and sidecar_path(path).exists()


def test_a_register_at_0019_gets_the_default_interventietypen_and_focusbuurten(example_ws):
    """0023 seeds the new lists in a register that has its reference lists already."""
    from casus_app.services.admin import reference_lists as lists

    with example_ws.register.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0019")
        assert "intervention_type_id" not in {
            row[1] for row in conn.execute(text("PRAGMA table_info(actions)"))
        }
    migrations.upgrade(example_ws.register.engine)
    types = lists.list_items(example_ws, lists.INTERVENTION_TYPES)
    assert len(types) == 8 and {t.in_use for t in types} == {0}
    focus = {i.code: i for i in lists.list_items(example_ws, lists.FOCUS_AREAS)}
    assert set(focus) == {"KASTEELBUURT", "GMS", "VRIEHEIDE"}
    buurten = {i.id: i.name for i in lists.list_items(example_ws, lists.NEIGHBOURHOODS)}
    # The example register has a Kasteelbuurt (not a Hoofdstraat-West): what exists is linked.
    assert "Kasteelbuurt" in {buurten[i] for i in focus["KASTEELBUURT"].members}
