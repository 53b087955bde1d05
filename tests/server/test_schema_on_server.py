"""Every Alembic migration runs on PostgreSQL, and gives the tables and columns the models describe."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import create_engine, inspect, text

from casus_app.domain.register_location import parse_server_address
from casus_app.storage import migrations
from casus_app.storage.models import Base
from casus_app.storage.server_engine import create_server_engine


@pytest.fixture
def server_engine(pg_server, pg_database):
    engine = create_server_engine(
        parse_server_address(pg_server.url(pg_database)), pg_server.superuser, pg_server.password
    )
    assert engine.dialect.name == "postgresql"
    assert pg_server.password not in repr(engine) and pg_server.password not in str(engine.url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def sqlite_tables(tmp_path_factory) -> dict[str, set[str]]:
    """The tables and their columns of a file register's schema (plain SQLite, same migrations)."""
    import sqlcipher3.dbapi2 as sqlcipher

    engine = create_engine(f"sqlite:///{tmp_path_factory.mktemp('schema')}/schema.db", module=sqlcipher)
    migrations.upgrade(engine)
    try:
        return _tables(engine)
    finally:
        engine.dispose()


def _tables(engine: sa.Engine) -> dict[str, set[str]]:
    found = inspect(engine)
    return {
        name: {column["name"] for column in found.get_columns(name)}
        for name in found.get_table_names()
        if not name.startswith("case_search")  # SQLite's FTS5 index (0002) and its shadow tables
    }


def test_all_migrations_reach_head_on_the_server(server_engine, sqlite_tables):
    migrations.upgrade(server_engine)
    assert migrations.current_revision(server_engine) == migrations.head_revision()
    assert not migrations.needs_upgrade(server_engine)
    assert _tables(server_engine) == sqlite_tables
    assert "users" in sqlite_tables and "audit_log" in sqlite_tables  # the comparison compared something


def test_models_and_migrations_agree_on_the_server(server_engine):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    migrations.upgrade(server_engine)
    with server_engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []


def test_the_audit_log_is_append_only_on_the_server(server_engine):
    migrations.upgrade(server_engine)
    with server_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (seq, at, action, outcome, prev_hash, row_hash) "
                "VALUES (1, '2026-11-30T10:00:00Z', 'login', 'ok', :zero, :one)"
            ),
            {"zero": "0" * 64, "one": "1" * 64},
        )
    for statement in ("UPDATE audit_log SET outcome = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), server_engine.begin() as conn:
            conn.execute(text(statement))
    with server_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*), min(outcome) FROM audit_log")).one() == (1, "ok")


def test_boolean_defaults_are_booleans_on_the_server(server_engine):
    migrations.upgrade(server_engine)
    with server_engine.connect() as conn:
        defaults = dict(
            conn.execute(
                text(
                    "SELECT table_name || '.' || column_name, column_default FROM information_schema.columns "
                    "WHERE data_type = 'boolean' AND column_default IS NOT NULL"
                )
            ).all()
        )
    assert defaults["cases.marked_for_discussion"] == "false"
    assert defaults["discussions.discussed"] == "true"
    assert defaults["users.must_change_password"] == "false"


def test_every_migration_runs_down_and_up_on_the_server(server_engine):
    migrations.upgrade(server_engine)
    with server_engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "base")
    with server_engine.connect() as conn:
        left = set(inspect(conn).get_table_names()) - {"alembic_version"}
    assert left == set()
    migrations.upgrade(server_engine)
    assert migrations.current_revision(server_engine) == migrations.head_revision()
