"""The SQLAlchemy engine for a register on a PostgreSQL server (issue 12), through psycopg 3.

The address (`domain/register_location.ServerLocation`) gives host, port, database and the TLS
parameters; the user and the password are handed to libpq as connection arguments, never in a
URL, so neither an engine's repr nor a log line can show the password. TLS with the server's
certificate checked against its name (`sslmode=verify-full`) is the default the address brings.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from casus_app.domain.errors import RegisterUnavailable, WrongPassword
from casus_app.domain.register_location import ServerLocation

CONNECT_TIMEOUT_SECONDS = "10"
MIN_SERVER_VERSION = 150000  # PostgreSQL 15: the public schema no longer writable by everyone


def connect_arguments(location: ServerLocation, user: str | None, password: str | None) -> dict[str, Any]:
    """libpq's keyword arguments for `location` as `user`; what psycopg.connect takes."""
    arguments: dict[str, Any] = dict(location.libpq_parameters())
    arguments.setdefault("connect_timeout", CONNECT_TIMEOUT_SECONDS)
    arguments["application_name"] = "casus"
    if user is not None:
        arguments["user"] = user
    if password is not None:
        arguments["password"] = password
    return arguments


def create_server_engine(
    location: ServerLocation, user: str | None, password: str | None, *, pooled: bool = True
) -> Engine:
    """An engine for the register at `location`; connecting (and so the TLS check) happens on first use."""
    options: dict[str, Any] = {"connect_args": connect_arguments(location, user, password)}
    if not pooled:
        options["poolclass"] = NullPool
    # Everything is in connect_args: the URL names only the driver.
    return create_engine(URL.create("postgresql+psycopg"), **options)


def connection_problem(
    location: ServerLocation, exc: OperationalError
) -> RegisterUnavailable | WrongPassword:
    """The Dutch error for a failed connection; libpq's own words are kept out (they may name files)."""
    said = str(exc.orig or exc).lower()
    if "password authentication failed" in said or "no password supplied" in said:
        return WrongPassword(
            "Onjuiste gebruikersnaam of wachtwoord voor de server {server}.", server=location.display()
        )
    if "certificate" in said or "ssl" in said or "tls" in said:
        return RegisterUnavailable(
            "De beveiligde verbinding met {server} kon niet worden opgezet: het certificaat van de server "
            "kan niet worden gecontroleerd. Geef het CA-certificaat mee in het adres (sslrootcert=BESTAND) "
            "en gebruik de naam die in het certificaat van de server staat.",
            server=location.display(),
        )
    if "does not exist" in said and "database" in said:
        return RegisterUnavailable(
            "Op de server {server} bestaat de database niet. Maak het register eerst met "
            "'casus-app init --admin-url …'.",
            server=location.display(),
        )
    return RegisterUnavailable(
        "De server {server} is niet bereikbaar of weigert de verbinding. Controleer het adres en of de "
        "server draait.",
        server=location.display(),
    )


def check_server_version(version_num: int, location: ServerLocation) -> None:
    if version_num < MIN_SERVER_VERSION:
        raise RegisterUnavailable(
            "De server {server} draait PostgreSQL {version}; Casus vraagt PostgreSQL 15 of nieuwer.",
            server=location.display(),
            version=f"{version_num // 10000}",
        )
