"""A case's history in one list: registration, besprekingen, afspraken and their outcome, every change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from casus_app.domain.enums import AuditAction
from casus_app.domain.labels import MEETING_KIND_NAMES, name_of
from casus_app.services.access import require_case
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage.models import Action, AuditEntry, Discussion, Meeting, Organisation

# Kinds of entry, in the order they sort within one day.
REGISTERED, DISCUSSED, AGREED, DONE, CANCELLED, CHANGED = (
    "aangemeld",
    "besproken",
    "afspraak",
    "afgerond",
    "vervallen",
    "wijziging",
)
_ORDER = (REGISTERED, DISCUSSED, AGREED, DONE, CANCELLED, CHANGED)
# Audit details of an afspraak that the timeline shows from the afspraak itself.
_SHOWN_FROM_DATA = ("afgerond", "vervallen", "vervallen bij afsluiten")


@dataclass(frozen=True)
class TimelineEntry:
    on: dt.date
    kind: str
    title: str  # Dutch, one line
    detail: str | None = None  # the note, the decisions, the afspraak's owner and deadline, its result
    who: str | None = None  # user and organisation/role, for changes from the audit log
    at: str | None = None  # UTC time of an audit entry, to order changes within a day


def _local_date(at: str) -> dt.date:
    return dt.datetime.fromisoformat(at).astimezone().date()


def case_timeline(ws: Workspace, case_id: int, *, reason: str | None = None) -> list[TimelineEntry]:
    """Oldest first. Changes come from the audit log, which names fields, never their contents;
    an afspraak's changes name it ("Afspraak A2: deadline 01-12-2026 → 15-12-2026").

    Showing the tijdlijn (notes, decisions, afspraken) is one audit entry.
    """
    with ws.register.read_session() as session:
        case = require_case(ws.actor, session, case_id, change=False)
        entries = [TimelineEntry(case.start_date, REGISTERED, "Signaal aangemeld als casus")]
        for discussion, meeting in session.execute(
            select(Discussion, Meeting)
            .join(Meeting, Meeting.id == Discussion.meeting_id)
            .where(Discussion.case_id == case_id, Discussion.discussed.is_(True))
        ):
            parts = [
                p
                for p in (
                    discussion.note,
                    f"Besluiten: {discussion.decisions}" if discussion.decisions else None,
                )
                if p
            ]
            entries.append(
                TimelineEntry(
                    meeting.date,
                    DISCUSSED,
                    f"Besproken in {_meeting_name(meeting.kind)} ({meeting.ref})",
                    "\n".join(parts) or None,
                )
            )
        owners = dict(session.execute(select(Organisation.id, Organisation.code)).all())
        for action in session.scalars(select(Action).where(Action.case_id == case_id)):
            who = " – ".join(p for p in (owners.get(action.owner_id), action.owner_person) if p)
            entries.append(
                TimelineEntry(
                    action.agreed_on,
                    AGREED,
                    f"Afspraak: {action.description}",
                    f"{action.ref} · {who}, deadline {action.deadline:%d-%m-%Y}",
                )
            )
            if action.done_on:
                done = f"{who}; resultaat: {action.result}" if action.result else who
                entries.append(
                    TimelineEntry(action.done_on, DONE, f"Afspraak afgerond: {action.description}", done)
                )
            if action.cancelled_on:
                entries.append(
                    TimelineEntry(
                        action.cancelled_on, CANCELLED, f"Afspraak vervallen: {action.description}", who
                    )
                )
        audits = session.execute(
            select(AuditEntry.at, AuditEntry.user_name, AuditEntry.acting_for, AuditEntry.details)
            .where(
                AuditEntry.object_type == "case",
                AuditEntry.object_id == case.ref,
                AuditEntry.action.in_([AuditAction.CREATE.value, AuditAction.CHANGE.value]),
            )
            .order_by(AuditEntry.seq)
        ).all()
        # The afspraken's changes; made, done and cancelled are the rows above already.
        action_audits = session.execute(
            select(
                AuditEntry.at,
                AuditEntry.user_name,
                AuditEntry.acting_for,
                AuditEntry.object_id,
                AuditEntry.details,
            )
            .where(
                AuditEntry.case_id == case.id,
                AuditEntry.object_type == "action",
                AuditEntry.action == AuditAction.CHANGE.value,
                AuditEntry.details.not_in(_SHOWN_FROM_DATA),
            )
            .order_by(AuditEntry.seq)
        ).all()
    view_log.case_part(ws, case.ref, case.id, "tijdlijn", reason=reason)
    for at, user, acting_for, details in audits:
        changed_by = f"{user} ({acting_for})" if acting_for else user
        entries.append(TimelineEntry(_local_date(at), CHANGED, _change_title(details), None, changed_by, at))
    for at, user, acting_for, object_id, details in action_audits:
        changed_by = f"{user} ({acting_for})" if acting_for else user
        ref = (object_id or "").rpartition("/")[2]
        title = f"Afspraak {ref}: {details}" if details else f"Afspraak {ref} gewijzigd"
        entries.append(TimelineEntry(_local_date(at), CHANGED, title, None, changed_by, at))
    entries.sort(key=lambda e: (e.on, _ORDER.index(e.kind), e.at or ""))
    return entries


def _change_title(details: str | None) -> str:
    if not details:
        return "Gewijzigd"
    return details[:1].upper() + details[1:]


def _meeting_name(kind: str) -> str:
    return name_of(MEETING_KIND_NAMES, kind).lower()
