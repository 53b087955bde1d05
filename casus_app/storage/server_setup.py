"""Setting up a register on a PostgreSQL server (issue 12): database, roles, schema, first beheerder.

Done once, by a server administrator's connection (`--admin-url`), in this order:

1. the database is created when it does not exist (outside a transaction, as PostgreSQL asks);
2. in one transaction on that database: the group roles (`casus_beheerder`, …) and the owner
   role `casus_eigenaar` where missing, the database handed to the owner and closed to PUBLIC,
   the schema built by the Alembic migrations *as the owner* (so no application role owns a
   table, and later row-level security binds every one of them), and the first beheerder as a
   LOGIN role with a SCRAM-SHA-256 verifier made on this side, so the server (and its log)
   never sees the password itself.

A failure in step 2 leaves nothing of it; a database made in step 1 is dropped again.

Roles are shared by every database of a PostgreSQL cluster: one cluster holds one Casus register's
users. The application roles get CONNECT and USAGE only: no table is readable through them until
the row-level policies come (docs/architecture.md, "A register on a server").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, RegisterUnavailable
from casus_app.domain.register_location import ServerLocation
from casus_app.storage import migrations
from casus_app.storage.server_engine import check_server_version, connection_problem, create_server_engine

OWNER_ROLE = "casus_eigenaar"
GROUP_ROLES: dict[Role, str] = {
    Role.ADMINISTRATOR: "casus_beheerder",
    Role.PROFESSIONAL: "casus_professional",
    Role.FAMILY_COACH: "casus_gezinscoach",
    Role.COORDINATOR: "casus_coordinator",
}
# A Casus user is a login role of the same name: short, plain, not one of PostgreSQL's or ours.
_ROLE_NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,63}$")


@dataclass(frozen=True)
class ServerSetup:
    database_created: bool
    server_version: int


def check_role_name(name: str) -> None:
    lowered = name.lower()
    if (
        not _ROLE_NAME.match(name)
        or lowered.startswith(("pg_", "casus_"))
        or lowered in ("public", "postgres")
    ):
        raise InvalidInput(
            "De gebruikersnaam {name} kan geen gebruiker op de server worden: gebruik letters, cijfers, "
            "punt, streepje, @ of liggend streepje (hoogstens 63 tekens), en niet een naam die begint met "
            "pg_ of casus_.",
            name=name,
        )


def quote_ident(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def scram_verifier(conn: Connection, name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password` for role `name`, made by libpq on this side."""
    raw: Any = conn.connection.dbapi_connection
    verifier: bytes = raw.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    return verifier.decode("ascii")


def role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def create_login_role(conn: Connection, name: str, password: str, role: Role) -> None:
    """A LOGIN role `name` (SCRAM-SHA-256) in the group role of `role`."""
    check_role_name(name)
    if role_exists(conn, name):
        raise InvalidInput("Op de server bestaat al een gebruiker {name}. Kies een andere naam.", name=name)
    conn.exec_driver_sql(
        f"CREATE ROLE {quote_ident(conn, name)} LOGIN PASSWORD {_literal(scram_verifier(conn, name, password))} "
        f"IN ROLE {GROUP_ROLES[role]}"
    )


def _create_database_if_missing(admin: Engine, database: str) -> tuple[bool, int]:
    with admin.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        version = int(conn.execute(text("SHOW server_version_num")).scalar_one())
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": database}).first()
        if exists is None:
            conn.exec_driver_sql(f"CREATE DATABASE {quote_ident(conn, database)}")
        return exists is None, version


def _drop_database(admin: Engine, database: str) -> None:
    with admin.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {quote_ident(conn, database)} WITH (FORCE)")


def _prepare_roles_and_database(conn: Connection, database: str) -> None:
    for name in (OWNER_ROLE, *GROUP_ROLES.values()):
        if not role_exists(conn, name):
            conn.exec_driver_sql(f"CREATE ROLE {name} NOLOGIN")
    db = quote_ident(conn, database)
    conn.exec_driver_sql(f"ALTER DATABASE {db} OWNER TO {OWNER_ROLE}")
    conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
    conn.exec_driver_sql("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    groups = ", ".join(GROUP_ROLES.values())
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {db} TO {groups}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {groups}")


def _refuse_a_used_database(conn: Connection, location: ServerLocation) -> None:
    encoding = conn.execute(
        text("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()")
    ).scalar_one()
    if encoding != "UTF8":
        raise RegisterUnavailable(
            "De database op {server} gebruikt de tekenset {encoding}; Casus vraagt UTF8. Maak de database "
            "met ENCODING 'UTF8', of laat Casus hem maken op een server met een UTF-8-locale.",
            server=location.display(),
            encoding=encoding,
        )
    tables = conn.execute(
        text("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
    ).scalar_one()
    if tables:
        raise RegisterUnavailable(
            "De database op {server} is niet leeg (er staan al tabellen in). Kies een nieuwe database: "
            "Casus maakt hem zelf aan.",
            server=location.display(),
        )


def initialise(
    location: ServerLocation,
    admin_location: ServerLocation,
    admin_password: str | None,
    admin_name: str,
    password: str,
    fill: Callable[[Connection], None],
) -> ServerSetup:
    """Set up the register at `location` through the administrator's `admin_location`.

    `fill` writes the register's first rows (reference lists, the beheerder's user row) in the
    same transaction, after the schema.
    """
    check_role_name(admin_name)
    admin = create_server_engine(admin_location, admin_location.user, admin_password, pooled=False)
    try:
        try:
            created, version = _create_database_if_missing(admin, location.database)
        except OperationalError as exc:
            raise connection_problem(admin_location, exc) from exc
        check_server_version(version, admin_location)
        target = create_server_engine(
            ServerLocation(
                admin_location.host,
                admin_location.port,
                location.database,
                admin_location.user,
                admin_location.parameters,
            ),
            admin_location.user,
            admin_password,
            pooled=False,
        )
        try:
            with target.begin() as conn:
                _refuse_a_used_database(conn, location)
                if role_exists(conn, admin_name):
                    raise InvalidInput(
                        "Op de server bestaat al een gebruiker {name}. Kies een andere naam.", name=admin_name
                    )
                _prepare_roles_and_database(conn, location.database)
                conn.exec_driver_sql(f"SET LOCAL ROLE {OWNER_ROLE}")  # the owner owns every table
                migrations.upgrade_on(conn)
                fill(conn)
                conn.exec_driver_sql("RESET ROLE")
                create_login_role(conn, admin_name, password, Role.ADMINISTRATOR)
        except BaseException:
            target.dispose()
            if created:
                _drop_database(admin, location.database)
            raise
        target.dispose()
        return ServerSetup(created, version)
    except DBAPIError as exc:
        raise RegisterUnavailable(
            "Het register op {server} kon niet worden ingericht: de server weigerde een stap ({reason}).",
            server=location.display(),
            reason=type(exc.orig or exc).__name__,
        ) from exc
    finally:
        admin.dispose()
