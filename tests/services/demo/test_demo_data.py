"""The synthetic register: valid against the schema and the rules of exchange.md, deterministic,
written atomically, and shaped like a living register."""

from __future__ import annotations

import copy
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from casus_app.services.demo import data as demo_data
from casus_app.services.demo.data import generate_exchange, write_exchange
from casus_app.storage.reference_defaults import defaults_path, load_defaults

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "fixtures" / "exchange-v1.schema.json"
TODAY = date(2026, 3, 15)
MEETING_FOR = {
    "leefbaarheidsoverleg": "leefbaarheid",
    "casuistiekoverleg": "casuistiek",
    "doorbraakteam": "doorbraak",
}


def _doc(n: int, seed: int = 2026, today: date = TODAY) -> dict[str, Any]:
    return json.loads("".join(generate_exchange(n, seed=seed, today=today)))


@pytest.fixture(scope="module")
def doc300() -> dict[str, Any]:
    return _doc(300)


@pytest.fixture(scope="module")
def doc2000() -> dict[str, Any]:
    return _doc(2000, seed=7)


def semantic_errors(doc: dict[str, Any], today: date) -> list[str]:
    """The rules of exchange.md that the JSON Schema cannot express, plus the generator's promises."""
    errors: list[str] = []
    gebieden = {g["code"]: set(g.get("buurten", [])) for g in doc["gebieden"]}
    orgs = {o["code"] for o in doc["organisaties"]}
    cat_soort = {c["code"]: c["soort"] for c in doc["categorieen"]}
    redenen = {r["code"] for r in doc["afsluitredenen"]}
    types = {t["code"] for t in doc["doorbraaktypen"]}
    leefgebieden = {lg["code"] for lg in load_defaults()["leefgebieden"]}

    def day(value: str, where: str) -> date:
        d = date.fromisoformat(value)
        if d > today:
            errors.append(f"{where}: {value} ligt na vandaag")
        return d

    open_span: dict[str, tuple[str, str, date, date]] = {}
    refs: set[str] = set()
    for n, c in enumerate(doc["casussen"]):
        at = f"casussen[{n}]"
        if c["ref"] in refs:
            errors.append(f"{at}.ref dubbel: {c['ref']}")
        refs.add(c["ref"])
        start = day(c["startdatum"], f"{at}.startdatum")
        if c["ref"][:4] != c["startdatum"][:4]:
            errors.append(f"{at}.ref hoort bij een ander jaar dan de startdatum")
        if c["gebied"] not in gebieden:
            errors.append(f"{at}.gebied onbekend")
        elif c.get("buurt") is not None and c["buurt"] not in gebieden[c["gebied"]]:
            errors.append(f"{at}.buurt {c['buurt']} hoort niet bij {c['gebied']}")
        if cat_soort.get(c["hoofdcategorie"]) != c["soort"]:
            errors.append(f"{at}.hoofdcategorie past niet bij soort")
        for extra in c.get("categorieen", []):
            if cat_soort.get(extra) != c["soort"] or extra == c["hoofdcategorie"]:
                errors.append(f"{at}.categorieen: {extra}")
        for key in ("aangemeld_door", "regie"):
            if c.get(key) is not None and c[key] not in orgs:
                errors.append(f"{at}.{key} onbekend")
        end = day(c["einddatum"], f"{at}.einddatum") if c.get("einddatum") else None
        if end is not None and end < start:
            errors.append(f"{at}.einddatum voor startdatum")
        if (end is None) != (c.get("afsluitreden") is None):
            errors.append(f"{at}.afsluitreden alleen en altijd bij een einddatum")
        if c.get("afsluitreden") is not None and c["afsluitreden"] not in redenen:
            errors.append(f"{at}.afsluitreden onbekend")
        horizon = end or today
        open_span[c["ref"]] = (c["soort"], c["gebied"], start, horizon)
        if len({b["ref"] for b in c.get("betrokkenen", [])}) != len(c.get("betrokkenen", [])):
            errors.append(f"{at}.betrokkenen: ref dubbel")
        for b in c.get("betrokkenen", []):
            if b.get("geboortedatum") and day(b["geboortedatum"], f"{at}.geboortedatum") > start:
                errors.append(f"{at}.betrokkenen: geboren na de start")
        afspraken = c.get("afspraken", [])
        if len({a["ref"] for a in afspraken}) != len(afspraken):
            errors.append(f"{at}.afspraken: ref dubbel")
        for k, a in enumerate(afspraken):
            aat = f"{at}.afspraken[{k}]"
            if a["eigenaar"] not in orgs:
                errors.append(f"{aat}.eigenaar onbekend")
            agreed = day(a["afgesproken_op"], f"{aat}.afgesproken_op")
            deadline = date.fromisoformat(a["deadline"])  # may lie ahead for an open action
            if not start <= agreed <= horizon:
                errors.append(f"{aat}.afgesproken_op buiten de looptijd")
            if not 7 <= (deadline - agreed).days <= 42:
                errors.append(f"{aat}.deadline niet 1-6 weken later")
            if a.get("afgerond_op") and a.get("vervallen_op"):
                errors.append(f"{aat}: afgerond én vervallen")
            for key in ("afgerond_op", "vervallen_op"):
                if a.get(key) and not agreed <= day(a[key], f"{aat}.{key}") <= horizon:
                    errors.append(f"{aat}.{key} buiten de looptijd")
            if end is not None and not (a.get("afgerond_op") or a.get("vervallen_op")):
                errors.append(f"{aat}: open afspraak in een afgesloten casus")
        plan = c.get("doorbraakplan")
        if plan is not None and c["soort"] != "doorbraak":
            errors.append(f"{at}.doorbraakplan bij soort {c['soort']}")
        if c["soort"] == "doorbraak" and plan is None:
            errors.append(f"{at}: doorbraak zonder doorbraakplan")
        if plan:
            made = day(plan["opgesteld_op"], f"{at}.opgesteld_op")
            if made < start:
                errors.append(f"{at}.doorbraakplan.opgesteld_op voor startdatum")
            for s in plan["scores"]:
                if s["leefgebied"] not in leefgebieden or day(s["datum"], f"{at}.scores") < made:
                    errors.append(f"{at}.doorbraakplan.scores: {s}")
            for d in plan["doorbraken"]:
                if d["type"] not in types or (d.get("partner") and d["partner"] not in orgs):
                    errors.append(f"{at}.doorbraken: code onbekend")
                if (d["status"] == "behaald") != (d.get("behaald_op") is not None):
                    errors.append(f"{at}.doorbraken: behaald_op alleen en altijd bij status behaald")
                if d.get("behaald_op") and not made <= day(d["behaald_op"], f"{at}.behaald_op") <= horizon:
                    errors.append(f"{at}.doorbraken: behaald_op buiten de looptijd")
    meeting_refs: set[str] = set()
    for n, m in enumerate(doc.get("overleggen", [])):
        at = f"overleggen[{n}]"
        if m["ref"] in meeting_refs:
            errors.append(f"{at}.ref dubbel")
        meeting_refs.add(m["ref"])
        held = day(m["datum"], f"{at}.datum")
        expected = f"OV-{m['datum']}-{m['gebied']}-{'LCD'['lcd'.index(m['soort'][0])]}"
        if m["ref"] != expected:
            errors.append(f"{at}.ref {m['ref']} is niet {expected}")
        if m["gebied"] not in gebieden or any(o not in orgs for o in m.get("aanwezig", [])):
            errors.append(f"{at}: code onbekend")
        if not 3 <= len(set(m.get("aanwezig", []))) <= 7:
            errors.append(f"{at}.aanwezig: {len(m.get('aanwezig', []))} organisaties")
        for b in m.get("besproken", []):
            span = open_span.get(b["casus"])
            if span is None:
                errors.append(f"{at}.besproken: casus {b['casus']} bestaat niet")
                continue
            soort, gebied, start, horizon = span
            other_gebied = gebied != m["gebied"] and m["soort"] != "doorbraakteam"  # that one: every gebied
            if soort != MEETING_FOR[m["soort"]] or other_gebied or not start <= held <= horizon:
                errors.append(f"{at}.besproken: casus {b['casus']} hoort hier niet")
            if not b.get("notitie"):
                errors.append(f"{at}.besproken: notitie leeg")
    return errors


def _masculine(surname: str) -> str:
    return surname[:-1] + "i" if surname.endswith(("ska", "cka")) else surname


# --- validity -----------------------------------------------------------------------------------
def test_document_validates_against_schema(doc300: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    problems = [
        f"{list(e.absolute_path)}: {e.message}" for e in Draft202012Validator(schema).iter_errors(doc300)
    ]
    assert problems == []
    assert doc300["formaat"] == "casus-uitwisseling" and doc300["versie"] == 1
    assert len(doc300["casussen"]) == 300


def test_document_follows_the_exchange_rules(doc300: dict[str, Any]) -> None:
    assert semantic_errors(doc300, TODAY) == []


def test_rule_checker_catches_broken_documents(doc300: dict[str, Any]) -> None:
    """The semantic check above must be able to fail."""
    broken = copy.deepcopy(doc300)
    cases = broken["casussen"]
    other = next(g for g in broken["gebieden"] if g["code"] != cases[0]["gebied"])
    cases[0]["buurt"] = other["buurten"][0]
    closed = next(c for c in cases if c["einddatum"])
    closed["afsluitreden"] = None
    cases[2]["ref"] = cases[1]["ref"]
    broken["overleggen"][-1]["besproken"].append({"casus": "1999-99999", "notitie": "x"})
    errors = "\n".join(semantic_errors(broken, TODAY))
    assert "hoort niet bij" in errors
    assert "afsluitreden alleen en altijd" in errors
    assert "ref dubbel" in errors
    assert "1999-99999 bestaat niet" in errors


def test_reference_lists_come_from_defaults(doc300: dict[str, Any]) -> None:
    defaults = load_defaults()
    for key in ("gebieden", "organisaties", "categorieen", "afsluitredenen", "doorbraaktypen"):
        assert doc300[key] == defaults[key]
    assert "leefgebieden" not in doc300


def test_people_addresses_and_texts_look_real(doc300: dict[str, Any]) -> None:
    cases = doc300["casussen"]
    postcodes = [c["adres"]["postcode"] for c in cases if c.get("adres")]
    assert all(6411 <= int(p[:4]) <= 6446 and p[4] == " " and p[5:].isalpha() for p in postcodes)
    assert {c["adres"]["plaats"] for c in cases if c.get("adres")} <= {"Hoensbroek", "Heerlen"}
    people = [p for c in cases for p in c["betrokkenen"]]
    assert any(p.get("tussenvoegsel") for p in people)
    for c in cases:
        kind = c["soort"]
        if kind in ("casuistiek", "doorbraak"):
            assert 1 <= len(c["betrokkenen"]) <= 4
        else:
            assert len(c["betrokkenen"]) <= 1
            assert all(p["rol"] in ("eigenaar", "melder") for p in c["betrokkenen"])
        words = set(re.findall(r"[\w-]+", c["samenvatting"]))
        assert not words & {p["achternaam"] for p in c["betrokkenen"]}  # no names in free text
        if kind == "doorbraak":
            plan = c["doorbraakplan"]
            assert 1 <= len(plan["doorbraken"]) <= 2
            assert 3 <= len({s["leefgebied"] for s in plan["scores"]}) <= 6
            assert 1 <= len({s["datum"] for s in plan["scores"]}) <= 4
            assert plan["perspectief"].split()[0] in ("Over", "Ik", "Wij")
            assert plan["gezinscoach"] == "" or plan["gezinscoach"].startswith("Gezinscoach ")
            households = [p for p in c["betrokkenen"] if p["rol"] in ("ouder", "kind")]
            assert len({_masculine(p["achternaam"]) for p in households}) == 1  # one household


# --- determinism --------------------------------------------------------------------------------
def test_same_seed_same_text_other_seed_other_text() -> None:
    a = "".join(generate_exchange(120, seed=11, today=TODAY))
    b = "".join(generate_exchange(120, seed=11, today=TODAY))
    c = "".join(generate_exchange(120, seed=12, today=TODAY))
    assert a == b
    assert a != c


def test_output_is_streamed_in_chunks() -> None:
    chunks = list(generate_exchange(2000, seed=3, today=TODAY))
    assert len(chunks) > 5
    assert max(len(ch) for ch in chunks) < sum(len(ch) for ch in chunks) / 3


def test_zero_cases_is_a_valid_empty_register() -> None:
    doc = _doc(0)
    assert doc["casussen"] == [] and doc["overleggen"] == []
    with pytest.raises(ValueError):
        generate_exchange(-1)


# --- writing ------------------------------------------------------------------------------------
def test_write_exchange_writes_valid_json_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "demo.json"
    write_exchange(target, 50, seed=5, today=TODAY)
    assert os.listdir(tmp_path) == ["demo.json"]
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert len(doc["casussen"]) == 50
    assert target.read_text(encoding="utf-8") == "".join(generate_exchange(50, seed=5, today=TODAY))


def test_write_exchange_keeps_old_file_when_generation_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "demo.json"
    target.write_text("oud", encoding="utf-8")

    def failing(*args: Any, **kwargs: Any):
        yield '{"formaat":'
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(demo_data, "generate_exchange", failing)
    with pytest.raises(RuntimeError):
        write_exchange(target, 10)
    assert os.listdir(tmp_path) == ["demo.json"]
    assert target.read_text(encoding="utf-8") == "oud"


# --- shape of a living register -----------------------------------------------------------------
def test_distribution_looks_like_a_living_register(doc2000: dict[str, Any]) -> None:
    cases = doc2000["casussen"]
    n = len(cases)
    share = Counter(c["soort"] for c in cases)
    assert abs(share["leefbaarheid"] / n - 0.45) < 0.05
    assert abs(share["casuistiek"] / n - 0.45) < 0.05
    assert abs(share["doorbraak"] / n - 0.10) < 0.03
    closed = sum(1 for c in cases if c["einddatum"]) / n
    assert 0.50 <= closed <= 0.70
    assert {c["gebied"] for c in cases} == {g["code"] for g in doc2000["gebieden"]}
    risk = Counter(c["risico"] for c in cases)
    assert risk["hoog"] / n < 0.2 and risk["laag"] + risk["midden"] > 0.8 * n
    starts = sorted(date.fromisoformat(c["startdatum"]) for c in cases)
    assert (TODAY - starts[0]).days <= 3 * 366
    last_year = sum(1 for s in starts if (TODAY - s).days < 365)
    assert last_year > sum(1 for s in starts if (TODAY - s).days >= 730)  # denser recently
    open_actions = [a for c in cases if not c["einddatum"] for a in c["afspraken"]]
    overdue = [
        a
        for a in open_actions
        if not a["afgerond_op"] and not a["vervallen_op"] and a["deadline"] < TODAY.isoformat()
    ]
    late = [a for a in open_actions if a["afgerond_op"] and a["afgerond_op"] > a["deadline"]]
    assert overdue and late
    assert any(a["vervallen_op"] for c in cases for a in c["afspraken"])
    assert all(0 <= len(c["afspraken"]) <= 5 for c in cases)
    assert any(c["categorieen"] for c in cases)


def test_meetings_cover_every_gebied_and_kind(doc2000: dict[str, Any]) -> None:
    meetings = doc2000["overleggen"]
    seen = Counter((m["gebied"], m["soort"]) for m in meetings)
    for g in doc2000["gebieden"]:
        assert seen[(g["code"], "leefbaarheidsoverleg")] >= 20  # ~every 6 weeks over ~3 years
        assert seen[(g["code"], "casuistiekoverleg")] >= 20
    # One doorbraakteam a month for all of Heerlen-Noord, with the families of several gebieden.
    team = [m for m in meetings if m["soort"] == "doorbraakteam"]
    assert len(team) >= 12 and len({m["datum"] for m in team}) == len(team)
    areas = {c["ref"]: c["gebied"] for c in doc2000["casussen"]}
    assert any(len({areas[b["casus"]] for b in m["besproken"]}) > 1 for m in team)
    assert sum(len(m["besproken"]) for m in meetings) > len(meetings) * 2
    assert semantic_errors(doc2000, TODAY) == []


# --- reference defaults -------------------------------------------------------------------------
def test_load_defaults_reads_the_bundle_when_frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert defaults_path().is_file()
    bundled = tmp_path / "db" / "reference" / "defaults.yaml"
    bundled.parent.mkdir(parents=True)
    bundled.write_text("gebieden: []\norganisaties: [{code: X, naam: Iks}]\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert load_defaults() == {"gebieden": [], "organisaties": [{"code": "X", "naam": "Iks"}]}


# --- the demo register: the same on the same day, valid on any day ------------------------------
DEMO_PASSWORD = "een lang wachtwoord"


def _demo_register(folder: Path, day: date) -> tuple[str, list[tuple]]:
    """Build a small demo register with the app's clock on `day`; its export and its users."""
    from casus_app.domain import clock
    from casus_app.services.admin import user_admin
    from casus_app.services.demo.demo import create_demo_register
    from casus_app.services.exchange.export import export_file

    folder.mkdir()
    with clock.installed(clock.DayClock(day)):
        ws, _ = create_demo_register(folder / "demo.db", "beheer", DEMO_PASSWORD, n_cases=60)
        try:
            export_file(ws, folder / "export.json")
            users = [
                (u.name, u.display_name, u.role, u.organisation, u.areas) for u in user_admin.list_users(ws)
            ]
        finally:
            ws.close()
    return (folder / "export.json").read_text(encoding="utf-8"), users


def test_two_demo_registers_built_on_the_same_day_are_the_same(tmp_path: Path) -> None:
    day = date(2027, 3, 1)
    first = _demo_register(tmp_path / "a", day)
    assert _demo_register(tmp_path / "b", day) == first
    assert (
        _demo_register(tmp_path / "c", day.replace(day=2))[0] != first[0]
    )  # the day decides, not the machine


@pytest.mark.parametrize("day", [date(2028, 2, 29), date(2027, 1, 1)], ids=str)
def test_a_demo_register_built_on_an_awkward_day_is_valid_and_ends_that_day(
    tmp_path: Path, day: date
) -> None:
    text, users = _demo_register(tmp_path / "demo", day)
    doc = json.loads(text)
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert [e.message for e in Draft202012Validator(schema).iter_errors(doc)] == []
    assert semantic_errors(doc, day) == []  # nothing after `day`, every reference resolves
    assert len(doc["casussen"]) == 60 and {u[0] for u in users} >= {"beheer", "professional", "coordinator"}
    starts = sorted(date.fromisoformat(c["startdatum"]) for c in doc["casussen"])
    last_meeting = max(date.fromisoformat(m["datum"]) for m in doc["overleggen"])
    assert (day - starts[0]).days <= 3 * 366 and 0 <= (day - last_meeting).days < 14
    assert all(c["ref"].startswith(f"{date.fromisoformat(c['startdatum']).year}-") for c in doc["casussen"])


def test_the_generator_takes_its_day_from_the_app_clock_whatever_the_hash_seed() -> None:
    """The same day gives the same text in another process too (set and dict order do not leak in)."""
    import hashlib
    import subprocess

    code = (
        "import datetime as dt, hashlib, sys\n"
        "from casus_app.domain import clock\n"
        "from casus_app.services.demo.data import generate_exchange\n"
        "clock.install(clock.FixedClock(dt.date(2028, 2, 29)))\n"
        "sys.stdout.write(hashlib.sha256(''.join(generate_exchange(150, seed=9)).encode()).hexdigest())\n"
    )
    expected = hashlib.sha256(
        "".join(generate_exchange(150, seed=9, today=date(2028, 2, 29))).encode()
    ).hexdigest()
    for hash_seed in ("1", "2"):
        child = subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert child.returncode == 0, child.stderr
        assert child.stdout == expected
