"""`--db` takes a file path or a server address; the address is checked before anything connects."""

from __future__ import annotations

from pathlib import Path

import pytest

from casus_app.domain.errors import InvalidInput
from casus_app.domain.register_location import ServerLocation, parse_location, parse_server_address


@pytest.mark.parametrize(
    "text", ["casus.db", "/home/petra/Casus/casus.db", "C:\\Casus\\casus.db", "postgres.db"]
)
def test_a_file_path_stays_a_path(text):
    assert parse_location(text) == Path(text)


def test_a_server_address_defaults_to_verified_tls():
    found = parse_location("postgresql://db.heerlen.nl:6543/casus?sslrootcert=/etc/casus/ca.crt")
    assert isinstance(found, ServerLocation)
    assert (found.host, found.port, found.database, found.user) == ("db.heerlen.nl", 6543, "casus", None)
    assert found.sslmode == "verify-full"
    assert found.warning is None
    assert found.libpq_parameters() == {
        "host": "db.heerlen.nl",
        "port": "6543",
        "dbname": "casus",
        "sslrootcert": "/etc/casus/ca.crt",
        "sslmode": "verify-full",
    }
    assert found.display() == "postgresql://db.heerlen.nl:6543/casus"


def test_port_and_scheme_variants():
    assert parse_server_address("postgres://db.example/casus").port == 5432
    assert parse_server_address("postgresql://[::1]:5433/casus").host == "::1"
    assert parse_server_address("postgresql://beheer@db.example/casus").user == "beheer"
    assert parse_server_address("postgresql://db.example/reg%20one").database == "reg one"


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]"])
@pytest.mark.parametrize("mode", ["disable", "prefer", "require", "verify-ca"])
def test_a_weaker_connection_is_allowed_on_this_computer_with_a_warning(host, mode):
    found = parse_server_address(f"postgresql://{host}:5432/casus?sslmode={mode}")
    assert found.is_local and found.sslmode == mode
    assert found.warning is not None and f"sslmode={mode}" in str(found.warning)


def test_a_unix_socket_is_local_and_needs_no_tls():
    found = parse_server_address("postgresql:///casus?host=/var/run/postgresql")
    assert found.is_socket and found.is_local and found.warning is None
    assert found.libpq_parameters()["host"] == "/var/run/postgresql"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_a_weaker_connection_to_another_computer_is_refused(mode):
    with pytest.raises(InvalidInput) as caught:
        parse_server_address(f"postgresql://db.heerlen.nl/casus?sslmode={mode}")
    assert "sslmode=verify-full" in caught.value.message
    assert "alleen toegestaan voor een server op deze computer" in caught.value.message


@pytest.mark.parametrize(
    "text",
    [
        "postgresql://beheer:geheim123@db.example/casus",
        "postgresql://beheer:@db.example/casus",
        "postgresql://db.example/casus?password=geheim123",
        "postgresql://db.example/casus?passfile=/tmp/p",
    ],
)
def test_a_password_in_the_address_is_refused_and_never_repeated(text):
    with pytest.raises(InvalidInput) as caught:
        parse_server_address(text)
    assert "Zet geen wachtwoord in het serveradres" in caught.value.message
    assert "geheim123" not in caught.value.message and "geheim123" not in repr(caught.value.params)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("postgresql://db.example", "noemt geen database"),
        ("postgresql://db.example/", "noemt geen database"),
        ("postgresql:///casus", "noemt geen server"),
        ("postgresql://a,b/casus", "noemt geen server (of meer dan één)"),
        ("postgresql://db.example:99999/casus", "ongeldig"),
        ("postgresql://db.example/casus?sslmode=strict", "sslmode=strict bestaat niet"),
        ("postgresql://db.example/casus?options=-c%20x", "onbekende parameter options"),
        ("postgresql://db.example/casus?sslmode=disable&sslmode=verify-full", "twee keer"),
        ("postgresql://db.example/casus?connect_timeout=soon", "connect_timeout"),
        ("postgresql://db.example/casus?host=/tmp", "noemt twee servers"),
    ],
)
def test_bad_addresses_are_refused_in_dutch(text, said):
    with pytest.raises(InvalidInput) as caught:
        parse_server_address(text)
    assert said in caught.value.message


def test_an_admin_address_may_leave_out_the_database():
    assert parse_server_address("postgresql://postgres@db.example", default_database="postgres").database == (
        "postgres"
    )


def test_addresses_reach_the_test_server_over_tls_and_over_its_socket(pg_server):
    from sqlalchemy import text

    from casus_app.storage.server_engine import create_server_engine

    tls = parse_server_address(pg_server.url())
    socket = parse_server_address(f"postgresql://:{pg_server.port}/postgres?host={pg_server.socket_dir}")
    assert socket.is_socket and socket.port == pg_server.port
    seen = {}
    for name, location in (("tls", tls), ("socket", socket)):
        engine = create_server_engine(location, pg_server.superuser, pg_server.password)
        try:
            with engine.connect() as conn:
                seen[name] = conn.execute(
                    text("SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)")
                ).scalar_one()
        finally:
            engine.dispose()
    assert seen == {"tls": True, "socket": False}
