"""The one font of every Casus PDF: DejaVu Sans, shipped in resources/fonts (names in
Heerlen-Noord are Dutch, Turkish, Polish, Arabic…, beyond what the PDF base fonts can draw)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casus_app.paths import resources_dir

REGULAR, BOLD = "CasusSans", "CasusSans-Bold"


def _font_files() -> tuple[Path, Path]:
    import reportlab

    candidates = [
        (resources_dir() / "fonts" / "DejaVuSans.ttf", resources_dir() / "fonts" / "DejaVuSans-Bold.ttf"),
        (
            Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ),
    ]
    for regular, bold in candidates:
        if regular.exists() and bold.exists():
            return regular, bold
    shipped = Path(reportlab.__file__).parent / "fonts"
    return shipped / "Vera.ttf", shipped / "VeraBd.ttf"


def register_fonts() -> tuple[str, str]:
    """Register the font family once; returns the names of its regular and bold faces."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        regular, bold = _font_files()
        pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
        pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD
