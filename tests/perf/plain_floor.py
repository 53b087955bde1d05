"""The floor for the benchmarks: plain SQLite (no encryption, no validation, no services)
doing the same work — the same rows from the same file into the same tables."""

from __future__ import annotations

import json
from pathlib import Path

import sqlcipher3.dbapi2 as plain_sqlite  # the same SQLite build, used without a key


def _codes(conn, table: str) -> dict[str, int]:
    return dict(conn.execute(f"SELECT code, id FROM {table}").fetchall())


def import_plain(source: Path, target: Path, schema_from: Path, key_pragma: str) -> int:
    """Copy the empty schema of a Casus register in plaintext, then insert the file's rows."""
    seed = plain_sqlite.connect(str(schema_from))
    seed.execute(key_pragma)
    seed.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    seed.execute("SELECT sqlcipher_export('plain')")
    seed.execute("DETACH DATABASE plain")
    seed.close()
    conn = plain_sqlite.connect(str(target), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN")
    document = json.loads(source.read_text("utf-8"))
    areas, orgs = _codes(conn, "areas"), _codes(conn, "organisations")
    cats, reasons = _codes(conn, "categories"), _codes(conn, "closing_reasons")
    cases, persons, actions = [], [], []
    for case_id, c in enumerate(document["casussen"], start=1):
        a = c.get("adres") or {}
        cases.append(
            (
                case_id,
                c["ref"],
                c["soort"],
                areas[c["gebied"]],
                c.get("buurt"),
                a.get("straat"),
                a.get("huisnummer"),
                a.get("postcode"),
                cats[c["hoofdcategorie"]],
                orgs[c["aangemeld_door"]],
                orgs.get(c.get("regie")),
                c["startdatum"],
                c.get("einddatum"),
                reasons.get(c.get("afsluitreden")),
                c.get("samenvatting"),
            )
        )
        for p in c.get("betrokkenen") or []:
            persons.append(
                (case_id, p["ref"], p.get("voornaam"), p["achternaam"], p.get("geboortedatum"), p["rol"])
            )
        for x in c.get("afspraken") or []:
            actions.append(
                (
                    case_id,
                    x["ref"],
                    x["omschrijving"],
                    orgs[x["eigenaar"]],
                    x["afgesproken_op"],
                    x["deadline"],
                    x.get("afgerond_op"),
                    x.get("vervallen_op"),
                )
            )
    conn.executemany(
        "INSERT INTO cases (id, ref, kind, area_id, neighbourhood, street, house_number, postcode, main_category_id,"
        " reported_by_id, lead_organisation_id, start_date, end_date, closing_reason_id, summary, escalation,"
        " marked_for_discussion) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'groen',0)",
        cases,
    )
    conn.executemany(
        "INSERT INTO persons (case_id, ref, first_name, last_name, birth_date, role) VALUES (?,?,?,?,?,?)",
        persons,
    )
    conn.executemany(
        "INSERT INTO actions (case_id, ref, description, owner_id, agreed_on, deadline, done_on, cancelled_on)"
        " VALUES (?,?,?,?,?,?,?,?)",
        actions,
    )
    conn.execute(
        "INSERT INTO case_search(rowid, ref, address, names, summary) SELECT c.id, c.ref,"
        " coalesce(c.street, '') || ' ' || coalesce(c.postcode, ''),"
        " (SELECT group_concat(p.last_name, ' ') FROM persons p WHERE p.case_id = c.id), coalesce(c.summary, '')"
        " FROM cases c"
    )
    conn.execute("COMMIT")
    conn.close()
    return len(cases)


def plaintext_copy(source: Path, key_pragma: str, target: Path) -> None:
    conn = plain_sqlite.connect(str(source))
    conn.execute(key_pragma)
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


FIRST_PAGE_SQL = """
SELECT c.id, c.ref, c.kind, a.code, c.neighbourhood, c.street, c.house_number, c.house_suffix, cat.name,
       c.start_date, c.end_date, o.code
  FROM cases c JOIN areas a ON a.id = c.area_id JOIN categories cat ON cat.id = c.main_category_id
  LEFT JOIN organisations o ON o.id = c.lead_organisation_id
 {where}
 ORDER BY c.start_date DESC, c.id DESC LIMIT 200
"""
SEARCH_WHERE = "WHERE c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"
