"""Update and compile the interface translations: `python scripts/translations.py`.

Dutch is the source language; `resources/translations/casus_en.ts` holds the English texts.
`update` scans every module under casus_app that calls tr()/translate() or marks a text with
QT_TRANSLATE_NOOP (domain/labels.py: the names of the codes) with pyside6-lupdate, keeps the
translations already made, and drops texts the code no longer has; `compile` turns the .ts into
the .qm the application loads. Without an argument both run, in that order.

The errors and texts of the services (domain/errors.py) are no tr() calls: `error_templates` finds
them in the code itself, every string literal passed as first argument to a CasusError subclass, to
`Text` or to `marked`, and adds them under the context CasusError, where ui/widgets/errors.py looks them up.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "casus_app"
TRANSLATIONS = REPO / "resources" / "translations"
TS_FILE = TRANSLATIONS / "casus_en.ts"
QM_FILE = TRANSLATIONS / "casus_en.qm"
BIN = Path(sys.executable).parent

CALLS_TR = re.compile(r"\btr\(|\bQ(?:Core)?Application\.translate\(|\bQT_TRANSLATE_NOOP\(")

# lupdate names a context after the expression in front of tr(); where that is not the class
# whose tr() runs (an alias such as `tr = self.window.tr`, a helper handed its parent widget),
# the messages move to the context(s) Qt looks them up in at run time.
# (lupdate's context, file name) -> run-time contexts
RUNTIME_CONTEXTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("", "admin_screens.py"): ("MainWindow",),
    ("", "coordinator_menu.py"): ("MainWindow",),
    ("", "meeting_menu.py"): ("MainWindow",),
    ("", "meeting_case_panel.py"): ("MeetingReasons",),
    ("self.window", "admin_screens.py"): ("MainWindow",),
    ("self.window", "meeting_menu.py"): ("MainWindow",),
    ("window", "meeting_menu.py"): ("MainWindow",),
    ("window", "coordinator_menu.py"): ("MainWindow",),
    ("window", "help_menu.py"): ("MainWindow",),
    ("", "backup_actions.py"): ("MainWindow",),
    ("window", "backup_actions.py"): ("MainWindow",),
    ("self.window", "backup_actions.py"): ("MainWindow",),
    ("self.window", "help_menu.py"): ("MainWindow",),
    ("parent", "user_edit.py"): ("UserDialog", "PasswordDialog"),
}


def source_files() -> list[Path]:
    """Every module under casus_app that calls tr() or translate() or marks texts, sorted."""
    return sorted(path for path in PACKAGE.rglob("*.py") if CALLS_TR.search(path.read_text(encoding="utf-8")))


def run_lupdate(ts_path: Path) -> None:
    """A fresh .ts at `ts_path` with every text in the code, all unfinished."""
    files = [str(path) for path in source_files()]
    command = [str(BIN / "pyside6-lupdate"), *files, "-source-language", "nl_NL"]
    command += ["-target-language", "en_GB", "-no-obsolete", "-silent", "-ts", str(ts_path)]
    subprocess.run(command, check=True)


def _message_file(message: ET.Element) -> str:
    location = message.find("location")
    return Path(location.get("filename", "")).name if location is not None else ""


def fix_contexts(root: ET.Element) -> None:
    """Move messages from lupdate's guessed contexts to the ones Qt uses at run time."""
    contexts = {context.findtext("name", ""): context for context in root.findall("context")}
    for name, context in list(contexts.items()):
        for message in list(context.findall("message")):
            targets = RUNTIME_CONTEXTS.get((name, _message_file(message)))
            if targets is None:
                continue
            context.remove(message)
            for target in targets:
                if target not in contexts:
                    contexts[target] = ET.SubElement(root, "context")
                    ET.SubElement(contexts[target], "name").text = target
                existing = {m.findtext("source") for m in contexts[target].findall("message")}
                if message.findtext("source") not in existing:
                    contexts[target].append(_copy(message))
        if not context.findall("message"):
            root.remove(context)
    root[:] = sorted(root, key=lambda context: context.findtext("name", ""))


def _copy(element: ET.Element) -> ET.Element:
    return ET.fromstring(ET.tostring(element))


ERROR_CONTEXT = "CasusError"  # domain/errors.py CONTEXT
ERROR_BASE = "CasusError"


def _class_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """CasusError and every class that derives from it, by name, over the whole package."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(filter(None, map(_class_name, node.bases)))
    found = {ERROR_BASE}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def error_templates(package: Path = PACKAGE) -> list[tuple[str, Path, int]]:
    """(template, file, line) for every string literal that is the first argument of a CasusError
    subclass, of `Text` or `marked`, or of `super().__init__` inside such a class; in file order."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(package.rglob("*.py"))}
    errors = error_classes(trees)
    callees = errors | {"Text", "marked"}
    found: list[tuple[str, Path, int]] = []
    for path, tree in trees.items():
        inside_error = {
            id(call)
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef) and cls.name in errors
            for call in ast.walk(cls)
            if isinstance(call, ast.Call)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            name = _class_name(node.func)
            is_super = (
                name == "__init__"
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Call)
                and _class_name(node.func.value.func) == "super"
                and id(node) in inside_error
            )
            if name in callees or is_super:
                found.append((first.value, path, node.lineno))
    return sorted(found, key=lambda item: (str(item[1]), item[2]))


def add_error_templates(root: ET.Element, ts_dir: Path) -> None:
    """Every template of error_templates() as a message of the CasusError context (once each)."""
    context = next((c for c in root.findall("context") if c.findtext("name") == ERROR_CONTEXT), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ERROR_CONTEXT
    seen = {message.findtext("source") for message in context.findall("message")}
    for template, path, line in error_templates():
        if template in seen:
            continue
        seen.add(template)
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=os.path.relpath(path, ts_dir), line=str(line))
        ET.SubElement(message, "source").text = template
        ET.SubElement(message, "translation", type="unfinished")


def extract(ts_path: Path) -> ET.ElementTree:
    """lupdate over the code into `ts_path`, with run-time contexts and the errors' templates;
    returns the parsed tree."""
    run_lupdate(ts_path)
    tree = ET.parse(ts_path)
    add_error_templates(tree.getroot(), ts_path.parent)
    for location in tree.getroot().iter("location"):  # relative to the committed .ts
        source = (ts_path.parent / location.get("filename", "")).resolve()
        location.set("filename", os.path.relpath(source, TRANSLATIONS))
    fix_contexts(tree.getroot())
    return tree


def messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message>."""
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in tree.getroot().findall("context")
        for message in context.findall("message")
    }


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    return all((form.text or "").strip() for form in forms) if forms else bool(translation.text)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def update(ts_file: Path = TS_FILE) -> tuple[int, int]:
    """Bring `ts_file` in line with the code; returns (messages, unfinished)."""
    old = messages(ET.parse(ts_file)) if ts_file.exists() else {}
    by_source: dict[str, set[str]] = {}
    for (_, source), message in old.items():
        if is_finished(message):
            by_source.setdefault(source, set()).add(ET.tostring(message.find("translation")))
    with tempfile.TemporaryDirectory() as tmp:
        tree = extract(Path(tmp) / "new.ts")
    unfinished = 0
    for key, message in messages(tree).items():
        previous = old.get(key)
        translation = message.find("translation")
        if previous is not None and is_finished(previous):
            replacement = _copy(previous.find("translation"))
        elif len(by_source.get(key[1], ())) == 1:  # the same Dutch text elsewhere, one English text
            replacement = ET.fromstring(next(iter(by_source[key[1]])))
        else:
            unfinished += 1
            continue
        message.remove(translation)
        message.append(replacement)
    write_ts(tree, ts_file)
    return len(messages(tree)), unfinished


def compile_qm(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    command = [str(BIN / "pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True)


def main(argv: list[str]) -> int:
    steps = argv or ["update", "compile"]
    if "update" in steps:
        total, unfinished = update()
        print(f"{TS_FILE.relative_to(REPO)}: {total} texts, {unfinished} still to translate")
    if "compile" in steps:
        compile_qm()
        print(f"{QM_FILE.relative_to(REPO)} compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
