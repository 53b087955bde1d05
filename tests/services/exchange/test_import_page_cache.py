"""The import writes with the bulk page cache (issue 15: with SQLCipher's 2 MB default, two thirds
of a 100,000-case import went to decrypting and encrypting the same index pages), and the
connection has the default cache again afterwards."""

from __future__ import annotations

from sqlalchemy import event, func, select

from casus_app.services.exchange.importer import import_file
from casus_app.storage.engine import BULK_CACHE_KIB, CACHE_KIB
from casus_app.storage.models import Case
from tests.conftest import EXAMPLE


def test_the_import_writes_its_rows_with_the_bulk_cache(admin_ws):
    seen: list[int] = []

    def before_execute(_conn, cursor, statement, *_args) -> None:
        if statement.startswith("INSERT INTO cases "):
            seen.append(cursor.connection.execute("PRAGMA cache_size").fetchone()[0])

    event.listen(admin_ws.register.engine, "before_cursor_execute", before_execute)
    try:
        counts = import_file(admin_ws, EXAMPLE)
    finally:
        event.remove(admin_ws.register.engine, "before_cursor_execute", before_execute)

    assert counts["casussen"] > 0
    assert seen and set(seen) == {-BULK_CACHE_KIB}
    with admin_ws.register.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == counts["casussen"]
        # the pool hands out the import's connection again: with the default cache
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -CACHE_KIB
