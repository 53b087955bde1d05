"""Exporting the whole register in the exchange format (beheerder only), streamed in chunks."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casus_app.domain.enums import Role
from casus_app.domain.errors import Text
from casus_app.domain.exchange.rules import MEETING_KINDS
from casus_app.services import audit_events
from casus_app.services.access import MEETING_CANCELLED, require_role
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.atomic_file import export_output
from casus_app.storage.models import (
    Action,
    Area,
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

CHUNK = 2000
# The overleggen a file carries: of the format's soorten (not the Jeugd Preventie Platform) and held
# or planned (a cancelled one would read as held: the format has no status).
EXPORTED_MEETINGS = (Meeting.kind.in_(sorted(MEETING_KINDS)), Meeting.status != MEETING_CANCELLED)


@dataclass(frozen=True)
class ExportSummary:
    cases: int
    meetings: int
    left_out_youth: int  # Jeugd Preventie Platform meetings: the format has no such soort
    left_out_cancelled: int  # cancelled meetings: the format has no status

    @property
    def text(self) -> str:
        """One Dutch line for the audit log and the command line."""
        line = f"{self.cases} casussen, {self.meetings} overleggen"
        left_out = []
        if self.left_out_youth:
            left_out.append(f"{self.left_out_youth} van het Jeugd Preventie Platform")
        if self.left_out_cancelled:
            left_out.append(f"{self.left_out_cancelled} geannuleerd")
        if left_out:
            line += "; niet meegenomen (het formaat kent ze niet): " + ", ".join(left_out)
        return line


_T = TypeVar("_T")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _grouped(rows: Iterable[_T], key: Callable[[_T], int]) -> dict[int, list[_T]]:
    """`rows` by the id `key` gives (a case, plan or meeting), each list in the order of `rows`."""
    grouped: dict[int, list[_T]] = defaultdict(list)
    for row in rows:
        grouped[key(row)].append(row)
    return grouped


def _reference_lists(session: Session) -> dict:
    buurten: dict[int, list[str]] = defaultdict(list)
    for area_id, name in session.execute(
        select(Neighbourhood.area_id, Neighbourhood.name).order_by(Neighbourhood.name)
    ):
        buurten[area_id].append(name)
    return {
        "gebieden": [
            {"code": a.code, "naam": a.name, "buurten": buurten[a.id]}
            for a in session.scalars(select(Area).order_by(Area.code))
        ],
        "organisaties": [
            {"code": o.code, "naam": o.name}
            for o in session.scalars(select(Organisation).order_by(Organisation.code))
        ],
        "categorieen": [
            {"code": c.code, "naam": c.name, **({"soort": c.kind} if c.kind else {})}
            for c in session.scalars(select(Category).order_by(Category.code))
        ],
        "afsluitredenen": [
            {"code": r.code, "naam": r.name}
            for r in session.scalars(select(ClosingReason).order_by(ClosingReason.code))
        ],
        "doorbraaktypen": [
            {"code": t.code, "naam": t.name}
            for t in session.scalars(select(BreakthroughType).order_by(BreakthroughType.code))
        ],
    }


def _case_chunk(session: Session, codes: dict, first_id: int, last_id: int) -> Iterator[dict]:
    in_range = lambda column: column.between(first_id, last_id)  # noqa: E731
    extra = _grouped(
        session.execute(
            select(case_categories.c.case_id, case_categories.c.category_id).where(
                in_range(case_categories.c.case_id)
            )
        ),
        lambda row: row.case_id,
    )
    persons = _grouped(
        session.scalars(select(Person).where(in_range(Person.case_id)).order_by(Person.id)),
        lambda p: p.case_id,
    )
    actions = _grouped(
        session.scalars(select(Action).where(in_range(Action.case_id)).order_by(Action.id)),
        lambda a: a.case_id,
    )
    plans = {
        plan.case_id: plan
        for plan in session.scalars(select(BreakthroughPlan).where(in_range(BreakthroughPlan.case_id)))
    }
    plan_ids = [plan.id for plan in plans.values()]
    scores = _grouped(
        session.scalars(
            select(PlanScore)
            .where(PlanScore.plan_id.in_(plan_ids))
            .order_by(PlanScore.measured_on, PlanScore.id)
        ),
        lambda s: s.plan_id,
    )
    doorbraken = _grouped(
        session.scalars(
            select(Breakthrough).where(Breakthrough.plan_id.in_(plan_ids)).order_by(Breakthrough.id)
        ),
        lambda b: b.plan_id,
    )
    org, cat, area, reason, btype, domain = (
        codes[k] for k in ("org", "cat", "area", "reason", "type", "domain")
    )
    for case in session.scalars(select(Case).where(in_range(Case.id)).order_by(Case.id)):
        item: dict = {
            "ref": case.ref,
            "soort": case.kind,
            "gebied": area[case.area_id],
            "buurt": case.neighbourhood,
        }
        if case.street and case.house_number:
            postcode = case.postcode
            item["adres"] = {
                "straat": case.street,
                "huisnummer": case.house_number,
                "toevoeging": case.house_suffix,
                "postcode": f"{postcode[:4]} {postcode[4:]}" if postcode and len(postcode) == 6 else postcode,
                "plaats": case.city,
            }
        item.update(
            {
                "hoofdcategorie": cat[case.main_category_id],
                "categorieen": [cat[row.category_id] for row in extra.get(case.id, [])],
                "aangemeld_door": org[case.reported_by_id],
                "regie": org.get(case.lead_organisation_id),
                "startdatum": _iso(case.start_date),
                "einddatum": _iso(case.end_date),
                "afsluitreden": reason.get(case.closing_reason_id),
                "samenvatting": case.summary,
                "risico": case.risk,
                "betrokkenen": [
                    {
                        "ref": p.ref,
                        "voornaam": p.first_name,
                        "tussenvoegsel": p.infix,
                        "achternaam": p.last_name,
                        "geboortedatum": _iso(p.birth_date),
                        "rol": p.role,
                    }
                    for p in persons.get(case.id, [])
                ],
                "afspraken": [
                    {
                        "ref": a.ref,
                        "omschrijving": a.description,
                        "eigenaar": org[a.owner_id],
                        "afgesproken_op": _iso(a.agreed_on),
                        "deadline": _iso(a.deadline),
                        "afgerond_op": _iso(a.done_on),
                        "vervallen_op": _iso(a.cancelled_on),
                    }
                    for a in actions.get(case.id, [])
                ],
            }
        )
        plan = plans.get(case.id)
        if plan is not None:
            item["doorbraakplan"] = {
                "opgesteld_op": _iso(plan.drawn_up_on),
                "gezinscoach": plan.family_coach or "",
                "perspectief": plan.perspective or "",
                "scores": [
                    {"leefgebied": domain[s.life_domain_id], "score": s.score, "datum": _iso(s.measured_on)}
                    for s in scores.get(plan.id, [])
                ],
                "doorbraken": [
                    {
                        "ref": b.ref,
                        "omschrijving": b.description,
                        "type": btype[b.type_id],
                        "partner": org.get(b.partner_id),
                        "kosten_eur": b.cost_eur,
                        "status": b.status,
                        "behaald_op": _iso(b.reached_on),
                    }
                    for b in doorbraken.get(plan.id, [])
                ],
            }
        yield item


def _meetings(session: Session, codes: dict) -> Iterator[dict]:
    attendance = _grouped(
        session.execute(select(meeting_attendance.c.meeting_id, meeting_attendance.c.organisation_id)),
        lambda row: row.meeting_id,
    )
    refs = (
        dict(session.execute(select(Case.id, Case.ref)).all())
        if session.scalar(select(func.count(Discussion.id)))
        else {}
    )
    # "besproken" holds real besprekingen only: a case that was on an agenda and not reached is not.
    discussions = _grouped(
        session.scalars(
            select(Discussion)
            .where(Discussion.discussed.is_(True))
            .order_by(Discussion.meeting_id, Discussion.position)
        ),
        lambda d: d.meeting_id,
    )
    for m in session.scalars(select(Meeting).where(*EXPORTED_MEETINGS).order_by(Meeting.date, Meeting.id)):
        yield {
            "ref": m.ref,
            "soort": m.kind,
            "gebied": codes["area"][m.area_id],
            "datum": _iso(m.date),
            "aanwezig": sorted(codes["org"][row.organisation_id] for row in attendance.get(m.id, [])),
            "besproken": [{"casus": refs[d.case_id], "notitie": d.note} for d in discussions.get(m.id, [])],
        }


def _document(session: Session, progress: Callable[[int, int], None]) -> Iterator[str]:
    codes = {
        "org": dict(session.execute(select(Organisation.id, Organisation.code)).all()),
        "cat": dict(session.execute(select(Category.id, Category.code)).all()),
        "area": dict(session.execute(select(Area.id, Area.code)).all()),
        "reason": dict(session.execute(select(ClosingReason.id, ClosingReason.code)).all()),
        "type": dict(session.execute(select(BreakthroughType.id, BreakthroughType.code)).all()),
        "domain": dict(session.execute(select(LifeDomain.id, LifeDomain.code)).all()),
    }
    head = {"formaat": "casus-uitwisseling", "versie": 1, **_reference_lists(session)}
    yield json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "casussen": ['
    max_id = session.scalar(select(func.max(Case.id))) or 0
    first = True
    for start in range(1, max_id + 1, CHUNK):
        for item in _case_chunk(session, codes, start, start + CHUNK - 1):
            yield ("\n  " if first else ",\n  ") + json.dumps(item, ensure_ascii=False)
            first = False
        progress(min(start + CHUNK, max_id), max_id)
    yield '\n ],\n "overleggen": ['
    first = True
    for item in _meetings(session, codes):
        yield ("\n  " if first else ",\n  ") + json.dumps(item, ensure_ascii=False)
        first = False
    yield "\n ]\n}\n"


def _summary(session: Session) -> ExportSummary:
    youth = Meeting.kind.not_in(sorted(MEETING_KINDS))
    count = func.count(Meeting.id)
    return ExportSummary(
        cases=session.scalar(select(func.count(Case.id))) or 0,
        meetings=session.scalar(select(count).where(*EXPORTED_MEETINGS)) or 0,
        left_out_youth=session.scalar(select(count).where(youth)) or 0,
        left_out_cancelled=session.scalar(select(count).where(~youth, Meeting.status == MEETING_CANCELLED))
        or 0,
    )


def export_file(ws: Workspace, path: Path, progress: Callable[[int, int], None] | None = None) -> int:
    """Write the whole register to `path` (see `export_register`); returns the number of cases."""
    return export_register(ws, path, progress).cases


def export_register(
    ws: Workspace, path: Path, progress: Callable[[int, int], None] | None = None
) -> ExportSummary:
    """Write the whole register to `path` (atomically, mode 0600); returns what it holds and what
    the format had no place for (Jeugd Preventie Platform and cancelled overleggen).

    The file holds every name in the register, so while it is being written it has no name (see
    storage/atomic_file.py): a crash leaves no readable part of it. The audit entry is committed
    together with the file getting its name, so a failed export is not recorded as made.
    """
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("het hele register exporteren"))
    path = Path(path)
    report = progress or (lambda done, total: None)
    with export_output(path, getattr(ws.register, "path", None)) as output:
        with ws.register.read_session() as session:
            for chunk in _document(session, report):
                output.write(chunk.encode("utf-8"))
            summary = _summary(session)
        with ws.register.session() as session:
            audit.append(session, audit_events.register_exported(ws, summary.text))
            output.commit(path)
    return summary
