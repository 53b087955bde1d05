"""Importing an exchange file: validate everything first, then write it in one transaction.

All or nothing: the whole import is one transaction, so an error, a crash or a `kill -9`
leaves the register as it was. Bounded memory: cases are streamed and written in batches (the
overleggen, far fewer, are held until the last case is written). The writing transaction has a
large page cache (`storage.engine.bulk_cache`): with SQLCipher's 2 MB default, most of a large
import went to decrypting and encrypting the same index pages again and again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from casus_app.domain.enums import Role
from casus_app.domain.errors import ImportRejected, Text
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.admin.reference import code_map, merge_lists
from casus_app.services.exchange.reader import CASES, KnownInDatabase, iter_records, validate_file
from casus_app.services.plans.coach import link_unlinked_plans
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.engine import bulk_cache
from casus_app.storage.models import (
    Action,
    Area,
    Base,
    Breakthrough,
    BreakthroughPlan,
    BreakthroughType,
    Case,
    Category,
    ClosingReason,
    Discussion,
    LifeDomain,
    Meeting,
    Neighbourhood,
    Organisation,
    Person,
    PlanScore,
    case_categories,
    meeting_attendance,
)
from casus_app.storage.search_index import index_cases_from

Progress = Callable[[int, int], None]
BATCH = 5000
_Table = type[Base] | Table  # a mapped class or a plain association table

TABLES = (Case, Person, Action, BreakthroughPlan, PlanScore, Breakthrough, Meeting, Discussion)


def _date(value: str | None) -> str | None:
    # Validated YYYY-MM-DD already, which is exactly how the Date columns store a date.
    return value or None


def known_in_database(session: Session) -> KnownInDatabase:
    buurten: dict[str, set[str]] = {code: set() for code in session.scalars(select(Area.code))}
    for code, name in session.execute(select(Area.code, Neighbourhood.name).join(Neighbourhood)):
        buurten[code].add(name)
    return KnownInDatabase(
        gebieden=buurten,
        organisaties=set(session.scalars(select(Organisation.code))),
        categorieen=set(session.scalars(select(Category.code))),
        afsluitredenen=set(session.scalars(select(ClosingReason.code))),
        doorbraaktypen=set(session.scalars(select(BreakthroughType.code))),
        case_refs=set(session.scalars(select(Case.ref))),
        meeting_refs=set(session.scalars(select(Meeting.ref))),
        category_kinds={
            code: kind
            for code, kind in session.execute(select(Category.code, Category.kind))
            if kind is not None
        },
        case_areas=dict(
            session.execute(select(Case.ref, Area.code).join(Area, Area.id == Case.area_id)).all()
        ),
    )


class _Batches:
    """Rows per table, written with executemany when a batch is full."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[object, list[dict]] = {}

    def add(self, table: _Table, row: dict) -> None:
        bucket = self.rows.setdefault(table, [])
        bucket.append(row)
        if len(bucket) >= BATCH:
            self.flush()  # all tables, parents first, so foreign keys always find their row

    def flush_table(self, table: _Table) -> None:
        bucket = self.rows.get(table)
        if bucket:
            # Straight to the driver's executemany: the values are validated and already in storage
            # form, and SQLAlchemy's per-row bind processing would double the import time.
            table_name = table.name if isinstance(table, Table) else table.__tablename__
            columns = list(bucket[0])
            statement = (
                f"INSERT INTO {table_name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            )
            self.session.connection().exec_driver_sql(statement, [tuple(row.values()) for row in bucket])
            bucket.clear()

    def flush(self) -> None:
        # Parents before children, for the foreign keys.
        for table in (
            Case,
            case_categories,
            Person,
            BreakthroughPlan,
            Meeting,
            Action,
            PlanScore,
            Breakthrough,
            meeting_attendance,
            Discussion,
        ):
            self.flush_table(table)


class _Ids:
    def __init__(self, session: Session) -> None:
        self.next: dict[type[Base], int] = {
            model: (session.scalar(select(func.max(model.id))) or 0) + 1 for model in TABLES
        }

    def take(self, model: type[Base]) -> int:
        value = self.next[model]
        self.next[model] = value + 1
        return value


def import_file(ws: Workspace, path: Path, progress: Progress | None = None) -> dict[str, int]:
    """Import an exchange file, all or nothing; returns counts of what was added."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("gegevens inlezen"))
    path = Path(path)
    report_progress = progress or (lambda done, total: None)
    with ws.register.session() as session:
        known = known_in_database(session)
    report = validate_file(
        path, known, lambda done, total: report_progress(done * 400 // max(total, 1), 1000)
    )
    if not report.ok:
        with ws.register.session() as session:
            audit.append(session, audit_events.import_refused(ws, len(report.errors)))
        raise ImportRejected(report.errors)

    with ws.register.session() as session, bulk_cache(session.connection()):
        merge_lists(session, asdict(report.references))
        writer = _Writer(session, report.case_count, report_progress)
        first_case_id, first_plan_id = writer.ids.next[Case], writer.ids.next[BreakthroughPlan]
        # One reading for both: cases are written as they come, the overleggen (which name
        # cases, and may come first in the file) after the last case.
        meeting_items: list[dict] = []

        def case_items() -> Iterator[dict]:
            for key, item in iter_records(path):
                if key == CASES:
                    yield item
                else:
                    meeting_items.append(item)

        cases = writer.write_cases(case_items())
        meetings = writer.write_meetings(iter(meeting_items))
        writer.batches.flush()
        index_cases_from(session, first_case_id)
        link_unlinked_plans(session, first_plan_id=first_plan_id)  # to the coaches the plans name
        audit.append(session, audit_events.file_imported(ws, cases, meetings))
    report_progress(1000, 1000)
    return {"casussen": cases, "overleggen": meetings}


class _Writer:
    def __init__(self, session: Session, case_total: int, progress: Progress) -> None:
        self.session = session
        self.case_total = max(case_total, 1)
        self.progress = progress
        self.ids = _Ids(session)
        self.batches = _Batches(session)
        self.areas = code_map(session, Area)
        self.orgs = code_map(session, Organisation)
        self.categories = code_map(session, Category)
        self.reasons = code_map(session, ClosingReason)
        self.types = code_map(session, BreakthroughType)
        self.domains = code_map(session, LifeDomain)
        self.case_ids: dict[str, int] = {}

    def _org(self, code: str | None) -> int | None:
        return self.orgs[code] if code else None

    def write_cases(self, cases: Iterator[dict]) -> int:
        count = 0
        for item in cases:
            self._write_case(item)
            count += 1
            if count % 2000 == 0:
                self.progress(400 + count * 550 // self.case_total, 1000)
        return count

    def _write_case(self, c: dict) -> None:
        case_id = self.ids.take(Case)
        self.case_ids[c["ref"]] = case_id
        address = c.get("adres") or {}
        postcode = address.get("postcode")
        self.batches.add(
            Case,
            {
                "id": case_id,
                "ref": c["ref"],
                "kind": c["soort"],
                "area_id": self.areas[c["gebied"]],
                "neighbourhood": c.get("buurt"),
                "street": address.get("straat"),
                "house_number": address.get("huisnummer"),
                "house_suffix": address.get("toevoeging"),
                "postcode": postcode.replace(" ", "").upper() if postcode else None,
                "city": address.get("plaats"),
                "main_category_id": self.categories[c["hoofdcategorie"]],
                "reported_by_id": self.orgs[c["aangemeld_door"]],
                "lead_organisation_id": self._org(c.get("regie")),
                "escalation": "groen",
                "start_date": _date(c["startdatum"]),
                "end_date": _date(c.get("einddatum")),
                "closing_reason_id": self.reasons[c["afsluitreden"]] if c.get("afsluitreden") else None,
                "result": None,
                "referred_to_id": None,
                "summary": c.get("samenvatting"),
                "risk": c.get("risico"),
                "marked_for_discussion": 0,
            },
        )
        for code in dict.fromkeys(c.get("categorieen") or []):
            self.batches.add(case_categories, {"case_id": case_id, "category_id": self.categories[code]})
        for p in c.get("betrokkenen") or []:
            self.batches.add(
                Person,
                {
                    "id": self.ids.take(Person),
                    "case_id": case_id,
                    "ref": p["ref"],
                    "first_name": p.get("voornaam"),
                    "infix": p.get("tussenvoegsel"),
                    "last_name": p["achternaam"],
                    "birth_date": _date(p.get("geboortedatum")),
                    "role": p["rol"],
                },
            )
        for a in c.get("afspraken") or []:
            self.batches.add(
                Action,
                {
                    "id": self.ids.take(Action),
                    "case_id": case_id,
                    "ref": a["ref"],
                    "description": a["omschrijving"],
                    "owner_id": self.orgs[a["eigenaar"]],
                    "owner_person": None,
                    "agreed_on": _date(a["afgesproken_op"]),
                    "deadline": _date(a["deadline"]),
                    "done_on": _date(a.get("afgerond_op")),
                    "cancelled_on": _date(a.get("vervallen_op")),
                    "meeting_id": None,
                },
            )
        plan = c.get("doorbraakplan")
        if plan:
            self._write_plan(case_id, plan)

    def _write_plan(self, case_id: int, plan: dict) -> None:
        plan_id = self.ids.take(BreakthroughPlan)
        self.batches.add(
            BreakthroughPlan,
            {
                "id": plan_id,
                "case_id": case_id,
                "drawn_up_on": _date(plan["opgesteld_op"]),
                "family_coach": plan.get("gezinscoach") or None,
                "perspective": plan.get("perspectief"),
                "own_strength": None,
                "status": "concept",
                "evaluation": None,
            },
        )
        for s in plan.get("scores") or []:
            self.batches.add(
                PlanScore,
                {
                    "id": self.ids.take(PlanScore),
                    "plan_id": plan_id,
                    "life_domain_id": self._domain(s["leefgebied"]),
                    "score": s["score"],
                    "measured_on": _date(s["datum"]),
                },
            )
        for b in plan.get("doorbraken") or []:
            self.batches.add(
                Breakthrough,
                {
                    "id": self.ids.take(Breakthrough),
                    "plan_id": plan_id,
                    "ref": b["ref"],
                    "description": b["omschrijving"],
                    "type_id": self.types[b["type"]],
                    "partner_id": self._org(b.get("partner")),
                    "cost_eur": b.get("kosten_eur"),
                    "status": b["status"],
                    "reached_on": _date(b.get("behaald_op")),
                    "legal_basis": None,
                    "decided_by": None,
                    "mandate_level": None,
                    "funding": None,
                },
            )

    def _domain(self, code: str) -> int:
        # The exchange format has no list of leefgebieden: an unknown one is added under its code.
        if code not in self.domains:
            domain = LifeDomain(code=code, name=code, position=len(self.domains))
            self.session.add(domain)
            self.session.flush()
            self.domains[code] = domain.id
        return self.domains[code]

    def write_meetings(self, meetings: Iterator[dict]) -> int:
        count = 0
        for m in meetings:
            meeting_id = self.ids.take(Meeting)
            self.batches.add(
                Meeting,
                {
                    "id": meeting_id,
                    "ref": m["ref"],
                    "kind": m["soort"],
                    "area_id": self.areas[m["gebied"]],
                    "date": _date(m["datum"]),
                    "chair": None,
                    "minute_taker": None,
                },
            )
            for code in dict.fromkeys(m.get("aanwezig") or []):
                self.batches.add(
                    meeting_attendance, {"meeting_id": meeting_id, "organisation_id": self.orgs[code]}
                )
            for position, item in enumerate(m.get("besproken") or []):
                self.batches.add(
                    Discussion,
                    {
                        "id": self.ids.take(Discussion),
                        "meeting_id": meeting_id,
                        "case_id": self._case_id(item["casus"]),
                        "position": position,
                        "note": item.get("notitie"),
                        "decisions": None,
                    },
                )
            count += 1
        return count

    def _case_id(self, ref: str) -> int:
        if ref not in self.case_ids:
            case_id = self.session.scalar(select(Case.id).where(Case.ref == ref))
            assert case_id is not None  # the rules refused a reference to a case in neither file nor register
            self.case_ids[ref] = case_id
        return self.case_ids[ref]
