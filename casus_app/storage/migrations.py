"""Schema migrations with Alembic, run on the register's own keyed connection."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from casus_app.domain.errors import RegisterUnavailable
from casus_app.paths import db_dir


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(db_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The schema version of this Casus (heads joined, should a branch ever be open)."""
    return "+".join(sorted(ScriptDirectory.from_config(alembic_config()).get_heads()))


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    return "+".join(sorted(heads)) if heads else None


def needs_upgrade(engine: Engine) -> bool:
    """True when the register is older than this Casus; refuse a register from a newer Casus."""
    current = current_revision(engine)
    if current is not None and not set(current.split("+")) <= known_revisions():
        raise RegisterUnavailable(
            "Dit register is gemaakt met een nieuwere versie van Casus (schemaversie {current}). "
            "Installeer de nieuwste versie van Casus om het te openen.",
            current=current,
        )
    return current != head_revision()


def upgrade(engine: Engine, revision: str = "heads") -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
