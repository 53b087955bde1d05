"""Draws the Casus application icon (a calm blue tile with a white folder and a check mark)
into resources/icons/ as PNG sizes and a Windows .ico. Run once after changing the design."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageWriter, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setBrush(QColor("#1f4e79"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    folder = QPainterPath()
    folder.moveTo(52 * s, 86 * s)
    folder.lineTo(108 * s, 86 * s)
    folder.lineTo(124 * s, 104 * s)
    folder.lineTo(204 * s, 104 * s)
    folder.lineTo(204 * s, 190 * s)
    folder.lineTo(52 * s, 190 * s)
    folder.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(folder)
    pen = QPen(
        QColor("#2e7d32"), 16 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline([QPointF(94 * s, 146 * s), QPointF(118 * s, 168 * s), QPointF(164 * s, 124 * s)])
    p.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256):
        draw(size).save(str(OUT / f"casus-{size}.png"))
    draw(256).save(str(OUT / "casus.png"))
    writer = QImageWriter(str(OUT / "casus.ico"), b"ico")
    if not writer.write(draw(256)):
        print(f"casus.ico niet geschreven: {writer.errorString()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
