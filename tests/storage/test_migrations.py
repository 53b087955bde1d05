"""Opening an older register migrates it (after a backup); a newer one is refused."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from casus_app.domain.errors import RegisterUnavailable
from casus_app.services import auth
from casus_app.services.cases import CaseFilter, count_cases
from casus_app.storage import migrations
from tests.conftest import ADMIN, PASSWORD


def test_register_with_data_is_migrated_on_open(example_ws, register_path):
    with example_ws.register.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0001")
    assert migrations.current_revision(example_ws.register.engine) == "0001"
    example_ws.close()

    ws = auth.login(register_path, ADMIN, PASSWORD)
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
        auth.login(register_path, ADMIN, PASSWORD)
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
