"""Overlapping releases: a reader holding Q3, Q4 and H2 (or four quarters and the year) beside
each other, who knows that quarters add up, can pin no hidden number and narrow no small one
below k. Checked with the LP reader of domain/disclosure/attack.py over all the exports."""

from __future__ import annotations

import openpyxl
import pytest

from casus_app.domain.disclosure.attack import audit_model
from casus_app.domain.disclosure.model import Component, Equation, Grid, JointModel, build_model
from casus_app.domain.disclosure.tables import DEFAULT_LINKED
from casus_app.domain.periods import Period
from casus_app.reports.monitoring.formats import renderer_for
from casus_app.services.monitoring import export as monitoring_export
from casus_app.services.monitoring.counts import PUBLISHED_AS_COUNTED
from casus_app.services.monitoring.export import monitoring_overview
from casus_app.services.monitoring.releases import RELATIONS, earlier_related
from tests.services.monitoring import monitoring_register as reg


def export_counts(ws, period, fmt, out, **kwargs):
    return monitoring_export.export_counts(ws, period, fmt, out, render=renderer_for(fmt), **kwargs)


def read_csv(path) -> dict[tuple[str, str, str], str]:
    lines = path.read_text("utf-8").splitlines()[1:]
    return {(i, g, u): w for _p, g, i, u, w in (line.split(";") for line in lines)}


@pytest.fixture
def edge_ws(admin_ws, tmp_path):
    reg.load(admin_ws, tmp_path)
    return admin_ws


def reader_model(ws, exports: dict[str, dict], k: int) -> tuple[JointModel, frozenset]:
    """One joint model of every export: each table adds up, linked tables share row totals, the
    quarters add up to the longer period cell by cell (flows), and periods that end on the same day
    have the same stocks. True values from the register, published or hidden as the CSVs say."""
    grids, suppressed, links = [], set(), []
    where: dict[tuple[str, str], int] = {}
    for code, published in exports.items():
        overview = monitoring_overview(ws, code, with_trend=False, min_count=k)
        first = len(grids)
        for table in overview.tables:
            if table.indicator in PUBLISHED_AS_COUNTED:
                continue
            t = len(grids)
            where[(code, table.indicator)] = t
            grids.append(Grid(table.indicator, tuple(table.rows), tuple(table.columns), table.values))
            for r, row in enumerate(table.rows):
                for c, column in enumerate(table.columns):
                    if published[(table.indicator, row, column)] == "x":
                        suppressed.add((t, r, c))
        for a, b in DEFAULT_LINKED:
            if (code, a) in where and (code, b) in where and where[(code, a)] >= first:
                links.append((where[(code, a)], where[(code, b)]))
    model = build_model(grids, links)
    equations = [e for component in model.components for e in component.equations]
    periods = {code: Period.parse(code) for code in exports}
    for whole, p in periods.items():
        parts = [c for c, q in periods.items() if c != whole and p.begin <= q.begin and q.end <= p.end]
        for name in RELATIONS.flows:
            if (whole, name) not in where or not parts:
                continue
            days = sum((periods[c].end - periods[c].begin).days + 1 for c in parts)
            if days != (p.end - p.begin).days + 1:
                continue  # the parts do not make up the whole
            grid = grids[where[(whole, name)]]
            for r in range(len(grid.rows)):
                for c in range(len(grid.columns)):
                    equations.append(
                        Equation(
                            tuple(model.index[(where[(q, name)], r, c)] for q in parts),
                            model.index[(where[(whole, name)], r, c)],
                        )
                    )
        for name in RELATIONS.stocks:
            for other, q in periods.items():
                if other < whole and q.end == p.end and (whole, name) in where:
                    grid = grids[where[(whole, name)]]
                    for r in range(len(grid.rows)):
                        for c in range(len(grid.columns)):
                            equations.append(
                                Equation(
                                    (model.index[(where[(other, name)], r, c)],),
                                    model.index[(where[(whole, name)], r, c)],
                                )
                            )

    everything = Component(tuple(range(len(model.variables))), tuple(dict.fromkeys(equations)))
    joint = JointModel(model.grids, model.variables, model.index, (everything,))
    return joint, frozenset(suppressed)


@pytest.mark.parametrize(
    ("order", "k"),
    [
        (("2026Q3", "2026Q4", "2026H2"), 5),
        (("2026H2", "2026Q3", "2026Q4"), 5),
        (("2026Q1", "2026Q2", "2026Q3", "2026Q4", "2026"), 5),
        (("2026", "2026Q3", "2026Q4", "2026H2"), 7),
    ],
)
def test_overlapping_releases_leave_nothing_to_work_out(edge_ws, tmp_path, order, k):
    exports = {}
    for code in order:
        exports[code] = read_csv(export_counts(edge_ws, code, "csv", tmp_path / f"{code}.csv", min_count=k))
    model, suppressed = reader_model(edge_ws, exports, k)
    findings = audit_model(model, suppressed, k)
    assert findings == []


def test_without_the_ledger_the_reader_would_pin_a_number(edge_ws, tmp_path):
    """The check above can fail: each period protected on its own leaks when read together."""
    exports = {}
    for code in ("2026Q3", "2026Q4", "2026H2"):
        overview = monitoring_overview(edge_ws, code, with_trend=False)
        exports[code] = {
            (t.indicator, row, column): str(t.published(row, column))
            for t in overview.tables
            for row in t.rows
            for column in t.columns
        }
    model, suppressed = reader_model(edge_ws, exports, 5)
    assert audit_model(model, suppressed, 5)


def test_a_half_year_after_its_quarters_hides_more_and_says_why(edge_ws, tmp_path):
    export_counts(edge_ws, "2026Q3", "csv", tmp_path / "q3.csv")
    export_counts(edge_ws, "2026Q4", "csv", tmp_path / "q4.csv")
    # What the CLI says beforehand: these two are protected with it; 2027Q2 touches neither.
    assert earlier_related(edge_ws, Period.parse("2026H2")) == ["2026Q3", "2026Q4"]
    assert earlier_related(edge_ws, Period.parse("2027Q2")) == []
    alone = monitoring_overview(edge_ws, "2026H2", with_trend=False)
    hidden_alone = sum(len(t.suppressed) for t in alone.tables)
    xlsx = export_counts(edge_ws, "2026H2", "xlsx", tmp_path / "h2.xlsx")
    text = " ".join(str(c.value) for c in openpyxl.load_workbook(xlsx)["Toelichting"]["A"] if c.value)
    assert "beschermd samen met de eerder uitgebrachte exports" in text and "2026Q3" in text
    joint = read_csv(export_counts(edge_ws, "2026H2", "csv", tmp_path / "h2.csv"))
    assert list(joint.values()).count("x") > hidden_alone
    again = export_counts(edge_ws, "2026H2", "xlsx", tmp_path / "h2-again.xlsx")
    assert again.read_bytes() == xlsx.read_bytes()  # the same data, period and k: the same bytes
    assert earlier_related(edge_ws, Period.parse("2026H2")) == []  # released: a repeat, not joint
