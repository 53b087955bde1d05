"""The nine indicators of spec/counts.md, counted exactly on a hand-made register."""

from __future__ import annotations

import pytest

from casus_app.domain.disclosure.tables import TOTAL_COLUMN, TOTAL_ROW, audit, protect
from casus_app.domain.enums import Role
from casus_app.domain.errors import PermissionDenied
from casus_app.domain.periods import Period
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.monitoring import counts
from casus_app.services.monitoring.trend import count_trend, trend_quarters
from casus_app.storage.reference_defaults import load_defaults
from tests.conftest import PASSWORD
from tests.services.monitoring import monitoring_register as reg

AREAS = ("HLH", "HSB", "HSN", "VRH")  # every gebied of the register, by code
KINDS = ("leefbaarheid", "casuistiek", "doorbraak")
PROTECTED_ADDED = (
    "adressen_aangepakt",
    "adressen_aangepakt_buurt",
    "gezinnen_in_begeleiding",
    "doorbraken_naar_type",
    "doorbraken_naar_partner",
)


@pytest.fixture
def monitoring_ws(admin_ws, tmp_path):
    reg.load(admin_ws, tmp_path)
    return admin_ws


def as_dict(tables) -> dict[str, dict[tuple[str, str], int]]:
    return {t.indicator: {cell: n for cell, n in t.cells.items() if n} for t in tables}


def test_every_indicator_counts_exactly_at_the_edges_of_the_period(monitoring_ws):
    tables = counts.count_tables(monitoring_ws, Period.parse("2026Q3"))
    # The nine, the added counts about households (tests/services/monitoring/test_performance.py),
    # then those about plans and afspraken, which the hand-made register counts here too.
    nine, plans_and_actions = list(reg.EXPECTED_2026Q3)[:9], list(reg.EXPECTED_2026Q3)[9:]
    assert [t.indicator for t in tables] == [*nine, *PROTECTED_ADDED, *plans_and_actions]
    assert {
        name: n for name, n in as_dict(tables).items() if name in reg.EXPECTED_2026Q3
    } == reg.EXPECTED_2026Q3


def test_every_gebied_and_every_code_is_a_row_and_a_column(monitoring_ws):
    tables = {t.indicator: t for t in counts.count_tables(monitoring_ws, Period.parse("2026Q3"))}
    for table in tables.values():
        assert table.rows == AREAS  # HLH has nothing to count and is still there
        assert set(table.cells) == {(r, c) for r in table.rows for c in table.columns}
    assert tables["casussen_nieuw"].columns == KINDS
    assert tables["afspraken_afgerond"].columns == ("op_tijd", "te_laat")
    assert tables["doorbraakplannen_opgesteld"].columns == ("met_gezinscoach", "zonder_gezinscoach")
    # Every code of the reference lists, also those nothing is counted under, sorted by code.
    categories = sorted(c["code"] for c in load_defaults()["categorieen"])
    assert list(tables["casussen_nieuw_categorie"].columns) == categories
    assert tables["casussen_afgesloten"].columns == (
        "doel_bereikt",
        "geen_grond",
        "geen_medewerking",
        "opgeschaald_zvh",
        "overgedragen",
        "verhuisd",
    )
    assert tables["doorbraken_behaald"].columns == (
        "huisvesting",
        "inkomen_op_orde",
        "schulden_geregeld",
        "uithuiszetting_voorkomen",
        "zorg_geregeld",
    )


def test_half_year_and_year_take_whole_calendar_dates(monitoring_ws):
    h2 = as_dict(counts.count_tables(monitoring_ws, Period.parse("2026H2")))
    # 2026H2 runs to 31 December: the case starting on 1 October is new, the ones closed on
    # 1 October are closed in it, the breakthrough of 1 October is reached in it.
    assert h2["casussen_nieuw"] == {
        ("HSB", "leefbaarheid"): 1,
        ("HSB", "casuistiek"): 1,
        ("HSN", "doorbraak"): 1,
        ("VRH", "leefbaarheid"): 1,
    }
    assert h2["casussen_afgesloten"] == {
        ("VRH", "doel_bereikt"): 1,
        ("HSN", "overgedragen"): 1,
        ("VRH", "verhuisd"): 1,
    }
    assert h2["doorbraken_behaald"] == {
        ("HSN", "huisvesting"): 1,
        ("HSN", "uithuiszetting_voorkomen"): 1,
        ("HSN", "inkomen_op_orde"): 1,
    }
    # At 31 December the action done on 1 October is no longer overdue; the cancelled one neither.
    assert h2["afspraken_verlopen"] == {
        ("HSB", "casuistiek"): 2,
        ("HSB", "leefbaarheid"): 1,
        ("VRH", "casuistiek"): 2,
    }
    year = as_dict(counts.count_tables(monitoring_ws, Period.parse("2026")))
    assert sum(year["casussen_nieuw"].values()) == len(reg.CASES)  # every case starts in 2026
    assert year["casussen_lopend"] == {
        ("HSB", "leefbaarheid"): 1,
        ("HSB", "casuistiek"): 2,
        ("HSN", "doorbraak"): 2,
        ("VRH", "leefbaarheid"): 1,
    }


def test_linked_tables_share_their_row_totals(monitoring_ws):
    for period in ("2026Q3", "2026"):
        tables = {t.indicator: t for t in counts.count_tables(monitoring_ws, Period.parse(period))}
        new, by_category = tables["casussen_nieuw"], tables["casussen_nieuw_categorie"]
        for area in AREAS:
            assert sum(new.cells[(area, c)] for c in new.columns) == sum(
                by_category.cells[(area, c)] for c in by_category.columns
            )
        protected = {t.indicator: t for t in protect(list(tables.values()), 5)}
        a, b = protected["casussen_nieuw"], protected["casussen_nieuw_categorie"]
        for row in a.rows:
            assert a.published(row, TOTAL_COLUMN) == b.published(row, TOTAL_COLUMN)
        assert audit(list(protected.values()), 5) == []


def test_an_empty_register_gives_tables_of_zeros(admin_ws):
    tables = counts.count_tables(admin_ws, Period.parse("2026Q3"))
    assert all(n == 0 for t in tables for n in t.cells.values())
    assert all(t.rows == AREAS for t in tables)
    protected = protect(tables, 5)
    assert all(not t.suppressed for t in protected)  # a 0 is published, never hidden


def test_the_trend_counts_the_same_as_the_tables_of_each_quarter(monitoring_ws):
    quarters = trend_quarters(Period.parse("2027Q1"))
    with monitoring_ws.register.read_session() as session:
        trend = count_trend(session, quarters)
    for j, quarter in enumerate(quarters):
        tables = counts.count_tables(monitoring_ws, quarter)
        for table in tables:
            if table.indicator in trend:
                assert trend[table.indicator][j] == sum(table.cells.values()), (table.indicator, quarter.code)
    assert trend["casussen_lopend"][quarters.index(Period.parse("2026Q3"))] == 6


def test_only_a_coordinator_or_beheerder_counts(monitoring_ws, register_path):
    add_user(monitoring_ws, "pro", PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    add_user(monitoring_ws, "coco", PASSWORD, Role.COORDINATOR)
    monitoring_ws.close()
    pro = login.login(register_path, "pro", PASSWORD)
    try:
        with pytest.raises(PermissionDenied) as caught:
            counts.count_tables(pro, Period.parse("2026Q3"))
        assert "coördinator" in caught.value.message
    finally:
        pro.close()
    coco = login.login(register_path, "coco", PASSWORD)
    try:
        tables = counts.count_tables(coco, Period.parse("2026Q3"))
        assert {
            name: n for name, n in as_dict(tables).items() if name in reg.EXPECTED_2026Q3
        } == reg.EXPECTED_2026Q3
    finally:
        coco.close()


def test_code_names_are_reference_data_only(monitoring_ws):
    names = counts.code_names(monitoring_ws)
    assert names.areas == {
        "HLH": "Heerlerheide",
        "HSB": "Hoensbroek",
        "HSN": "Heerlen-Stad Noord",
        "VRH": "Vrieheide",
    }
    assert names.columns["casussen_nieuw"]["casuistiek"] == "Casuïstiek"
    assert names.columns["afspraken_afgerond"] == {"op_tijd": "Op tijd", "te_laat": "Te laat"}
    assert names.columns["casussen_nieuw_categorie"]["woonoverlast"] == "Woonoverlast"
    assert TOTAL_ROW not in names.areas
