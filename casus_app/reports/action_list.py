"""The afsprakenlijst as PDF: per partner organisation what it must do before the next overleg.

Each organisation starts on a new page, so the list can be handed out per partner.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from casus_app.services.meeting_minutes import ActionList, action_list
from casus_app.services.meetings import record_print
from casus_app.services.workspace import Workspace

from .pdf_style import (
    MEETING_NAMES,
    PageFrame,
    footer_text,
    long_date,
    short_date,
    styles,
    table,
    text,
    write_pdf,
)


def write_action_list(
    ws: Workspace, meeting_id: int, path: Path, *, organisations: list[str] | None = None
) -> Path:
    """Write the afsprakenlijst (of every organisation, or of the codes in `organisations`)."""
    data = action_list(ws, meeting_id, organisations=organisations)
    head = record_print(ws, meeting_id, "afsprakenlijst")
    meeting = data.meeting
    title = (
        f"Afsprakenlijst {MEETING_NAMES[meeting.kind].lower()} {meeting.area_name}, {long_date(meeting.date)}"
    )
    who = ws.actor.display_name or ws.actor.name
    return write_pdf(path, flowables(data, meeting.date), PageFrame(title, footer_text(who, head)))


def flowables(data: ActionList, day: dt.date) -> list[Flowable]:
    s = styles()
    meeting = data.meeting
    before = (f"vóór het volgende overleg op {long_date(data.next_meeting)}" if data.next_meeting
              else "vóór het volgende overleg")  # fmt: skip
    out: list[Flowable] = []
    if not data.by_organisation:
        out.append(
            Paragraph(
                text(f"Afsprakenlijst {MEETING_NAMES[meeting.kind].lower()} {meeting.area_name}"), s["title"]
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
                    f"{MEETING_NAMES[meeting.kind]} {meeting.area_name}, {long_date(meeting.date)} · "
                    f"wat u doet {before}"
                ),
                s["muted"],
            ),  # fmt: skip
            Paragraph(text(f"{len(actions)} open, waarvan {len(late)} te laat"), s["body"]),
            Spacer(0, 6),
        ]
        rows = [
            [a.case_ref, a.neighbourhood or "", a.description, a.owner_person or "", short_date(a.deadline),
             f"TE LAAT ({(day - a.deadline).days} d)" if i in late else "open"]
            for i, a in enumerate(actions)
        ]  # fmt: skip
        out.append(table(["Casus", "Buurt", "Afspraak", "Wie", "Deadline", "Stand"], rows,
                         [0.12, 0.17, 0.29, 0.12, 0.15, 0.15], alert=late))  # fmt: skip
    return out
