"""A retention purge never changes a monitoring figure (issue 13): the anonymous statistical stubs.

A register with hand-made cases across periods and a year end; the counts, the protected
overview and the trend of several periods are taken before a purge and compared after it. The
stubs hold no personal value, and their address hash cannot be made without the register's secret.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

import pytest
from sqlalchemy import func, select

from casus_app.domain.disclosure.tables import TOTAL_COLUMN, TOTAL_ROW
from casus_app.domain.enums import CaseKind
from casus_app.domain.errors import InvalidInput
from casus_app.domain.periods import Period
from casus_app.services.admin import reference_lists
from casus_app.services.exchange.importer import import_file
from casus_app.services.monitoring import activities, counts, performance, rows
from casus_app.services.monitoring.export import monitoring_overview
from casus_app.services.monitoring.trend import count_trend, trend_quarters
from casus_app.services.privacy import retention, statistical_stubs
from casus_app.storage.models import (
    Case,
    RegisterMeta,
    StubAction,
    StubBreakthrough,
    StubCase,
    StubDiscussion,
    StubPlan,
)
from tests.services.privacy.privacy_data import action, case, meeting, person, write_exchange

TODAY = dt.date(2026, 11, 30)
PERIODS = ("2023Q4", "2024Q1", "2023", "2024", "2024H1", "2024H2", "2025", "2026Q3")
# Names, streets, postcodes, places and free text of the purged cases: none may be in a stub.
PERSONAL = [
    "Wobbeltrude",
    "Quaxelmann",
    "Fribbelina",
    "Zorkowitz",
    "Plonkerius",  # a gezinscoach's name
    "Zirpelhof",
    "Knarzweg",
    "6431",
    "6432",
    "Hoensbroek",
    "Qrumbelhuis",  # summary
    "Fnordelbezoek",  # afspraak
    "Knirpstraum",  # perspectief
    "Schnurpsdoorbraak",  # doorbraak
    "Blubbernotitie",  # bespreking
    "ZAAK-",  # case refs
]


def address(street: str, number: str, postcode: str | None, suffix: str | None = None) -> dict:
    item = {"straat": street, "huisnummer": number, "plaats": "Hoensbroek"}
    if postcode:
        item["postcode"] = postcode
    if suffix:
        item["toevoeging"] = suffix
    return item


def cancelled(item: dict, on: str) -> dict:
    return {**item, "vervallen_op": on}


def register_cases() -> list[dict]:
    """Closed long ago (purged) and recent (kept), across 2023 and 2024 and the year end between."""
    old = [
        case(
            "ZAAK-1",
            start="2023-12-30",  # new in 2023Q4, open over the year end
            end="2024-01-02",
            persons=[person("B1", "Wobbeltrude", "Quaxelmann", "1970-01-01")],
            summary="Qrumbelhuis: overlast sinds de zomer.",
            actions=[
                action("A1", "Fnordelbezoek bij Wobbeltrude", "2023-12-30", "2023-12-30", "2024-01-02"),
                action("A2", "Fnordelbezoek nummer twee", "2023-12-30", "2024-01-05", "2024-01-01"),
            ],
        ),
        case(
            "ZAAK-2",
            start="2023-10-01",
            end="2024-03-31",
            persons=[person("B1", "Fribbelina", "Zorkowitz", "1981-02-03")],
            actions=[
                action("A1", "Fnordelbezoek", "2023-10-02", "2023-11-01"),  # never done: overdue
                cancelled(action("A2", "Fnordelbezoek vervallen", "2023-10-02", "2023-10-20"), "2024-02-01"),
            ],
            area="VRH",
        ),
        case("ZAAK-3", "leefbaarheid", start="2024-01-01", end="2024-06-30"),
        case(
            "ZAAK-4",
            "doorbraak",
            start="2023-11-15",
            end="2024-12-31",  # closed on the last day of 2024
            persons=[person("B1", "Wobbeltrude", "Quaxelmann", "1970-01-01", role="ouder")],
            plan={
                "opgesteld_op": "2023-12-01",
                "gezinscoach": "Plonkerius",
                "perspectief": "Knirpstraum voor het gezin.",
                "scores": [],
                "doorbraken": [
                    {
                        "ref": "D1",
                        "omschrijving": "Schnurpsdoorbraak bij de woning",
                        "type": "uithuiszetting_voorkomen",
                        "partner": "WONING",
                        "kosten_eur": 100,
                        "status": "behaald",
                        "behaald_op": "2024-01-01",
                    },
                    {
                        "ref": "D2",
                        "omschrijving": "Schnurpsdoorbraak twee",
                        "type": "huisvesting",
                        "partner": "WONING",
                        "kosten_eur": 0,
                        "status": "behaald",
                        "behaald_op": "2023-12-31",
                    },
                ],
            },
        ),
        case(
            "ZAAK-5",
            "doorbraak",
            start="2024-02-29",  # a leap day
            end="2024-10-01",
            plan={"opgesteld_op": "2024-03-01", "gezinscoach": "  ", "scores": [], "doorbraken": []},
            actions=[action("A1", "Fnordelbezoek", "2024-03-01", "2024-03-10", "2024-04-01")],  # late
        ),
    ]
    old[0]["adres"] = address("Zirpelhof", "12", "6431 ab", "a")
    old[0]["buurt"] = "Kasteelbuurt"
    old[1]["adres"] = address("Knarzweg", "3", None)
    old[3]["adres"] = address("Zirpelhof", "12", "6431AB", "A")  # the same house as ZAAK-1
    old[4]["adres"] = address("Zirpelhof", "14", "6432 XY")
    recent = [
        case("NU-1", start="2024-06-01"),  # open: kept
        case(
            "NU-2",
            start="2023-12-31",
            end="2026-10-01",
            actions=[action("A1", "Bellen", "2024-01-02", "2024-01-03")],
        ),
    ]
    return old + recent


@pytest.fixture
def stub_ws(admin_ws, tmp_path):
    meetings = [
        meeting("OV-1", "2024-01-01", [("ZAAK-1", "Blubbernotitie over de buren."), ("NU-2", "kort")])
    ]
    import_file(admin_ws, write_exchange(tmp_path / "stubs.json", register_cases(), meetings))
    for kind in CaseKind:
        retention.set_retention_period(admin_ws, kind, 12)
    return admin_ws


def raw_counts(ws) -> dict[str, list]:
    with ws.register.read_session() as session:
        figures = {code: counts.tables_in(session, Period.parse(code)) for code in PERIODS}
        figures["trend"] = [count_trend(session, trend_quarters(Period.parse("2024Q4")))]
    return figures


def published(ws) -> dict[str, tuple]:
    result = {}
    for code in PERIODS:
        overview = monitoring_overview(ws, code)
        assert overview.trend is not None
        result[code] = (
            tuple((t.indicator, sorted(t.values.items()), sorted(t.suppressed)) for t in overview.tables),
            sorted((name, tuple(points)) for name, points in overview.trend.points.items()),
        )
    return result


def live_only(ws, code: str) -> dict[str, int]:
    with ws.register.read_session() as session:
        tables = counts.tables_in(session, Period.parse(code), sources=(rows.LIVE,))
    return {t.indicator: sum(t.cells.values()) for t in tables}


def grand_totals(figures: list) -> dict[str, int]:
    return {t.indicator: sum(t.cells.values()) for t in figures}


def test_every_period_counts_the_same_after_a_purge(stub_ws):
    before, shown = raw_counts(stub_ws), published(stub_ws)
    live_2024 = live_only(stub_ws, "2024")
    # Hand-counted: new in 2024 are ZAAK-3, ZAAK-5 and NU-1; closed ZAAK-1, 2, 3, 4 and 5; open at
    # the end of 2023: ZAAK-1, 2, 4 and NU-2; plans drawn up in 2024: ZAAK-5's (without a coach).
    assert grand_totals(before["2024"])["casussen_nieuw"] == 3
    assert grand_totals(before["2024"])["casussen_afgesloten"] == 5
    assert grand_totals(before["2023"])["casussen_lopend"] == 4
    # Overdue at the end of 2023: ZAAK-1's A1 (done only in 2024), ZAAK-2's two (A2 cancelled in 2024).
    assert grand_totals(before["2023"])["afspraken_verlopen"] == 3
    assert grand_totals(before["2023"])["doorbraken_behaald"] == 1
    plans_2024 = {t.indicator: t for t in before["2024"]}["doorbraakplannen_opgesteld"]
    assert sum(v for (_, col), v in plans_2024.cells.items() if col == counts.WITHOUT_COACH) == 1

    result = retention.purge(stub_ws, today=TODAY)
    assert result.cases == 5 and result.actions == 5 and result.plans == 2 and result.discussions == 1

    assert raw_counts(stub_ws) == before
    assert published(stub_ws) == shown
    # The live tables alone lost the purged cases: the stubs carry the figures.
    after_live = live_only(stub_ws, "2024")
    assert after_live["casussen_afgesloten"] == 0 < live_2024["casussen_afgesloten"] == 5
    assert after_live["casussen_nieuw"] == 1  # NU-1


def test_counts_stay_the_same_over_purges_one_case_at_a_time(stub_ws):
    before = raw_counts(stub_ws)
    for candidate in retention.cases_past_retention(stub_ws, today=TODAY):
        retention.purge(stub_ws, [candidate.case_id], today=TODAY)
        assert raw_counts(stub_ws) == before
    with stub_ws.register.read_session() as session:
        assert session.scalar(select(func.count()).select_from(StubCase)) == 5
        assert session.scalar(select(func.count()).select_from(Case)) == 2


def stored_values(ws) -> list[object]:
    with ws.register.read_session() as session:
        return [
            value
            for model in (StubCase, StubAction, StubDiscussion, StubPlan, StubBreakthrough)
            for row in session.execute(select(model.__table__)).all()
            for value in row
        ]


def test_the_stubs_hold_no_personal_value(stub_ws):
    retention.purge(stub_ws, today=TODAY)
    values = stored_values(stub_ws)
    assert values
    texts = {v for v in values if isinstance(v, str)}
    hashes = {v for v in texts if len(v) == 64 and all(c in "0123456789abcdef" for c in v)}
    text = "\n".join(str(v) for v in values if v not in hashes).lower()
    assert [word for word in PERSONAL if word.lower() in text] == []
    # Every text stored is a code, a buurt, an overleg's kind or a 64-digit hash; nothing else.
    assert texts - hashes <= {k.value for k in CaseKind} | {"Kasteelbuurt", "casuistiekoverleg"}
    assert len(hashes) == 3  # ZAAK-1 and ZAAK-4 share a house; ZAAK-3 has no address
    # No stub is numbered like a removed case.
    with stub_ws.register.read_session() as session:
        stub_ids = list(session.scalars(select(StubCase.id).order_by(StubCase.start_date)))
    assert stub_ids == sorted(stub_ids)  # numbered in the order of the dates, not of the cases
    assert "case_id" not in StubCase.__table__.c and "ref" not in StubCase.__table__.c


def test_the_address_hash_needs_the_registers_secret(stub_ws):
    retention.purge(stub_ws, today=TODAY)
    with stub_ws.register.read_session() as session:
        secret_hex = session.scalar(
            select(RegisterMeta.value).where(RegisterMeta.key == statistical_stubs.SECRET_KEY)
        )
        keys = set(session.scalars(select(StubCase.address_key).where(StubCase.address_key.is_not(None))))
    assert secret_hex is not None and len(bytes.fromhex(secret_hex)) == 32
    house = statistical_stubs.normalised_address("Zirpelhof", "12", "a", "6431 ab", "Hoensbroek")
    assert house == statistical_stubs.normalised_address(" zirpelhof ", "12", "A", "6431AB", None)
    expected = hmac.new(bytes.fromhex(secret_hex), house.encode(), hashlib.sha256).hexdigest()
    assert expected in keys
    # Without the secret: neither a plain hash nor a hash under another key gives the stored value.
    assert hashlib.sha256(house.encode()).hexdigest() not in keys
    assert statistical_stubs.address_key(b"\x00" * 32, house) not in keys
    assert statistical_stubs.address_key(bytes.fromhex(secret_hex), house) == expected


def test_each_register_has_its_own_secret(stub_ws, tmp_path):
    from casus_app.services.auth import login
    from tests.conftest import ADMIN, PASSWORD

    other, _ = login.create_register(tmp_path / "other" / "casus.db", ADMIN, PASSWORD)
    try:
        secrets_seen = []
        for ws in (stub_ws, other):
            with ws.register.session() as session:
                first = statistical_stubs.address_secret(session)
            with ws.register.session() as session:
                assert statistical_stubs.address_secret(session) == first  # made once, then kept
            secrets_seen.append(first)
        assert secrets_seen[0] != secrets_seen[1]
    finally:
        other.close()


def test_a_buurt_or_code_only_a_stub_uses_stays_in_the_reference_lists(stub_ws):
    retention.purge(stub_ws, today=TODAY)

    def item(list_name: str, code: str):
        return next(i for i in reference_lists.list_items(stub_ws, list_name) if i.code == code)

    # Kasteelbuurt and this doorbraaktype were used by purged cases only: their stubs still count them.
    buurt = item(reference_lists.NEIGHBOURHOODS, "Kasteelbuurt")
    kind = item(reference_lists.BREAKTHROUGH_TYPES, "uithuiszetting_voorkomen")
    assert buurt.in_use == 1 and kind.in_use == 1
    for list_name, used in (
        (reference_lists.NEIGHBOURHOODS, buurt),
        (reference_lists.BREAKTHROUGH_TYPES, kind),
    ):
        with pytest.raises(InvalidInput):
            reference_lists.delete_item(stub_ws, list_name, used.id)
    with pytest.raises(InvalidInput):
        reference_lists.rename_item(stub_ws, reference_lists.NEIGHBOURHOODS, buurt.id, "Kasteelwijk")


def test_one_union_of_live_rows_and_stubs_counts_what_the_sources_count_apart(stub_ws):
    retention.purge(stub_ws, today=TODAY)
    together = rows.union(rows.LIVE, rows.STUBS)
    with stub_ws.register.read_session() as session:
        for code in ("2023", "2024Q1", "2024"):
            period = Period.parse(code)
            assert counts.tables_in(session, period, sources=(together,)) == counts.tables_in(session, period)


# -- the added indicators (adressen, doorlooptijd, gezinnen, doorbraken, overleggen) -------------
HOUSE_X = ("Zirpelhof", "12", "6431 AB", "a")  # twice purged (2023, 2024Q1), once live (2024Q1)
HOUSE_Y = ("Zirpelhof", "14", "6432XY", None)  # one purged case, first tackled in 2024Q1
HOUSE_Z = ("Knarzweg", "3", "6433 AA", None)  # live since 2023, a purged case there in 2024Q1


def with_address(item: dict, house: tuple) -> dict:
    street, number, postcode, suffix = house
    return {**item, "adres": address(street, number, postcode, suffix)}


def added_cases() -> list[dict]:
    reached = {"kosten_eur": 0, "status": "behaald"}
    return [
        with_address(
            case(
                "ZAAK-A",
                start="2023-10-01",
                end="2023-12-31",
                actions=[action("A1", "Fnordelbezoek", "2023-10-05", "2023-10-20", "2023-10-10")],
            ),
            HOUSE_X,
        ),
        with_address(
            case(
                "ZAAK-B",
                start="2024-01-10",
                end="2024-03-31",
                actions=[action("A1", "Fnordelbezoek", "2024-02-01", "2024-02-20", "2024-02-10")],
            ),
            ("zirpelhof ", "12A", "6431AB", None),  # house X spelled otherwise
        ),
        with_address(
            case(
                "ZAAK-C",
                "doorbraak",
                start="2024-01-05",
                end="2024-06-30",
                actions=[action("A1", "Fnordelbezoek", "2024-01-06", "2024-01-20", "2024-01-10")],
                plan={
                    "opgesteld_op": "2024-01-10",
                    "gezinscoach": "Plonkerius",
                    "scores": [],
                    "doorbraken": [
                        {
                            "ref": "D1",
                            "omschrijving": "Schnurpsdoorbraak",
                            "type": "huisvesting",
                            "partner": "WONING",
                            "behaald_op": "2024-02-01",
                            **reached,
                        },
                        {
                            "ref": "D2",
                            "omschrijving": "Schnurpsdoorbraak twee",
                            "type": "uithuiszetting_voorkomen",
                            "behaald_op": "2024-03-01",
                            **reached,
                        },
                    ],
                },
            ),
            HOUSE_Y,
        ),
        with_address(
            case(
                "ZAAK-Z",
                start="2024-01-15",
                end="2024-02-15",
                actions=[action("A1", "Fnordelbezoek", "2024-01-16", "2024-01-30", "2024-01-20")],
            ),
            HOUSE_Z,
        ),
        # Kept: open.
        with_address(
            case("NU-X", start="2024-02-01", actions=[action("A1", "Bellen", "2024-03-01", "2024-03-10")]),
            HOUSE_X,
        ),
        with_address(
            case("NU-Z", start="2023-06-01", actions=[action("A1", "Bellen", "2023-07-01", "2023-07-10")]),
            HOUSE_Z,
        ),
    ]


def load_added(ws, tmp_path) -> None:
    """The added cases and their overleggen, with a retention of twelve months for every soort."""
    meetings = [
        # Held only by the discussion of purged cases: its status stays 'gepland' (imported).
        meeting("OV-2", "2024-01-20", [("ZAAK-B", "Blubbernotitie"), ("ZAAK-C", "kort")]),
        meeting("OV-3", "2024-03-05", [("NU-X", "kort")]),
    ]
    import_file(ws, write_exchange(tmp_path / "added.json", added_cases(), meetings))
    for kind in CaseKind:
        retention.set_retention_period(ws, kind, 12)


@pytest.fixture
def added_ws(admin_ws, tmp_path):
    load_added(admin_ws, tmp_path)
    return admin_ws


def added_figures(ws, code: str) -> dict[str, dict[tuple[str, str], int]]:
    """The added tables of a period, cells with a value only (k = 1: every median shown)."""
    with ws.register.read_session() as session:
        period = Period.parse(code)
        tables = [
            *counts.tables_in(session, period),
            *counts.published_as_counted(session, period, 1),
        ]
    added = {i.name for i in (*activities.INDICATORS, *performance.INDICATORS)}
    return {
        t.indicator: {cell: value for cell, value in sorted(_cells(t).items()) if value}
        for t in tables
        if t.indicator in added
    }


def _cells(table) -> dict:
    return dict(table.cells) if hasattr(table, "cells") else dict(table.values)


def test_each_added_indicator_counts_the_same_after_a_purge(added_ws):
    before = {code: added_figures(added_ws, code) for code in ("2023", "2024Q1", "2024", "2024Q2")}
    q1 = before["2024Q1"]
    # Hand-counted, 2024Q1: house X (ZAAK-B purged, NU-X live) was tackled in 2023 by ZAAK-A: herhaald;
    # house Y (ZAAK-C) is new; house Z (ZAAK-Z purged) had NU-Z's afspraak in 2023: herhaald.
    assert q1["adressen_aangepakt"] == {("HSB", performance.NEW_ADDRESS): 1, ("HSB", performance.REPEATED): 2}
    # In 2023: ZAAK-A at X and NU-Z at Z, both for the first time.
    assert before["2023"]["adressen_aangepakt"] == {("HSB", performance.NEW_ADDRESS): 2}
    # To the first bespreking: ZAAK-B 10 days, ZAAK-C 15, NU-X 33: median 15. To closing: ZAAK-Z 31
    # days, ZAAK-B 81: the lower middle value, 31.
    lead = q1["doorlooptijd_dagen"]
    for row in ("HSB", TOTAL_ROW):
        assert lead[(row, performance.TO_DISCUSSION)] == 15
        assert lead[(row, performance.TO_CLOSE)] == 31
    # ZAAK-C's plan (with a gezinscoach) runs at the end of the quarter, not at the end of 2024.
    assert q1["gezinnen_in_begeleiding"] == {("HSB", performance.WITH_COACH): 1}
    assert before["2024"]["gezinnen_in_begeleiding"] == {}
    assert q1["doorbraken_naar_type"] == {("HSB", "huisvesting"): 1, ("HSB", "uithuiszetting_voorkomen"): 1}
    assert q1["doorbraken_naar_partner"] == {("HSB", "WONING"): 1, ("HSB", performance.NO_PARTNER): 1}
    # OV-2 (only purged cases discussed) and OV-3, with the same four organisations.
    assert q1["overleggen_gehouden"][(TOTAL_ROW, TOTAL_COLUMN)] == 2
    assert q1["aanwezige_organisaties"][(TOTAL_ROW, TOTAL_COLUMN)] == 4

    result = retention.purge(added_ws, today=TODAY)
    assert result.cases == 4 and result.discussions == 2

    assert {code: added_figures(added_ws, code) for code in before} == before
    with added_ws.register.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 2  # NU-X and NU-Z
        flags = dict(session.execute(select(StubCase.start_date, StubCase.postcode_address)).all())
    assert all(flags.values()) and len(flags) == 4


def test_added_indicators_stay_the_same_over_purges_one_case_at_a_time(added_ws):
    before = {code: added_figures(added_ws, code) for code in ("2023", "2024Q1", "2024")}
    for candidate in retention.cases_past_retention(added_ws, today=TODAY):
        retention.purge(added_ws, [candidate.case_id], today=TODAY)
        assert {code: added_figures(added_ws, code) for code in before} == before


def test_the_added_stub_columns_hold_no_personal_value(added_ws):
    retention.purge(added_ws, today=TODAY)
    values = stored_values(added_ws)
    texts = {v for v in values if isinstance(v, str)}
    hashes = {v for v in texts if len(v) == 64 and all(c in "0123456789abcdef" for c in v)}
    text = "\n".join(str(v) for v in values if v not in hashes).lower()
    assert [word for word in [*PERSONAL, "6433", "Blubbernotitie"] if word.lower() in text] == []
    assert texts - hashes <= {k.value for k in CaseKind} | {"casuistiekoverleg"}
    assert len(hashes) == 3  # houses X (spelled two ways), Y and Z
    with added_ws.register.read_session() as session:
        stub_discussions = session.execute(select(StubDiscussion.__table__)).all()
        partners = set(session.scalars(select(StubBreakthrough.partner_id)))
    assert len(stub_discussions) == 2 and {row.meeting_cancelled for row in stub_discussions} == {False}
    assert len(partners) == 2 and None in partners  # an organisation's id, and none
