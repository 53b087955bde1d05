"""Schema migrations with Alembic, run on the register's own keyed connection.

Alembic takes a tenth of a second to load, and every command opens the register: opening asks
`needs_upgrade`, which answers from the version table and the revision lines of the migration
files when the register is up to date, and loads Alembic only when it is not (or when a file
cannot be read that way).
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

from casus_app.domain.errors import RegisterUnavailable
from casus_app.paths import db_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(db_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The schema version of this Casus (heads joined, should a branch ever be open)."""
    return "+".join(sorted(_script_directory().get_heads()))


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    return "+".join(sorted(heads)) if heads else None


def head_from_files() -> str | None:
    """`head_revision` read from the `revision`/`down_revision` lines of the migration files.

    None when a file does not state both as plain literals: then only Alembic can tell.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((db_dir() / "versions").glob("*.py")):
        found = {match[1]: match[2] for match in _REVISION_LINE.finditer(path.read_text("utf-8"))}
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found["down_revision"])
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, tuple | list):
            parents.update(down)
        elif down is not None:
            return None
    heads = revisions - parents
    return "+".join(sorted(heads)) if heads else None


def _stored_revision(engine: Engine) -> str | None:
    """The version table's revisions, read with plain SQL (None: no table, or no row)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except OperationalError:
        return None
    return "+".join(sorted(rows)) if rows else None


def needs_upgrade(engine: Engine) -> bool:
    """True when the register is older than this Casus; refuse a register from a newer Casus."""
    head = head_from_files()
    if head is not None and _stored_revision(engine) == head:
        return False  # up to date: the usual case, answered without loading Alembic
    current = current_revision(engine)
    if current is not None and not set(current.split("+")) <= known_revisions():
        raise RegisterUnavailable(
            "Dit register is gemaakt met een nieuwere versie van Casus (schemaversie {current}). "
            "Installeer de nieuwste versie van Casus om het te openen.",
            current=current,
        )
    return current != head_revision()


def upgrade(engine: Engine, revision: str = "heads") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def upgrade_on(connection: Connection, revision: str = "heads") -> None:
    """Upgrade inside the caller's transaction (a server register's set-up runs it as the owner role)."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
