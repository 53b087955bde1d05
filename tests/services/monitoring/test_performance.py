"""The added indicators of issue 13, counted exactly on a hand-made register (added_register.py).

Every expected number below is counted by hand from the comments in added_register.py.
"""

from __future__ import annotations

import json

import pytest

from casus_app.domain.disclosure.tables import SUPPRESSED, TOTAL_COLUMN, TOTAL_ROW, audit
from casus_app.domain.periods import Period
from casus_app.services.exchange.importer import import_file
from casus_app.services.monitoring import counts
from casus_app.services.monitoring.counts import PUBLISHED_AS_COUNTED
from casus_app.services.monitoring.export import monitoring_overview
from tests.services.monitoring import added_register as reg

AREAS = ("HLH", "HSB", "HSN", "VRH")


@pytest.fixture
def added_ws(admin_ws, tmp_path):
    reg.load(admin_ws, tmp_path)
    return admin_ws


def counted(ws, period: str) -> dict[str, dict[tuple[str, str], int]]:
    """The unprotected counts of the tables that are protected, without the zeros."""
    tables = counts.count_tables(ws, Period.parse(period))
    return {t.indicator: {cell: n for cell, n in t.cells.items() if n} for t in tables}


def test_addresses_tackled_across_the_year_end_and_on_the_leap_day(added_ws):
    found = counted(added_ws, reg.PERIOD)["adressen_aangepakt"]
    # A herhaald and B nieuw in HSB (B twice, written otherwise: one address); D herhaald in VRH;
    # F herhaald in HLH (discussed before); C only after the period, E only at a cancelled
    # overleg, 2027-007 without an address.
    assert found == {
        ("HSB", "nieuw"): 1,
        ("HSB", "herhaald"): 1,
        ("VRH", "herhaald"): 1,
        ("HLH", "herhaald"): 1,
    }


def test_addresses_tackled_in_the_first_quarter_of_a_leap_year(added_ws):
    found = counted(added_ws, "2028Q1")["adressen_aangepakt"]
    # A, B (tackled in December), D and F herhaald; C (1 March) nieuw.
    assert found == {
        ("HSB", "nieuw"): 1,
        ("HSB", "herhaald"): 2,
        ("VRH", "herhaald"): 1,
        ("HLH", "herhaald"): 1,
    }


def test_addresses_tackled_per_buurt(added_ws):
    found = counted(added_ws, reg.PERIOD)
    # A in Kasteelbuurt; B in Mariarade (its cases name Terschuren and Mariarade: the first by name);
    # D in Vrieheide-De Stack (the buurt of 2027-006, tackled in the period, not of 2027-005, which was
    # not); F without a buurt: onbekend. Nieuw and herhaald together.
    assert found["adressen_aangepakt_buurt"] == {
        ("HSB", "Kasteelbuurt"): 1,
        ("HSB", "Mariarade"): 1,
        ("VRH", "Vrieheide-De Stack"): 1,
        ("HLH", "onbekend"): 1,
    }
    # In 2028Q1 C (Kasteelbuurt) is tackled as well.
    assert counted(added_ws, "2028Q1")["adressen_aangepakt_buurt"] == {
        ("HSB", "Kasteelbuurt"): 2,
        ("HSB", "Mariarade"): 1,
        ("VRH", "Vrieheide-De Stack"): 1,
        ("HLH", "onbekend"): 1,
    }


def test_the_addresses_per_buurt_add_up_to_the_addresses_per_gebied(added_ws):
    for period in (reg.PERIOD, "2028Q1", "2027", "..2028-12-31"):
        tables = {t.indicator: t for t in counts.count_tables(added_ws, Period.parse(period))}
        by_status, by_buurt = tables["adressen_aangepakt"], tables["adressen_aangepakt_buurt"]
        for row in AREAS:
            assert sum(by_status.cells[(row, c)] for c in by_status.columns) == sum(
                by_buurt.cells[(row, c)] for c in by_buurt.columns
            ), (period, row)


def test_families_in_begeleiding_are_counted_at_the_end_date(added_ws):
    found = counted(added_ws, reg.PERIOD)["gezinnen_in_begeleiding"]
    # 002 (coach), 003 (drawn up on the last day, no coach), 006 (no coach); 004 drawn up after the
    # end; 013 closed on the last day.
    assert found == {
        ("HSB", "met_gezinscoach"): 1,
        ("HSB", "zonder_gezinscoach"): 1,
        ("VRH", "zonder_gezinscoach"): 1,
    }
    # The day before the leap day: 003's plan is not drawn up yet, 013 is still open.
    before = counted(added_ws, "2027-12-01..2028-02-28")["gezinnen_in_begeleiding"]
    assert before == {("HSB", "met_gezinscoach"): 2, ("VRH", "zonder_gezinscoach"): 1}


def test_breakthroughs_since_the_start_by_type_and_by_partner(added_ws):
    found = counted(added_ws, reg.PERIOD)
    # 013 huisvesting (2 December), 002 zorg_geregeld (25 December, no partner) and huisvesting
    # (1 January), 003 uithuiszetting_voorkomen (29 February); 002's inkomen of 1 March is later.
    assert found["doorbraken_naar_type"] == {
        ("HSB", "huisvesting"): 2,
        ("HSB", "zorg_geregeld"): 1,
        ("HSB", "uithuiszetting_voorkomen"): 1,
    }
    assert found["doorbraken_naar_partner"] == {
        ("HSB", "WELLER"): 2,
        ("HSB", "WOONPUNT"): 1,
        ("HSB", "geen_partner"): 1,
    }
    # Up to the last day of 2027: only the two of December.
    up_to_2027 = counted(added_ws, "..2027-12-31")
    assert up_to_2027["doorbraken_naar_type"] == {("HSB", "huisvesting"): 1, ("HSB", "zorg_geregeld"): 1}
    # Whatever the period's first day: a stock since the start.
    assert (
        counted(added_ws, "2028-02-29..2028-02-29")["doorbraken_naar_type"] == found["doorbraken_naar_type"]
    )


def test_every_code_is_a_column(added_ws):
    tables = {t.indicator: t for t in counts.count_tables(added_ws, Period.parse(reg.PERIOD))}
    assert tables["adressen_aangepakt"].columns == ("nieuw", "herhaald")
    # Every buurt of every gebied by name (sorted), then onbekend; Passart (HLH) has nothing, still there.
    buurten = tables["adressen_aangepakt_buurt"].columns
    assert buurten[-1] == "onbekend" and list(buurten[:-1]) == sorted(buurten[:-1])
    assert {"Kasteelbuurt", "Passart", "Heksenberg", "Vrieheide-De Stack"} <= set(buurten)
    assert tables["gezinnen_in_begeleiding"].columns == ("met_gezinscoach", "zonder_gezinscoach")
    assert tables["doorbraken_naar_partner"].columns[-1] == "geen_partner"
    assert "LOKET_HOUSING" in tables["doorbraken_naar_partner"].columns  # nothing counted, still there
    for table in tables.values():
        assert table.rows == AREAS


def test_lead_times_are_medians_shown_only_for_k_cases(added_ws):
    overview = monitoring_overview(added_ws, reg.PERIOD, with_trend=False)
    table = next(t for t in overview.tables if t.indicator == "doorlooptijd_dagen")
    assert table.columns == ("aanmelding_tot_bespreking", "start_tot_afsluiting")  # no totaal: medians
    shown = {(row, column): table.published(row, column) for row in table.rows for column in table.columns}
    # HSB to the first discussion: 1, 14, 14, 15, 50 → 14. Start to close: 1, 1, 19, 91, 365 → 19.
    assert shown[("HSB", "aanmelding_tot_bespreking")] == 14
    assert shown[("HSB", "start_tot_afsluiting")] == 19
    # VRH has one case each: fewer than k = 5, so x; HLH and HSN none: x as well.
    for row in ("HLH", "HSN", "VRH"):
        assert shown[(row, "aanmelding_tot_bespreking")] == SUPPRESSED
        assert shown[(row, "start_tot_afsluiting")] == SUPPRESSED
    # All gebieden, six cases each: the lower of the two middle values (1, 14, 14, 15, 35, 50 and
    # 1, 1, 19, 20, 91, 365).
    assert shown[(TOTAL_ROW, "aanmelding_tot_bespreking")] == 14
    assert shown[(TOTAL_ROW, "start_tot_afsluiting")] == 19
    # With k = 6 only the totals over all gebieden remain.
    strict = monitoring_overview(added_ws, reg.PERIOD, min_count=6, with_trend=False)
    table = next(t for t in strict.tables if t.indicator == "doorlooptijd_dagen")
    assert table.published("HSB", "start_tot_afsluiting") == SUPPRESSED
    assert table.published(TOTAL_ROW, "start_tot_afsluiting") == 19


def test_the_counts_about_households_are_protected_and_safe(added_ws):
    overview = monitoring_overview(added_ws, reg.PERIOD, with_trend=False)
    tables = {t.indicator: t for t in overview.tables}
    assert tables["adressen_aangepakt"].published("HSB", "nieuw") == SUPPRESSED  # 1
    assert tables["adressen_aangepakt_buurt"].published("HSB", "Kasteelbuurt") == SUPPRESSED  # 1
    assert tables["adressen_aangepakt_buurt"].published("HSB", "Passart") == 0  # a 0 stays 0
    # The row totals are the same numbers in both tables (linked): both published alike.
    for row in (*AREAS, TOTAL_ROW):
        assert tables["adressen_aangepakt"].published(row, TOTAL_COLUMN) == tables[
            "adressen_aangepakt_buurt"
        ].published(row, TOTAL_COLUMN)
    assert tables["gezinnen_in_begeleiding"].published(TOTAL_ROW, TOTAL_COLUMN) == SUPPRESSED  # 3
    assert tables["doorbraken_naar_type"].published("HLH", "huisvesting") == 0  # a 0 stays 0
    protected = [t for t in overview.tables if t.indicator not in PUBLISHED_AS_COUNTED]
    assert audit(protected, overview.k) == []


def test_csv_lists_the_added_indicators_in_the_same_layout(added_ws, tmp_path):
    from casus_app.reports.monitoring.formats import renderer_for
    from casus_app.services.monitoring.export import export_counts

    out = export_counts(added_ws, reg.PERIOD, "csv", tmp_path / "r.csv", render=renderer_for("csv"))
    lines = out.read_text("utf-8").splitlines()
    assert lines[0] == "periode;gebied;indicator;uitsplitsing;waarde"
    assert f"{reg.PERIOD};HSB;doorlooptijd_dagen;start_tot_afsluiting;19" in lines
    assert f"{reg.PERIOD};TOTAAL;overleggen_gehouden;totaal;4" in lines
    assert not any(";doorlooptijd_dagen;totaal;" in line for line in lines)


def test_since_the_start_counts_every_flow_up_to_the_end_date(admin_ws, tmp_path):
    from tests.services.monitoring import monitoring_register

    monitoring_register.load(admin_ws, tmp_path)
    found = counted(admin_ws, "..2026-09-30")
    # Started on or before 30 September 2026, counted by hand from monitoring_register: HSB 901,
    # 902 (leefbaarheid), 903, 910 (leefbaarheid); VRH 905, 906; HSN 907, 908, 909; not 904.
    assert found["casussen_nieuw"] == {
        ("HSB", "casuistiek"): 2,
        ("HSB", "leefbaarheid"): 2,
        ("VRH", "casuistiek"): 2,
        ("HSN", "doorbraak"): 3,
    }
    # Closed by then: 906 (30 September), 907 (1 July), 910 (30 June); 905 closes on 1 October.
    assert sum(found["casussen_afgesloten"].values()) == 3
    # A stock is counted at the end date, as for 2026Q3.
    assert found["casussen_lopend"] == monitoring_register.EXPECTED_2026Q3["casussen_lopend"]


def test_one_house_in_every_spelling_is_one_address_and_herhaald(admin_ws, tmp_path):
    # Before the period (2027-12-01 and on): number 2 with suffix 1, number 12a, number 120. In it:
    # 21 (written together, the same house as 2 + 1): herhaald; 12 with suffix A (the same as 12a):
    # herhaald; 12 with suffix b: nieuw (120 is another house); 3 A and 3a both in the period: one
    # address, nieuw.
    cases = [
        reg._case("S-1", "HSB", "2027-01-01", adres=("6411AA", "2", "1"), actions=["2027-06-01"]),
        reg._case("S-2", "HSB", "2027-01-01", adres=("6411AA", "21"), actions=["2027-12-05"]),
        reg._case("S-3", "HSB", "2027-01-01", adres=("6411AA", "12a"), actions=["2027-06-01"]),
        reg._case("S-4", "HSB", "2027-01-01", adres=("6411AA", "12", "A"), actions=["2027-12-05"]),
        reg._case("S-5", "HSB", "2027-01-01", adres=("6411AA", "120"), actions=["2027-06-01"]),
        reg._case("S-6", "HSB", "2027-01-01", adres=("6411AA", "12", "b"), actions=["2027-12-05"]),
        reg._case("S-7", "HSB", "2027-01-01", adres=("6411AA", "3 A"), actions=["2027-12-05"]),
        reg._case("S-8", "HSB", "2027-01-01", adres=("6411AA", "3a"), actions=["2027-12-06"]),
    ]
    source = tmp_path / "spellings.json"
    document = {"formaat": "casus-uitwisseling", "versie": 1, "casussen": cases, "overleggen": []}
    source.write_text(json.dumps(document), encoding="utf-8")
    import_file(admin_ws, source)
    assert counted(admin_ws, reg.PERIOD)["adressen_aangepakt"] == {
        ("HSB", "herhaald"): 2,
        ("HSB", "nieuw"): 2,
    }
