"""Validation of exchange files (`casus-uitwisseling` v1): every rule of exchange.md, streaming and fuzzing."""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from casus_app.domain.errors import ImportRejected
from casus_app.services.exchange import stream as exchange_stream
from casus_app.services.exchange.reader import (
    MAX_ERRORS,
    KnownInDatabase,
    ValidationReport,
    iter_cases,
    iter_meetings,
    validate_file,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXAMPLE = FIXTURES / "voorbeeld.json"
SCHEMA = json.loads((FIXTURES / "exchange-v1.schema.json").read_text(encoding="utf-8"))
SCHEMA_VALIDATOR = Draft202012Validator(SCHEMA)


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def write(folder: Path, doc: Any, name: str = "bestand.json") -> Path:
    path = folder / name
    if isinstance(doc, bytes):
        path.write_bytes(doc)
    elif isinstance(doc, str):
        path.write_text(doc, encoding="utf-8")
    else:
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def check(folder: Path, doc: Any, known: KnownInDatabase | None = None) -> ValidationReport:
    return validate_file(write(folder, doc), known or KnownInDatabase())


def reordered(doc: dict, first: list[str]) -> dict:
    """The same document with `first` as the first top-level keys."""
    return {**{k: doc[k] for k in first}, **{k: v for k, v in doc.items() if k not in first}}


# --- the example -----------------------------------------------------------------------------------


def test_example_is_valid(tmp_path: Path) -> None:
    report = validate_file(EXAMPLE, KnownInDatabase())
    assert report.errors == []
    assert report.ok
    assert (report.case_count, report.meeting_count) == (3, 1)
    assert [g["code"] for g in report.references.gebieden] == ["HSB", "VRH"]
    assert len(report.references.organisaties) == 4
    assert len(report.references.doorbraaktypen) == 2
    SCHEMA_VALIDATOR.validate(example())


def test_iter_cases_and_meetings_stream_the_items() -> None:
    doc = example()
    assert list(iter_cases(EXAMPLE)) == doc["casussen"]
    assert list(iter_meetings(EXAMPLE)) == doc["overleggen"]


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 16, 61, 250])
def test_chunk_boundaries_do_not_matter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """Numbers, strings and literals cut at every place in the read buffer still parse the same."""
    monkeypatch.setattr(exchange_stream, "CHUNK", chunk)
    doc = example()
    path = write(tmp_path, doc)
    assert validate_file(path, KnownInDatabase()).errors == []
    assert list(iter_cases(path)) == doc["casussen"]
    assert list(iter_meetings(path)) == doc["overleggen"]
    doc["casussen"][0]["afspraken"][0]["deadline"] = "2026-04-01"
    errors = check(tmp_path, doc).errors
    assert [place for place, _ in errors] == ["casussen[0].afspraken[0].deadline"]


# --- one rule at a time ------------------------------------------------------------------------------

Mutation = Callable[[dict], Any]


def _set(path: str, value: Any) -> Mutation:
    """A mutation that sets the value at a dotted path such as 'casussen.0.afspraken.1.ref'."""

    def mutate(doc: dict) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = doc
        for p in parents:
            target = target[p]
        target[last] = value

    return mutate


def _delete(path: str) -> Mutation:
    def mutate(doc: dict) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = doc
        for p in parents:
            target = target[p]
        del target[last]

    return mutate


def _append(path: str, value: Any) -> Mutation:
    def mutate(doc: dict) -> None:
        target: Any = doc
        for p in [int(p) if p.isdigit() else p for p in path.split(".")]:
            target = target[p]
        target.append(copy.deepcopy(value))

    return mutate


PLAN = "casussen.2.doorbraakplan"

# (mutation, place of the one error, words the Dutch message contains)
RULES: list[tuple[str, Mutation, str, list[str]]] = [
    (
        "formaat wrong",
        _set("formaat", "iets-anders"),
        "formaat",
        ["geen uitwisselbestand", "casus-uitwisseling"],
    ),
    ("formaat missing", _delete("formaat"), "formaat", ["verplicht veld ontbreekt"]),
    ("versie missing", _delete("versie"), "versie", ["verplicht veld ontbreekt"]),
    ("versie text", _set("versie", "1"), "versie", ["moet het getal 1 zijn", "tekst"]),
    (
        "casussen missing",
        lambda doc: doc.pop("casussen") and doc.pop("overleggen"),
        "casussen",
        ["verplicht veld ontbreekt"],
    ),
    (
        "casussen not a list",
        lambda doc: doc.update(casussen={"ref": "x"}, overleggen=[]),
        "casussen",
        ["moet een lijst zijn"],
    ),
    (
        "reference list not a list",
        lambda doc: doc.update(doorbraaktypen=None) or doc["casussen"][2]["doorbraakplan"].pop("doorbraken"),
        "doorbraaktypen",
        ["moet een lijst zijn", "leeg (null)"],
    ),
    (
        "code missing",
        _append("organisaties", {"naam": "Zonder code"}),
        "organisaties[4].code",
        ["verplicht veld ontbreekt"],
    ),
    (
        "code twice in a list",
        _append("organisaties", {"code": "GGD", "naam": "Nog een GGD"}),
        "organisaties[4].code",
        ["'GGD'", "komt al eerder voor", "organisaties[3]"],
    ),
    (
        "code too long",
        _append("afsluitredenen", {"code": "x" * 65, "naam": "Lang"}),
        "afsluitredenen[2].code",
        ["te lang", "64"],
    ),
    (
        "naam empty",
        _append("organisaties", {"code": "NIEUW", "naam": ""}),
        "organisaties[4].naam",
        ["mag niet leeg zijn"],
    ),
    (
        "buurt not text",
        _append("gebieden.0.buurten", 7),
        "gebieden[0].buurten[2]",
        ["moet tekst zijn", "getal"],
    ),
    (
        "categorie soort",
        _set("categorieen.0.soort", "overlast"),
        "categorieen[0].soort",
        ["onbekende waarde", "'overlast'"],
    ),
    ("case not an object", _set("casussen.1", "2026-002"), "casussen[1]", ["moet een object zijn"]),
    ("case ref missing", _delete("casussen.1.ref"), "casussen[1].ref", ["verplicht veld ontbreekt"]),
    (
        "case ref twice",
        _set("casussen.1.ref", "2026-001"),
        "casussen[1].ref",
        ["'2026-001'", "komt al eerder voor in dit bestand", "casussen[0]"],
    ),
    (
        "case soort",
        _set("casussen.0.soort", "overlast"),
        "casussen[0].soort",
        ["onbekende waarde", "leefbaarheid"],
    ),
    ("gebied null", _set("casussen.1.gebied", None), "casussen[1].gebied", ["verplicht veld ontbreekt"]),
    (
        "gebied unknown",
        _set("casussen.1.gebied", "XYZ"),
        "casussen[1].gebied",
        ["onbekende gebiedscode 'XYZ'", "voeg die toe aan 'gebieden'"],
    ),
    (
        "buurt of an other gebied",
        _set("casussen.0.buurt", "Vrieheide-De Stack"),
        "casussen[0].buurt",
        ["hoort niet bij gebied 'HSB'", "Kasteelbuurt"],
    ),
    (
        "adres without straat",
        _delete("casussen.0.adres.straat"),
        "casussen[0].adres.straat",
        ["verplicht veld ontbreekt"],
    ),
    (
        "huisnummer a number",
        _set("casussen.0.adres.huisnummer", 12),
        "casussen[0].adres.huisnummer",
        ["moet tekst zijn", "getal"],
    ),
    (
        "postcode",
        _set("casussen.0.adres.postcode", "0431 AB"),
        "casussen[0].adres.postcode",
        ["postcode '0431 AB' is ongeldig", "1234AB"],
    ),
    (
        "postcode two spaces",
        _set("casussen.0.adres.postcode", "6431  AB"),
        "casussen[0].adres.postcode",
        ["ongeldig"],
    ),
    (
        "hoofdcategorie unknown",
        _set("casussen.1.hoofdcategorie", "brand"),
        "casussen[1].hoofdcategorie",
        ["onbekende categoriecode 'brand'", "'categorieen'"],
    ),
    (
        "categorieen unknown",
        _set("casussen.0.categorieen", ["zwerfafval", "brand"]),
        "casussen[0].categorieen[1]",
        ["onbekende categoriecode 'brand'"],
    ),
    (
        "categorieen not a list",
        _set("casussen.0.categorieen", "zwerfafval"),
        "casussen[0].categorieen",
        ["moet een lijst zijn", "tekst"],
    ),
    (
        "aangemeld_door missing",
        _delete("casussen.1.aangemeld_door"),
        "casussen[1].aangemeld_door",
        ["verplicht veld ontbreekt"],
    ),
    (
        "aangemeld_door unknown",
        _set("casussen.1.aangemeld_door", "XYZ"),
        "casussen[1].aangemeld_door",
        ["onbekende organisatiecode 'XYZ': voeg die toe aan 'organisaties' of gebruik een bestaande code"],
    ),
    (
        "regie unknown",
        _set("casussen.1.regie", "XYZ"),
        "casussen[1].regie",
        ["onbekende organisatiecode 'XYZ'"],
    ),
    (
        "startdatum missing",
        _delete("casussen.1.startdatum"),
        "casussen[1].startdatum",
        ["verplicht veld ontbreekt"],
    ),
    (
        "startdatum Dutch order",
        _set("casussen.1.startdatum", "30-06-2026"),
        "casussen[1].startdatum",
        ["'30-06-2026'", "JJJJ-MM-DD"],
    ),
    (
        "startdatum not a date",
        _set("casussen.1.startdatum", "2026-02-30"),
        "casussen[1].startdatum",
        ["'2026-02-30'", "geen bestaande datum"],
    ),
    (
        "startdatum a number",
        _set("casussen.1.startdatum", 20260630),
        "casussen[1].startdatum",
        ["moet een datum zijn", "getal"],
    ),
    (
        "einddatum before startdatum",
        _set("casussen.0.einddatum", "2026-04-01"),
        "casussen[0].einddatum",
        ["einddatum (2026-04-01) ligt vóór de startdatum (2026-04-02)"],
    ),
    (
        "einddatum without afsluitreden",
        _set("casussen.1.einddatum", "2026-09-01"),
        "casussen[1].afsluitreden",
        ["afsluitreden ontbreekt", "2026-09-01"],
    ),
    (
        "afsluitreden without einddatum",
        _set("casussen.1.afsluitreden", "doel_bereikt"),
        "casussen[1].afsluitreden",
        ["geen einddatum"],
    ),
    (
        "afsluitreden unknown",
        _set("casussen.0.afsluitreden", "verhuisd"),
        "casussen[0].afsluitreden",
        ["onbekende afsluitredencode 'verhuisd'"],
    ),
    (
        "risico",
        _set("casussen.0.risico", "extreem"),
        "casussen[0].risico",
        ["onbekende waarde 'extreem'", "hoog"],
    ),
    (
        "betrokkene ref twice",
        _set("casussen.2.betrokkenen.1.ref", "B1"),
        "casussen[2].betrokkenen[1].ref",
        ["betrokkene 'B1'", "komt al eerder voor in deze casus"],
    ),
    (
        "betrokkene achternaam",
        _delete("casussen.2.betrokkenen.0.achternaam"),
        "casussen[2].betrokkenen[0].achternaam",
        ["verplicht veld ontbreekt"],
    ),
    (
        "geboortedatum",
        _set("casussen.2.betrokkenen.1.geboortedatum", "2023-09-31"),
        "casussen[2].betrokkenen[1].geboortedatum",
        ["geen bestaande datum"],
    ),
    (
        "afspraak ref twice",
        _set("casussen.0.afspraken.1.ref", "A1"),
        "casussen[0].afspraken[1].ref",
        ["afspraak 'A1'", "komt al eerder voor in deze casus"],
    ),
    (
        "omschrijving blank",
        _set("casussen.0.afspraken.0.omschrijving", "   "),
        "casussen[0].afspraken[0].omschrijving",
        ["mag niet leeg zijn"],
    ),
    (
        "omschrijving empty",
        _set("casussen.0.afspraken.0.omschrijving", ""),
        "casussen[0].afspraken[0].omschrijving",
        ["mag niet leeg zijn"],
    ),
    (
        "eigenaar unknown",
        _set("casussen.0.afspraken.0.eigenaar", "XYZ"),
        "casussen[0].afspraken[0].eigenaar",
        ["onbekende organisatiecode 'XYZ'"],
    ),
    (
        "deadline before agreed",
        _set("casussen.0.afspraken.0.deadline", "2026-04-01"),
        "casussen[0].afspraken[0].deadline",
        ["deadline (2026-04-01) ligt vóór de datum waarop de afspraak is gemaakt (2026-04-09)"],
    ),
    (
        "afgerond before agreed",
        _set("casussen.0.afspraken.0.afgerond_op", "2026-04-08"),
        "casussen[0].afspraken[0].afgerond_op",
        ["afgerond_op (2026-04-08) ligt vóór"],
    ),
    (
        "vervallen before agreed",
        _set("casussen.1.afspraken.0.vervallen_op", "2026-07-01"),
        "casussen[1].afspraken[0].vervallen_op",
        ["vervallen_op (2026-07-01) ligt vóór"],
    ),
    (
        "done and cancelled",
        _set("casussen.0.afspraken.0.vervallen_op", "2026-04-21"),
        "casussen[0].afspraken[0].vervallen_op",
        ["afgerond óf vervallen"],
    ),
    (
        "plan on a casuistiek case",
        _set("casussen.1.doorbraakplan", {"opgesteld_op": "2026-07-01"}),
        "casussen[1].doorbraakplan",
        ["alleen bij een casus van soort 'doorbraak'", "'leefbaarheid'"],
    ),
    ("plan not an object", _set(PLAN, []), "casussen[2].doorbraakplan", ["moet een object zijn", "lijst"]),
    (
        "opgesteld before start",
        _set(PLAN + ".opgesteld_op", "2026-05-31"),
        "casussen[2].doorbraakplan.opgesteld_op",
        ["opgesteld_op (2026-05-31) ligt vóór de startdatum van de casus (2026-06-01)"],
    ),
    (
        "score too high",
        _set(PLAN + ".scores.0.score", 6),
        "casussen[2].doorbraakplan.scores[0].score",
        ["geheel getal van 1 tot en met 5", "6"],
    ),
    (
        "score fraction",
        _set(PLAN + ".scores.0.score", 2.5),
        "casussen[2].doorbraakplan.scores[0].score",
        ["geheel getal"],
    ),
    (
        "score yes",
        _set(PLAN + ".scores.0.score", True),
        "casussen[2].doorbraakplan.scores[0].score",
        ["geheel getal", "ja/nee"],
    ),
    (
        "score missing",
        _delete(PLAN + ".scores.1.score"),
        "casussen[2].doorbraakplan.scores[1].score",
        ["verplicht veld ontbreekt"],
    ),
    (
        "doorbraak ref twice",
        _set(PLAN + ".doorbraken.1.ref", "D1"),
        "casussen[2].doorbraakplan.doorbraken[1].ref",
        ["doorbraak 'D1'", "komt al eerder voor in dit plan"],
    ),
    (
        "doorbraak type unknown",
        _set(PLAN + ".doorbraken.0.type", "auto"),
        "casussen[2].doorbraakplan.doorbraken[0].type",
        ["onbekende doorbraaktypecode 'auto'", "'doorbraaktypen'"],
    ),
    (
        "doorbraak partner unknown",
        _set(PLAN + ".doorbraken.0.partner", "XYZ"),
        "casussen[2].doorbraakplan.doorbraken[0].partner",
        ["onbekende organisatiecode 'XYZ'"],
    ),
    (
        "kosten negative",
        _set(PLAN + ".doorbraken.0.kosten_eur", -1),
        "casussen[2].doorbraakplan.doorbraken[0].kosten_eur",
        ["mag niet negatief zijn"],
    ),
    (
        "kosten text",
        _set(PLAN + ".doorbraken.0.kosten_eur", "1850"),
        "casussen[2].doorbraakplan.doorbraken[0].kosten_eur",
        ["moet een bedrag", "tekst"],
    ),
    (
        "status",
        _set(PLAN + ".doorbraken.1.status", "bezig"),
        "casussen[2].doorbraakplan.doorbraken[1].status",
        ["onbekende waarde 'bezig'", "gepland"],
    ),
    (
        "behaald without date",
        _set(PLAN + ".doorbraken.0.behaald_op", None),
        "casussen[2].doorbraakplan.doorbraken[0].behaald_op",
        ["behaald_op ontbreekt"],
    ),
    (
        "date while gepland",
        _set(PLAN + ".doorbraken.1.behaald_op", "2026-07-10"),
        "casussen[2].doorbraakplan.doorbraken[1].behaald_op",
        ["status is 'gepland'"],
    ),
    (
        "overleg ref twice",
        _append(
            "overleggen",
            {"ref": "OV-2026-07-HSB", "soort": "doorbraakteam", "gebied": "VRH", "datum": "2026-05-01"},
        ),
        "overleggen[1].ref",
        ["overleg 'OV-2026-07-HSB'", "komt al eerder voor"],
    ),
    (
        "overleg soort",
        _set("overleggen.0.soort", "buurtoverleg"),
        "overleggen[0].soort",
        ["onbekende waarde 'buurtoverleg'"],
    ),
    (
        "overleg soort not a text",  # found by the fuzz test: a list is no soort, and no crash either
        _set("overleggen.0.soort", [None]),
        "overleggen[0].soort",
        ["moet een van deze waarden zijn", "maar is een lijst"],
    ),
    (
        "overleg gebied unknown",
        _set("overleggen.0.gebied", "XYZ"),
        "overleggen[0].gebied",
        ["onbekende gebiedscode 'XYZ'"],
    ),
    ("overleg datum", _set("overleggen.0.datum", "2026-4-9"), "overleggen[0].datum", ["JJJJ-MM-DD"]),
    (
        "aanwezig unknown",
        _set("overleggen.0.aanwezig.1", "XYZ"),
        "overleggen[0].aanwezig[1]",
        ["onbekende organisatiecode 'XYZ'"],
    ),
    (
        "besproken unknown case",
        _set("overleggen.0.besproken.0.casus", "2025-999"),
        "overleggen[0].besproken[0].casus",
        ["onbekende casus '2025-999'", "niet in dit bestand", "register"],
    ),
    (
        "besproken without casus",
        _delete("overleggen.0.besproken.0.casus"),
        "overleggen[0].besproken[0].casus",
        ["verplicht veld ontbreekt"],
    ),
]


@pytest.mark.parametrize(("mutate", "place", "words"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_each_rule(tmp_path: Path, mutate: Mutation, place: str, words: list[str]) -> None:
    doc = example()
    mutate(doc)
    report = check(tmp_path, doc)
    assert [p for p, _ in report.errors] == [place], report.errors
    message = report.errors[0][1]
    for word in words:
        assert word in message
    assert not report.ok


def test_existing_refs_in_the_register(tmp_path: Path) -> None:
    known = KnownInDatabase(case_refs={"2026-002"}, meeting_refs={"OV-2026-07-HSB"})
    assert check(tmp_path, example(), known).errors == [
        ("casussen[1].ref", "casus '2026-002' bestaat al in het register; kies een ander casusnummer"),
        ("overleggen[0].ref", "overleg 'OV-2026-07-HSB' bestaat al in het register"),
    ]


def test_codes_known_in_the_database_are_accepted(tmp_path: Path) -> None:
    doc = example()
    for key in ("gebieden", "organisaties", "categorieen", "afsluitredenen", "doorbraaktypen"):
        del doc[key]
    doc["casussen"][0]["buurt"] = "Oude Kern"  # a buurt only the database knows
    doc["overleggen"][0]["besproken"].append({"casus": "2025-017", "notitie": None})
    known = KnownInDatabase(
        gebieden={"HSB": {"Oude Kern"}, "VRH": {"Vrieheide-De Stack"}},
        organisaties={"POLITIE", "WONING", "BUURTTEAM", "GGD"},
        categorieen={"woonoverlast", "zwerfafval", "multiprobleem"},
        afsluitredenen={"doel_bereikt"},
        doorbraaktypen={"huisvesting", "uithuiszetting_voorkomen"},
        case_refs={"2025-017"},
    )
    assert check(tmp_path, doc, known).errors == []
    assert check(tmp_path, doc).errors  # and without the database they are unknown


def test_buurten_of_file_and_database_are_merged(tmp_path: Path) -> None:
    doc = example()
    doc["casussen"][0]["buurt"] = "Mariarade"
    known = KnownInDatabase(gebieden={"HSB": {"Mariarade"}})
    assert check(tmp_path, doc, known).errors == []
    doc["casussen"][0]["buurt"] = "Kasteelbuurt"  # from the file, still fine
    assert check(tmp_path, doc, known).errors == []


def test_what_is_allowed(tmp_path: Path) -> None:
    doc = example()
    case = doc["casussen"][0]
    case.update(regie=None, buurt=None, samenvatting=None, risico=None, onbekend_veld={"x": [1]})
    case["adres"]["postcode"] = "6431ab"
    doc["casussen"][1]["adres"] = None
    doc["casussen"][2]["doorbraakplan"]["scores"][0]["leefgebied"] = "nieuw_leefgebied"  # not checked
    doc["casussen"][2]["doorbraakplan"]["doorbraken"][0]["kosten_eur"] = 12.5
    doc["casussen"][0]["afspraken"][0]["deadline"] = doc["casussen"][0]["afspraken"][0]["afgesproken_op"]
    doc["extra"] = "onbekende sleutels worden genegeerd"
    assert check(tmp_path, doc).errors == []
    SCHEMA_VALIDATOR.validate(doc)


# --- several errors, key order, version, broken files --------------------------------------------------


def test_all_errors_are_listed_in_file_order(tmp_path: Path) -> None:
    doc = example()
    doc["organisaties"].append({"code": "GGD", "naam": "Dubbel"})
    doc["casussen"][0]["afspraken"][0]["deadline"] = "2026-04-01"
    doc["casussen"][0]["aangemeld_door"] = "XYZ"
    doc["casussen"][1]["startdatum"] = "2026-02-30"
    doc["casussen"][2]["doorbraakplan"]["scores"][2]["score"] = 0
    doc["overleggen"][0]["besproken"][0]["casus"] = "bestaat-niet"
    report = check(tmp_path, doc)
    assert [place for place, _ in report.errors] == [
        "organisaties[4].code",
        "casussen[0].aangemeld_door",
        "casussen[0].afspraken[0].deadline",
        "casussen[1].startdatum",
        "casussen[2].doorbraakplan.scores[2].score",
        "overleggen[0].besproken[0].casus",
    ]


def test_reference_lists_after_the_cases(tmp_path: Path) -> None:
    doc = reordered(example(), ["overleggen", "casussen"])
    assert list(doc)[:2] == ["overleggen", "casussen"]
    calls: list[tuple[int, int]] = []
    path = write(tmp_path, doc)
    report = validate_file(path, KnownInDatabase(), lambda done, total: calls.append((done, total)))
    assert report.errors == []
    assert (report.case_count, report.meeting_count) == (3, 1)
    assert calls[-1] == (path.stat().st_size, path.stat().st_size)
    assert list(iter_cases(path)) == example()["casussen"]

    # the same mistakes give the same errors in either key order
    broken = example()
    broken["casussen"][1]["regie"] = "XYZ"
    broken["overleggen"][0]["aanwezig"].append("ABC")
    in_order = check(tmp_path, broken).errors
    assert [p for p, _ in in_order] == ["casussen[1].regie", "overleggen[0].aanwezig[4]"]
    late = check(tmp_path, reordered(broken, ["casussen", "overleggen"])).errors
    assert late == in_order


def test_version_2_is_refused_with_one_error(tmp_path: Path) -> None:
    message = (
        "Versie 2 van het uitwisselformaat wordt niet ondersteund; deze versie van Casus leest versie 1."
    )
    doc = example()
    doc["versie"] = 2
    doc["casussen"][0]["gebied"] = "XYZ"
    assert check(tmp_path, doc).errors == [("versie", message)]
    # also when the version comes last
    assert check(tmp_path, reordered(doc, ["formaat", "casussen", "overleggen"])).errors == [
        ("versie", message)
    ]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            '{"formaat": "casus-uitwisseling", "versie": 1 "casussen": []}',
            ["geen geldige JSON", "komma", "regel 1, kolom 47"],
        ),
        (
            '{"formaat": "casus-uitwisseling",\n "versie": 1,\n "casussen": [{"ref": "x",}]}',
            ["geen geldige JSON", "regel 3, kolom 27"],
        ),
        ("", ["leeg"]),
        ("[1, 2]", ["geen JSON-object"]),
        ("Casus;Gebied\n2026-001;HSB\n", ["geen JSON-bestand"]),
        ('{"formaat": "casus-uitwisseling", "versie": 1, "casussen": []} {}', ["na het einde", "regel 1"]),
        ('{"formaat": "casus-uitwisseling", "versie": 1, "casussen": [{"x": NaN}]}', ["NaN"]),
        ('{"formaat": "casus-uitwisseling", "versie": 1, "casussen": [{"x": "a\tb"}]}', ["ongeldig teken"]),
        (
            '{"formaat": "casus-uitwisseling", "versie": 1, "casussen": ['
            + "[" * 50_000
            + "]" * 50_000
            + "]}",
            ["te diep"],
        ),
    ],
)
def test_broken_json_gives_one_clear_error(tmp_path: Path, content: str, words: list[str]) -> None:
    report = check(tmp_path, content)
    assert len(report.errors) == 1
    place, message = report.errors[0]
    assert place == ""
    for word in words:
        assert word in message


@pytest.mark.parametrize("cut", [1, 40, 500, 1500, 3000, -3, -1])
def test_truncated_file(tmp_path: Path, cut: int) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").rstrip()
    report = check(tmp_path, text[:cut])
    assert len(report.errors) == 1
    assert report.errors[0][0] == ""
    assert "onvolledig" in report.errors[0][1]
    assert "regel" in report.errors[0][1]
    with pytest.raises(ImportRejected):
        list(iter_cases(write(tmp_path, text[:cut])))


def test_not_utf8_and_byte_order_mark(tmp_path: Path) -> None:
    raw = EXAMPLE.read_bytes()
    report = check(tmp_path, raw.replace(b"Voorbeeldstraat", "Voorbeeldstraße".encode("latin-1")))
    assert len(report.errors) == 1 and "UTF-8" in report.errors[0][1]
    assert check(tmp_path, b"\xef\xbb\xbf" + raw).errors == []


def test_key_twice_at_top_level(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"versie": 1,', '"versie": 1, "gebieden": [],', 1)
    report = check(tmp_path, text)
    assert [p for p, _ in report.errors] == ["gebieden"]
    assert "meer dan één keer" in report.errors[0][1]


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    report = validate_file(tmp_path / "bestaat-niet.json", KnownInDatabase())
    assert len(report.errors) == 1 and "kan niet worden gelezen" in report.errors[0][1]


def test_errors_stop_after_the_limit(tmp_path: Path) -> None:
    doc = example()
    case = doc["casussen"][1]
    doc["casussen"] = [dict(case, ref=f"C{i}", gebied="XYZ") for i in range(MAX_ERRORS + 200)]
    doc["overleggen"] = []
    report = check(tmp_path, doc)
    assert len(report.errors) == MAX_ERRORS + 1
    assert report.errors[MAX_ERRORS - 1][0] == f"casussen[{MAX_ERRORS - 1}].gebied"
    assert report.errors[-1] == (
        "",
        "… en meer fouten; het bestand is na 1000 fouten niet verder gecontroleerd",
    )
    assert report.case_count == MAX_ERRORS + 200


def test_progress_is_reported_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchange_stream, "CHUNK", 512)
    path = write(tmp_path, example())
    calls: list[tuple[int, int]] = []
    assert validate_file(path, KnownInDatabase(), lambda done, total: calls.append((done, total))).ok
    size = path.stat().st_size
    assert len(calls) > 3
    assert all(total == size for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (size, size)


# --- fuzzing ---------------------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
date_strings = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)).map(
    date.isoformat
) | st.sampled_from(
    ["2026-02-30", "2026-13-01", "2026-1-01", "26-04-01", "", "2026-04-09T10:00", "0000-01-01"]
)
codes = st.sampled_from(
    [
        "HSB",
        "VRH",
        "XYZ",
        "WONING",
        "GGD",
        "woonoverlast",
        "doel_bereikt",
        "huisvesting",
        "2026-001",
        "B1",
        "A1",
        "D1",
        "behaald",
        "gepland",
        "doorbraak",
        "casuistiek",
    ]
)


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


def _type_name(value: Any) -> str:
    return "number" if type(value) in (int, float) else type(value).__name__


def _mutate(doc: dict, data: st.DataObject) -> dict:
    kind = data.draw(
        st.sampled_from(["delete", "retype", "duplicate case", "date", "code", "number", "reorder"])
    )
    paths = _paths(doc)
    if kind == "duplicate case" and isinstance(doc.get("casussen"), list) and doc["casussen"]:
        doc["casussen"].append(copy.deepcopy(data.draw(st.sampled_from(doc["casussen"]))))
    elif kind == "reorder":
        keys = data.draw(st.permutations(list(doc)))
        doc = {key: doc[key] for key in keys}
    elif kind == "date":
        dated = [
            p for p in paths if isinstance(_parent(doc, p)[p[-1]], str) and len(_parent(doc, p)[p[-1]]) == 10
        ]
        if dated:
            path = data.draw(st.sampled_from(dated))
            _parent(doc, path)[path[-1]] = data.draw(date_strings)
    elif paths:
        path = data.draw(st.sampled_from(paths))
        parent, last = _parent(doc, path), path[-1]
        if kind == "delete":
            del parent[last]
        elif kind == "retype":
            old = _type_name(parent[last])
            parent[last] = data.draw(json_values.filter(lambda v: _type_name(v) != old))
        elif kind == "code":
            parent[last] = data.draw(codes)
        else:
            parent[last] = data.draw(st.integers(-3, 8) | st.floats(-2, 7, allow_nan=False))
    return doc


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(data=st.data())
def test_fuzz_never_raises_and_agrees_with_the_schema(data: st.DataObject) -> None:
    doc: Any = example()
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        doc = _mutate(doc, data)
    text = json.dumps(doc, ensure_ascii=False, indent=data.draw(st.sampled_from([None, 1])))
    if data.draw(st.integers(0, 9), label="truncate?") == 0:
        text = text[: data.draw(st.integers(0, len(text) - 1), label="cut")]
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), text)
        report = validate_file(path, KnownInDatabase())
        assert isinstance(report, ValidationReport)
        assert all(isinstance(p, str) and isinstance(m, str) and m for p, m in report.errors)
        if report.ok:
            SCHEMA_VALIDATOR.validate(json.loads(text))
            assert list(iter_cases(path)) == json.loads(text)["casussen"]
