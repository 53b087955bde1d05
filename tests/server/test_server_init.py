"""`casus-app --db postgresql://… --user NAME init --admin-url postgresql://SUPERUSER@…` on a real server."""

from __future__ import annotations

import secrets

import psycopg
import pytest

from casus_app.cli.main import main
from casus_app.storage import migrations
from casus_app.storage.server_setup import GROUP_ROLES, OWNER_ROLE
from tests.conftest import PASSWORD


def _name(prefix: str) -> str:
    return f"{prefix}{secrets.token_hex(3)}"  # roles belong to the whole server: one per test


def _init(pg_server, database, user, monkeypatch, *, password=PASSWORD):
    monkeypatch.setenv("CASUS_PASSWORD", password)
    monkeypatch.setenv("CASUS_ADMIN_PASSWORD", pg_server.password)
    admin_url = (
        f"postgresql://{pg_server.superuser}@localhost:{pg_server.port}/?sslrootcert={pg_server.ca.ca_cert}"
    )
    return main(["--db", pg_server.url(database), "--user", user, "init", "--admin-url", admin_url])


def _as_super(pg_server, database="postgres"):
    return psycopg.connect(**pg_server.connect_kwargs(database))


def _database_exists(pg_server, database) -> bool:
    with _as_super(pg_server) as conn:
        return (
            conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone() is not None
        )


def test_init_creates_database_roles_schema_and_the_first_beheerder(pg_server, monkeypatch, capsys):
    database, user = _name("casus_"), _name("petra")
    assert _init(pg_server, database, user, monkeypatch) == 0
    assert f"Register aangemaakt op postgresql://localhost:{pg_server.port}/{database} (nieuwe database)" in (
        capsys.readouterr().out
    )
    with _as_super(pg_server, database) as conn:
        roles = dict(
            conn.execute("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'casus%'").fetchall()
        )
        member_of = {
            row[0]
            for row in conn.execute(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
                (user,),
            )
        }
        verifier = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (user,)).fetchone()[0]
        owners = {
            row[0] for row in conn.execute("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'")
        }
        db_owner = conn.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        ).fetchone()[0]
        head = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        users = conn.execute("SELECT name, role, active FROM users").fetchall()
        organisations = conn.execute("SELECT count(*) FROM organisations").fetchone()[0]
    assert {role: roles[role] for role in (*GROUP_ROLES.values(), OWNER_ROLE)} == dict.fromkeys(
        (*GROUP_ROLES.values(), OWNER_ROLE), False
    )
    assert member_of == {"casus_beheerder"}
    assert verifier.startswith("SCRAM-SHA-256$") and PASSWORD not in verifier
    assert owners == {OWNER_ROLE} and db_owner == OWNER_ROLE
    assert head == migrations.head_revision()
    assert users == [(user, "beheerder", True)]
    assert organisations > 0  # the default reference lists, as in a new file register


def test_the_beheerder_connects_with_their_password_only(pg_server, monkeypatch):
    database, user = _name("casus_"), _name("karin")
    assert _init(pg_server, database, user, monkeypatch) == 0
    as_user = pg_server.connect_kwargs(database, user=user, password=PASSWORD)
    with psycopg.connect(**as_user) as conn:
        assert conn.execute("SELECT session_user").fetchone()[0] == user
        # The foundation grants no table yet: row-level policies come first (docs/architecture.md).
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM users")
    for password in ("een ander wachtwoord", ""):
        with pytest.raises(psycopg.OperationalError, match="password"):
            psycopg.connect(**{**as_user, "password": password})
    # A server user who is not a Casus user cannot connect to the register's database at all.
    stranger = _name("vreemde")
    with _as_super(pg_server) as conn:
        conn.execute(f"CREATE ROLE {stranger} LOGIN PASSWORD 'een ander lang wachtwoord'")
        conn.commit()
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(**{**as_user, "user": stranger, "password": "een ander lang wachtwoord"})


def test_a_database_that_holds_a_register_is_refused(pg_server, monkeypatch, capsys):
    database = _name("casus_")
    assert _init(pg_server, database, _name("eerste"), monkeypatch) == 0
    second = _name("tweede")
    assert _init(pg_server, database, second, monkeypatch) == 1
    assert "is niet leeg" in capsys.readouterr().err
    with _as_super(pg_server, database) as conn:
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (second,)).fetchone() is None
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 1


def test_a_failed_set_up_leaves_no_database_behind(pg_server, monkeypatch, capsys):
    database, user = _name("casus_"), _name("bestaat")
    with _as_super(pg_server) as conn:
        conn.execute(f'CREATE ROLE "{user}" LOGIN')
        conn.commit()
    assert _init(pg_server, database, user, monkeypatch) == 1
    assert f"Op de server bestaat al een gebruiker {user}" in capsys.readouterr().err
    assert not _database_exists(pg_server, database)


def test_a_weak_password_is_refused_before_anything_is_made(pg_server, monkeypatch, capsys):
    database = _name("casus_")
    assert _init(pg_server, database, _name("zwak"), monkeypatch, password="welkom1") == 1
    assert capsys.readouterr().err
    assert not _database_exists(pg_server, database)


def test_a_wrong_admin_password_is_said_in_dutch(pg_server, monkeypatch, capsys):
    monkeypatch.setenv("CASUS_PASSWORD", PASSWORD)
    monkeypatch.setenv("CASUS_ADMIN_PASSWORD", "niet het goede")
    admin_url = (
        f"postgresql://{pg_server.superuser}@localhost:{pg_server.port}/?sslrootcert={pg_server.ca.ca_cert}"
    )
    assert (
        main(["--db", pg_server.url(_name("casus_")), "--user", "x", "init", "--admin-url", admin_url]) == 1
    )
    err = capsys.readouterr().err
    assert "Onjuiste gebruikersnaam of wachtwoord voor de server" in err
    assert "niet het goede" not in err


def test_a_password_on_the_command_line_is_refused_and_not_repeated(pg_server, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--db", f"postgresql://petra:Geheim-42@localhost:{pg_server.port}/casus", "init"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "Zet geen wachtwoord in het serveradres" in err and "Geheim-42" not in err


def test_other_commands_say_they_do_not_work_on_a_server_yet(pg_server, monkeypatch, capsys):
    monkeypatch.setenv("CASUS_PASSWORD", PASSWORD)
    assert main(["--db", pg_server.url("casus"), "--user", "petra", "verify"]) == 1
    assert "kan Casus nog niet openen" in capsys.readouterr().err


def test_a_plain_local_connection_is_warned_about(pg_server, monkeypatch, capsys):
    monkeypatch.setenv("CASUS_PASSWORD", PASSWORD)
    monkeypatch.setenv("CASUS_ADMIN_PASSWORD", pg_server.password)
    database, user = _name("casus_"), _name("plain")
    admin_url = f"postgresql://{pg_server.superuser}@127.0.0.1:{pg_server.port}/?sslmode=disable"
    url = f"postgresql://127.0.0.1:{pg_server.port}/{database}?sslmode=disable"
    assert main(["--db", url, "--user", user, "init", "--admin-url", admin_url]) == 0
    assert "niet met een gecontroleerd TLS-certificaat beveiligd (sslmode=disable)" in capsys.readouterr().err


def test_admin_url_belongs_with_a_server_register_only(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CASUS_PASSWORD", PASSWORD)
    db = tmp_path / "casus.db"
    assert (
        main(["--db", str(db), "--user", "beheer", "init", "--admin-url", "postgresql://postgres@localhost/"])
        == 1
    )
    assert "--admin-url hoort alleen bij een register op een server" in capsys.readouterr().err
    assert not db.exists()


def test_casus_db_may_name_a_server_and_is_checked_too(monkeypatch, capsys):
    monkeypatch.setenv("CASUS_PASSWORD", PASSWORD)
    monkeypatch.setenv("CASUS_DB", "postgresql://petra:Geheim-42@db.example/casus")
    assert main(["--user", "petra", "verify"]) == 1
    err = capsys.readouterr().err
    assert "Zet geen wachtwoord in het serveradres" in err and "Geheim-42" not in err
    monkeypatch.setenv("CASUS_DB", "postgresql://db.example/casus")
    assert main(["--user", "petra", "verify"]) == 1
    assert "postgresql://db.example:5432/casus" in capsys.readouterr().err


def test_a_server_certificate_from_another_ca_is_refused_in_dutch(pg_server, monkeypatch, capsys, tmp_path):
    from tests.server.postgres import make_ca

    other = make_ca(tmp_path)
    monkeypatch.setenv("CASUS_PASSWORD", PASSWORD)
    monkeypatch.setenv("CASUS_ADMIN_PASSWORD", pg_server.password)
    database = _name("casus_")
    admin_url = f"postgresql://{pg_server.superuser}@localhost:{pg_server.port}/?sslrootcert={other.ca_cert}"
    assert main(["--db", pg_server.url(database), "--user", "x", "init", "--admin-url", admin_url]) == 1
    assert "het certificaat van de server kan niet worden gecontroleerd" in capsys.readouterr().err
    assert not _database_exists(pg_server, database)


def test_a_database_not_in_utf8_is_refused(pg_server, monkeypatch, capsys):
    database = _name("latin_")
    with psycopg.connect(**pg_server.connect_kwargs(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {database} ENCODING 'LATIN1' TEMPLATE template0")
    assert _init(pg_server, database, _name("latin"), monkeypatch) == 1
    assert "gebruikt de tekenset LATIN1; Casus vraagt UTF8" in capsys.readouterr().err
    with _as_super(pg_server, database) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0


def test_init_on_a_server_asks_for_the_server_administrator(pg_server, monkeypatch, capsys):
    monkeypatch.setenv("CASUS_PASSWORD", PASSWORD)
    database = _name("casus_")
    assert main(["--db", pg_server.url(database), "--user", "petra", "init"]) == 1
    assert "geef ook --admin-url postgresql://BEHEERDER@SERVER:POORT/" in capsys.readouterr().err
    assert not _database_exists(pg_server, database)
