"""The look every Casus PDF shares: the font, the colours, Dutch dates, paragraph styles, tables,
and the two page frames: "Vertrouwelijk" on top and "pagina X van Y" below (the meeting
documents), or a footer line with "pagina X" (the others).

DejaVu Sans (reports/fonts.py): names in Heerlen-Noord are Dutch, Turkish, Polish, Arabic…, and
Helvetica has Latin-1 only. What only one kind of document uses stays with it: the larger type of
the plan documents (plans/plan_style.py), the denser tables of the privacy documents
(privacy/privacy_style.py), the Helvetica of the monitoring report.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from casus_app.domain import clock
from casus_app.domain.periods import dutch_date
from casus_app.reports.fonts import REGULAR, register_fonts

INK = colors.HexColor("#14171a")
ACCENT = colors.HexColor("#0b2e4f")
MUTED = colors.HexColor("#454d57")
RULE = colors.HexColor("#c3c9d1")
SHADE = colors.HexColor("#eef1f5")  # table headers, quoted text
DARK_SHADE = colors.HexColor("#e3e8ee")  # table headers of the meeting documents
ALERT_BACKGROUND = colors.HexColor("#fde0dc")
ALERT = colors.HexColor("#7a1105")
GREY = colors.HexColor("#d9dde3")  # a hidden number's cell, the grid of a chart (monitoring)

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN


@dataclass(frozen=True)
class Page:
    """The size of a document's pages and its margins (left and right are the same)."""

    size: tuple[float, float] = A4
    margin: float = MARGIN
    top: float = 20 * mm
    bottom: float = 22 * mm

    @property
    def width(self) -> float:
        """The width of the text between the margins."""
        return self.size[0] - 2 * self.margin


def fonts() -> tuple[str, str]:
    """(regular, bold) font names, registered once."""
    return register_fonts()


def short_date(day: dt.date | None) -> str:
    """24-11-2026; empty for no date."""
    return day.strftime("%d-%m-%Y") if day else ""


def date_time(moment: dt.datetime) -> str:
    """24-11-2026 14:05."""
    return moment.strftime("%d-%m-%Y %H:%M")


def text(value: object) -> str:
    """Register data as paragraph text: escaped, so a name or note is never read as markup."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of a register document: 10 pt body, 9 pt table cells."""
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
        "muted": ParagraphStyle("muted", parent=body, fontSize=9, leading=12, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=bold, fontSize=9, leading=12),
    }


def table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    style: dict[str, ParagraphStyle] | None = None,
    shade: colors.Color = SHADE,
    padding: float = 4,
    alert: AbstractSet[int] = frozenset(),
    highlight: AbstractSet[int] = frozenset(),
    bold_first_column: bool = False,
    align_left: bool = False,
) -> Table:
    """A table whose header (if any) repeats on every page, on a `shade` background.

    Rows in `alert` are bold dark red on light red, rows in `highlight` only light red. Colour is
    never the only sign: the caller writes the reason in the row as well. A table is centred in
    the frame unless `align_left`.
    """
    style = style or styles()
    data = [[Paragraph(text(h), style["cell_bold"]) for h in header]] if header else []
    for r, row in enumerate(rows):
        data.append(
            [
                Paragraph(
                    text(cell),
                    style["cell_bold" if r in alert or (bold_first_column and c == 0) else "cell"],
                )
                for c, cell in enumerate(row)
            ]
        )
    first = 1 if header else 0  # the first row of data
    result = Table(data, colWidths=list(widths), repeatRows=first, hAlign="LEFT" if align_left else "CENTER")
    commands: list[tuple[Any, ...]] = []
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), shade), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    commands += [
        ("LINEBELOW", (0, first), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
    ]
    marked = sorted(alert | highlight)
    commands += [("BACKGROUND", (0, r + first), (-1, r + first), ALERT_BACKGROUND) for r in marked]
    commands += [("TEXTCOLOR", (0, r + first), (-1, r + first), ALERT) for r in sorted(alert)]
    result.setStyle(TableStyle(commands))
    return result


def _numbered_canvas(title: str, footer: str, size: tuple[float, float] = A4) -> type[pdf_canvas.Canvas]:
    regular, bold = fonts()

    class NumberedCanvas(pdf_canvas.Canvas):
        """Holds each page until the end, so every page can say how many there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
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
            width, height = size
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
            self.drawString(MARGIN, 13 * mm, title)
            self.drawString(MARGIN, 9 * mm, footer)
            self.setFont(bold, 8)
            self.drawRightString(width - MARGIN, 13 * mm, f"pagina {number} van {total}")
            self.restoreState()

    return NumberedCanvas


def _footer_frame(footer: str, page: Page, font: str, height: float) -> Callable[[Any, Any], None]:
    def frame(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(page.margin, height, footer)
        canvas.drawRightString(page.size[0] - page.margin, height, f"pagina {document.page}")
        canvas.restoreState()

    return frame


def _build(
    flowables: list[Flowable],
    page: Page,
    *,
    title: str,
    subject: str,
    invariant: bool | None = None,
    **build: Any,
) -> bytes:
    """Lay out the document; the bytes of the PDF (services/documents.py writes them)."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page.size,
        title=title,
        author="Casus",
        subject=subject,
        creator="Casus",
        leftMargin=page.margin,
        rightMargin=page.margin,
        topMargin=page.top,
        bottomMargin=page.bottom,
        invariant=invariant,
    )
    document.build(flowables, **build)
    return buffer.getvalue()


def confidential_pdf(
    flowables: list[Flowable], *, title: str, footer: str, page: Page | None = None
) -> bytes:
    """A meeting document on A4 (`page`: landscape for a wide list): "VERTROUWELIJK" on top of every
    page; `title`, `footer` and "pagina X van Y" below."""
    page = page or Page()
    return _build(
        flowables,
        page,
        title=title,
        subject="Vertrouwelijk",
        canvasmaker=_numbered_canvas(title, footer, page.size),
    )


def footed_pdf(
    flowables: list[Flowable],
    *,
    title: str,
    footer: str,
    page: Page,
    subject: str | None = None,
    font: str = REGULAR,
    footer_height: float = 10 * mm,
    invariant: bool | None = None,
) -> bytes:
    """A document with `footer` and "pagina X" at the foot of every page; the subject is the title
    unless given. `invariant` fixes the document's dates and id (reproducible bytes)."""
    if font == REGULAR:
        fonts()
    frame = _footer_frame(footer, page, font, footer_height)
    return _build(
        flowables,
        page,
        title=title,
        subject=title if subject is None else subject,
        invariant=invariant,
        onFirstPage=frame,
        onLaterPages=frame,
    )


def footer_text(who: str, audit_head: tuple[int, str], when: dt.datetime | None = None) -> str:
    when = when or clock.local_now()
    seq, row_hash = audit_head
    return (
        f"Casus · gemaakt op {dutch_date(when.date())} om {when:%H:%M} door {who} · "
        f"auditregel {seq} ({row_hash[:12]})"
    )
