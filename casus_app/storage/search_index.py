"""Keeps the FTS5 case index in step with cases and their people."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

_ROW_SQL = """
SELECT c.id, c.ref,
       trim(coalesce(c.street, '') || ' ' || coalesce(c.house_number, '') || ' ' ||
            coalesce(c.postcode, '') || ' ' || coalesce(c.neighbourhood, '')),
       (SELECT group_concat(coalesce(p.first_name, '') || ' ' || coalesce(p.infix, '') || ' ' || p.last_name, ' ')
          FROM persons p WHERE p.case_id = c.id),
       coalesce(c.summary, '')
  FROM cases c
"""


def index_cases_from(session: Session, first_id: int) -> None:
    """Index every case with id >= first_id (a bulk import appends ids)."""
    session.execute(
        text(f"INSERT INTO case_search(rowid, ref, address, names, summary) {_ROW_SQL} WHERE c.id >= :first"),
        {"first": first_id},
    )


def reindex_case(session: Session, case_id: int) -> None:
    session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case_id})
    session.execute(
        text(f"INSERT INTO case_search(rowid, ref, address, names, summary) {_ROW_SQL} WHERE c.id = :id"),
        {"id": case_id},
    )


def remove_case(session: Session, case_id: int) -> None:
    session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case_id})


_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(user_text: str) -> str | None:
    """An FTS5 query where every word the user typed must match as a prefix."""
    tokens = _TOKEN.findall(user_text)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens[:12])
