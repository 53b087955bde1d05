"""Malformed exchange files: each is refused with a Dutch message that names its place, nothing is
written, and no other exception than a CasusError ever leaves the import (issue 10, part 4)."""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from casus_app.domain import clock
from casus_app.domain.errors import CasusError, ImportRejected
from casus_app.services.exchange.importer import import_file
from casus_app.services.exchange.reader import KnownInDatabase, validate_file
from casus_app.storage.models import Case, Meeting, Person
from tests.services.exchange.exchange_bad_files import BAD_FILES, IDS, example, text_of

# Nothing a terminal or a screen would act on may reach a message: no control, direction or
# surrogate character (a message is printed, logged and shown).
UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def write(folder: Path, text: str) -> Path:
    path = folder / "bestand.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("make", "place", "words"), [f[1:] for f in BAD_FILES], ids=IDS)
def test_each_bad_file_is_refused_with_its_place(admin_ws, tmp_path, make, place, words) -> None:
    path = write(tmp_path, make())
    report = validate_file(path, KnownInDatabase())
    assert [p for p, _ in report.errors] == [place], report.errors
    message = report.errors[0][1]
    for word in words:
        assert word in message, message

    with pytest.raises(ImportRejected) as refused:
        import_file(admin_ws, path)
    shown = refused.value.message
    assert shown.startswith("Het bestand is niet ingelezen")
    assert f"\n{place}: " in shown if place else message in shown
    shown.encode("utf-8")  # strict: no lone surrogate
    assert UNPRINTABLE.search(shown) is None, shown
    with admin_ws.register.read_session() as session:
        assert [session.scalar(select(func.count()).select_from(t)) for t in (Case, Person, Meeting)] == [
            0,
            0,
            0,
        ]


def test_born_today_is_allowed_and_the_day_comes_from_the_clock(tmp_path) -> None:
    doc = example()
    doc["casussen"][2]["betrokkenen"][1]["geboortedatum"] = "2027-03-01"
    path = write(tmp_path, text_of(doc))
    with clock.installed(clock.FixedClock(dt.date(2027, 3, 1))):
        assert validate_file(path, KnownInDatabase()).errors == []
    with clock.installed(clock.FixedClock(dt.date(2027, 2, 28))):
        assert [p for p, _ in validate_file(path, KnownInDatabase()).errors] == [
            "casussen[2].betrokkenen[1].geboortedatum"
        ]


def test_kinds_and_gebieden_known_only_in_the_register(tmp_path) -> None:
    """A file that leaves out the lists, or refers to cases of the register, is checked the same."""
    doc = example()
    for key in ("gebieden", "organisaties", "categorieen", "afsluitredenen", "doorbraaktypen"):
        del doc[key]
    doc["casussen"][1]["hoofdcategorie"] = "woonoverlast"  # casuistiek, on a leefbaarheid case
    doc["overleggen"][0]["besproken"].append({"casus": "2025-017", "notitie": None})
    known = KnownInDatabase(
        gebieden={"HSB": {"Kasteelbuurt"}, "VRH": {"Vrieheide-De Stack"}},
        organisaties={"POLITIE", "WONING", "BUURTTEAM", "GGD"},
        categorieen={"woonoverlast", "zwerfafval", "multiprobleem"},
        afsluitredenen={"doel_bereikt"},
        doorbraaktypen={"huisvesting", "uithuiszetting_voorkomen"},
        case_refs={"2025-017"},
        category_kinds={"woonoverlast": "casuistiek", "zwerfafval": "leefbaarheid"},
        case_areas={"2025-017": "VRH"},
    )
    errors = validate_file(write(tmp_path, text_of(doc)), known).errors
    assert [p for p, _ in errors] == ["casussen[1].hoofdcategorie", "overleggen[0].besproken[1].casus"]

    # A category without a kind fits every case; further categories may be of another kind.
    del known.category_kinds["woonoverlast"]
    doc["casussen"][0]["categorieen"] = ["zwerfafval", "multiprobleem"]
    errors = validate_file(write(tmp_path, text_of(doc)), known).errors
    assert [p for p, _ in errors] == ["overleggen[0].besproken[1].casus"]


def test_the_register_keeps_its_case_areas_for_meetings(example_ws, tmp_path) -> None:
    """Import refers to a case already in the register: its gebied comes from the register."""
    doc = {
        "formaat": "casus-uitwisseling",
        "versie": 1,
        "casussen": [],
        "overleggen": [
            {
                "ref": "OV-2",
                "soort": "leefbaarheidsoverleg",
                "gebied": "HSB",
                "datum": "2026-10-01",
                "besproken": [{"casus": "2026-002", "notitie": None}],
            }
        ],
    }
    with pytest.raises(ImportRejected, match=r"overleggen\[0\]\.besproken\[0\]\.casus: casus '2026-002'"):
        import_file(example_ws, write(tmp_path, text_of(doc)))
    doc["overleggen"][0]["gebied"] = "VRH"
    assert import_file(example_ws, write(tmp_path, text_of(doc))) == {"casussen": 0, "overleggen": 1}


# --- fuzzing the whole import ---------------------------------------------------------------------

NASTY_VALUES = [
    "\ud800",
    "a\udc00b",
    "\x00",
    "Jan\x07",
    "\u202eabc",
    "\u2066x\u2069",
    "\t",
    "\r\n",
    "\u2028",
    '=HYPERLINK("https://example.org","klik")',
    "x" * 300,
    "y" * 6_000,
    "z" * 120_000,
    "",
    " ",
    10**4000,
    -(10**30),
    10**30,
    1e308,
    -0.0,
    2**63,
    True,
    None,
    [],
    {},
    [[[[]]]],
    {"a": {"b": {}}},
    "2999-12-31",
    "0001-01-01",
    "2026-02-29",
    "zwerfafval",
    "multiprobleem",
    "VRH",
    "2026-002",
]


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _parent(doc: Any, path: tuple) -> Any:
    for part in path[:-1]:
        doc = doc[part]
    return doc


def _unique_refs(doc: dict, n: int) -> None:
    """Refs of this example only, so one register takes example after example."""
    for case in doc["casussen"]:
        case["ref"] += f"-{n}"
    for meeting in doc["overleggen"]:
        meeting["ref"] += f"-{n}"
        for item in meeting["besproken"]:
            item["casus"] += f"-{n}"


def _mutated_text(doc: dict, data: st.DataObject) -> str:
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        paths = _paths(doc)
        path = data.draw(st.sampled_from(paths), label="path")
        parent = _parent(doc, path)
        if data.draw(st.booleans(), label="delete?"):
            del parent[path[-1]]
        else:
            parent[path[-1]] = copy.deepcopy(data.draw(st.sampled_from(NASTY_VALUES), label="value"))
    text = json.dumps(doc, ensure_ascii=True, indent=data.draw(st.sampled_from([None, 1])))
    kind = data.draw(st.sampled_from(["as is", "key twice", "huge number", "truncate"]), label="text")
    if kind == "key twice":
        objects = [m.end() for m in re.finditer(r"\{", text)]
        at = data.draw(st.sampled_from(objects), label="object")
        key = data.draw(st.sampled_from(["ref", "achternaam", "gebied", "x"]), label="key")
        text = f'{text[:at]}"{key}": 1, "{key}": 2, {text[at:]}'.replace(", }", "}")
    elif kind == "huge number":
        numbers = [m.start() for m in re.finditer(r"(?<![\w\"])[0-9]", text)]
        if numbers:
            at = data.draw(st.sampled_from(numbers), label="number")
            text = text[:at] + "9" * 5000 + text[at:]
    elif kind == "truncate":
        text = text[: data.draw(st.integers(0, len(text) - 1), label="cut")]
    return text


_counter = itertools.count()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
def test_fuzzed_imports_raise_nothing_but_a_casus_error(admin_ws, data: st.DataObject) -> None:
    doc = example()
    _unique_refs(doc, next(_counter))
    text = _mutated_text(doc, data)
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), text)
        try:
            import_file(admin_ws, path)
        except CasusError as refused:
            refused.message.encode("utf-8")  # printable on any terminal: no lone surrogate
            assert UNPRINTABLE.search(refused.message) is None, refused.message
