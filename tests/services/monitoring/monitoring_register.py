"""A hand-made register for the monitoring tests, with every edge of the definitions around 2026Q3.

Written as an exchange file and imported, so it goes through the same path as real data. The
comment on each case and action says where it must (not) be counted for 2026Q3 (1 July – 30
September 2026).
"""

from __future__ import annotations

import json
from pathlib import Path

from casus_app.services.exchange.importer import import_file


def _case(ref, soort, gebied, categorie, start, end=None, reason=None, actions=(), plan=None) -> dict:
    case = {
        "ref": ref,
        "soort": soort,
        "gebied": gebied,
        "hoofdcategorie": categorie,
        "aangemeld_door": "POLITIE",
        "startdatum": start,
        "einddatum": end,
        "afsluitreden": reason,
        "betrokkenen": [
            {
                "ref": "B1",
                "voornaam": "Fenna",
                "achternaam": f"Testpersoon{ref[-2:]}",
                "geboortedatum": "1980-02-03",
                "rol": "bewoner",
            }
        ],
        "adres": {
            "straat": "Proefstraat",
            "huisnummer": ref[-2:],
            "postcode": "6411 XQ",
            "plaats": "Heerlen",
        },
        "samenvatting": f"Geheime vrije tekst over casus {ref}",
        "afspraken": [
            {
                "ref": f"A{i}",
                "omschrijving": f"Vrije tekst afspraak {i}",
                "eigenaar": "BUURTTEAM",
                "afgesproken_op": agreed,
                "deadline": deadline,
                "afgerond_op": done,
                "vervallen_op": cancelled,
            }
            for i, (agreed, deadline, done, cancelled) in enumerate(actions, start=1)
        ],
    }
    if plan is not None:
        case["doorbraakplan"] = plan
    return case


def _plan(drawn_up, coach, breakthroughs) -> dict:
    return {
        "opgesteld_op": drawn_up,
        "gezinscoach": coach,
        "perspectief": "Eigen woorden van het gezin",
        "scores": [],
        "doorbraken": [
            {
                "ref": f"D{i}",
                "omschrijving": "Vrije tekst doorbraak",
                "type": kind,
                "partner": "WELLER",
                "kosten_eur": 100,
                "status": "behaald" if reached else "gepland",
                "behaald_op": reached,
            }
            for i, (kind, reached) in enumerate(breakthroughs, start=1)
        ],
    }


CASES = [
    # New on the first day of the period; open at its end. A1: made on the last day.
    _case(
        "2026-901",
        "casuistiek",
        "HSB",
        "woonoverlast",
        "2026-07-01",
        actions=[("2026-09-30", "2026-10-10", None, None)],
    ),
    # New on the last day; its afspraak is made the day after the period.
    _case(
        "2026-902",
        "leefbaarheid",
        "HSB",
        "zwerfafval",
        "2026-09-30",
        actions=[("2026-10-01", "2026-10-05", None, None)],
    ),
    # Started the day before the period: not new, but open.
    _case(
        "2026-903",
        "casuistiek",
        "HSB",
        "drugsoverlast",
        "2026-06-30",
        actions=[
            ("2026-07-01", "2026-07-15", "2026-07-15", None),  # made; done on its deadline: op tijd
            ("2026-06-20", "2026-07-01", "2026-07-02", None),  # made before; done in the period: te laat
            ("2026-09-01", "2026-09-10", None, "2026-09-20"),  # made; cancelled before the end: not overdue
            ("2026-05-01", "2026-06-01", None, None),  # made before, overdue at the end
        ],
    ),
    # Starts the day after the period: nowhere.
    _case("2026-904", "leefbaarheid", "VRH", "jeugdoverlast", "2026-10-01"),
    # Closed the day after the period: open at its end, not closed in it.
    _case(
        "2026-905",
        "casuistiek",
        "VRH",
        "burenconflict",
        "2026-03-01",
        "2026-10-01",
        "verhuisd",
        actions=[
            ("2026-08-01", "2026-08-15", None, None),  # overdue
            ("2026-08-01", "2026-09-29", "2026-10-01", None),  # done after the end: overdue, not done
            ("2026-09-01", "2026-09-30", None, None),  # deadline on the last day: not overdue
            ("2026-08-01", "2026-08-10", None, "2026-10-02"),  # cancelled after the end: overdue
        ],
    ),
    # Closed on the last day: closed in the period, not open at its end.
    _case(
        "2026-906",
        "casuistiek",
        "VRH",
        "woonoverlast",
        "2026-02-01",
        "2026-09-30",
        "doel_bereikt",
        actions=[("2026-06-01", "2026-06-15", "2026-09-30", None)],
    ),  # done in the period, late
    # Closed on the first day; its breakthrough reached that day; plan drawn up before.
    _case(
        "2026-907",
        "doorbraak",
        "HSN",
        "multiprobleem",
        "2026-05-01",
        "2026-07-01",
        "overgedragen",
        plan=_plan("2026-05-10", "coach A", [("huisvesting", "2026-07-01")]),
    ),
    # New; plan without a coach; one breakthrough reached on the last day, one planned.
    _case(
        "2026-908",
        "doorbraak",
        "HSN",
        "dreigende_uithuiszetting",
        "2026-08-01",
        actions=[("2026-08-05", "2026-08-20", "2026-08-20", None)],
        plan=_plan("2026-08-02", "", [("uithuiszetting_voorkomen", "2026-09-30"), ("huisvesting", None)]),
    ),
    # Plan drawn up on the first day, with a coach; breakthrough reached the day after the period.
    _case(
        "2026-909",
        "doorbraak",
        "HSN",
        "multiprobleem",
        "2026-01-01",
        plan=_plan("2026-07-01", "coach B", [("inkomen_op_orde", "2026-10-01")]),
    ),
    # Closed the day before the period: nowhere.
    _case("2026-910", "leefbaarheid", "HSB", "overlastplek", "2026-06-01", "2026-06-30", "geen_grond"),
]

# Every count of 2026Q3 that is not 0, per indicator: (gebied, code) → count. HLH has nothing.
EXPECTED_2026Q3 = {
    "casussen_nieuw": {("HSB", "leefbaarheid"): 1, ("HSB", "casuistiek"): 1, ("HSN", "doorbraak"): 1},
    "casussen_nieuw_categorie": {
        ("HSB", "woonoverlast"): 1,
        ("HSB", "zwerfafval"): 1,
        ("HSN", "dreigende_uithuiszetting"): 1,
    },
    "casussen_afgesloten": {("VRH", "doel_bereikt"): 1, ("HSN", "overgedragen"): 1},
    "casussen_lopend": {
        ("HSB", "leefbaarheid"): 1,
        ("HSB", "casuistiek"): 2,
        ("HSN", "doorbraak"): 2,
        ("VRH", "casuistiek"): 1,
    },
    "afspraken_gemaakt": {("HSB", "casuistiek"): 3, ("VRH", "casuistiek"): 4, ("HSN", "doorbraak"): 1},
    "afspraken_afgerond": {
        ("HSB", "op_tijd"): 1,
        ("HSB", "te_laat"): 1,
        ("VRH", "te_laat"): 1,
        ("HSN", "op_tijd"): 1,
    },
    "afspraken_verlopen": {("HSB", "casuistiek"): 1, ("VRH", "casuistiek"): 3},
    "doorbraakplannen_opgesteld": {("HSN", "met_gezinscoach"): 1, ("HSN", "zonder_gezinscoach"): 1},
    "doorbraken_behaald": {("HSN", "huisvesting"): 1, ("HSN", "uithuiszetting_voorkomen"): 1},
    # No case with a plan closes in 2026Q3 here (test_middelen_and_plan_effects.py counts them).
    "zelfredzaamheid_verandering": {},
    "casussen_afgesloten_doel_bereikt": {},
    # The same afspraken as afspraken_gemaakt; none of them has an interventietype.
    "afspraken_naar_type": {("HSB", "zonder_type"): 3, ("VRH", "zonder_type"): 4, ("HSN", "zonder_type"): 1},
}

# What no output may contain: names, refs, postcodes, street, free text of this register.
PERSONAL = [
    "Testpersoon",
    "Fenna",
    "Proefstraat",
    "6411",
    "XQ",
    "2026-90",
    "Geheime",
    "Vrije tekst",
    "Eigen woorden",
    "coach A",
    "coach B",
    "1980",
]


def document(cases: list[dict] | None = None) -> dict:
    return {"formaat": "casus-uitwisseling", "versie": 1, "casussen": CASES if cases is None else cases}


def load(ws, tmp_path: Path, cases: list[dict] | None = None) -> None:
    source = tmp_path / "monitoring.json"
    source.write_text(json.dumps(document(cases), ensure_ascii=False), encoding="utf-8")
    import_file(ws, source)
