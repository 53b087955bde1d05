"""The afsprakenlijst as PDF: per partner organisation what it must do before the next overleg.

Each organisation starts on a new page, so the list can be handed out per partner. A betrokkene
named in an afspraak is masked unless the chair confirmed it (services/privacy/document_check.py).
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from casus_app.domain.labels import MEETING_KIND_NAMES, name_of
from casus_app.domain.periods import dutch_date
from casus_app.reports.pdf_style import (
    DARK_SHADE,
    WIDTH,
    confidential_pdf,
    footer_text,
    short_date,
    styles,
    table,
    text,
)
from casus_app.services.meetings.minutes import ActionList


def render(data: ActionList, who: str, audit_head: tuple[int, str]) -> bytes:
    """The afsprakenlijst as PDF; `who` made it, and the footer carries `audit_head`, the head after
    the print's own audit entry (services.documents.write_action_list hands both over)."""
    meeting = data.meeting
    title = f"Afsprakenlijst {name_of(MEETING_KIND_NAMES, meeting.kind).lower()} {meeting.scope_name}, {dutch_date(meeting.date)}"
    return confidential_pdf(flowables(data, meeting.date), title=title, footer=footer_text(who, audit_head))


def flowables(data: ActionList, day: dt.date) -> list[Flowable]:
    s = styles()
    meeting = data.meeting
    before = (
        f"vóór het volgende overleg op {dutch_date(data.next_meeting)}"
        if data.next_meeting
        else "vóór het volgende overleg"
    )
    out: list[Flowable] = []
    if not data.by_organisation:
        out.append(
            Paragraph(
                text(
                    f"Afsprakenlijst {name_of(MEETING_KIND_NAMES, meeting.kind).lower()} {meeting.scope_name}"
                ),
                s["title"],
            )
        )
        out.append(Paragraph("Er staan geen afspraken open.", s["body"]))
    for n, (organisation, actions) in enumerate(data.by_organisation.items()):
        if n:
            out.append(PageBreak())
        late = {i for i, a in enumerate(actions) if a.is_overdue(day)}
        out += [
            Paragraph(text(f"Afspraken voor {organisation}"), s["title"]),
            Paragraph(
                text(
                    f"{name_of(MEETING_KIND_NAMES, meeting.kind)} {meeting.scope_name}, {dutch_date(meeting.date)} · "
                    f"wat u doet {before}"
                ),
                s["muted"],
            ),
            Paragraph(text(f"{len(actions)} open, waarvan {len(late)} te laat"), s["body"]),
            Spacer(0, 6),
        ]
        rows = [
            [
                a.case_ref,
                a.neighbourhood or "",
                a.description,
                a.owner_person or "",
                short_date(a.deadline),
                f"TE LAAT ({(day - a.deadline).days} d)" if i in late else "open",
            ]
            for i, a in enumerate(actions)
        ]
        out.append(
            table(
                ["Casus", "Buurt", "Afspraak", "Wie", "Deadline", "Stand"],
                rows,
                [w * WIDTH for w in (0.12, 0.17, 0.29, 0.12, 0.15, 0.15)],
                shade=DARK_SHADE,
                alert=late,
            )
        )
    return out
