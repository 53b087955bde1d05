"""The afsprakenlijst as PDF: per partner organisation what it must do before the next overleg.

Each organisation starts on a new page, so the list can be handed out per partner. A betrokkene
named in an afspraak is masked unless the chair confirmed it (services/document_check.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from casus_app.services.document_check import (
    ACTION_LIST,
    Decisions,
    checked_action_list,
    record_confirmations,
)
from casus_app.services.meeting_minutes import ActionList
from casus_app.services.meetings import record_print
from casus_app.services.workspace import Workspace
from casus_app.storage.atomic_file import require_folder

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
    ws: Workspace,
    meeting_id: int,
    path: Path,
    *,
    organisations: list[str] | None = None,
    decisions: Decisions | None = None,
) -> Path:
    """Write the afsprakenlijst (of every organisation, or of the codes in `organisations`); a betrokkene
    named in it is masked unless `decisions` keep or replace that hit (each kept hit is logged)."""
    require_folder(path)  # before the print is logged: a missing folder is no print
    data, kept = checked_action_list(ws, meeting_id, decisions, organisations=organisations)
    record_confirmations(ws, meeting_id, ACTION_LIST, kept)
    head = record_print(ws, meeting_id, "afsprakenlijst", data.case_refs)  # the one entry of this output
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
