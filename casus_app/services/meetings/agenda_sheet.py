"""What the agenda sent before an overleg holds: per case its casusnummer, buurt, street and open
afspraken; never a name, a house number or a birth date.

The agenda goes to every partner ahead of the meeting, so no one checks it hit by hit as the chair
does the verslag: a betrokkene named in an afspraak is always masked, and of the one who carries
an afspraak out only the organisation is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from casus_app.services.cases.actions import ActionItem, actions_of_cases
from casus_app.services.meetings.agenda import agenda
from casus_app.services.meetings.overleg import MeetingSummary, get_meeting
from casus_app.services.privacy.document_check import masked_actions
from casus_app.services.workspace import Workspace


@dataclass(frozen=True)
class SheetCase:
    ref: str
    neighbourhood: str | None
    street: str | None  # without house number
    category: str
    reasons: tuple[str, ...]  # agenda reason codes (meeting_agenda.REASONS)
    open_actions: list[ActionItem] = field(default_factory=list)  # by deadline, masked, no person


@dataclass(frozen=True)
class AgendaSheet:
    meeting: MeetingSummary
    organisations: list[str]  # names of the organisations expected (those present so far)
    cases: list[SheetCase]

    @property
    def case_refs(self) -> list[str]:
        """Every casusnummer the agenda names (for its audit entry)."""
        return [c.ref for c in self.cases]


def agenda_sheet(ws: Workspace, meeting_id: int) -> AgendaSheet:
    """The agenda as it stands, for the PDF; not logged here: its print entry names the cases."""
    meeting = get_meeting(ws, meeting_id)
    items = agenda(ws, meeting_id, log=False)
    actions = masked_actions(ws, actions_of_cases(ws, [i.case_id for i in items], open_only=True))
    per_case: dict[int, list[ActionItem]] = {}
    for action in actions:
        per_case.setdefault(action.case_id, []).append(replace(action, owner_person=None))
    cases = [
        SheetCase(
            ref=item.ref,
            neighbourhood=item.neighbourhood,
            street=item.street,
            category=item.category,
            reasons=item.reasons,
            open_actions=per_case.get(item.case_id, []),
        )
        for item in items
        if not item.closed
    ]
    organisations = sorted({a.organisation_name or a.organisation for a in meeting.attendees})
    return AgendaSheet(meeting=meeting, organisations=organisations, cases=cases)
