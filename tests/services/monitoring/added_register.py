"""A hand-made register for the added indicators (issue 13), around a year end and a leap day.

The period of most tests is 2027-12-01..2028-02-29: it crosses the turn of the year and ends on a
leap day. The comment on each case says where it must (not) be counted; the expected numbers in
tests/services/monitoring/test_performance.py and test_activities.py are counted by hand from
these comments, not by the code under test.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from casus_app.services.exchange.importer import import_file
from casus_app.storage.models import Meeting, MeetingAttendee, Organisation

PERIOD = "2027-12-01..2028-02-29"


def _case(ref, gebied, start, end=None, *, adres=None, buurt=None, actions=(), plan=None) -> dict:
    case = {
        "ref": ref,
        "soort": "doorbraak" if plan is not None else "casuistiek",
        "gebied": gebied,
        "hoofdcategorie": "multiprobleem" if plan is not None else "woonoverlast",
        "aangemeld_door": "POLITIE",
        "startdatum": start,
        "einddatum": end,
        "afsluitreden": "doel_bereikt" if end else None,
        "betrokkenen": [],
        "afspraken": [
            {
                "ref": f"A{i}",
                "omschrijving": "Vrije tekst",
                "eigenaar": "BUURTTEAM",
                "afgesproken_op": agreed,
                "deadline": "2028-12-31",
                "afgerond_op": None,
                "vervallen_op": None,
            }
            for i, agreed in enumerate(actions, start=1)
        ],
    }
    if adres is not None:
        postcode, number, *suffix = adres
        case["adres"] = {
            "straat": "Proefstraat",
            "huisnummer": number,
            "postcode": postcode,
            "plaats": "Heerlen",
        }
        if suffix:
            case["adres"]["toevoeging"] = suffix[0]
    if buurt is not None:
        case["buurt"] = buurt
    if plan is not None:
        case["doorbraakplan"] = plan
    return case


def _plan(drawn_up, coach, breakthroughs=()) -> dict:
    return {
        "opgesteld_op": drawn_up,
        "gezinscoach": coach,
        "perspectief": "Eigen woorden",
        "scores": [],
        "doorbraken": [
            {
                "ref": f"D{i}",
                "omschrijving": "Vrije tekst",
                "type": kind,
                "partner": partner,
                "kosten_eur": 0,
                "status": "behaald" if reached else "gepland",
                "behaald_op": reached,
            }
            for i, (kind, partner, reached) in enumerate(breakthroughs, start=1)
        ],
    }


CASES = [
    # Address A (HSB): tackled before the period (afspraak 5 November) and in it (on the leap day):
    # herhaald. First discussed on 20 November 2027, before the period. Buurt Kasteelbuurt.
    _case(
        "2027-001",
        "HSB",
        "2027-11-01",
        adres=("6411AA", "1"),
        buurt="Kasteelbuurt",
        actions=["2027-11-05", "2028-02-29"],
    ),
    # Address B (HSB): first tackled in the period: nieuw. First discussed 15 December: 14 days.
    # Plan with a coach, open at the end: met gezinscoach. Doorbraken: huisvesting (WELLER) on
    # 1 January 2028, zorg_geregeld without partner on 25 December 2027; inkomen_op_orde on
    # 1 March 2028 is after the end. Buurt Terschuren.
    _case(
        "2027-002",
        "HSB",
        "2027-12-01",
        adres=("6411 AA", "2"),
        buurt="Terschuren",
        actions=["2027-12-31"],
        plan=_plan(
            "2027-12-20",
            "Coach A",
            [
                ("huisvesting", "WELLER", "2028-01-01"),
                ("inkomen_op_orde", "WOONPUNT", "2028-03-01"),
                ("zorg_geregeld", None, "2027-12-25"),
            ],
        ),
    ),
    # Address B again, written otherwise (the same address): one address. First discussed on the
    # leap day: 50 days. Plan drawn up on the last day, no coach: zonder gezinscoach. Doorbraak
    # uithuiszetting_voorkomen (WOONPUNT) on the leap day; huisvesting only planned. Buurt Mariarade:
    # address B's two cases name two buurten; B counts in the first by name, Mariarade.
    _case(
        "2028-003",
        "HSB",
        "2028-01-10",
        adres=("6411aa", "2"),
        buurt="Mariarade",
        plan=_plan(
            "2028-02-29",
            "",
            [("uithuiszetting_voorkomen", "WOONPUNT", "2028-02-29"), ("huisvesting", "WELLER", None)],
        ),
    ),
    # Address C (HSB): its only afspraak is the day after the period; plan drawn up after it.
    # Buurt Kasteelbuurt.
    _case(
        "2028-004",
        "HSB",
        "2028-01-20",
        adres=("6411AB", "3", "a"),
        buurt="Kasteelbuurt",
        actions=["2028-03-01"],
        plan=_plan("2028-03-01", "Coach C"),
    ),
    # Address D (VRH): tackled the day before the period (buurt Heksenberg, not tackled in it) ...
    _case(
        "2027-005", "VRH", "2027-11-01", adres=("6412XX", "10"), buurt="Heksenberg", actions=["2027-11-30"]
    ),
    # ... and on its first day: herhaald. First discussed 5 January 2028: 35 days. Plan without a
    # coach, open at the end: zonder gezinscoach; its doorbraak is only planned. Buurt
    # Vrieheide-De Stack: D counts there, not in Heksenberg (2027-005 was not tackled in the period).
    _case(
        "2027-006",
        "VRH",
        "2027-12-01",
        adres=("6412 xx", "10"),
        buurt="Vrieheide-De Stack",
        actions=["2027-12-01"],
        plan=_plan("2027-12-05", "", [("schulden_geregeld", "VINCIO", None)]),
    ),
    # Address F (HLH): discussed before the period (M7, 25 November) and an afspraak in it (and in
    # 2028Q1): herhaald, by the discussion alone. No buurt: onbekend.
    _case("2027-009", "HLH", "2027-11-01", adres=("6414AA", "7"), actions=["2028-01-15"]),
    # No address: tackled in the period, but not counted as an address.
    _case("2027-007", "VRH", "2027-12-01", actions=["2028-01-01"]),
    # Address E (HSN): discussed only at an overleg that was cancelled: not tackled.
    _case("2027-008", "HSN", "2027-12-01", adres=("6413AA", "5")),
    # Closed in the period, no address. Start → close: 1 day across the year end.
    _case("2027-010", "HSB", "2027-12-31", "2028-01-01"),
    # 1 day, closed on the leap day; first discussed on the leap day: 1 day.
    _case("2028-011", "HSB", "2028-02-28", "2028-02-29"),
    # 91 days (30 November 2027 to 29 February 2028); first discussed 15 December: 15 days. Its
    # plan is not counted in begeleiding: the case is closed on the last day. Its doorbraak
    # huisvesting (WELLER) on 2 December 2027 counts since the start.
    _case(
        "2027-013",
        "HSB",
        "2027-11-30",
        "2028-02-29",
        plan=_plan("2027-12-01", "Coach B", [("huisvesting", "WELLER", "2027-12-02")]),
    ),
    # 19 days; first discussed 15 December: 14 days.
    _case("2027-014", "HSB", "2027-12-01", "2027-12-20"),
    # 365 days (2027 is no leap year).
    _case("2027-015", "HSB", "2027-01-01", "2028-01-01"),
    # VRH: 20 days.
    _case("2027-016", "VRH", "2027-12-01", "2027-12-21"),
]


def _meeting(ref, kind, gebied, day, present, discussed) -> dict:
    return {
        "ref": ref,
        "soort": kind,
        "gebied": gebied,
        "datum": day,
        "aanwezig": present,
        "besproken": [{"casus": case, "notitie": "Vrije tekst"} for case in discussed],
    }


MEETINGS = [
    _meeting("M0", "casuistiekoverleg", "HSB", "2027-11-20", ["POLITIE", "BUURTTEAM"], ["2027-001"]),
    _meeting(
        "M1",
        "casuistiekoverleg",
        "HSB",
        "2027-12-15",
        ["POLITIE", "WONENLIMBURG"],
        ["2027-002", "2027-013", "2027-014"],
    ),
    _meeting(
        "M2",
        "leefbaarheidsoverleg",
        "HSB",
        "2028-02-29",
        ["POLITIE", "GEMEENTE"],
        ["2027-002", "2028-003", "2028-011"],
    ),
    _meeting("M3", "doorbraakteam", "HSN", "2027-12-15", ["GGD"], ["2027-008"]),  # cancelled below
    _meeting("M4", "casuistiekoverleg", "VRH", "2028-01-05", ["POLITIE", "VINCIO"], ["2027-006"]),
    _meeting("M5", "leefbaarheidsoverleg", "VRH", "2028-01-31", ["HANDHAVING"], []),  # afgerond below
    _meeting("M6", "leefbaarheidsoverleg", "HLH", "2028-02-10", ["GGD"], []),  # planned, never held
    _meeting("M7", "casuistiekoverleg", "HLH", "2027-11-25", ["POLITIE"], ["2027-009"]),  # before the period
]

# The professionals present (name, organisation), added to the imported overleggen.
PEOPLE = {
    "M1": [("Anna Jansen", "POLITIE"), ("Bert de Vries", "WONENLIMBURG")],
    "M2": [("anna  jansen", "POLITIE"), ("Carla Smit", "GEMEENTE")],  # Anna again, typed otherwise
    "M3": [("Dirk Bos", "GGD")],  # cancelled: not counted
    "M4": [("Anna Jansen", "POLITIE")],
}


def load(ws, tmp_path: Path) -> None:
    source = tmp_path / "added.json"
    document = {"formaat": "casus-uitwisseling", "versie": 1, "casussen": CASES, "overleggen": MEETINGS}
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    import_file(ws, source)
    with ws.register.session() as session:
        meetings = {m.ref: m for m in session.scalars(select(Meeting))}
        organisations = dict(session.execute(select(Organisation.code, Organisation.id)).all())
        meetings["M3"].status = "geannuleerd"
        meetings["M5"].status = "afgerond"
        for ref, people in PEOPLE.items():
            for position, (name, organisation) in enumerate(people):
                session.add(
                    MeetingAttendee(
                        meeting_id=meetings[ref].id,
                        name=name,
                        organisation_id=organisations[organisation],
                        position=position,
                    )
                )
