"""The page cache of the register's connections (storage/engine.py): SQLCipher's 2 MB default
decrypts the same index pages over and over at real size; every connection has CACHE_KIB, and a
bulk write BULK_CACHE_KIB for its own duration only."""

from __future__ import annotations

import pytest

from casus_app.storage.engine import BULK_CACHE_KIB, CACHE_KIB, bulk_cache, open_raw


def _cache_size(connection) -> int:
    return connection.exec_driver_sql("PRAGMA cache_size").scalar()


def test_every_connection_has_the_default_page_cache(admin_ws):
    with admin_ws.register.read_session() as session:
        assert _cache_size(session.connection()) == -CACHE_KIB
    raw = open_raw(admin_ws.register.path, admin_ws.register.key)  # maintenance connections too
    try:
        assert raw.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
    finally:
        raw.close()
    assert CACHE_KIB > 2000  # more than SQLCipher's default of 2,000 KiB


def test_a_bulk_write_has_the_large_cache_and_gives_it_back(admin_ws):
    with admin_ws.register.engine.connect() as connection:
        with bulk_cache(connection):
            assert _cache_size(connection) == -BULK_CACHE_KIB
        assert _cache_size(connection) == -CACHE_KIB


def test_the_large_cache_is_given_back_when_the_bulk_write_fails(admin_ws):
    with admin_ws.register.engine.connect() as connection:
        with pytest.raises(RuntimeError), bulk_cache(connection):
            raise RuntimeError("the write failed")
        assert _cache_size(connection) == -CACHE_KIB
