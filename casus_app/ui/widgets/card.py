"""A page with one card in the middle, for short messages such as the lock screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget


def card_page(page: QWidget, width: int, *, scrolls: bool = False) -> QVBoxLayout:
    """Lay out `page` as one centred card of `width` pixels; returns the card's layout to fill. A
    card that `scrolls` may be taller than a 720-pixel laptop screen: it scrolls instead of making
    the window taller than the screen."""
    card = QFrame()
    card.setObjectName("card")
    # A fixed width (not an alignment flag) keeps word-wrapped labels at their full height.
    card.setFixedWidth(width)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(32, 24, 32, 24)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    if scrolls:
        body = QWidget()
        area = QScrollArea()
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setWidget(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        outer = QVBoxLayout(body)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner
