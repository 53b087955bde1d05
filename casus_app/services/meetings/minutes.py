"""What the verslag of an overleg and the afsprakenlijst hold: decisions and afspraken, no personal details.

Per case only its casusnummer, soort, buurt and hoofdcategorie; never a name, birth date or address.
Free text is limited to what the minute-taker wrote in the note and decisions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from casus_app.services.access import require_case_access
from casus_app.services.cases.actions import ActionItem, actions_of_cases, open_actions_for_meeting
from casus_app.services.meetings.agenda import agenda
from casus_app.services.meetings.overleg import MeetingSummary, get_meeting, next_meeting_date
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage.models import Action, Case, ClosingReason, Meeting


@dataclass(frozen=True)
class MinutesCase:
    ref: str
    case_kind: str
    neighbourhood: str | None
    category: str
    note: str | None
    decisions: str | None
    new_actions: list[ActionItem] = field(default_factory=list)  # agreed at this meeting
    finished_actions: list[ActionItem] = field(default_factory=list)  # done or cancelled on the meeting day
    closed: str | None = None  # "Doel bereikt (resultaat …)" when closed on the meeting day


@dataclass(frozen=True)
class Minutes:
    meeting: MeetingSummary
    area_name: str
    present: list[str]  # "Naam (Organisatie)" per person present, or an organisation's name alone
    discussed: list[MinutesCase]
    not_discussed: list[str]  # casusnummers on the agenda that were not reached
    open_actions: list[ActionItem]  # still open in the discussed cases, by deadline
    next_meeting: dt.date | None

    @property
    def case_refs(self) -> list[str]:
        """Every casusnummer the verslag names (for its audit entry)."""
        return [c.ref for c in self.discussed] + self.not_discussed


def minutes(ws: Workspace, meeting_id: int, *, log: bool = True) -> Minutes:
    """Everything the verslag shows, read in one go; one audit entry names its cases.

    `log=False` for a printed verslag: its print entry (`meetings.print_event`) names the cases.
    """
    require_case_access(ws.actor)
    meeting = get_meeting(ws, meeting_id)
    items = agenda(ws, meeting_id, log=False)
    discussed = [i for i in items if i.discussed]
    actions = actions_of_cases(ws, [i.case_id for i in discussed])
    with ws.register.read_session() as session:
        agreed_here = set(session.scalars(select(Action.id).where(Action.meeting_id == meeting_id)))
        closings = {
            row.id: row
            for row in session.execute(
                select(Case.id, ClosingReason.name.label("reason"), Case.result)
                .join(ClosingReason, ClosingReason.id == Case.closing_reason_id)
                .where(Case.id.in_([i.case_id for i in discussed]), Case.end_date == meeting.date)
            )
        }
        row = session.get_one(Meeting, meeting_id)  # get_meeting found it above
        upcoming = next_meeting_date(session, row.area_id, row.kind, row.date)
    day = meeting.date
    cases = []
    for item in discussed:
        own = [a for a in actions if a.case_id == item.case_id]
        closing = closings.get(item.case_id)
        cases.append(
            MinutesCase(
                item.ref,
                item.case_kind,
                item.neighbourhood,
                item.category,
                item.note,
                item.decisions,
                new_actions=[a for a in own if a.id in agreed_here],
                finished_actions=[
                    a for a in own if a.id not in agreed_here and day in (a.done_on, a.cancelled_on)
                ],
                closed=(closing.reason + (f" ({closing.result})" if closing.result else ""))
                if closing
                else None,
            )
        )
    result = Minutes(
        meeting=meeting,
        area_name=meeting.scope_name,
        present=[a.text for a in meeting.attendees],
        discussed=cases,
        not_discussed=[i.ref for i in items if not i.discussed],
        open_actions=[a for a in actions if a.is_open],
        next_meeting=upcoming,
    )
    if log:
        view_log.meeting_view(ws, meeting.ref, "verslag", result.case_refs)
    return result


@dataclass(frozen=True)
class ActionList:
    meeting: MeetingSummary
    next_meeting: dt.date | None
    by_organisation: dict[str, list[ActionItem]]  # organisation name → its open afspraken, by deadline

    @property
    def case_refs(self) -> list[str]:
        """Every casusnummer the list names (for its audit entry)."""
        return sorted({item.case_ref for items in self.by_organisation.values() for item in items})


def action_list(
    ws: Workspace, meeting_id: int, *, organisations: list[str] | None = None, log: bool = True
) -> ActionList:
    """The open afspraken of the meeting's gebied and soort, per owner organisation (codes in `organisations`).

    One audit entry names the cases; `log=False` for a printed list, whose print entry names them.
    """
    meeting = get_meeting(ws, meeting_id)
    items = open_actions_for_meeting(ws, meeting_id)
    grouped: dict[str, list[ActionItem]] = {}
    for item in items:
        if organisations is None or item.owner in organisations:
            grouped.setdefault(item.owner_name, []).append(item)
    with ws.register.read_session() as session:
        row = session.get_one(Meeting, meeting_id)  # get_meeting found it above
        upcoming = next_meeting_date(session, row.area_id, row.kind, row.date)
    result = ActionList(meeting, upcoming, dict(sorted(grouped.items())))
    if log:
        view_log.meeting_view(ws, meeting.ref, "afsprakenlijst", result.case_refs)
    return result
