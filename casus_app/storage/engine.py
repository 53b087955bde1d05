"""The encrypted SQLAlchemy engine over SQLCipher.

Choices, and why:
- A raw 256-bit key (`PRAGMA key = "x'…'"`) skips SQLCipher's own PBKDF2: the password is
  already hardened by Argon2id in the key slot. It is issued first on every new connection from
  the `connect` event, so the key never appears in a URL, an engine repr or a log.
- The plain `sqlite` dialect with `module=sqlcipher3` (not `sqlite+pysqlcipher`, which puts the
  secret in the URL).
- WAL with `synchronous=FULL`: every commit is durable, readers (the lazy case list) never block
  the writer; the WAL is encrypted page by page like the database.
- `temp_store=MEMORY`: sorts and temp tables never reach disk (the wheel is built with
  TEMP_STORE=2 already; stated again so a different build cannot change it silently).
- `secure_delete=ON`: deleted content is overwritten, so a purge leaves nothing in free pages.
- A page cache of 32 MB per connection (`CACHE_KIB`; SQLCipher's default is 2 MB): every page
  read from disk is decrypted and every page evicted from a write is encrypted, so a cache too
  small for the indexes in use costs far more than in plain SQLite. A bulk write (the import)
  raises it to 256 MB for its own transaction (`bulk_cache`). Pages are taken only as they are
  read, so a small register uses no more memory than before.
- Extension loading is never enabled.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from casus_app.domain.errors import DamagedDatabase

CACHE_KIB = 32 * 1024  # the page cache of every connection, in KiB
BULK_CACHE_KIB = 256 * 1024  # the page cache of a bulk write (bulk_cache), in KiB

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
    f"PRAGMA cache_size = -{CACHE_KIB}",
)
# Execution option for `session.connection(execution_options={IMMEDIATE_OPTION: True})`.
IMMEDIATE_OPTION = "casus_immediate"


def key_pragma(key: bytes | bytearray) -> str:
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def open_raw(path: Path, key: bytes | bytearray) -> sqlcipher.Connection:
    """A DB-API connection with the key applied, for maintenance (export, backup, checks)."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(key_pragma(key))
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def create_encrypted_engine(path: Path, key: bytes | bytearray, *, pooled: bool = True) -> Engine:
    """An engine whose every connection is keyed before anything else runs."""
    statement = key_pragma(key)
    options: dict = {"module": sqlcipher, "connect_args": {"check_same_thread": False}}
    if not pooled:
        options["poolclass"] = NullPool
    engine = create_engine(f"sqlite:///{path}", **options)

    @event.listens_for(engine, "connect")
    def _apply_key(dbapi_connection: Any, _record: object) -> None:
        # pysqlite's own transaction handling is switched off; SQLAlchemy emits BEGIN below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(statement)
            for pragma in PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A writer that must not fail halfway under a concurrent writer asks for the write lock
        # up front (waiting busy_timeout); a deferred BEGIN that later upgrades fails at once.
        immediate = conn.get_execution_options().get(IMMEDIATE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@contextlib.contextmanager
def bulk_cache(connection: Connection) -> Iterator[None]:
    """A page cache of BULK_CACHE_KIB on `connection` while a bulk write runs, then the default again.

    The cache lives in memory only: pages are encrypted when they are written to the WAL, as ever.
    Setting the default back frees what the bulk write held (the connection goes back to the pool).
    """
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")


def check_key(path: Path, key: bytes | bytearray) -> None:
    """Raise DamagedDatabase when the key does not open the file (or the file is damaged)."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute(key_pragma(key))
        # PRAGMA key always says ok; the first real read tells.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        raise DamagedDatabase(
            "Het register kan niet worden geopend: de sleutel past niet bij het databasebestand of "
            "het bestand is beschadigd. Zet een back-up terug met 'casus-app restore'."
        ) from exc
    finally:
        conn.close()


def integrity_problems(conn: sqlcipher.Connection) -> list[str]:
    """Run cipher_integrity_check and integrity_check, reading every row; return the problems."""
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems
