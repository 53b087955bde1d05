"""Malformed exchange files for the import tests (service and command line): each with the place of
its one error and words of the Dutch message. Found by trying Casus with 70 bad files (issue 10)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from tests.conftest import EXAMPLE, TEST_DAY


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def text_of(doc: dict) -> str:
    # ASCII with \u escapes: a lone surrogate can be written as JSON, but not as UTF-8.
    return json.dumps(doc, ensure_ascii=True, indent=1)


def changed(change: Callable[[dict], Any]) -> Callable[[], str]:
    def make() -> str:
        doc = example()
        change(doc)
        return text_of(doc)

    return make


def replaced(old: str, new: str) -> Callable[[], str]:
    """The example's text with `old` (which occurs once) replaced: for what a dict cannot hold."""

    def make() -> str:
        text = text_of(example())
        assert text.count(old) == 1, old
        return text.replace(old, new)

    return make


def _set(path: str, value: Any) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = doc
        for p in parents:
            target = target[p]
        target[last] = value

    return change


PLAN = "casussen.2.doorbraakplan"
HUGE = "1" + "0" * 5000  # Python refuses to turn more than 4,300 digits into an int

# (name, the file's text, the place of the one error, words of its Dutch message)
BAD_FILES: list[tuple[str, Callable[[], str], str, list[str]]] = [
    (
        "number of 5001 digits in a score",
        replaced('"score": 2,', f'"score": {HUGE},'),
        "",
        ["getal", "4300 cijfers", "regel"],
    ),
    (
        "number of 5001 digits as versie",
        replaced('"versie": 1,', f'"versie": {HUGE},'),
        "",
        ["getal", "4300 cijfers", "regel"],
    ),
    (
        "amount of 4001 digits",
        changed(_set(PLAN + ".doorbraken.0.kosten_eur", 10**4000)),
        "casussen[2].doorbraakplan.doorbraken[0].kosten_eur",
        ["te hoog", "cijfers"],
    ),
    (
        "lone surrogate in a surname",
        changed(_set("casussen.0.betrokkenen.0.achternaam", "Voor\ud800beeld")),
        "casussen[0].betrokkenen[0].achternaam",
        ["ongeldige tekencode", "U+D800", "teken 5"],
    ),
    (
        "lone surrogate in a summary",
        changed(_set("casussen.1.samenvatting", "\udfffAfval")),
        "casussen[1].samenvatting",
        ["ongeldige tekencode", "U+DFFF"],
    ),
    (
        "key twice in a betrokkene",
        replaced('"voornaam": "Sanne",', '"voornaam": "Sanne", "voornaam": "Eva",'),
        "casussen[2].betrokkenen[0]",
        ["'voornaam'", "meer dan één keer"],
    ),
    (
        "key twice in a case",
        replaced('"ref": "2026-002",', '"ref": "2026-002", "gebied": "HSB",'),
        "casussen[1]",
        ["'gebied'", "meer dan één keer"],
    ),
    (
        "key twice in an organisation",
        replaced('"naam": "GGD"', '"naam": "GGD", "naam": "GGD Zuid-Limburg"'),
        "organisaties[3]",
        ["'naam'", "meer dan één keer"],
    ),
    (
        "key twice in a meeting item",
        replaced('"casus": "2026-001",', '"casus": "2026-001", "casus": "2026-001",'),
        "overleggen[0].besproken[0]",
        ["'casus'", "meer dan één keer"],
    ),
    (
        "key twice 900 objects deep",
        replaced(
            '"ref": "2026-001",',
            '"ref": "2026-001", "extra": ' + '{"a": ' * 900 + '{"k": 1, "k": 2}' + "}" * 900 + ",",
        ),
        "casussen[0].extra" + ".a" * 900,
        ["'k'", "meer dan één keer"],
    ),
    (
        "NUL in a first name",
        changed(_set("casussen.0.betrokkenen.0.voornaam", "Jan\x00")),
        "casussen[0].betrokkenen[0].voornaam",
        ["stuurteken", "U+0000"],
    ),
    (
        "right-to-left override in a surname",
        changed(_set("casussen.2.betrokkenen.1.achternaam", "\u202eledlebrooV")),
        "casussen[2].betrokkenen[1].achternaam",
        ["leesrichting", "U+202E"],
    ),
    (
        "bell in the name of a gebied",
        changed(_set("gebieden.0.naam", "Hoensbroek\x07")),
        "gebieden[0].naam",
        ["stuurteken", "U+0007"],
    ),
    (
        "direction isolate in a meeting note",
        changed(_set("overleggen.0.besproken.0.notitie", "a\u2067b\u2069")),
        "overleggen[0].besproken[0].notitie",
        ["leesrichting", "U+2067"],
    ),
    (
        "line break in a surname",
        changed(_set("casussen.0.betrokkenen.0.achternaam", "Voor\nbeeld")),
        "casussen[0].betrokkenen[0].achternaam",
        ["regeleinde"],
    ),
    (
        "60 MB summary",
        changed(_set("casussen.1.samenvatting", "x" * 60_000_000)),
        "casussen[1].samenvatting",
        ["te lang", "60000000 tekens", "maximaal 100000"],
    ),
    (
        "surname of 201 characters",
        changed(_set("casussen.0.betrokkenen.0.achternaam", "V" * 201)),
        "casussen[0].betrokkenen[0].achternaam",
        ["te lang", "maximaal 200"],
    ),
    (
        "birth date tomorrow",
        changed(
            _set("casussen.2.betrokkenen.1.geboortedatum", (TEST_DAY + dt.timedelta(days=1)).isoformat())
        ),
        "casussen[2].betrokkenen[1].geboortedatum",
        ["in de toekomst", TEST_DAY.isoformat()],
    ),
    (
        "hoofdcategorie of another case kind",
        changed(_set("casussen.0.hoofdcategorie", "zwerfafval")),
        "casussen[0].hoofdcategorie",
        ["'zwerfafval'", "soort 'leefbaarheid'", "soort 'casuistiek'"],
    ),
    (
        "meeting discusses a case of another gebied",
        changed(_set("overleggen.0.besproken.0.casus", "2026-002")),
        "overleggen[0].besproken[0].casus",
        ["'2026-002'", "gebied 'VRH'", "gebied 'HSB'", "eigen gebied"],
    ),
]
IDS = [name for name, *_ in BAD_FILES]
