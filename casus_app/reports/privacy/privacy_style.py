"""The look of the privacy documents (inzage overview, audit selection) where it differs from
reports/pdf_style.py: denser tables, the audit selection on a landscape page, a footer line with
"pagina X".
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from casus_app.reports import pdf_style

PAGE = pdf_style.Page(margin=18 * mm, top=16 * mm, bottom=18 * mm)
WIDE_PAGE = pdf_style.Page(size=landscape(A4), margin=18 * mm, top=16 * mm, bottom=18 * mm)


def styles() -> dict[str, ParagraphStyle]:
    """pdf_style's styles with a little more air below the title and 8.5 pt table cells."""
    base = pdf_style.styles()
    return base | {
        "title": ParagraphStyle("title", parent=base["title"], spaceAfter=6),
        "h3": ParagraphStyle("h3", parent=base["h3"], spaceBefore=8),
        "cell": ParagraphStyle("cell", parent=base["body"], fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=base["cell_bold"], fontSize=8.5, leading=11),
    }


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    highlight: AbstractSet[int] = frozenset(),
) -> Table:
    """A table that repeats its header on every page; rows in `highlight` are shaded red."""
    return pdf_style.table(header, rows, widths, style=styles(), padding=3, highlight=highlight)


def pdf_bytes(flowables: list[Flowable], *, title: str, footer: str, wide: bool = False) -> bytes:
    """Lay out the document; the bytes of the PDF (services/documents.py writes them)."""
    return pdf_style.footed_pdf(flowables, title=title, footer=footer, page=WIDE_PAGE if wide else PAGE)


def content_width(wide: bool = False) -> float:
    return (WIDE_PAGE if wide else PAGE).width
