"""Afspraken that change between meetings (issue 14): a person linked to their user, a result, a snooze.

`owner_user_id` links an afspraak's person to the user they are, so "Mijn afspraken" can show a
professional their own afspraken; the typed name stays for people without an account. Existing
afspraken are linked here where the typed name is, folded, the name or display name of exactly one
user of the afspraak's organisation. `result` holds what came of an afspraak; `snoozed_until` keeps
it out of "Mijn afspraken" until that day.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from casus_app.domain.text_fold import fold

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEY = "fk_actions_owner_user_id_users"
INDEX = "ix_actions_owner_user"


def upgrade() -> None:
    # Plain ADD COLUMNs, as 0009 does: batch mode would copy the table for nothing.
    op.execute(
        f"ALTER TABLE actions ADD COLUMN owner_user_id INTEGER CONSTRAINT {FOREIGN_KEY} REFERENCES users (id)"
    )
    op.execute("ALTER TABLE actions ADD COLUMN result VARCHAR")
    op.execute("ALTER TABLE actions ADD COLUMN snoozed_until DATE")
    op.create_index(INDEX, "actions", ["owner_user_id"], unique=False)
    _link_people_to_users(op.get_bind())


def _key(name: str) -> str:
    return " ".join(fold(name).split())


def _link_people_to_users(bind: sa.Connection) -> None:
    """A typed name that fits exactly one user of the afspraak's organisation (an active one first)."""
    candidates: dict[tuple[int, str], dict[bool, set[int]]] = {}
    for user_id, organisation_id, name, display_name, active in bind.execute(
        sa.text(
            "SELECT id, organisation_id, name, display_name, active FROM users WHERE organisation_id IS NOT NULL"
        )
    ):
        for key in {_key(n) for n in (name, display_name) if n and n.strip()}:
            candidates.setdefault((organisation_id, key), {True: set(), False: set()})[bool(active)].add(
                user_id
            )
    if not candidates:
        return
    links = []
    for action_id, owner_id, person in bind.execute(
        sa.text("SELECT id, owner_id, owner_person FROM actions WHERE owner_person IS NOT NULL")
    ):
        found = candidates.get((owner_id, _key(person)))
        if not found:
            continue
        users = found[True] or found[False]
        if len(users) == 1:
            links.append({"action": action_id, "user": next(iter(users))})
    if links:
        bind.execute(sa.text("UPDATE actions SET owner_user_id = :user WHERE id = :action"), links)


def downgrade() -> None:
    # In place (see upgrade): SQLite drops a column with an inline foreign key once its index is gone.
    op.drop_index(INDEX, table_name="actions")
    op.execute("ALTER TABLE actions DROP COLUMN owner_user_id")
    op.execute("ALTER TABLE actions DROP COLUMN result")
    op.execute("ALTER TABLE actions DROP COLUMN snoozed_until")
