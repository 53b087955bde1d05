"""Every Alt+letter is unique on its screen, and every key the user guide names exists.

The walk discovers the screens instead of listing them: for each role it shows every page of the
main window (and every tab on it), triggers every menu action, and on every screen it reaches
clicks each button whose text ends in "…" (the interface's sign that a dialog follows), with the
first row of each list chosen so that buttons which need one are enabled. Each dialog that opens is
checked the same way, its own "…" buttons too, and then closed unsaved. A screen is everything
visible in one window at once: the menu bar's titles, buttons, labels with a buddy, group boxes,
tab titles and Alt+letter shortcuts. Dialogs the walk cannot reach by clicking (they need a
duplicate, a name in a verslag, a person found) are opened directly, and the test fails for a
dialog class that is reached neither way, so a new dialog cannot escape the check.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

import casus_app.ui
from casus_app.domain import clock
from casus_app.services.auth.login import login
from casus_app.services.cases import queries as cases
from casus_app.services.meetings.overleg import MeetingInput, create_meeting
from casus_app.ui.plans.plan_new import NewPlanDialog
from casus_app.ui.shell.main_window import MainWindow
from tests.conftest import REPO
from tests.ui.conftest import PASSWORD, USER

GUIDE = REPO / "docs" / "handleiding"
ROLES = (USER, "professional", "wijkagent", "coordinator", "gezinscoach")
# Menu actions the walk leaves alone: they end the session rather than show a screen.
LEAVE = {"Afsluiten"}
MAX_DEPTH = 2  # a dialog opened from a dialog opened from a screen


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower case."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _alt_letter(sequence: QKeySequence) -> str | None:
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    match = re.fullmatch(r"Alt\+(\w)", text)
    return match.group(1).lower() if match else None


class Walk:
    """Collects what every screen offers, and every Alt+letter used twice on one screen."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.collisions: list[str] = []
        self.letters: dict[str, set[str]] = defaultdict(set)  # letter -> the names that have it
        self.keys: set[str] = set()  # every shortcut seen, PortableText
        self.dialogs: set[type] = set()
        self._checked: set[tuple[str, ...]] = set()

    # -- one screen -----------------------------------------------------------------------------
    def owners(self, window: QWidget) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)

        def add(text: str, what: str) -> None:
            letter = mnemonic(text)
            if letter is not None:
                found[letter].append(f"{what} '{plain(text)}'")
                self.letters[letter].add(plain(text))

        if isinstance(window, QMainWindow):
            for action in window.menuBar().actions():
                if action.isVisible():
                    add(action.text(), "menu")
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible() or widget.window() is not window:
                continue
            if isinstance(widget, QAbstractButton):
                add(widget.text(), "button")
                if not widget.shortcut().isEmpty():
                    self.keys.add(widget.shortcut().toString(QKeySequence.SequenceFormat.PortableText))
            elif isinstance(widget, QLabel) and widget.buddy() is not None:
                add(widget.text(), "label")
            elif isinstance(widget, QGroupBox):
                add(widget.title(), "group")
            elif isinstance(widget, QTabBar):
                for index in range(widget.count()):
                    if widget.isTabVisible(index):
                        add(widget.tabText(index), "tab")
        for shortcut in window.findChildren(QShortcut):
            parent = shortcut.parent()
            if isinstance(parent, QWidget) and parent.isVisible():
                # A key that waits for its moment (Ctrl+Z once there is something to undo) exists.
                self.keys.add(shortcut.key().toString(QKeySequence.SequenceFormat.PortableText))
            if isinstance(parent, QWidget) and parent.isVisible() and shortcut.isEnabled():
                letter = _alt_letter(shortcut.key())
                if letter is not None:
                    found[letter].append(f"shortcut Alt+{letter.upper()}")
                    self.letters[letter].add(f"Alt+{letter.upper()}")
        for action in window.findChildren(QAction):
            for sequence in action.shortcuts():
                self.keys.add(sequence.toString(QKeySequence.SequenceFormat.PortableText))
        return found

    def check(self, window: QWidget, where: str) -> None:
        for letter, names in sorted(self.owners(window).items()):
            if len(names) > 1:
                key = (letter, *sorted(names))  # once, not once per role or way to the screen
                if key not in self._checked:
                    self._checked.add(key)
                    self.collisions.append(f"{where}: Alt+{letter.upper()} is {' én '.join(names)}")

    # -- dialogs --------------------------------------------------------------------------------
    def open(self, trigger: Callable[[], object], where: str, depth: int) -> None:
        """Run `trigger`; check and close (unsaved) whatever dialog it opens, modal or not."""
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        handled: list[QWidget] = []
        running = [True]

        def handle() -> None:
            if not running[0]:
                return
            modal = QApplication.activeModalWidget()
            if modal is None or modal in before or modal in handled:
                QTimer.singleShot(10, handle)
                return
            handled.append(modal)
            self.dialog(modal, where, depth)

        QTimer.singleShot(0, handle)
        trigger()
        self.qtbot.wait(30)  # a dialog opened with open() shows after the click returns
        running[0] = False
        for widget in QApplication.topLevelWidgets():
            fresh = widget.isVisible() and widget not in before and widget not in handled
            if fresh and isinstance(widget, QDialog):
                self.dialog(widget, where, depth)

    def dialog(self, dialog: QWidget, where: str, depth: int) -> None:
        title = dialog.windowTitle() or type(dialog).__name__
        here = f"{where} › {title}"
        self.dialogs.add(type(dialog))
        self.check(dialog, here)
        if depth < MAX_DEPTH and isinstance(dialog, QDialog) and dialog.isVisible():
            self.click_dialog_buttons(dialog, here, depth + 1)
        if depth <= MAX_DEPTH and isinstance(dialog, QDialog) and dialog.isVisible():
            self.escape_after_typing(dialog, here, depth + 1)
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialog.reject()  # unsaved: reject() closes without asking (as locking does)
        elif dialog.isVisible():
            dialog.close()
        self.qtbot.wait(0)

    def escape_after_typing(self, dialog: QDialog, where: str, depth: int) -> None:
        """Type in the first empty field and press Esc: a form that asks before throwing text away
        shows its question, which is a screen too."""
        fields = [
            e
            for e in dialog.findChildren(QLineEdit)
            if e.window() is dialog
            and e.isVisible()
            and e.isEnabled()
            and not e.isReadOnly()
            and not e.text()
            and not isinstance(e.parentWidget(), (QAbstractSpinBox, QComboBox))
        ]
        if fields:
            fields[0].setText("x")
            self.open(lambda: QTest.keyClick(dialog, Qt.Key.Key_Escape), f"{where} › Esc", depth)

    def click_dialog_buttons(self, root: QWidget, where: str, depth: int) -> None:
        choose_first_rows(root)
        for button in root.findChildren(QAbstractButton):
            if button.window() is not root.window() or not button.isVisible() or not button.isEnabled():
                continue
            if plain(button.text()).endswith("…"):
                self.open(button.click, f"{where} › {plain(button.text())}", depth)

    # -- a main window --------------------------------------------------------------------------
    def screen(self, window: MainWindow, where: str) -> None:
        """The page on screen, each of its tabs, and the dialogs its buttons open."""
        page = window.content.currentWidget()
        self.check(window, where)
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                self.qtbot.wait(0)
                here = f"{where} › {plain(tab_widget.tabText(index))}"
                self.check(window, here)
                self.click_dialog_buttons(tab_widget.currentWidget(), here, 1)
            tab_widget.setCurrentIndex(0)
        self.click_dialog_buttons(page, where, 1)

    def menus(self, window: MainWindow, where: str) -> None:
        for title_action, action in menu_actions(window):
            if plain(action.text()) in LEAVE or not (action.isEnabled() and action.isVisible()):
                continue
            here = f"{where} › {plain(title_action.text())} › {plain(action.text())}"
            page_before = window.content.currentWidget()
            self.open(action.trigger, here, 1)
            if window.locked:
                self.check(window, here)
                window.unlock()
            elif window.content.currentWidget() is not page_before:
                self.screen(window, here)
            if action.isCheckable() and action.isChecked():
                action.trigger()  # presentation mode off again


def menu_actions(window: QMainWindow) -> list[tuple[QAction, QAction]]:
    found = []

    def walk(title: QAction, menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(title, action.menu())
            else:
                found.append((title, action))

    for title in window.menuBar().actions():
        if title.menu() is not None and title.isVisible():
            walk(title, title.menu())
    return found


def choose_first_rows(root: QWidget) -> None:
    """Select the first row of every visible list or table, as a user would before acting on one."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0 and view.currentIndex().row() < 0:
            view.setCurrentIndex(model.index(0, 0))


def dialog_classes() -> set[type]:
    """Every QDialog subclass defined in casus_app.ui."""
    found = set()
    for info in pkgutil.walk_packages(casus_app.ui.__path__, "casus_app.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found.add(cls)
    return found


def bases_only(classes: set[type]) -> set[type]:
    """Abstract bases (a dialog subclassed by another) need no screen of their own."""
    return {c for c in classes if any(other is not c and issubclass(other, c) for other in classes)}


# -- dialogs the walk cannot reach by clicking ----------------------------------------------------------
def _direct_dialogs(walk: Walk, window: MainWindow, tmp_path: Path) -> None:
    """Before the login, and those that need a duplicate, a person found by an inzageverzoek, a
    doorbraakcasus without a plan (the demo register has none) or the focusbuurten list chosen."""
    from casus_app.services.cases.duplicates import DuplicateCandidate
    from casus_app.services.privacy import inzage
    from casus_app.ui.admin.reference_lists import MembersDialog
    from casus_app.ui.cases.case_duplicates import CaseDuplicatesDialog
    from casus_app.ui.privacy.inzage import CorrectionDialog
    from casus_app.ui.session.first_run import FirstRunDialog
    from casus_app.ui.session.login import LoginDialog
    from casus_app.ui.session.recovery_key import RecoveryKeyDialog

    ws = window.ws
    details = (
        cases.get_case(ws, r.id) for r in cases.list_cases(ws, cases.CaseFilter(kind="casuistiek"), limit=50)
    )
    detail = next(d for d in details if any(p.birth_date for p in d.persons))
    person = next(p for p in detail.persons if p.birth_date)
    match = inzage.find_person(ws, person.full_name, person.birth_date)[0]
    candidate = DuplicateCandidate(
        detail.id,
        detail.ref,
        detail.kind,
        detail.neighbourhood,
        "Akerstraat 1",
        detail.start_date,
        ("zelfde adres",),
    )
    for dialog in (
        LoginDialog(ws.register.path, user_name=USER),
        FirstRunDialog(tmp_path / "nieuw.db"),
        RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP"),
        CaseDuplicatesDialog([candidate], window),
        CorrectionDialog(match, window),
        NewPlanDialog(detail.ref, None, lambda _plan: None, window, coaches=["Demo Coach"]),
        MembersDialog("Vrieheide", [(1, "Vrieheide-De Stack (Vrieheide)")], {1}, window),
    ):
        walk.open(dialog.show, "los geopend", 1)


@pytest.fixture
def no_file_dialogs(monkeypatch):
    """A save or open dialog of the system is not Casus's: answered with "cancelled"."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")


def _walk_role(walk: Walk, qtbot, db: Path, name: str) -> MainWindow:
    window = MainWindow(login(db, name, PASSWORD))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    where = f"{name}"
    ws = window.ws
    # Every page of the window, as it is before anything is opened.
    start = window.content.currentWidget()
    for index in range(window.content.count()):
        window.content.setCurrentIndex(index)
        walk.check(window, f"{where} › pagina {type(window.content.currentWidget()).__name__}")
    window.content.setCurrentWidget(start)
    walk.screen(window, f"{where} › start")
    walk.menus(window, f"{where} › start")
    if window.case_list is None:
        return window
    # A case open: the case's own menu actions come alive.
    rows = cases.list_cases(ws, cases.CaseFilter(), limit=20)
    if rows:
        window.open_case(rows[0].id)
        walk.screen(window, f"{where} › casus")
        walk.menus(window, f"{where} › casus")
    # A doorbraakplan, where the user may see one.
    for row in cases.list_cases(ws, cases.CaseFilter(kind="doorbraak"), limit=20):
        window.open_case(row.id)
        walk.open(window.open_current_plan, f"{where} › Doorbraakplan openen", 1)
        if window.content.currentWidget() is window.plan_editor:
            walk.screen(window, f"{where} › doorbraakplan")
            break
    # An overleg under way, for those who may hold one.
    screens = window.meeting_screens
    if screens is not None and window.ws.actor.role.value in ("beheerder", "professional"):
        area = next(iter(r.area for r in rows), "HSB")
        try:
            meeting = create_meeting(ws, MeetingInput("casuistiekoverleg", area, clock.today()))
        except Exception:  # noqa: BLE001 - a role that may not plan one simply has no meeting screen
            meeting = None
        if meeting is not None:
            # Another overleg of that soort and gebied on the same day: the setup asks first.
            screens.new_meeting()
            setup = screens.setup_view
            setup.kind_combo.setCurrentIndex(setup.kind_combo.findData("casuistiekoverleg"))
            setup.area_combo.setCurrentIndex(setup.area_combo.findData(area))
            setup.submit(start=False)
            if setup.second_button.isVisible():
                walk.screen(window, f"{where} › Nieuw overleg, tweede op die dag")
            setup.cancelled.emit()
            screens.open_meeting(meeting)
            view = screens.meeting_view
            if window.content.currentWidget() is view and view.panel.detail is not None:
                # A betrokkene named in the note: the verslag's check shows its dialog.
                names = [p.last_name for p in view.panel.detail.persons] or ["Jansen"]
                view.panel.note_edit.setPlainText(f"Gesprek met {names[0]} gehad.")
                view.panel.save()
                walk.screen(window, f"{where} › overleg")
                # An overleg whose agenda is empty: it says so and offers two ways to fill it.
                view._show_empty()
                view.empty_agenda.show_state(finished=False, waiting=1)  # with a case waiting: both ways
                walk.screen(window, f"{where} › overleg met een lege agenda")
    # The lock screen.
    window.lock()
    walk.check(window, f"{where} › vergrendeld")
    window.unlock()
    return window


def test_every_alt_letter_is_unique_per_screen_and_every_guide_key_exists(
    qtbot, demo_register, tmp_path, no_file_dialogs
):
    walk = Walk(qtbot)
    for name in ROLES:  # one after the other: a register is open in one window at a time
        window = _walk_role(walk, qtbot, demo_register.path, name)
        try:
            if name == USER:
                _direct_dialogs(walk, window, tmp_path)
        finally:
            window.close_workspace()
            window.hide()

    assert walk.collisions == [], "\n".join(walk.collisions)

    missing = sorted(c.__qualname__ for c in dialog_classes() - bases_only(dialog_classes()) - walk.dialogs)
    assert missing == [], f"dialogen die de sneltoetsentest niet bereikt: {missing}"

    problems = guide_problems(walk)
    assert problems == [], "\n".join(problems)


# -- the user guide -------------------------------------------------------------------------------
ALT_NAMED = re.compile(r"\*\*([^*]+)\*\*\s*\(Alt\+(\w)\)")
KEYS = re.compile(
    r"(?<![\w+])((?:(?:Ctrl|Alt|Shift)\+)+(?:[A-Z0-9]\b|F\d+|Enter|PageDown|PageUp|↑|↓)|F\d{1,2}\b)"
)
NAMES = {"↑": "Up", "↓": "Down", "PageDown": "PgDown", "PageUp": "PgUp", "Enter": "Return"}
# Keys the guide names that are Qt's own behaviour of a widget, not a Casus shortcut.
BUILT_IN = {"F2", "Ctrl+C"}


def guide_keys() -> list[tuple[str, str, str]]:
    """(chapter, key as written, key as PortableText) for every key combination the guide names."""
    found = []
    for chapter in sorted(GUIDE.glob("*.md")):
        for line in chapter.read_text("utf-8").splitlines():
            # "Ctrl+Shift+G / A / B / I": the letters after the slashes share the modifiers.
            line = re.sub(
                r"((?:Ctrl|Alt|Shift)\+(?:(?:Ctrl|Alt|Shift)\+)*)(\w)((?:\s*/\s*\w\b)+)",
                lambda m: " / ".join(
                    m.group(1) + k.strip() for k in [m.group(2), *m.group(3).split("/")[1:]]
                ),
                line,
            )
            line = re.sub(
                r"Alt\+(\d) … Alt\+(\d)",
                lambda m: " ".join(f"Alt+{d}" for d in range(int(m.group(1)), int(m.group(2)) + 1)),
                line,
            )
            for key in KEYS.findall(line):
                portable = key
                for written, qt_name in NAMES.items():
                    portable = portable.replace(written, qt_name)
                found.append((chapter.name, key, portable))
    return found


def guide_problems(walk: Walk) -> list[str]:
    problems = []
    for chapter in sorted(GUIDE.glob("*.md")):
        for written, letter in ALT_NAMED.findall(chapter.read_text("utf-8")):
            name = " ".join(written.split())  # a name the guide's line breaks split in two
            names = walk.letters.get(letter.lower(), set())
            if not any(plain(n).rstrip(":").startswith(plain(name).rstrip(":")) for n in names):
                problems.append(f"{chapter.name}: **{name}** (Alt+{letter}) bestaat niet")
    for chapter, written, portable in guide_keys():
        if portable in BUILT_IN:
            continue
        letter = re.fullmatch(r"Alt\+(\w)", portable)
        if letter is not None:
            ok = letter.group(1).lower() in walk.letters
        else:
            ok = portable in walk.keys or portable.replace("Return", "Enter") in walk.keys
        if not ok:
            problems.append(f"{chapter}: {written} doet niets")
    return problems


def test_the_guide_key_reader_understands_the_notations():
    keys = {portable for _chapter, _written, portable in guide_keys()}
    assert {"Ctrl+Shift+G", "Ctrl+Shift+A", "Ctrl+Shift+B", "Ctrl+Shift+I"} <= keys
    assert {f"Alt+{d}" for d in range(1, 8)} <= keys
    assert {"Alt+Up", "Alt+Down", "Ctrl+PgDown", "Shift+F8", "F8", "F11", "Ctrl+Return"} <= keys
    assert mnemonic("Van agenda &weghalen") == "w" and mnemonic("Tom && Jerry") is None
    assert mnemonic("Ti&jdlijn…") == "j" and plain("Ti&jdlijn…") == "Tijdlijn…"
