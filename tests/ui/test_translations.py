"""The English translation: complete, compiled, and what an English-speaking user actually sees."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
)

from casus_app.app import TRANSLATOR_NAME, install_translations

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "translations.py"
ADMIN, PASSWORD = "beheer", "een lang wachtwoord"
# Words of the Dutch interface that never belong in the English one ("Casus" alone is the app's name).
DUTCH_WORDS = re.compile(
    r"Zoek|Gebied|Afsluiten|\bCasus (\d|%|[a-z]+en\b|op |komt|is vergrendeld)|\bBestand\b|\bOverleg"
    r"|\bGezin|\bSoort\b|\bBeheer\b|\bAfspra(ak|ken)\b|\bBetrokkene|\bNieuwe?\b"
)


def _load_script():
    spec = importlib.util.spec_from_file_location("casus_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _load_script()


def _where(message: ET.Element) -> str:
    location = message.find("location")
    if location is None:
        return "?"
    path = (translations.TRANSLATIONS / location.get("filename", "")).resolve()
    return f"{path.relative_to(REPO)}:{location.get('line')}"


# -- the .ts against the code ---------------------------------------------------------------------


def test_every_text_in_the_code_has_an_english_translation(tmp_path):
    code = translations.messages(translations.extract(tmp_path / "code.ts"))
    committed = translations.messages(ET.parse(translations.TS_FILE))
    assert len(code) > 900  # the scan found the interface, not an empty file list
    missing = [
        f"{_where(message)} [{context}] {source!r}"
        for (context, source), message in code.items()
        if (context, source) not in committed or not translations.is_finished(committed[context, source])
    ]
    assert not missing, (
        "Not translated in resources/translations/casus_en.ts (run `make translations` and "
        "translate):\n" + "\n".join(missing)
    )


def test_every_context_is_one_qt_looks_up(tmp_path):
    """lupdate names a context after what stands before tr(); `tr = self.window.tr` gives '' and
    `parent.tr(...)` gives 'parent', which Qt never asks for: such texts would stay Dutch.
    scripts/translations.py maps the known ones (RUNTIME_CONTEXTS); a new one must be added there."""
    tree = translations.extract(tmp_path / "code.ts")
    odd = [
        f"{_where(message)} [{context.findtext('name')!r}] {message.findtext('source')!r}"
        for context in tree.getroot().findall("context")
        if not context.findtext("name", "").isidentifier()
        for message in context.findall("message")
    ]
    assert not odd, "Texts in a context Qt never looks up:\n" + "\n".join(odd)


def test_translations_keep_placeholders_and_one_accelerator():
    wrong = []
    for (context, source), message in translations.messages(ET.parse(translations.TS_FILE)).items():
        english = message.findtext("translation") or ""
        for pattern in (r"%\d|%n", r"\{[^}]*\}"):
            if Counter(re.findall(pattern, source)) != Counter(re.findall(pattern, english)):
                wrong.append(f"[{context}] {source!r} -> {english!r}: placeholders differ")
        if len(re.findall(r"&(?!&)", source)) != len(re.findall(r"&(?!&)", english)):
            wrong.append(f"[{context}] {source!r} -> {english!r}: accelerator differs")
    assert not wrong, "\n".join(wrong)


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    fresh = tmp_path / "casus_en.qm"
    translations.compile_qm(translations.TS_FILE, fresh)
    assert fresh.read_bytes() == translations.QM_FILE.read_bytes(), "run `make translations`"


def test_the_file_list_covers_every_module_that_translates():
    files = {path.relative_to(REPO).as_posix() for path in translations.source_files()}
    assert "casus_app/ui/shell/main_window.py" in files and "casus_app/ui/widgets/labels.py" in files
    assert not any(name.startswith("casus_app/services/") for name in files)  # services are Qt-free


# -- what a user sees ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def register(tmp_path_factory) -> Path:
    from casus_app.services.demo.demo import create_demo_register

    path = tmp_path_factory.mktemp("translations") / "r.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASUS_KDF_TARGET_SECONDS", "0")
        ws, _ = create_demo_register(path, ADMIN, PASSWORD, n_cases=50)
    ws.close()
    return path


@pytest.fixture
def english(qapp, monkeypatch):
    monkeypatch.setenv("CASUS_LANGUAGE", "en")
    install_translations(qapp)
    yield
    for translator in qapp.findChildren(QTranslator, TRANSLATOR_NAME):
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def english_window(qtbot, english, register):
    from casus_app.services.auth.login import login
    from casus_app.ui.shell.main_window import MainWindow

    window = MainWindow(login(register, ADMIN, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.case_list.table.model().rowCount() > 0, timeout=10_000)
    yield window
    window.close_workspace()


def _headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for column in range(model.columnCount())
    ]


def visible_interface_texts(window) -> list[str]:
    """Labels, buttons, fields, tabs, table headers and every menu entry a user can see."""
    texts = [window.statusBar().currentMessage()]
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        if menu_action.menu() is not None:
            for action in menu_action.menu().actions():
                texts += [action.text(), action.statusTip(), action.toolTip()]
    for label in window.findChildren(QLabel):
        if label.isVisible():
            texts += [label.text(), label.toolTip()]
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            texts.append(button.text())
            # The retention reminder's tooltip is the service's message, and services speak Dutch.
            if button.objectName() != "retentionReminder":
                texts.append(button.toolTip())
    for edit in window.findChildren(QLineEdit):
        if edit.isVisible():
            texts += [edit.placeholderText(), edit.toolTip()]
    for box in window.findChildren(QGroupBox):
        if box.isVisible():
            texts.append(box.title())
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for view in window.findChildren(QAbstractItemView):
        if view.isVisible():
            texts += _headers(view) + [view.toolTip()]
    return [text for text in texts if text]


def test_english_main_window_speaks_english(english_window):
    titles = [action.text() for action in english_window.menuBar().actions()]
    assert titles[:2] == ["&File", "&Cases"]
    assert {"&Meetings", "A&dmin"} <= set(titles)
    headers = _headers(english_window.case_list.table)
    assert headers[:3] == ["Case", "Kind", "Area"]

    dutch = [text for text in visible_interface_texts(english_window) if DUTCH_WORDS.search(text)]
    assert not dutch, f"Dutch texts in the English window: {dutch}"


def test_english_accelerators_are_unique_in_each_menu(english_window):
    def letters(texts: list[str]) -> list[str]:
        return [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]

    bar = letters([action.text() for action in english_window.menuBar().actions()])
    assert len(bar) == len(set(bar)), bar
    for menu in english_window.menuBar().findChildren(QMenu):
        keys = letters([action.text() for action in menu.actions()])
        assert len(keys) == len(set(keys)), (menu.title(), [a.text() for a in menu.actions()])


DEFAULT_WINDOW = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from casus_app.app import create_application
from casus_app.services.auth.login import login
from casus_app.ui.shell.main_window import MainWindow

app = create_application([sys.argv[0]])
window = MainWindow(login(Path(sys.argv[1]), sys.argv[2], sys.argv[3]))
window.show()
deadline = time.monotonic() + 20
while window.case_list.table.model().rowCount() == 0 and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.02)
headers = window.case_list.table.model()
print(json.dumps({
    "menus": [a.text() for a in window.menuBar().actions()],
    "headers": [str(headers.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(headers.columnCount())],
}))
window.close_workspace()
"""


def test_without_a_choice_and_without_a_locale_casus_speaks_dutch(register):
    env = {k: v for k, v in os.environ.items() if k not in ("CASUS_LANGUAGE", "LANGUAGE")}
    env.update(LANG="C", LC_ALL="C", QT_QPA_PLATFORM="offscreen", CASUS_KDF_TARGET_SECONDS="0")
    result = subprocess.run(
        [sys.executable, "-c", DEFAULT_WINDOW, str(register), ADMIN, PASSWORD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["menus"][:2] == ["&Bestand", "&Casussen"]
    assert shown["headers"][:3] == ["Casus", "Soort", "Gebied"]


# -- the services' texts --------------------------------------------------------------------------


def test_the_errors_templates_are_collected_under_their_context(tmp_path):
    templates = {template for template, _path, _line in translations.error_templates()}
    assert "Casus {ref} hoort bij een ander gebied en kan niet op deze agenda." in templates  # an error
    assert "Deze casus bestaat niet of u heeft er geen toegang toe." in templates  # a Text
    assert "Nieuwe casussen" in templates  # marked()
    code = translations.messages(translations.extract(tmp_path / "code.ts"))
    assert ("CasusError", "Nieuwe casussen") in code


def test_an_error_is_shown_in_english_with_its_parameters(english):
    from casus_app.domain.enums import Role
    from casus_app.domain.errors import InvalidInput, PermissionDenied, Text, Texts
    from casus_app.ui.widgets.errors import error_text

    error = InvalidInput("Casus {ref} hoort bij een ander gebied en kan niet op deze agenda.", ref="2026-001")
    assert error_text(error) == "Case 2026-001 belongs to another area and cannot go on this agenda."
    refused = PermissionDenied(
        "U mag {doing} niet: dat mag alleen een {allowed}.",
        doing=Text("gebruikers toevoegen"),
        allowed=Texts([Role.ADMINISTRATOR], " of "),
    )
    assert error_text(refused) == "You may not add users: only the administrator may do that."
    assert refused.message == "U mag gebruikers toevoegen niet: dat mag alleen een beheerder."


def test_a_case_form_error_and_the_cost_comparison_are_shown_in_english(english):
    from casus_app.domain.exchange import fields
    from casus_app.domain.plan_rules import BreakthroughCost, HelperCost, compare_costs
    from casus_app.services.cases.form_input import CaseInvalid
    from casus_app.ui.widgets.errors import error_text, said_text

    problems: list = []
    fields.postcode({"postcode": "12345"}, "postcode", "adres", problems)
    fields.text({"straat": "Dorpsstraat\t1"}, "straat", "adres", problems)
    error = CaseInvalid(problems)
    shown = error_text(error)
    assert "postcode '12345' is invalid; write it as 1234AB or 1234 AB" in shown
    assert "contains a tab, which this field does not allow (U+0009, character 12)" in shown
    assert "ongeldig" in error.message  # the command line and files stay Dutch

    costs = compare_costs([HelperCost(12_000, None, "GGD")], [BreakthroughCost(None, "gepland")], years=2)
    assert said_text(costs.current_text) == "€ 12.000 a year"
    assert said_text(costs.one_off_text) == "unknown: the costs of 1 breakthrough are not filled in"
    assert costs.one_off_text == "onbekend: de kosten van 1 doorbraak zijn niet ingevuld"
    assert said_text(costs.current_total_text) == "€ 24.000 in 2 years"
