"""afspraken_naar_type: afspraken made in the period by interventietype, per gebied, against hand counts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from casus_app.domain.disclosure.tables import TOTAL_COLUMN, TOTAL_ROW
from casus_app.domain.errors import InvalidInput
from casus_app.domain.periods import Period
from casus_app.services.admin import reference_lists as lists
from casus_app.services.cases.actions import ActionInput, add_action
from casus_app.services.cases.form_input import form_choices
from casus_app.services.monitoring import counts
from casus_app.services.monitoring.export import monitoring_overview
from casus_app.services.monitoring.intervention_counts import NAME, WITHOUT_TYPE
from casus_app.storage.models import Case
from tests.services.monitoring import monitoring_register as reg


def _ids(ws) -> dict[str, int]:
    with ws.register.read_session() as session:
        return dict(session.execute(select(Case.ref, Case.id)).all())


@pytest.fixture
def typed_ws(admin_ws, tmp_path):
    """Three open cases in two gebieden; afspraken around the year end 2023/2024 and a leap day."""
    cases = [
        reg._case("2023-01", "leefbaarheid", "HSB", "zwerfafval", "2023-06-01"),
        reg._case("2023-02", "casuistiek", "HSB", "woonoverlast", "2023-06-01"),
        reg._case("2023-03", "leefbaarheid", "VRH", "zwerfafval", "2023-06-01"),
    ]
    reg.load(admin_ws, tmp_path, cases)
    ids = _ids(admin_ws)
    made = [
        ("2023-01", "huisbezoek", dt.date(2023, 12, 31)),  # before 2024Q1
        ("2023-01", "huisbezoek", dt.date(2024, 1, 1)),  # first day
        ("2023-01", "buurtschouw", dt.date(2024, 2, 29)),  # leap day
        ("2023-02", "huisbezoek", dt.date(2024, 3, 31)),  # last day
        ("2023-02", None, dt.date(2024, 2, 1)),  # no type
        ("2023-03", "camera", dt.date(2024, 3, 15)),
        ("2023-03", "camera", dt.date(2024, 4, 1)),  # after 2024Q1
    ]
    for ref, kind, day in made:
        add_action(
            admin_ws,
            ids[ref],
            ActionInput("Actie", "BUURTTEAM", deadline=day + dt.timedelta(days=14), intervention_type=kind),
            today=day,
        )
    return admin_ws


def _table(ws, period: str):
    return next(t for t in counts.count_tables(ws, Period.parse(period)) if t.indicator == NAME)


def test_afspraken_by_type_are_counted_per_gebied_over_a_leap_year_quarter(typed_ws):
    table = _table(typed_ws, "2024Q1")
    non_zero = {cell: n for cell, n in table.cells.items() if n}
    assert non_zero == {
        ("HSB", "huisbezoek"): 2,  # 1 January and 31 March
        ("HSB", "buurtschouw"): 1,  # 29 February
        ("HSB", WITHOUT_TYPE): 1,
        ("VRH", "camera"): 1,
    }
    # Every default type is a column, also those with nothing to count, and the untyped last.
    assert table.columns[-1] == WITHOUT_TYPE
    assert {"huisbezoek", "integrale_controle", "opschoondag", "overig"} <= set(table.columns)


def test_the_year_end_belongs_to_its_own_year(typed_ws):
    assert {cell: n for cell, n in _table(typed_ws, "2023").cells.items() if n} == {("HSB", "huisbezoek"): 1}
    assert {cell: n for cell, n in _table(typed_ws, "2024Q2").cells.items() if n} == {("VRH", "camera"): 1}


def test_the_row_totals_are_those_of_afspraken_gemaakt_and_protected_together(typed_ws):
    overview = monitoring_overview(typed_ws, "2024Q1", with_trend=False)
    by_name = {t.indicator: t for t in overview.tables}
    made, typed = by_name["afspraken_gemaakt"], by_name[NAME]
    for row in made.rows:
        assert made.values[(row, TOTAL_COLUMN)] == typed.values[(row, TOTAL_COLUMN)]
    assert typed.values[(TOTAL_ROW, TOTAL_COLUMN)] == 5
    # All small: the protection hides them (1..4 are below k = 5), the zeroes stay.
    assert typed.published("HSB", "huisbezoek") == "x"
    assert typed.published("HLH", "camera") == 0
    assert overview.names.columns[NAME]["huisbezoek"] == "Huisbezoek"


def test_a_retired_type_is_not_offered_and_refused_for_a_new_afspraak(typed_ws):
    item = next(i for i in lists.list_items(typed_ws, lists.INTERVENTION_TYPES) if i.code == "camera")
    assert item.in_use == 2
    lists.set_retired(typed_ws, lists.INTERVENTION_TYPES, item.id, True)
    assert "camera" not in dict(form_choices(typed_ws).intervention_types)
    with pytest.raises(InvalidInput) as caught:
        add_action(
            typed_ws,
            _ids(typed_ws)["2023-03"],
            ActionInput("Nog een", "BUURTTEAM", intervention_type="camera"),
        )
    assert "interventietype" in caught.value.message
    # Still counted where it was used.
    assert _table(typed_ws, "2024Q1").cells[("VRH", "camera")] == 1
