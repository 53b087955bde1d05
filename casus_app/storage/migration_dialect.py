"""What a migration does differently on PostgreSQL (issue 12), so the same revisions build both.

The migrations were written for SQLite (SQLCipher): an FTS5 index, triggers in SQLite's syntax,
booleans defaulting to 0 and 1. A migration branches with `on_sqlite()` and keeps its SQLite
statements exactly as they were, so a file register is migrated as before; the helpers here give
the PostgreSQL counterparts.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def boolean_default(sqlite_literal: str) -> sa.TextClause:
    """A boolean column's server default: the literal as written for SQLite ('0'/'1'), else false/true."""
    if on_sqlite():
        return sa.text(sqlite_literal)
    return sa.text({"0": "false", "1": "true"}[sqlite_literal])


def create_append_only_triggers(table: str) -> None:
    """PostgreSQL: refuse UPDATE, DELETE and TRUNCATE on `table`, as SQLite's RAISE(ABORT) triggers do.

    The triggers bind every role but a table owner or superuser who disables them; the privileges
    that keep application roles from doing so come with the server's roles and policies.
    """
    op.execute(
        "CREATE OR REPLACE FUNCTION casus_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$"
    )
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION casus_refuse_change()"
        )
    op.execute(
        f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION casus_refuse_change()"
    )


def drop_append_only_triggers(table: str) -> None:
    for verb in ("update", "delete", "truncate"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS casus_refuse_change()")
