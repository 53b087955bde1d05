"""Keeps the FTS5 case index in step with cases and their people.

The index holds folded text (`domain.text_fold`): "Yılmaz" is indexed as "yilmaz", "6431 HX" as
"6431hx", and the search box folds what is typed the same way. SQLite's tokenizer alone would not
do: it removes accents ("Ş" → "s") but keeps "ı" and "ł", and it splits a postcode typed with a
space into two words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import TextClause, text
from sqlalchemy.orm import Session

from casus_app.domain.text_fold import fold, join_postcodes, postcode_key

_ROW_SQL = """
SELECT c.id, c.ref, c.street, c.house_number, c.postcode, c.neighbourhood,
       (SELECT group_concat(coalesce(p.first_name, '') || ' ' || coalesce(p.infix, '') || ' ' || p.last_name, ' ')
          FROM persons p WHERE p.case_id = c.id),
       c.summary
  FROM cases c
"""
_INSERT = "INSERT INTO case_search(rowid, ref, address, names, summary) VALUES (?, ?, ?, ?, ?)"
_BATCH = 2000  # cases folded and inserted at a time: a bulk import of 100,000 never holds them all


def indexed_row(
    case_id: int,
    ref: str,
    street: str | None,
    house_number: str | None,
    postcode: str | None,
    neighbourhood: str | None,
    names: str | None,
    summary: str | None,
) -> tuple[int, str, str, str, str]:
    """The values of one case's index row, folded as the search box folds what is typed."""
    address = " ".join(p for p in (street, house_number, postcode_key(postcode), neighbourhood) if p)
    return case_id, fold(ref), fold(address), fold(names or ""), fold(summary or "")


def _index_rows(session: Session, rows: Sequence) -> None:
    if rows:
        # The driver's executemany: a bulk import indexes every case, and this is its hot loop.
        session.connection().exec_driver_sql(_INSERT, [indexed_row(*row) for row in rows])


def index_cases_from(session: Session, first_id: int) -> None:
    """Index every case with id >= first_id (a bulk import appends ids)."""
    after = first_id - 1
    while True:
        rows = session.execute(
            text(f"{_ROW_SQL} WHERE c.id > :after ORDER BY c.id LIMIT {_BATCH}"), {"after": after}
        ).all()
        _index_rows(session, rows)
        if len(rows) < _BATCH:
            return
        after = rows[-1][0]


def reindex_case(session: Session, case_id: int) -> None:
    session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case_id})
    _index_rows(session, session.execute(text(f"{_ROW_SQL} WHERE c.id = :id"), {"id": case_id}).all())


def rebuild(session: Session) -> None:
    """Empty the index and fill it again from every case (after the way of folding changed)."""
    session.execute(text("DELETE FROM case_search"))
    index_cases_from(session, 0)


def remove_case(session: Session, case_id: int) -> None:
    session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case_id})


_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(user_text: str) -> str | None:
    """An FTS5 query where every word the user typed must match as a prefix."""
    tokens = _TOKEN.findall(join_postcodes(fold(user_text)))
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens[:12])


def whole_words_expression(column: str, *parts: str | None) -> str | None:
    """An FTS5 query where every word of `parts` must be a whole word of `column` ('names', 'address')."""
    tokens = [t for part in parts if part for t in _TOKEN.findall(fold(part))]
    if not tokens:
        return None
    return " AND ".join(f'{column} : "{token}"' for token in dict.fromkeys(tokens))


def matching_ids(expression: str) -> TextClause:
    """The case ids an FTS5 expression finds, for `Case.id.in_(...)`."""
    return text("SELECT rowid FROM case_search WHERE case_search MATCH :match").bindparams(match=expression)
