"""The look of the plan documents ("Ons plan", besluitnotitie) where it differs from
reports/pdf_style.py: "Ons plan" is read by the household, so larger type and more air; wider
margins, tables on the left margin, a footer line with "pagina X".
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from casus_app.reports import pdf_style
from casus_app.reports.fonts import BOLD, REGULAR
from casus_app.reports.pdf_style import ACCENT, INK, MUTED, SHADE, Page, fonts, footed_pdf

PAGE = Page(margin=20 * mm, top=18 * mm, bottom=20 * mm)
CONTENT_WIDTH = PAGE.width


def styles(*, large: bool = False) -> dict[str, ParagraphStyle]:
    """Paragraph styles; `large` for the household's own document (12 pt body)."""
    fonts()
    size = 12 if large else 10
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=size, leading=size * 1.45, textColor=INK)
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


def table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    style: dict[str, ParagraphStyle],
    bold_first_column: bool = False,
) -> Table:
    """A plain table on the left margin whose header (if any) repeats on every page."""
    return pdf_style.table(
        header, rows, widths, style=style, bold_first_column=bold_first_column, align_left=True
    )


def pdf_bytes(flowables: list[Flowable], *, title: str, footer: str) -> bytes:
    """Lay out the document; the bytes of the PDF (services/documents.py writes them)."""
    return footed_pdf(flowables, title=title, footer=footer, page=PAGE)
