"""Plans linked to the gezinscoach's user; the search index re-filled with folded names and postcodes.

A gezinscoach's access followed the coach's name typed in the plan, compared with SQLite's
`lower()`, which leaves "Ö" as it is: "Özlem Aydın" saw none of her households. Each plan now
holds the coach's user id, found here from the name by comparing folded names (`text_fold.fold`)
with the users' names and display names. The search index is filled again with folded text, so
that "Yilmaz" finds "Yılmaz" and "6431 HX" finds "6431HX".

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from casus_app.domain.text_fold import fold, postcode_key
from casus_app.storage.migration_dialect import on_sqlite

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEY = "fk_breakthrough_plans_family_coach_user_id_users"
INDEX = "ix_breakthrough_plans_coach"


def upgrade() -> None:
    # A plain ADD COLUMN: batch mode would copy the table, and dropping the old one would cascade
    # to the plan's scores, helpers and doorbraken (foreign keys are on).
    op.execute(
        "ALTER TABLE breakthrough_plans ADD COLUMN family_coach_user_id INTEGER "
        f"CONSTRAINT {FOREIGN_KEY} REFERENCES users (id)"
    )
    op.create_index(INDEX, "breakthrough_plans", ["family_coach_user_id"], unique=False)
    bind = op.get_bind()
    _link_plans_to_coaches(bind)
    if on_sqlite():  # the FTS5 index of 0002; PostgreSQL has none
        _refill_search_index(bind)


def _link_plans_to_coaches(bind: sa.Connection) -> None:
    """The coach's user by folded name or display name; an active gezinscoach goes first, and a name
    that fits more than one user links to none (the beheerder can pick the coach in the plan)."""
    candidates: dict[str, dict[bool, set[int]]] = {}
    for user_id, name, display_name, active in bind.execute(
        sa.text("SELECT id, name, display_name, active FROM users WHERE role = 'gezinscoach'")
    ):
        for key in {" ".join(fold(n).split()) for n in (name, display_name) if n and n.strip()}:
            candidates.setdefault(key, {True: set(), False: set()})[bool(active)].add(user_id)
    links = []
    for plan_id, coach in bind.execute(
        sa.text("SELECT id, family_coach FROM breakthrough_plans WHERE family_coach IS NOT NULL")
    ):
        found = candidates.get(" ".join(fold(coach).split()))
        if not found:
            continue
        users = found[True] or found[False]
        if len(users) == 1:
            links.append({"plan": plan_id, "user": next(iter(users))})
    if links:
        bind.execute(
            sa.text("UPDATE breakthrough_plans SET family_coach_user_id = :user WHERE id = :plan"), links
        )


def _refill_search_index(bind: sa.Connection) -> None:
    # As storage/search_index.py indexes a case at this revision; kept here so that a later change
    # of the index cannot change what this step did. In batches: a register may hold 100,000 cases.
    bind.execute(sa.text("DELETE FROM case_search"))
    after = 0
    while True:
        rows = bind.execute(
            sa.text(
                """
                SELECT c.id, c.ref, c.street, c.house_number, c.postcode, c.neighbourhood,
                       (SELECT group_concat(coalesce(p.first_name, '') || ' ' || coalesce(p.infix, '') || ' ' ||
                                            p.last_name, ' ')
                          FROM persons p WHERE p.case_id = c.id),
                       c.summary
                  FROM cases c WHERE c.id > :after ORDER BY c.id LIMIT 2000
                """
            ),
            {"after": after},
        ).all()
        if not rows:
            return
        bind.exec_driver_sql(
            "INSERT INTO case_search(rowid, ref, address, names, summary) VALUES (?, ?, ?, ?, ?)",
            [
                (
                    case_id,
                    fold(ref),
                    fold(" ".join(p for p in (street, number, postcode_key(postcode), neighbourhood) if p)),
                    fold(names or ""),
                    fold(summary or ""),
                )
                for case_id, ref, street, number, postcode, neighbourhood, names, summary in rows
            ],
        )
        after = rows[-1][0]


def downgrade() -> None:
    # In place, not in batch mode (see upgrade): SQLite drops a column with an inline foreign key
    # once its index is gone.
    op.drop_index(INDEX, table_name="breakthrough_plans")
    op.execute("ALTER TABLE breakthrough_plans DROP COLUMN family_coach_user_id")
    if not on_sqlite():
        return
    bind = op.get_bind()
    bind.execute(sa.text("DELETE FROM case_search"))
    bind.execute(
        sa.text(
            """
            INSERT INTO case_search(rowid, ref, address, names, summary)
            SELECT c.id, c.ref,
                   trim(coalesce(c.street, '') || ' ' || coalesce(c.house_number, '') || ' ' ||
                        coalesce(c.postcode, '') || ' ' || coalesce(c.neighbourhood, '')),
                   (SELECT group_concat(coalesce(p.first_name, '') || ' ' || coalesce(p.infix, '') || ' ' ||
                                        p.last_name, ' ')
                      FROM persons p WHERE p.case_id = c.id),
                   coalesce(c.summary, '')
              FROM cases c
            """
        )
    )
