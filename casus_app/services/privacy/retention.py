"""Storage limitation (AVG art. 5): retention per case kind, the cases past it, and their removal.

The beheerder sets a retention period per case kind from the convenant; there is no national
term and no silent default, so until a period is set Casus reminds the beheerder instead of
guessing. A period counts from the closing date. A purge removes the cases with everything hung
on them (people, afspraken, besprekingen, plan, search-index rows) in one transaction, keeping only
anonymous statistical stubs so that no monitoring figure changes (`statistical_stubs`); the audit
log keeps that a removal happened and how many, never what was removed. Afterwards the WAL is
checkpointed and truncated, so the removed pages do not linger there either (`secure_delete` is
on for every connection, so the database file's free pages are zeroed as well).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Delete, delete, func, select, text
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import CaseKind, Role
from casus_app.domain.errors import InvalidInput, Text, Texts
from casus_app.domain.labels import CASE_KIND_NAMES
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.admin.settings import get_setting, set_setting
from casus_app.services.privacy import statistical_stubs
from casus_app.services.workspace import Workspace
from casus_app.storage import audit, search_index
from casus_app.storage.models import (
    Action,
    Area,
    BreakthroughPlan,
    Case,
    Discussion,
    Person,
    RegisterMeta,
    case_categories,
)

SETTING = "retention.months.{kind}"
MAX_MONTHS = 50 * 12
KIND_NAMES = {kind: name.lower() for kind, name in CASE_KIND_NAMES.items()}
# Removed ids may be handed out again by SQLite (max(id) + 1); see `id_floors`.
ID_FLOORS_KEY = "privacy.id_floors"
_CHUNK = 500


@dataclass(frozen=True)
class RetentionCandidate:
    """A closed case whose retention period has passed."""

    case_id: int
    ref: str
    kind: str
    area_name: str
    end_date: dt.date
    due_on: dt.date
    persons: int


@dataclass(frozen=True)
class Reminder:
    code: str  # "not_set" or "due"
    text: Text  # the interface translates it

    @property
    def message(self) -> str:
        """Dutch, as the CLI prints it."""
        return str(self.text)


@dataclass(frozen=True)
class PurgeResult:
    cases: int
    persons: int
    actions: int
    discussions: int
    plans: int
    dry_run: bool
    candidates: list[RetentionCandidate]
    wal_truncated: bool = False


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the 31st becomes the month's last day where needed."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def retention_periods(ws: Workspace) -> dict[CaseKind, int | None]:
    """The retention period in months per case kind; None where the beheerder has not set one."""
    periods: dict[CaseKind, int | None] = {}
    for kind in CaseKind:
        value = get_setting(ws, SETTING.format(kind=kind.value))
        periods[kind] = int(value) if value and value.isdigit() else None
    return periods


def set_retention_period(ws: Workspace, kind: CaseKind | str, months: int) -> None:
    """Set one case kind's retention period, in months after the closing date (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("bewaartermijnen instellen"))
    kind = CaseKind(kind)
    if not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
        raise InvalidInput(
            "Geef de bewaartermijn in hele maanden, van 1 tot {max_months} (zoals afgesproken in het "
            "convenant).",
            max_months=MAX_MONTHS,
        )
    set_setting(ws, SETTING.format(kind=kind.value), str(months))


def cases_past_retention(ws: Workspace, *, today: dt.date | None = None) -> list[RetentionCandidate]:
    """Every closed case whose retention period has passed, oldest closing date first (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("de bewaartermijnen beoordelen"))
    with ws.register.read_session() as session:
        return _candidates(session, retention_periods(ws), today or clock.today())


def _candidates(session: Session, periods: dict, today: dt.date) -> list[RetentionCandidate]:
    found: list[RetentionCandidate] = []
    for kind, months in periods.items():
        if months is None:
            continue
        # A case is due once end_date + months <= today. Month ends are clamped (31 January plus
        # one month is 28 or 29 February), so the SQL cut-off allows three days more and the exact
        # calendar check follows per row.
        latest_end = add_months(today, -months) + dt.timedelta(days=3)
        persons = (
            select(func.count(Person.id)).where(Person.case_id == Case.id).correlate(Case).scalar_subquery()
        )
        rows = session.execute(
            select(Case.id, Case.ref, Case.kind, Area.name, Case.end_date, persons)
            .join(Area, Area.id == Case.area_id)
            .where(Case.kind == kind.value, Case.end_date.is_not(None), Case.end_date <= latest_end)
            .order_by(Case.end_date, Case.id)
        ).all()
        for case_id, ref, case_kind, area, end_date, n in rows:
            due_on = add_months(end_date, months)
            if due_on <= today:
                found.append(RetentionCandidate(case_id, ref, case_kind, area, end_date, due_on, n))
    found.sort(key=lambda c: (c.end_date, c.case_id))
    return found


def retention_reminders(ws: Workspace, *, today: dt.date | None = None) -> list[Reminder]:
    """What the beheerder should be told: periods not set yet, and removals that are due."""
    if ws.actor.role is not Role.ADMINISTRATOR:
        return []
    periods = retention_periods(ws)
    reminders: list[Reminder] = []
    missing = [k for k, months in periods.items() if months is None]
    if missing:
        reminders.append(
            Reminder(
                "not_set",
                Text(
                    "De bewaartermijn is nog niet ingesteld voor {kinds:lower}. Stel die in zoals het "
                    "convenant voorschrijft (Beheer › Bewaartermijnen); tot dan verwijdert Casus van die "
                    "soort niets.",
                    kinds=Texts(missing, ", ", last=" en "),
                ),
            )
        )
    with ws.register.read_session() as session:
        due = len(_candidates(session, periods, today or clock.today()))
    if due:
        text = (
            Text(
                "1 afgesloten casus is over de bewaartermijn. Beoordeel de lijst en verwijder ze (Beheer › Bewaartermijnen)."
            )
            if due == 1
            else Text(
                "{count} afgesloten casussen zijn over de bewaartermijn. Beoordeel de lijst en verwijder ze "
                "(Beheer › Bewaartermijnen).",
                count=due,
            )
        )
        reminders.append(Reminder("due", text))
    return reminders


def purge(
    ws: Workspace,
    case_ids: Sequence[int] | None = None,
    *,
    today: dt.date | None = None,
    dry_run: bool = False,
    occasion: str = "bewaartermijn verstreken",
) -> PurgeResult:
    """Remove closed cases past their retention period, for good (beheerder only).

    `case_ids` limits the removal to cases the beheerder reviewed; every one of them must still
    be past its period, or nothing is removed. Without `case_ids` every case past its period goes.
    """
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("casussen verwijderen"))
    today = today or clock.today()
    periods = retention_periods(ws)
    with ws.register.session() as session:
        candidates = _candidates(session, periods, today)
        if case_ids is not None:
            wanted = set(case_ids)
            by_id = {c.case_id: c for c in candidates}
            if wanted - by_id.keys():
                raise InvalidInput(
                    "{length} van de gekozen casussen is (nog) niet over de bewaartermijn of bestaat niet meer. "
                    "Er is niets verwijderd; vernieuw de lijst.",
                    length=len(wanted - by_id.keys()),
                )
            candidates = [by_id[i] for i in sorted(wanted)]
        if dry_run or not candidates:
            return PurgeResult(0, 0, 0, 0, 0, dry_run, candidates)
        counts = remove_cases(session, [c.case_id for c in candidates])
        kinds = Counter(KIND_NAMES[CaseKind(c.kind)] for c in candidates)
        per_kind = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
        entry = audit.append(
            session,
            audit_events.cases_purged(
                ws,
                f"{counts['cases']} casussen ({per_kind}) met {counts['persons']} betrokkenen, "
                f"{counts['actions']} afspraken en {counts['discussions']} besprekingen verwijderd: {occasion}",
            ),
        )
        remember_removed_ids(session, entry.seq)
    # The commit saved (and may have signed, a write) the audit head: before the WAL is emptied.
    truncated = checkpoint_wal(ws)
    return PurgeResult(
        counts["cases"],
        counts["persons"],
        counts["actions"],
        counts["discussions"],
        counts["plans"],
        False,
        candidates,
        truncated,
    )


def _deleted(session: Session, statement: Delete) -> int:
    """Run a DELETE; the number of rows it removed (a DML statement's result is a cursor result)."""
    return cast(CursorResult[Any], session.execute(statement)).rowcount


def remove_cases(session: Session, case_ids: Sequence[int]) -> dict[str, int]:
    """Delete cases and everything that hangs on them, inside the caller's transaction."""
    counts = Counter(cases=0, persons=0, actions=0, discussions=0, plans=0)
    ids = sorted(set(case_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        # What the monitoring counts need stays, anonymously: no figure of an earlier period changes.
        statistical_stubs.keep_stubs(session, chunk)
        # Children first and by name (not only by ON DELETE CASCADE), so the counts are exact.
        counts["actions"] += _deleted(session, delete(Action).where(Action.case_id.in_(chunk)))
        counts["discussions"] += _deleted(session, delete(Discussion).where(Discussion.case_id.in_(chunk)))
        counts["persons"] += _deleted(session, delete(Person).where(Person.case_id.in_(chunk)))
        # Scores, helpers, knelpunten and doorbraken follow their plan by ON DELETE CASCADE.
        counts["plans"] += _deleted(
            session, delete(BreakthroughPlan).where(BreakthroughPlan.case_id.in_(chunk))
        )
        session.execute(delete(case_categories).where(case_categories.c.case_id.in_(chunk)))
        for case_id in chunk:
            search_index.remove_case(session, case_id)
        counts["cases"] += _deleted(session, delete(Case).where(Case.id.in_(chunk)))
    if ids:
        compact_search_index(session)
    return dict(counts)


def compact_search_index(session: Session) -> None:
    """Merge the full-text index into one segment.

    A contentless FTS5 delete only marks a row as gone; its tokens stay in the old segments until
    they are merged. 'optimize' rewrites the index without them.
    """
    session.execute(text("INSERT INTO case_search(case_search) VALUES ('optimize')"))


def remember_removed_ids(session: Session, audit_seq: int) -> None:
    """Record how far ids reached after a removal, so old audit entries are never tied to a new person.

    SQLite hands out max(id) + 1: after removing the newest case, a later case or person can get
    a removed one's id. Audit entries before `audit_seq` with an id above these floors therefore
    belong to someone who is gone (see `audit_ids_reused`).
    """
    floors = id_floors(session)
    floors.append(
        {
            "seq": audit_seq,
            "case": session.scalar(select(func.max(Case.id))) or 0,
            "person": session.scalar(select(func.max(Person.id))) or 0,
        }
    )
    row = session.get(RegisterMeta, ID_FLOORS_KEY)
    value = json.dumps(floors, separators=(",", ":"))
    if row is None:
        session.add(RegisterMeta(key=ID_FLOORS_KEY, value=value))
    else:
        row.value = value


def id_floors(session: Session) -> list[dict[str, int]]:
    value = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == ID_FLOORS_KEY))
    return json.loads(value) if value else []


def audit_ids_reused(
    floors: list[dict[str, int]], seq: int, *, case_id: int | None, person_id: int | None
) -> bool:
    """True when an audit entry's case or person id was, at the time, someone else's (since removed)."""
    for floor in floors:
        if seq < floor["seq"] and (
            (case_id is not None and case_id > floor["case"])
            or (person_id is not None and person_id > floor["person"])
        ):
            return True
    return False


def checkpoint_wal(ws: Workspace, attempts: int = 5) -> bool:
    """Copy the WAL into the database and truncate it to zero bytes; False if a reader kept it busy."""
    import time

    for attempt in range(attempts):
        with ws.register.engine.connect() as conn:
            busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        if not busy:
            return True
        time.sleep(0.05 * (attempt + 1))
    return False
