"""Full-text search over cases (FTS5), filled from the cases already in the register.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

from casus_app.storage.migration_dialect import on_sqlite

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if not on_sqlite():
        return  # FTS5 is SQLite's; a register on PostgreSQL gets its own search (issue 12)
    # Contentless: the index holds tokens only, never a second copy of the text; with
    # contentless_delete a purged case's tokens can be removed row by row.
    op.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5("
        "ref, address, names, summary, content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    op.execute(
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


def downgrade() -> None:
    if not on_sqlite():
        return
    op.execute("DROP TABLE case_search")
