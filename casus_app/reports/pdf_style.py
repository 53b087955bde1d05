"""The look every meeting document shares: fonts, colours, Dutch dates, and a page frame with
"Vertrouwelijk" on top and "pagina X van Y" below.

DejaVu Sans when the system has it (names in Heerlen-Noord are Dutch, Turkish, Polish, Arabic…;
Helvetica has Latin-1 only), else Helvetica.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from casus_app.domain import clock
from casus_app.reports.fonts import register_fonts

INK = colors.HexColor("#14171a")
ACCENT = colors.HexColor("#0b2e4f")
MUTED = colors.HexColor("#454d57")
RULE = colors.HexColor("#c3c9d1")
SHADE = colors.HexColor("#e3e8ee")
ALERT_BACKGROUND = colors.HexColor("#fde0dc")
ALERT = colors.HexColor("#7a1105")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
MEETING_NAMES = {
    "leefbaarheidsoverleg": "Leefbaarheidsoverleg",
    "casuistiekoverleg": "Casuïstiekoverleg",
    "doorbraakteam": "Doorbraakteam",
}
KIND_NAMES = {"leefbaarheid": "Leefbaarheid", "casuistiek": "Casuïstiek", "doorbraak": "Doorbraak"}


def fonts() -> tuple[str, str]:
    """(regular, bold) font names, registered once."""
    return register_fonts()


def long_date(day: dt.date) -> str:
    """24 november 2026."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def text(value: object) -> str:
    """Register data as paragraph text: escaped, so a note is never read as markup."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=18, leading=23, textColor=ACCENT, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=bold,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=bold, fontSize=11, leading=15, spaceBefore=10, spaceAfter=2
        ),
        "body": body,
        "label": ParagraphStyle("label", parent=body, fontName=bold),
        "muted": ParagraphStyle("muted", parent=body, fontSize=9, leading=12, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=bold, fontSize=9, leading=12),
    }


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    alert: AbstractSet[int] = frozenset(),
) -> Table:
    """A table that repeats its header on each page; rows in `alert` are dark red on light red.

    Colour is never the only sign: the caller writes the reason in the row as well.
    """
    style = styles()
    data = [[Paragraph(text(h), style["cell_bold"]) for h in header]]
    for r, row in enumerate(rows):
        cell = style["cell_bold"] if r in alert else style["cell"]
        data.append([Paragraph(text(value), cell) for value in row])
    result = Table(data, colWidths=[w * WIDTH for w in widths], repeatRows=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, r + 1), (-1, r + 1), ALERT_BACKGROUND) for r in sorted(alert)]
    commands += [("TEXTCOLOR", (0, r + 1), (-1, r + 1), ALERT) for r in sorted(alert)]
    result.setStyle(TableStyle(commands))
    return result


@dataclass(frozen=True)
class PageFrame:
    title: str  # at the foot of every page
    footer: str  # below it: made when, by whom, audit entry


def _numbered_canvas(frame: PageFrame):
    regular, bold = fonts()

    class NumberedCanvas(pdf_canvas.Canvas):
        """Holds each page until the end, so every page can say how many there are."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._frame(number, total)
                super().showPage()
            super().save()

        def _frame(self, number: int, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFillColor(ALERT)
            self.setFont(bold, 10)
            self.drawString(MARGIN, height - 11 * mm, "VERTROUWELIJK")
            self.setFont(regular, 8)
            self.setFillColor(MUTED)
            after = MARGIN + pdfmetrics.stringWidth("VERTROUWELIJK", bold, 10) + 3 * mm
            self.drawString(after, height - 11 * mm, "alleen voor de deelnemers, niet doorsturen")
            self.setStrokeColor(RULE)
            self.line(MARGIN, height - 13 * mm, width - MARGIN, height - 13 * mm)
            self.line(MARGIN, 17 * mm, width - MARGIN, 17 * mm)
            self.drawString(MARGIN, 13 * mm, frame.title)
            self.drawString(MARGIN, 9 * mm, frame.footer)
            self.setFont(bold, 8)
            self.drawRightString(width - MARGIN, 13 * mm, f"pagina {number} van {total}")
            self.restoreState()

    return NumberedCanvas


def pdf_bytes(flowables: list[Flowable], frame: PageFrame) -> bytes:
    """Lay out the document; the bytes of the PDF (services/documents.py writes them)."""
    fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=frame.title,
        author="Casus",
        creator="Casus",
        subject="Vertrouwelijk",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
    )
    document.build(flowables, canvasmaker=_numbered_canvas(frame))
    return buffer.getvalue()


def footer_text(who: str, audit_head: tuple[int, str], when: dt.datetime | None = None) -> str:
    when = when or clock.local_now()
    seq, row_hash = audit_head
    return (
        f"Casus · gemaakt op {long_date(when.date())} om {when:%H:%M} door {who} · "
        f"auditregel {seq} ({row_hash[:12]})"
    )
