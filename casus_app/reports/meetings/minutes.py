"""The verslag of an overleg as PDF: per case its decisions and afspraken, then what is still open.

A list of decisions and actions, not a narrative, and only what each partner needs to know: cases by
casusnummer, buurt and category; no names, birth dates or addresses. Printing is audited.
Free text arrives as checked (services/privacy/document_check.py): a betrokkene named in it is masked
unless the chair confirmed it. The data, the audit entry and the file are services/documents.py's.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from casus_app.domain.labels import CASE_KIND_NAMES, MEETING_KIND_NAMES, name_of
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
from casus_app.services.cases.actions import ActionItem
from casus_app.services.meetings.minutes import Minutes, MinutesCase


def render(data: Minutes, who: str, audit_head: tuple[int, str]) -> bytes:
    """The verslag as PDF; `who` made it, and the footer carries `audit_head`, the head after the
    print's own audit entry (services.documents.write_minutes hands both over)."""
    title = f"Verslag {name_of(MEETING_KIND_NAMES, data.meeting.kind).lower()} {data.area_name}, {dutch_date(data.meeting.date)}"
    return confidential_pdf(flowables(data), title=title, footer=footer_text(who, audit_head))


def _time(value: dt.time | None) -> str:
    return f", {value.strftime('%H:%M')} uur" if value else ""


def who_text(action: ActionItem) -> str:
    return " – ".join(p for p in (action.owner_name, action.owner_person) if p)


def flowables(data: Minutes) -> list[Flowable]:
    s = styles()
    meeting = data.meeting
    out: list[Flowable] = [
        Paragraph(
            text(f"Verslag {name_of(MEETING_KIND_NAMES, meeting.kind).lower()} {data.area_name}"), s["title"]
        ),
        Paragraph(
            text(f"{dutch_date(meeting.date)}{_time(meeting.start_time)} · overleg {meeting.ref}"), s["muted"]
        ),
        Spacer(0, 8),
    ]
    facts = [
        *([("Plaats", meeting.place)] if meeting.place else []),
        ("Voorzitter", meeting.chair or "niet vastgelegd"),
        ("Notulist", meeting.minute_taker or "niet vastgelegd"),
        ("Aanwezig", ", ".join(data.present) or "niet vastgelegd"),
        ("Besproken", "1 casus" if len(data.discussed) == 1 else f"{len(data.discussed)} casussen"),
        ("Volgend overleg", dutch_date(data.next_meeting) if data.next_meeting else "nog niet gepland"),
    ]
    for label, value in facts:
        out.append(Paragraph(f"<b>{text(label)}:</b> {text(value)}", s["body"]))

    out.append(Paragraph("Besproken casussen", s["h2"]))
    if not data.discussed:
        out.append(Paragraph("In dit overleg is geen casus besproken.", s["body"]))
    for case in data.discussed:
        out.append(KeepTogether(_case_block(case)))
    if data.not_discussed:
        out.append(Paragraph("Niet besproken (schuift door naar het volgende overleg)", s["h2"]))
        out.append(Paragraph(text(", ".join(data.not_discussed)), s["body"]))

    out.append(Paragraph("Openstaande afspraken", s["h2"]))
    if not data.open_actions:
        out.append(Paragraph("Er staan geen afspraken meer open in de besproken casussen.", s["body"]))
    else:
        out.append(_open_table(data.open_actions, meeting.date))
    return out


def _case_block(case: MinutesCase) -> list[Flowable]:
    s = styles()
    heading = " · ".join(
        p
        for p in (case.ref, name_of(CASE_KIND_NAMES, case.case_kind), case.neighbourhood, case.category)
        if p
    )
    block: list[Flowable] = [Paragraph(text(heading), s["h3"])]
    if case.note:
        block.append(Paragraph(f"<b>Notitie:</b> {text(case.note)}", s["body"]))
    block.append(Paragraph(f"<b>Besluiten:</b> {text(case.decisions or 'geen')}", s["body"]))
    if case.closed:
        block.append(Paragraph(f"<b>Casus afgesloten:</b> {text(case.closed)}", s["body"]))
    if case.new_actions:
        block.append(Spacer(0, 3))
        rows = [[a.description, who_text(a), short_date(a.deadline)] for a in case.new_actions]
        widths = [w * WIDTH for w in (0.52, 0.32, 0.16)]
        block.append(table(["Nieuwe afspraak", "Wie", "Deadline"], rows, widths, shade=DARK_SHADE))
    for action in case.finished_actions:
        state = "afgerond" if action.done_on else "vervallen"
        block.append(
            Paragraph(text(f"Afspraak {state}: {action.description} ({who_text(action)})"), s["body"])
        )
    return block


def _open_table(actions: list[ActionItem], day: dt.date):
    rows, late = [], set()
    for i, action in enumerate(actions):
        overdue = action.is_overdue(day)
        if overdue:
            late.add(i)
        state = f"TE LAAT ({(day - action.deadline).days} d)" if overdue else "open"
        rows.append(
            [action.case_ref, action.description, who_text(action), short_date(action.deadline), state]
        )
    return table(
        ["Casus", "Afspraak", "Wie", "Deadline", "Stand"],
        rows,
        [w * WIDTH for w in (0.15, 0.33, 0.22, 0.15, 0.15)],
        shade=DARK_SHADE,
        alert=late,
    )
