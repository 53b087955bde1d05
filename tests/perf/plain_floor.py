"""The floor for the benchmarks: plain SQLite (no encryption, no validation, no services)
doing the same work — the same rows from the same file into the same tables."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3.dbapi2 as plain_sqlite  # the same SQLite build, used without a key

BATCH = 5000  # cases per batch, as the importer (services/exchange/importer.py)


def _codes(conn, table: str) -> dict[str, int]:
    return dict(conn.execute(f"SELECT code, id FROM {table}").fetchall())


def exchange_cases(source: Path) -> Iterator[dict]:
    """The cases of an exchange file as `write_exchange` lays it out: one case per line.

    Read line by line with the C JSON parser: the fastest plain reading there is, and memory stays
    bounded at a million cases (one `json.loads` of the whole file would take ten times its size).
    """
    with source.open(encoding="utf-8") as handle:
        inside = False
        for line in handle:
            if not inside:
                inside = line.startswith('"casussen":[')
                continue
            if line.startswith("]"):
                return
            yield json.loads(line.rstrip().rstrip(","))


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
    areas, orgs = _codes(conn, "areas"), _codes(conn, "organisations")
    cats, reasons = _codes(conn, "categories"), _codes(conn, "closing_reasons")
    cases: list[tuple] = []
    persons: list[tuple] = []
    actions: list[tuple] = []
    count = 0
    for case_id, c in enumerate(exchange_cases(source), start=1):
        count = case_id
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
        if len(cases) >= BATCH:  # in batches, as Casus writes them: bounded memory at any size
            _insert(conn, cases, persons, actions)
    _insert(conn, cases, persons, actions)
    conn.execute(
        "INSERT INTO case_search(rowid, ref, address, names, summary) SELECT c.id, c.ref,"
        " coalesce(c.street, '') || ' ' || coalesce(c.postcode, ''),"
        " (SELECT group_concat(p.last_name, ' ') FROM persons p WHERE p.case_id = c.id), coalesce(c.summary, '')"
        " FROM cases c"
    )
    conn.execute("COMMIT")
    conn.close()
    return count


def _insert(conn, cases: list[tuple], persons: list[tuple], actions: list[tuple]) -> None:
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
    cases.clear()
    persons.clear()
    actions.clear()


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


# The nine tables in plain SQL, written apart from the service: the floor, and a check on it.
COUNTS_SQL = {
    "casussen_nieuw": "SELECT area_id, kind, count(*) FROM cases WHERE start_date BETWEEN :b AND :e GROUP BY 1, 2",
    "casussen_nieuw_categorie": "SELECT area_id, main_category_id, count(*) FROM cases "
    "WHERE start_date BETWEEN :b AND :e GROUP BY 1, 2",
    "casussen_afgesloten": "SELECT area_id, closing_reason_id, count(*) FROM cases "
    "WHERE end_date BETWEEN :b AND :e GROUP BY 1, 2",
    "casussen_lopend": "SELECT area_id, kind, count(*) FROM cases "
    "WHERE start_date <= :e AND (end_date IS NULL OR end_date > :e) GROUP BY 1, 2",
    "afspraken_gemaakt": "SELECT c.area_id, c.kind, count(*) FROM actions a JOIN cases c ON c.id = a.case_id "
    "WHERE a.agreed_on BETWEEN :b AND :e GROUP BY 1, 2",
    "afspraken_afgerond": "SELECT c.area_id, CASE WHEN a.done_on <= a.deadline THEN 'op_tijd' ELSE 'te_laat' END, "
    "count(*) FROM actions a JOIN cases c ON c.id = a.case_id WHERE a.done_on BETWEEN :b AND :e GROUP BY 1, 2",
    "afspraken_verlopen": "SELECT c.area_id, c.kind, count(*) FROM actions a JOIN cases c ON c.id = a.case_id "
    "WHERE a.agreed_on <= :e AND a.deadline < :e AND (a.done_on IS NULL OR a.done_on > :e) "
    "AND (a.cancelled_on IS NULL OR a.cancelled_on > :e) GROUP BY 1, 2",
    "doorbraakplannen_opgesteld": "SELECT c.area_id, CASE WHEN coalesce(trim(p.family_coach), '') = '' "
    "THEN 'zonder_gezinscoach' ELSE 'met_gezinscoach' END, count(*) FROM breakthrough_plans p "
    "JOIN cases c ON c.id = p.case_id WHERE p.drawn_up_on BETWEEN :b AND :e GROUP BY 1, 2",
    "doorbraken_behaald": "SELECT c.area_id, b.type_id, count(*) FROM breakthroughs b "
    "JOIN breakthrough_plans p ON p.id = b.plan_id JOIN cases c ON c.id = p.case_id "
    "WHERE b.reached_on BETWEEN :b AND :e GROUP BY 1, 2",
}

# The floor as a whole process: start Python, open the plain copy, count, write a CSV.
COUNTS_PROCESS = """
import csv, sys
import sqlcipher3.dbapi2 as sqlite
queries = {queries!r}
db, begin, end, out = sys.argv[1:5]
conn = sqlite.connect(db)
with open(out, "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle, delimiter=";")
    for name, sql in queries.items():
        for row in conn.execute(sql, {{"b": begin, "e": end}}):
            writer.writerow((name, *row))
"""


def counts_process(plain: Path, period_begin: str, period_end: str, out: Path) -> list[str]:
    """The arguments of the counts floor as a process of its own."""
    return [
        sys.executable,
        "-c",
        COUNTS_PROCESS.format(queries=COUNTS_SQL),
        str(plain),
        period_begin,
        period_end,
        str(out),
    ]


if __name__ == "__main__":
    # The floor as a process of its own, for the benchmarks' wall-clock time and peak memory:
    # python -m tests.perf.plain_floor SOURCE TARGET SCHEMA_FROM, key pragma in CASUS_BENCH_KEY_PRAGMA.
    source_arg, target_arg, schema_arg = sys.argv[1:4]
    import_plain(Path(source_arg), Path(target_arg), Path(schema_arg), os.environ["CASUS_BENCH_KEY_PRAGMA"])
