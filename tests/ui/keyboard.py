"""Typing any text in UI tests, as a user's keyboard would deliver it.

`QTest.keyClicks` (and pytest-qt's `qtbot.keyClicks`) turns every character into a key code with
Qt's `asciiToKey`, which aborts the whole test process on a character outside ASCII
(qasciikey.cpp: "Unknown key"), so a test cannot type "Şahin" with it. `type_text` sends each
character as a key press and release that carry the character as their text, the way a keyboard
layout with that letter delivers it: the letter's own key code where Qt has one (ASCII and
Latin-1), `Qt.Key_unknown` otherwise (ı, Ł, Ş), Shift for a capital. The events go through
`QTest.sendKeyEvent`, so they are spontaneous and pass the shortcut override like real typing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def key_for(char: str) -> Qt.Key:
    """The key code a keyboard sends for `char`: Qt numbers the keys of ASCII and Latin-1
    characters by their capital's code point (Key_A = 0x41, Key_Udiaeresis = 0xdc)."""
    if char == " ":
        return Qt.Key.Key_Space
    upper = char.upper()
    latin1 = len(upper) == 1 and all(
        0x21 <= ord(c) <= 0xFF and not 0x7F <= ord(c) < 0xA0 for c in char + upper
    )
    if latin1:  # not ß (its capital is "SS"), ı (its capital is the I of another key) or ÿ
        try:
            return Qt.Key(ord(upper))
        except ValueError:  # a Latin-1 character Qt has no key for
            pass
    return Qt.Key.Key_unknown


def type_text(qtbot, widget: QWidget | None, text: str) -> None:
    """Type `text` into `widget` character by character; works for any Unicode text.

    With `widget` None every key goes to the widget that has the keyboard focus at that moment, as
    a keyboard's would: the first letter typed on a table cell opens its editor, the rest goes there.
    """
    for char in text:
        target = widget if widget is not None else QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        if char == "\n":
            QTest.keyClick(target, Qt.Key.Key_Return)
            continue
        shift = char != char.lower() and char.lower().upper() == char
        modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        QTest.sendKeyEvent(QTest.KeyAction.Click, target, key_for(char), char, modifier)
    qtbot.wait(0)  # let queued reactions (text edits, completers) run, as between real key presses
