"""Activiteiten: overleggen held, organisations and professionals present, counted by hand.

Every expected number is counted from the comments in added_register.py. These tables count the
programme's own work and are published as counted: small numbers stay visible.
"""

from __future__ import annotations

import pytest

from casus_app.domain.disclosure.tables import TOTAL_COLUMN, TOTAL_ROW
from casus_app.services.monitoring.export import monitoring_overview
from tests.services.monitoring import added_register as reg

CAS, LEEF, DBT, JPP = "casuistiekoverleg", "leefbaarheidsoverleg", "doorbraakteam", "jeugdpreventieplatform"


@pytest.fixture
def tables(admin_ws, tmp_path):
    reg.load(admin_ws, tmp_path)
    overview = monitoring_overview(admin_ws, reg.PERIOD, with_trend=False)
    return {t.indicator: t for t in overview.tables}


def nonzero(table) -> dict[tuple[str, str], int | str]:
    return {
        (row, column): table.published(row, column)
        for row in table.rows
        for column in table.columns
        if table.published(row, column) != 0
    }


def test_meetings_held_by_kind(tables):
    table = tables["overleggen_gehouden"]
    assert table.columns == (LEEF, CAS, DBT, JPP, TOTAL_COLUMN)
    # M1 (15 December) and M2 (the leap day) in HSB, M4 and M5 (afgerond, nobody discussed) in VRH;
    # M0 before the period, M3 cancelled, M6 never held.
    assert nonzero(table) == {
        ("HSB", CAS): 1,
        ("HSB", LEEF): 1,
        ("HSB", TOTAL_COLUMN): 2,
        ("VRH", CAS): 1,
        ("VRH", LEEF): 1,
        ("VRH", TOTAL_COLUMN): 2,
        (TOTAL_ROW, CAS): 2,
        (TOTAL_ROW, LEEF): 2,
        (TOTAL_ROW, TOTAL_COLUMN): 4,
    }
    assert not table.suppressed  # the programme's work, not people: small numbers are shown


def test_organisations_present_are_counted_once_per_cell(tables):
    table = tables["aanwezige_organisaties"]
    assert nonzero(table) == {
        ("HSB", CAS): 2,  # POLITIE, WONENLIMBURG
        ("HSB", LEEF): 2,  # POLITIE, GEMEENTE
        ("HSB", TOTAL_COLUMN): 3,  # POLITIE once
        ("VRH", CAS): 2,  # POLITIE, VINCIO
        ("VRH", LEEF): 1,  # HANDHAVING
        ("VRH", TOTAL_COLUMN): 3,
        (TOTAL_ROW, CAS): 3,  # POLITIE, WONENLIMBURG, VINCIO
        (TOTAL_ROW, LEEF): 3,  # POLITIE, GEMEENTE, HANDHAVING
        (TOTAL_ROW, TOTAL_COLUMN): 5,  # not 3 + 3: POLITIE came to both
    }


def test_professionals_present_are_counted_once_per_cell(tables):
    table = tables["aanwezige_professionals"]
    # Anna Jansen (also typed "anna  jansen"), Bert de Vries, Carla Smit; Dirk Bos only at M3.
    assert nonzero(table) == {
        ("HSB", CAS): 2,
        ("HSB", LEEF): 2,
        ("HSB", TOTAL_COLUMN): 3,
        ("VRH", CAS): 1,
        ("VRH", TOTAL_COLUMN): 1,
        (TOTAL_ROW, CAS): 2,
        (TOTAL_ROW, LEEF): 2,
        (TOTAL_ROW, TOTAL_COLUMN): 3,
    }


def test_the_first_quarter_of_a_leap_year_ends_on_31_march(admin_ws, tmp_path):
    reg.load(admin_ws, tmp_path)
    table = next(
        t
        for t in monitoring_overview(admin_ws, "2028Q1", with_trend=False).tables
        if t.indicator == "overleggen_gehouden"
    )
    # M2 (29 February), M4 and M5; M1 lies in 2027.
    assert table.published(TOTAL_ROW, TOTAL_COLUMN) == 3
    assert table.published("HSB", CAS) == 0
