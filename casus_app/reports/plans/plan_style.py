"""The look of the plan documents ("Ons plan", besluitnotitie): fonts, styles, tables, page frame.

A TrueType font with the whole Latin range (names in Heerlen-Noord are Dutch, Turkish, Polish,
Moroccan…): Casus's own font if it ships one, else DejaVu Sans from the system, else the Bitstream
Vera that reportlab itself ships. "Ons plan" is read by the household: larger type, more air.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
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
EARLIER = colors.HexColor("#9db4cc")  # the first measurement in a chart
LATER = colors.HexColor("#0b2e4f")  # the latest measurement
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
MARGIN = 20 * mm
CONTENT_WIDTH = A4[0] - 2 * MARGIN


def register_fonts() -> None:
    fonts.register_fonts()


def styles(*, large: bool = False) -> dict[str, ParagraphStyle]:
    """Paragraph styles; `large` for the household's own document (12 pt body)."""
    register_fonts()
    size = 12 if large else 10
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.45, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=size + 12,
            leading=size * 2.6,
            textColor=ACCENT,
            spaceAfter=4,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=size + 2, leading=size * 1.7, textColor=MUTED, spaceAfter=8
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=size + 3,
            leading=size * 1.8,
            textColor=ACCENT,
            spaceBefore=size * 1.3,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle("h3", parent=body, fontName=BOLD, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "body": ParagraphStyle("body_spaced", parent=body, spaceAfter=4),
        "quote": ParagraphStyle(
            "quote",
            parent=body,
            leftIndent=10,
            borderPadding=(4, 6, 4, 8),
            backColor=SHADE,
            spaceBefore=4,
            spaceAfter=8,
        ),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=2),
        "muted": ParagraphStyle(
            "muted", parent=body, fontSize=size - 1, leading=(size - 1) * 1.4, textColor=MUTED
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=size - 1, leading=(size - 1) * 1.3
        ),
    }


def text(value: object) -> str:
    """Data as paragraph text: escaped, so a name or note is never read as markup."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def long_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    style: dict[str, ParagraphStyle] | None = None,
    bold_first_column: bool = False,
) -> Table:
    """A plain table whose header (if any) repeats on every page."""
    style = style or styles()
    data = [[Paragraph(text(h), style["cell_bold"]) for h in header]] if header else []
    for row in rows:
        data.append(
            [
                Paragraph(text(cell), style["cell_bold" if bold_first_column and c == 0 else "cell"])
                for c, cell in enumerate(row)
            ]
        )
    result = Table(data, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    result.setStyle(TableStyle(commands))
    return result


def pdf_bytes(flowables: list[Flowable], *, title: str, footer: str) -> bytes:
    """Lay out the document; the bytes of the PDF (services/documents.py writes them)."""
    register_fonts()
    buffer = io.BytesIO()

    def frame(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 10 * mm, footer)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"pagina {document.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author="Casus",
        subject=title,
        creator="Casus",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
    )
    document.build(flowables, onFirstPage=frame, onLaterPages=frame)
    return buffer.getvalue()
