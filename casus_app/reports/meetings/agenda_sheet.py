"""The agenda of an overleg as PDF, to send to the partners beforehand.

Per case its casusnummer, buurt and street (no house number), category, why it is on the agenda,
and its open afspraken (what, which organisation, deadline); never a name. The data (masked) and
the audit entry are services/documents.py's (`write_agenda_sheet`).
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

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
from casus_app.services.meetings.agenda_sheet import AgendaSheet, SheetCase

# Why a case is on the agenda (services/meetings/agenda.py REASONS); an unknown code is shown as it is.
REASONS = {
    "nieuw": "nieuw signaal",
    "afspraak": "afspraak verloopt",
    "gemarkeerd": "aangemeld voor bespreking",
    "stil": "lang niet besproken",
    "toegevoegd": "toegevoegd door de voorzitter",
}


def render(data: AgendaSheet, who: str, audit_head: tuple[int, str]) -> bytes:
    """The agenda as PDF; `who` made it, the footer carries `audit_head` (the head after its print entry)."""
    meeting = data.meeting
    title = f"Agenda {name_of(MEETING_KIND_NAMES, meeting.kind).lower()} {meeting.scope_name}, {dutch_date(meeting.date)}"
    return confidential_pdf(flowables(data), title=title, footer=footer_text(who, audit_head))


def when_text(day: dt.date, start: dt.time | None) -> str:
    return dutch_date(day) + (f", {start.strftime('%H:%M')} uur" if start else "")


def flowables(data: AgendaSheet) -> list[Flowable]:
    s = styles()
    meeting = data.meeting
    out: list[Flowable] = [
        Paragraph(
            text(f"Agenda {name_of(MEETING_KIND_NAMES, meeting.kind).lower()} {meeting.scope_name}"),
            s["title"],
        ),
        Paragraph(text(f"{when_text(meeting.date, meeting.start_time)} · overleg {meeting.ref}"), s["muted"]),
        Spacer(0, 8),
    ]
    facts = [
        ("Plaats", meeting.place or "nog niet bekend"),
        ("Voorzitter", meeting.chair or "nog niet bekend"),
        ("Notulist", meeting.minute_taker or "nog niet bekend"),
        ("Verwacht", ", ".join(data.organisations) or "nog niet bekend"),
        ("Op de agenda", "1 casus" if len(data.cases) == 1 else f"{len(data.cases)} casussen"),
    ]
    for label, value in facts:
        out.append(Paragraph(f"<b>{text(label)}:</b> {text(value)}", s["body"]))
    out.append(
        Paragraph(
            text(
                "Vertrouwelijk: alleen voor de deelnemers aan dit overleg. Casussen staan op casusnummer, "
                "buurt en straat; namen en huisnummers staan er niet in."
            ),
            s["muted"],
        )
    )
    out.append(Paragraph("Casussen", s["h2"]))
    if not data.cases:
        out.append(Paragraph("Er staat nog geen casus op de agenda.", s["body"]))
    for n, case in enumerate(data.cases, start=1):
        out.append(KeepTogether(_case_block(n, case, meeting.date)))
    return out


def _case_block(n: int, case: SheetCase, day: dt.date) -> list[Flowable]:
    s = styles()
    place = ", ".join(p for p in (case.neighbourhood, case.street) if p)
    heading = " · ".join(p for p in (f"{n}. {case.ref}", place, case.category) if p)
    block: list[Flowable] = [Paragraph(text(heading), s["h3"])]
    why = ", ".join(REASONS.get(r, r) for r in case.reasons)
    if why:
        block.append(Paragraph(f"<b>Waarom op de agenda:</b> {text(why)}", s["body"]))
    if not case.open_actions:
        block.append(Paragraph("Geen open afspraken.", s["body"]))
        return block
    late = {i for i, a in enumerate(case.open_actions) if a.is_overdue(day)}
    rows = [
        [
            a.description,
            a.owner_name,
            short_date(a.deadline),
            f"TE LAAT ({(day - a.deadline).days} d)" if i in late else "open",
        ]
        for i, a in enumerate(case.open_actions)
    ]
    block.append(Spacer(0, 3))
    block.append(
        table(
            ["Open afspraak", "Organisatie", "Deadline", "Stand"],
            rows,
            [w * WIDTH for w in (0.42, 0.25, 0.15, 0.18)],  # a date and TE LAAT (960 d) on one line
            shade=DARK_SHADE,
            alert=late,
        )
    )
    return block
