"""The test server itself: a real PostgreSQL, reached over TLS that is verified against the test CA."""

from __future__ import annotations

import os

import psycopg
import pytest

from tests.server.postgres import PostgresMissing, find_bin_dir


def test_verify_full_connection_over_tls(pg_server):
    with psycopg.connect(**pg_server.connect_kwargs()) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        ssl = conn.execute("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        owner = conn.execute("SELECT usename FROM pg_user WHERE usesuper").fetchall()
    assert int(version) >= 150000
    assert ssl[0] is True and ssl[1].startswith("TLS")
    assert (pg_server.superuser,) in owner


def test_a_certificate_from_another_ca_is_refused(pg_server, tmp_path):
    from tests.server.postgres import make_ca

    other = make_ca(tmp_path)
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        psycopg.connect(**pg_server.connect_kwargs(sslrootcert=str(other.ca_cert)))


def test_the_server_does_not_run_as_root(pg_server):
    with psycopg.connect(**pg_server.connect_kwargs()) as conn:
        data_dir = conn.execute("SHOW data_directory").fetchone()[0]
    assert os.stat(data_dir).st_uid != 0


def test_missing_binaries_name_the_package(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr("tests.server.postgres.Path", _NoDebianFolders)
    with pytest.raises(PostgresMissing, match="apt-get install postgresql"):
        find_bin_dir()


class _NoDebianFolders(type(__import__("pathlib").Path())):
    """Path, except that /usr/lib/postgresql is absent (as on a machine without the package)."""

    def is_dir(self, *args, **kwargs):
        return False if str(self) == "/usr/lib/postgresql" else super().is_dir(*args, **kwargs)
