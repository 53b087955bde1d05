"""Alembic environment. Casus runs migrations itself on an already keyed connection
(see casus_app/storage/migrations.py), so there is no URL and no secret here."""

from __future__ import annotations

from alembic import context

from casus_app.storage.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # The FTS5 index and its shadow tables are created by hand in 0002; autogenerate skips them.
    return not (type_ == "table" and name.startswith("case_search"))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Casus migrations run only through casus_app.storage.migrations")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,  # SQLite cannot ALTER most things; batch mode copies the table
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Offline (SQL script) migrations are not supported")
run_migrations_online()
