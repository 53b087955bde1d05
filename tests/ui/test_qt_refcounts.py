"""The Qt bindings keep Python's reference counts right where the tests lean on them hardest.

PySide6 6.12.0's QTest.keyPress/keyRelease took one reference from None per call. A suite that
types thousands of keys (the shortcut walk) then ended with "none_dealloc"/"bool_dealloc" and
exit status 134 after every test had passed. pyproject.toml excludes that release; this test says
so plainly if another one brings the bug back.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

PRESSES = 200


def test_key_events_leave_the_reference_counts_alone(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(PRESSES):
        QTest.keyClick(edit, Qt.Key.Key_A)
        QTest.keyPress(edit, Qt.Key.Key_B)
        QTest.keyRelease(edit, Qt.Key.Key_B)
    gc.collect()
    lost = before - sys.getrefcount(None)
    # Other objects come and go: a few either way is noise, one per call is the bug.
    assert lost < PRESSES, f"QTest took {lost} references from None in {3 * PRESSES} key events"
