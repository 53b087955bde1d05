"""The audit trail for a beheerder or privacy officer: filtered and paged, and the chain checked.

Reading the trail is itself logged (who looked at the log, and with which kind of filter), so
the log also shows who used it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from casus_app.domain.enums import Role
from casus_app.domain.errors import Text, marked
from casus_app.domain.labels import AUDIT_ACTION_NAMES as ACTION_NAMES
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.documents import write_audited
from casus_app.services.privacy import audit_texts
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.atomic_file import require_folder
from casus_app.storage.audit import ChainProblem
from casus_app.storage.models import AuditEntry, Case, Person, User

PAGE_SIZE = 200

OBJECT_NAMES = {
    "case": marked("casus"),
    "person": marked("betrokkene"),
    "user": marked("gebruiker"),
    "register": marked("register"),
    "setting": marked("instelling"),
    "file": marked("bestand"),
    "audit_log": marked("auditlog"),
    "meeting": marked("overleg"),
    "action": marked("afspraak"),
    "plan": marked("doorbraakplan"),
    "inzage": marked("inzageverzoek"),
    "reference_list": marked("referentielijst"),
}


def action_name(action: str) -> str:
    return ACTION_NAMES.get(action, action)  # type: ignore[call-overload]


def object_name(object_type: str | None) -> str:
    return OBJECT_NAMES.get(object_type or "", object_type or "")


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None  # exact user name
    person_id: int | None = None  # entries about this betrokkene and about their case as a whole
    case: str | None = None  # a case ref or case number
    action: str | None = None
    date_from: dt.date | None = None  # local calendar days, both included
    date_to: dt.date | None = None

    @property
    def used(self) -> list[str]:
        """Which filters are set, by name only (for the audit entry of reading the trail)."""
        names = ("user", "person_id", "case", "action", "date_from", "date_to")
        return [name for name in names if getattr(self, name) not in (None, "")]


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime  # local time
    user_name: str | None
    acting_for: str | None
    workstation: str | None
    action: str
    object_type: str | None
    object_id: str | None
    person_id: int | None
    case_id: int | None
    reason: str | None
    outcome: str
    details: str | None
    subject: str = ""  # what the entry is about, for people: "gebruiker petra (Petra Smeets)", "casus HN-…"
    # The same for the interface to translate (audit_texts.py): None where the stored text is shown.
    subject_text: Text | None = None
    reason_text: Text | None = None
    details_text: Text | None = None


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int | None  # rows matching the filter, all pages together; counted on the first page only
    before_seq: int | None  # pass as `before_seq` for the next (older) page; None when there is none


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    head: tuple[int, str]
    problems: list[ChainProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_break(self) -> int | None:
        return min((p.seq for p in self.problems), default=None)


def _query(session: Session, flt: AuditFilter, columns: list[Any]) -> Select:
    query = select(*columns)
    if flt.user:
        query = query.where(AuditEntry.user_name == flt.user)
    if flt.person_id is not None:
        # Opening a case shows every betrokkene and is one entry about the case (view_log): a
        # person's entries are those about them and those about their case as a whole.
        about = AuditEntry.person_id == flt.person_id
        case_id = session.scalar(select(Person.case_id).where(Person.id == flt.person_id))
        if case_id is not None:
            about = about | ((AuditEntry.case_id == case_id) & AuditEntry.person_id.is_(None))
        query = query.where(about)
    if flt.case:
        query = query.where(AuditEntry.case_id.in_(_case_ids(session, flt.case)))
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if flt.date_from:
        query = query.where(AuditEntry.at >= _utc_text(flt.date_from))
    if flt.date_to:
        query = query.where(AuditEntry.at < _utc_text(flt.date_to + dt.timedelta(days=1)))
    return query


def _case_ids(session: Session, case: str) -> list[int]:
    """A ref names a case that still exists; a number also finds removed cases in the log."""
    ids = list(session.scalars(select(Case.id).where(Case.ref == case.strip())))
    if case.strip().isdigit():
        ids.append(int(case.strip()))
    return ids or [-1]


def _utc_text(day: dt.date) -> str:
    """Local midnight of `day` as the UTC ISO text the log stores (which sorts as text)."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _rows(session: Session, entries: Sequence[AuditEntry]) -> list[AuditRow]:
    """The entries as rows, each user they are about named (the log stores the user's id)."""
    ids = {
        int(e.object_id) for e in entries if e.object_type == "user" and e.object_id and e.object_id.isdigit()
    }
    names = {
        row.id: f"{row.name} ({row.display_name})" if row.display_name else row.name
        for row in session.execute(select(User.id, User.name, User.display_name).where(User.id.in_(ids)))
    }
    return [_row(e, names) for e in entries]


def _subject(object_type: str | None, object_id: str | None, user_names: Mapping[int, str]) -> str:
    if object_type == "user" and object_id and object_id.isdigit():
        # A removed user's row is gone; the log keeps only the number.
        who = user_names.get(int(object_id)) or f"{object_id} (verwijderd)"
        return f"{object_name(object_type)} {who}"
    return " ".join(part for part in (object_name(object_type), object_id or "") if part)


def _subject_text(object_type: str | None, object_id: str | None, user_names: Mapping[int, str]) -> Text:
    """`_subject` as a template: the kind of object translated, its number or name as it is."""
    name = OBJECT_NAMES.get(object_type or "")
    kind: object = Text(name) if name is not None else object_type or ""
    if object_type == "user" and object_id and object_id.isdigit():
        known = user_names.get(int(object_id))
        who: object = known if known else Text("{number} (verwijderd)", number=object_id)
        return Text("{object} {id}", object=kind, id=who)
    if not object_id:
        return Text("{object}", object=kind)
    if not kind:
        return Text("{id}", id=object_id)
    return Text("{object} {id}", object=kind, id=object_id)


def _row(entry: AuditEntry, user_names: Mapping[int, str]) -> AuditRow:
    at = dt.datetime.fromisoformat(entry.at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return AuditRow(
        entry.seq,
        at.astimezone(),
        entry.user_name,
        entry.acting_for,
        entry.workstation,
        entry.action,
        entry.object_type,
        entry.object_id,
        entry.person_id,
        entry.case_id,
        entry.reason,
        entry.outcome,
        entry.details,
        _subject(entry.object_type, entry.object_id, user_names),
        _subject_text(entry.object_type, entry.object_id, user_names),
        audit_texts.parse(entry.reason),
        audit_texts.parse(entry.details),
    )


def search(
    ws: Workspace, flt: AuditFilter = AuditFilter(), *, before_seq: int | None = None, limit: int = PAGE_SIZE
) -> AuditPage:
    """One page of matching entries, newest first (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("het auditlog inzien"))
    with ws.register.session() as session:
        total = None
        if before_seq is None:
            total = session.scalar(_query(session, flt, [func.count()]).select_from(AuditEntry)) or 0
        query = _query(session, flt, [AuditEntry])
        if before_seq is not None:
            query = query.where(AuditEntry.seq < before_seq)
        entries = list(session.scalars(query.order_by(AuditEntry.seq.desc()).limit(limit)))
        rows = _rows(session, entries)
        if before_seq is None:
            # Reading the log is logged once per filter, not once per page.
            audit.append(session, audit_events.audit_log_viewed(ws, flt.used))
    more = len(rows) == limit
    return AuditPage(rows, total, rows[-1].seq if more and rows else None)


def all_matching(ws: Workspace, flt: AuditFilter, *, limit: int = 20_000) -> list[AuditRow]:
    """Every matching entry up to `limit`, oldest first, for an export (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("het auditlog exporteren"))
    with ws.register.read_session() as session:
        query = _query(session, flt, [AuditEntry]).order_by(AuditEntry.seq.desc()).limit(limit)
        return _rows(session, list(reversed(list(session.scalars(query)))))


def user_names(ws: Workspace) -> list[str]:
    """Every name that occurs in the log, for the user filter (also of removed users)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("het auditlog inzien"))
    with ws.register.read_session() as session:
        return sorted(
            session.scalars(select(AuditEntry.user_name).where(AuditEntry.user_name.is_not(None)).distinct()),
            key=str.casefold,
        )


def verify(ws: Workspace) -> ChainCheck:
    """Check the whole chain and the head kept outside the database (beheerder only)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("het auditlog controleren"))
    with ws.register.read_session() as session:
        problems = audit.verify_chain(session, ws.register.slots.audit_head)
        entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        head = audit.head(session)
    return ChainCheck(entries, head, sorted(problems, key=lambda p: p.seq))


EXPORT_LIMIT = 20_000
# rows, filter, check, *, made_by, register_name, truncated -> the PDF's bytes
AuditRenderer = Callable[..., bytes]


def export_pdf(ws: Workspace, flt: AuditFilter, out: Path, render: AuditRenderer) -> tuple[int, ChainCheck]:
    """The selection as PDF for a privacy officer, with the chain check; logged (beheerder only).

    `render`: reports.audit_report.render. Returns how many entries went in and the check. At most
    EXPORT_LIMIT entries, the newest; the export's own entry is not part of the selection.
    """
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("het auditlog exporteren"))
    require_folder(out)  # before reading the whole log; documents.write_audited checks it again
    rows = all_matching(ws, flt, limit=EXPORT_LIMIT + 1)
    truncated = len(rows) > EXPORT_LIMIT
    rows = rows[-EXPORT_LIMIT:]
    before = verify(ws)
    checks: list[ChainCheck] = []

    def document(head: tuple[int, str]) -> bytes:
        # The check covers the export's own entry: appended to the head just checked, it extends it.
        check = ChainCheck(before.entries + 1, head, before.problems)
        checks.append(check)
        return render(
            rows,
            flt,
            check,
            made_by=ws.actor.display_name or ws.actor.name,
            register_name=ws.register.path.name,
            truncated=truncated,
        )

    event = audit_events.audit_log_exported(ws, flt.used)
    write_audited(ws, Path(out), event, document)
    return len(rows), checks[0]
