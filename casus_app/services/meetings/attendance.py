"""Who is present at an overleg: each person with their organisation, editable during and after it.

The organisations present (the exchange format's `aanwezig`, `meeting_attendance`) follow from the
people's organisations; an organisation may also be present without a name (an imported overleg
names only organisation codes). A new overleg starts with its regular members: the people present
at the previous overleg of the same soort and gebied (for the doorbraakteam, the previous
doorbraakteam), so the notulist only ticks off who is missing and adds who is new.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, delete, insert, select
from sqlalchemy.orm import Session

from casus_app.domain.errors import InvalidInput
from casus_app.services import audit_events
from casus_app.services.access import (
    AREA_WIDE_MEETINGS,
    MEETING_CANCELLED,
    require_case_access,
    require_meeting,
    visible_meetings,
)
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Area, Meeting, MeetingAttendee, Organisation, meeting_attendance

CANCELLED = MEETING_CANCELLED
MAX_NAME = 200


@dataclass(frozen=True)
class Attendee:
    """One person present (`name`), or an organisation present without a name (`name` empty)."""

    name: str
    organisation: str  # organisation code
    organisation_name: str = ""  # filled when read; ignored when written

    @property
    def text(self) -> str:
        """ "Naam (Organisatie)", or the organisation alone."""
        org = self.organisation_name or self.organisation
        return f"{self.name} ({org})" if self.name else org


def check_attendees(session: Session, attendees: Iterable[Attendee]) -> list[tuple[str, int]]:
    """(name, organisation id) per row, blank rows and repeats dropped; refuses unknown organisations."""
    codes = dict(session.execute(select(Organisation.code, Organisation.id)).all())
    rows: dict[tuple[str, int], None] = {}
    unknown = []
    for attendee in attendees:
        name = " ".join((attendee.name or "").split())
        if not attendee.organisation:
            if name:
                raise InvalidInput(
                    "Kies de organisatie van {name}; de aanwezigen zijn niet opgeslagen.", name=name
                )
            continue
        if attendee.organisation not in codes:
            unknown.append(attendee.organisation)
            continue
        if len(name) > MAX_NAME:
            raise InvalidInput("Een naam is langer dan {max_name} tekens; kort hem in.", max_name=MAX_NAME)
        rows[(name, codes[attendee.organisation])] = None
    if unknown:
        raise InvalidInput("Onbekende organisatie: {unknown}.", unknown=", ".join(sorted(set(unknown))))
    return list(rows)


def write_attendance(
    session: Session, meeting_id: int, people: Sequence[tuple[str, int]], organisation_ids: Iterable[int] = ()
) -> None:
    """Replace who is present: the named people, and every organisation of them or of `organisation_ids`."""
    session.execute(delete(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting_id))
    session.execute(delete(meeting_attendance).where(meeting_attendance.c.meeting_id == meeting_id))
    named = [(name, org) for name, org in people if name]
    if named:
        session.execute(
            insert(MeetingAttendee),
            [
                {"meeting_id": meeting_id, "name": name, "organisation_id": org, "position": n}
                for n, (name, org) in enumerate(named)
            ],
        )
    present = dict.fromkeys([*(org for _, org in people), *organisation_ids])
    if present:
        session.execute(
            insert(meeting_attendance), [{"meeting_id": meeting_id, "organisation_id": o} for o in present]
        )


def read_attendance(session: Session, meeting_ids: Sequence[int]) -> dict[int, list[Attendee]]:
    """Per overleg: the named people in their order, then the organisations present without a name."""
    found: dict[int, list[Attendee]] = {}
    if not meeting_ids:
        return found
    covered: set[tuple[int, str]] = set()
    for row in session.execute(
        select(MeetingAttendee.meeting_id, MeetingAttendee.name, Organisation.code, Organisation.name)
        .join(Organisation, Organisation.id == MeetingAttendee.organisation_id)
        .where(MeetingAttendee.meeting_id.in_(meeting_ids))
        .order_by(MeetingAttendee.meeting_id, MeetingAttendee.position, MeetingAttendee.id)
    ):
        found.setdefault(row[0], []).append(Attendee(row[1], row[2], row[3]))
        covered.add((row[0], row[2]))
    for meeting_id, code, name in session.execute(
        select(meeting_attendance.c.meeting_id, Organisation.code, Organisation.name)
        .join(Organisation, Organisation.id == meeting_attendance.c.organisation_id)
        .where(meeting_attendance.c.meeting_id.in_(meeting_ids))
        .order_by(Organisation.name)
    ):
        if (meeting_id, code) not in covered:
            found.setdefault(meeting_id, []).append(Attendee("", code, name))
    return found


def same_series(meeting: Meeting | None, kind: str, area_id: int) -> ColumnElement[bool]:
    """A condition on Meeting: the overleggen of one series (soort and gebied; the doorbraakteam: soort)."""
    condition = Meeting.kind == kind
    if kind not in AREA_WIDE_MEETINGS:
        condition = condition & (Meeting.area_id == area_id)
    if meeting is not None:
        condition = condition & (Meeting.id != meeting.id)
    return condition


def regular_attendees(ws: Workspace, kind: str, area: str) -> list[Attendee]:
    """The people present at the latest earlier overleg of this soort and gebied (not cancelled)."""
    require_case_access(ws.actor)
    with ws.register.read_session() as session:
        area_id = session.scalar(select(Area.id).where(Area.code == area))
        if area_id is None:
            return []
        previous = session.scalar(
            select(Meeting.id)
            .where(
                same_series(None, kind, area_id),
                Meeting.status != CANCELLED,
                visible_meetings(ws.actor),
                Meeting.id.in_(select(meeting_attendance.c.meeting_id)),
            )
            .order_by(Meeting.date.desc(), Meeting.id.desc())
            .limit(1)
        )
        if previous is None:
            return []
        return read_attendance(session, [previous]).get(previous, [])


def set_attendance(ws: Workspace, meeting_id: int, attendees: Sequence[Attendee]) -> None:
    """Record who is present, during the overleg or after it (also once it is afgerond: a forgotten
    name may be added to the verslag); not for a cancelled overleg. Audited with the counts only."""
    with ws.register.session() as session:
        meeting = require_meeting(ws.actor, session, meeting_id, change=False)
        if meeting.status == CANCELLED:
            raise InvalidInput("Overleg {ref} is geannuleerd; er was niemand aanwezig.", ref=meeting.ref)
        people = check_attendees(session, attendees)
        before = read_attendance(session, [meeting.id]).get(meeting.id, [])
        write_attendance(session, meeting.id, people)
        after = read_attendance(session, [meeting.id]).get(meeting.id, [])
        if [(a.name, a.organisation) for a in before] == [(a.name, a.organisation) for a in after]:
            return
        named = sum(1 for a in after if a.name)
        organisations = len({a.organisation for a in after})
        audit.append(
            session,
            audit_events.meeting_changed(
                ws, meeting.ref, f"aanwezigen: {named} personen van {organisations} organisaties"
            ),
        )
