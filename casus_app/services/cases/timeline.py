"""A case's history in one list: registration, besprekingen, afspraken and their outcome, every change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from casus_app.domain.enums import AuditAction, MeetingKind
from casus_app.domain.errors import Text, Texts
from casus_app.services.access import require_case
from casus_app.services.privacy import audit_texts, view_log
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
    # The title and detail as templates, for the interface to translate (domain/errors.py `Text`).
    title_text: Text | None = None
    detail_text: Text | None = None


def _entry(
    on: dt.date,
    kind: str,
    title: Text,
    detail: Text | None = None,
    who: str | None = None,
    at: str | None = None,
) -> TimelineEntry:
    return TimelineEntry(on, kind, str(title), str(detail) if detail else None, who, at, title, detail)


def _local_date(at: str) -> dt.date:
    return dt.datetime.fromisoformat(at).astimezone().date()


def case_timeline(ws: Workspace, case_id: int, *, reason: str | None = None) -> list[TimelineEntry]:
    """Oldest first. Changes come from the audit log, which names fields, never their contents;
    an afspraak's changes name it ("Afspraak A2: deadline 01-12-2026 → 15-12-2026").

    Showing the tijdlijn (notes, decisions, afspraken) is one audit entry.
    """
    with ws.register.read_session() as session:
        case = require_case(ws.actor, session, case_id, change=False)
        entries = [_entry(case.start_date, REGISTERED, Text("Signaal aangemeld als casus"))]
        for discussion, meeting in session.execute(
            select(Discussion, Meeting)
            .join(Meeting, Meeting.id == Discussion.meeting_id)
            .where(Discussion.case_id == case_id, Discussion.discussed.is_(True))
        ):
            parts = [
                p
                for p in (
                    discussion.note,
                    Text("Besluiten: {decisions}", decisions=discussion.decisions)
                    if discussion.decisions
                    else None,
                )
                if p
            ]
            entries.append(
                _entry(
                    meeting.date,
                    DISCUSSED,
                    Text(
                        "Besproken in {kind:lower} ({ref})", kind=_meeting_kind(meeting.kind), ref=meeting.ref
                    ),
                    Text("{parts}", parts=Texts(parts, "\n")) if parts else None,
                )
            )
        owners = dict(session.execute(select(Organisation.id, Organisation.code)).all())
        for action in session.scalars(select(Action).where(Action.case_id == case_id)):
            who = " – ".join(p for p in (owners.get(action.owner_id), action.owner_person) if p)
            entries.append(
                _entry(
                    action.agreed_on,
                    AGREED,
                    Text("Afspraak: {description}", description=action.description),
                    Text(
                        "{ref} · {who}, deadline {deadline:%d-%m-%Y}",
                        ref=action.ref,
                        who=who,
                        deadline=action.deadline,
                    ),
                )
            )
            if action.done_on:
                done = (
                    Text("{who}; resultaat: {result}", who=who, result=action.result)
                    if action.result
                    else Text("{who}", who=who)
                )
                entries.append(
                    _entry(
                        action.done_on,
                        DONE,
                        Text("Afspraak afgerond: {description}", description=action.description),
                        done,
                    )
                )
            if action.cancelled_on:
                entries.append(
                    _entry(
                        action.cancelled_on,
                        CANCELLED,
                        Text("Afspraak vervallen: {description}", description=action.description),
                        Text("{who}", who=who),
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
        entries.append(_entry(_local_date(at), CHANGED, _change_title(details), None, changed_by, at))
    for at, user, acting_for, object_id, details in action_audits:
        changed_by = f"{user} ({acting_for})" if acting_for else user
        ref = (object_id or "").rpartition("/")[2]
        title = (
            Text("Afspraak {ref}: {change}", ref=ref, change=audit_texts.parse(details) or details)
            if details
            else Text("Afspraak {ref} gewijzigd", ref=ref)
        )
        entries.append(_entry(_local_date(at), CHANGED, title, None, changed_by, at))
    entries.sort(key=lambda e: (e.on, _ORDER.index(e.kind), e.at or ""))
    return entries


def _change_title(details: str | None) -> Text:
    """The audit entry's wording with a capital (audit_texts reads it back as a template)."""
    if not details:
        return Text("Gewijzigd")
    return Text("{change:capital}", change=audit_texts.parse(details) or details)


def _meeting_kind(kind: str) -> MeetingKind | str:
    try:
        return MeetingKind(kind)
    except ValueError:
        return kind
