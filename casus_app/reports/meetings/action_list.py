"""The afsprakenlijst as PDF: per partner organisation what it must do before the next overleg.

Each organisation starts on a new page, so the list can be handed out per partner. A betrokkene
named in an afspraak is masked unless the chair confirmed it (services/privacy/document_check.py).

One line per afspraak, on a landscape page: the casusnummer, deadline and stand ("TE LAAT (12 d)")
get the width they need and never wrap; the afspraak gets the rest, in smaller type when a long one
would not fit on one line (only an afspraak too long even then wraps).
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from casus_app.domain.labels import MEETING_KIND_NAMES, name_of
from casus_app.domain.periods import dutch_date
from casus_app.reports.pdf_style import (
    DARK_SHADE,
    MARGIN,
    Page,
    confidential_pdf,
    fonts,
    footer_text,
    short_date,
    styles,
    table,
    text,
)
from casus_app.services.cases.actions import ActionItem
from casus_app.services.meetings.minutes import ActionList

PAGE = Page(size=landscape(A4), margin=MARGIN, top=20 * mm, bottom=22 * mm)
HEADERS = ("Casus", "Buurt", "Afspraak", "Wie", "Deadline", "Stand")
DESCRIPTION = HEADERS.index("Afspraak")
PADDING = 4  # pdf_style.table's cell padding, left and right
FONT_SIZES = (9, 8, 7)  # the afspraak column's type, largest first, until every afspraak fits a line
# At most these shares of the width for the buurt and the person; longer names wrap there.
MOST = {HEADERS.index("Buurt"): 0.15, HEADERS.index("Wie"): 0.16}


def render(data: ActionList, who: str, audit_head: tuple[int, str]) -> bytes:
    """The afsprakenlijst as PDF; `who` made it, and the footer carries `audit_head`, the head after
    the print's own audit entry (services.documents.write_action_list hands both over)."""
    meeting = data.meeting
    title = f"Afsprakenlijst {name_of(MEETING_KIND_NAMES, meeting.kind).lower()} {meeting.scope_name}, {dutch_date(meeting.date)}"
    return confidential_pdf(
        flowables(data, meeting.date), title=title, footer=footer_text(who, audit_head), page=PAGE
    )


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
        rows = [_row(a, day, i in late) for i, a in enumerate(actions)]
        widths, style = _layout(rows, late)
        out.append(table(list(HEADERS), rows, widths, style=style, shade=DARK_SHADE, alert=late))
    return out


def _row(action: ActionItem, day: dt.date, late: bool) -> list[str]:
    return [
        action.case_ref,
        action.neighbourhood or "",
        action.description,
        action.who,  # the person, else the organisation: never empty
        short_date(action.deadline),
        f"TE LAAT ({(day - action.deadline).days} d)" if late else "open",
    ]


def _layout(rows: list[list[str]], late: set[int]) -> tuple[list[float], dict[str, ParagraphStyle]]:
    """Column widths and cell styles: every column but the afspraak as wide as its widest cell (the
    buurt and the person up to a share), the afspraak the rest, in the largest type that fits."""
    regular, bold = fonts()

    def natural(column: int, size: float) -> float:
        cells = [stringWidth(HEADERS[column], bold, size)]
        cells += [
            stringWidth(row[column], bold if r in late else regular, size) for r, row in enumerate(rows)
        ]
        return max(cells) + 2 * PADDING + 1

    for size in FONT_SIZES:
        widths = [natural(c, size) for c in range(len(HEADERS))]
        for column, share in MOST.items():
            widths[column] = min(widths[column], share * PAGE.width)
        widths[DESCRIPTION] = PAGE.width - sum(w for c, w in enumerate(widths) if c != DESCRIPTION)
        if natural(DESCRIPTION, size) <= widths[DESCRIPTION]:
            break
    base = styles()
    if size == FONT_SIZES[0]:
        return widths, base
    style = dict(base)
    for name in ("cell", "cell_bold"):
        style[name] = ParagraphStyle(f"{name}_{size}", parent=base[name], fontSize=size, leading=size + 3)
    return widths, style
