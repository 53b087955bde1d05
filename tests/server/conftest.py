"""The server tests' PostgreSQL: one real server for the session (tests/server/postgres.py)."""

from __future__ import annotations

import pytest

from tests.server.postgres import PostgresMissing, PostgresServer, running_server


@pytest.fixture(scope="session")
def pg_server():
    try:
        context = running_server()
        server = context.__enter__()
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)  # never a skip: CI must run the server tests
    try:
        yield server
    finally:
        context.__exit__(None, None, None)


@pytest.fixture
def pg_database(pg_server: PostgresServer) -> str:
    """A fresh, empty database on the session's server."""
    return pg_server.create_database()
