"""The look of the privacy documents (inzage overview, audit selection): fonts, styles, page frame.

A TrueType font with the whole Latin range, because names in Heerlen-Noord are Dutch, Turkish,
Polish, Moroccan…: Casus's own font if it ships one, else DejaVu Sans from the system, else the
Bitstream Vera that reportlab itself ships (Latin-1 only, always there).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from casus_app.reports import fonts

FONT, BOLD = fonts.REGULAR, fonts.BOLD
INK = colors.HexColor("#14171a")
ACCENT = colors.HexColor("#0b2e4f")
MUTED = colors.HexColor("#454d57")
RULE = colors.HexColor("#c3c9d1")
SHADE = colors.HexColor("#eef1f5")
ALERT = colors.HexColor("#fde0dc")
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


def register_fonts() -> None:
    fonts.register_fonts()


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK, alignment=TA_LEFT)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=18, leading=23, textColor=ACCENT, spaceAfter=6
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=2
        ),
        "body": body,
        "muted": ParagraphStyle("muted", parent=body, fontSize=9, leading=12, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=8.5, leading=11),
    }


def text(value: object) -> str:
    """Data as paragraph text: escaped, so a name or note is never read as markup."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def long_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def date_time(moment: dt.datetime) -> str:
    return moment.strftime("%d-%m-%Y %H:%M")


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    highlight: AbstractSet[int] = frozenset(),
) -> Table:
    """A table that repeats its header on every page; rows in `highlight` are shaded red."""
    style = styles()
    data = [[Paragraph(text(h), style["cell_bold"]) for h in header]]
    data += [[Paragraph(text(cell), style["cell"]) for cell in row] for row in rows]
    result = Table(data, colWidths=list(widths), repeatRows=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r + 1), (-1, r + 1), ALERT) for r in sorted(highlight)]
    result.setStyle(TableStyle(commands))
    return result


def pdf_bytes(flowables: list[Flowable], *, title: str, footer: str, wide: bool = False) -> bytes:
    """Lay out the document; the bytes of the PDF (services/documents.py writes them)."""
    register_fonts()
    buffer = io.BytesIO()
    pagesize = landscape(A4) if wide else A4

    def frame(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(18 * mm, 10 * mm, footer)
        canvas.drawRightString(pagesize[0] - 18 * mm, 10 * mm, f"pagina {document.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        title=title,
        author="Casus",
        subject=title,
        creator="Casus",
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
    )
    document.build(flowables, onFirstPage=frame, onLaterPages=frame)
    return buffer.getvalue()


def content_width(wide: bool = False) -> float:
    pagesize = landscape(A4) if wide else A4
    return pagesize[0] - 36 * mm
