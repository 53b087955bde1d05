"""The release ledger: every export is recorded with its numbers, and a later export of the same
period keeps its k and repeats exactly what was published."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

import openpyxl
import pypdf
import pytest
from sqlalchemy import func, select

from casus_app.domain import clock
from casus_app.domain.errors import InvalidInput
from casus_app.domain.periods import Period
from casus_app.reports.monitoring.formats import renderer_for
from casus_app.services.monitoring import export as monitoring_export
from casus_app.services.monitoring import ledger
from casus_app.services.monitoring import releases as release_rules
from casus_app.services.monitoring.export import monitoring_overview
from casus_app.storage.models import Release, ReleaseValue
from tests.services.monitoring import monitoring_register as reg


def export_counts(ws, period, fmt, out, **kwargs):
    return monitoring_export.export_counts(ws, period, fmt, out, render=renderer_for(fmt), **kwargs)


def csv_values(path) -> dict[tuple[str, str, str], str]:
    lines = path.read_text("utf-8").splitlines()[1:]
    return {(i, g, u): w for _p, g, i, u, w in (line.split(";") for line in lines)}


def new_case(ref: str, gebied: str, start: str) -> dict:
    return {
        "ref": ref,
        "soort": "casuistiek",
        "gebied": gebied,
        "hoofdcategorie": "woonoverlast",
        "aangemeld_door": "POLITIE",
        "startdatum": start,
    }


@pytest.fixture
def edge_ws(admin_ws, tmp_path):
    reg.load(admin_ws, tmp_path)
    return admin_ws


def releases(ws) -> list[Release]:
    with ws.register.read_session() as session:
        found = list(session.scalars(select(Release).order_by(Release.id)))
        session.expunge_all()
        return found


def test_every_export_is_recorded_with_every_number_it_published(edge_ws, tmp_path):
    out = export_counts(edge_ws, "2026Q3", "csv", tmp_path / "q3.csv")
    export_counts(edge_ws, "2026Q3", "xlsx", tmp_path / "q3.xlsx")
    recorded = releases(edge_ws)
    assert [(r.period, r.k, r.format, r.released_by) for r in recorded] == [
        ("2026Q3", 5, "csv", edge_ws.actor.user_id),
        ("2026Q3", 5, "xlsx", edge_ws.actor.user_id),
    ]
    first = recorded[0]
    assert (first.begin, first.end) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert first.released_at.date() == clock.now().date()
    assert len(first.data_version) == 64 and first.data_version == recorded[1].data_version
    with edge_ws.register.read_session() as session:
        stored = {
            (v.indicator, v.area, v.breakdown): v.value
            for v in session.scalars(select(ReleaseValue).where(ReleaseValue.release_id == first.id))
        }
    # Every line of the CSV is in the ledger, and nothing else.
    assert stored == csv_values(out)
    assert "x" in stored.values()


def test_the_data_version_is_keyed_so_the_ledger_alone_cannot_confirm_a_guess(edge_ws, tmp_path):
    """A plain hash of the raw counts would let a reader of the ledger try each hidden cell's few
    possible values against it; the version is an HMAC with a secret of this register."""
    export_counts(edge_ws, "2026Q3", "csv", tmp_path / "q3.csv")
    overview = monitoring_overview(edge_ws, "2026Q3", with_trend=False)
    counted = (*overview.tables, *overview.middelen)
    plain = hashlib.sha256(plain_input(counted))
    with edge_ws.register.read_session() as session:
        secret = ledger.existing_secret(session)
    assert secret is not None and len(secret) == 32
    recorded = releases(edge_ws)[0].data_version
    assert recorded != plain.hexdigest()
    assert recorded == hmac.new(secret, plain_input(counted), hashlib.sha256).hexdigest()
    assert ledger.data_version(counted, bytes(32)) != recorded  # another key, another version


def plain_input(counted) -> bytes:
    return b"".join(
        f"{t.indicator};{row};{column};{t.values[(row, column)]}\n".encode()
        for t in sorted(counted, key=lambda t: t.indicator)
        for row in t.rows
        for column in t.columns
    )


def test_the_same_period_twice_publishes_identical_numbers(edge_ws, tmp_path):
    first = csv_values(export_counts(edge_ws, "2026H2", "csv", tmp_path / "a.csv"))
    again = csv_values(export_counts(edge_ws, "2026H2", "csv", tmp_path / "b.csv"))
    assert first == again


def test_another_k_for_a_released_period_is_refused_in_dutch(edge_ws, tmp_path):
    export_counts(edge_ws, "2026Q3", "csv", tmp_path / "a.csv")
    with pytest.raises(InvalidInput) as caught:
        export_counts(edge_ws, "2026Q3", "pdf", tmp_path / "b.pdf", min_count=10)
    message = caught.value.message
    assert "2026Q3" in message and "30 november 2026" in message and "k = 5" in message
    assert not (tmp_path / "b.pdf").exists()
    assert len(releases(edge_ws)) == 1
    # Without a k of its own the export takes the period's k, whatever the setting says now.
    monitoring_export.set_k(edge_ws, 8)
    export_counts(edge_ws, "2026Q3", "csv", tmp_path / "c.csv")
    assert [r.k for r in releases(edge_ws)] == [5, 5]
    # Another period is free to use another k.
    export_counts(edge_ws, "2026Q4", "csv", tmp_path / "d.csv", min_count=10)
    assert releases(edge_ws)[-1].k == 10


def test_changed_data_publishes_the_released_numbers_and_says_so(edge_ws, tmp_path):
    before = csv_values(export_counts(edge_ws, "2026Q3", "csv", tmp_path / "a.csv"))
    # Five new cases in one gebied: without the ledger a reader could subtract the two exports.
    reg.load(edge_ws, tmp_path, [new_case(f"NEW-{i}", "HSB", "2026-08-10") for i in range(6)])
    fresh = monitoring_overview(edge_ws, "2026Q3", with_trend=False)
    nieuw = next(t for t in fresh.tables if t.indicator == "casussen_nieuw")
    assert str(nieuw.published("TOTAAL", "totaal")) != before[("casussen_nieuw", "TOTAAL", "totaal")]
    after = csv_values(export_counts(edge_ws, "2026Q3", "csv", tmp_path / "b.csv"))
    assert after == before
    xlsx = export_counts(edge_ws, "2026Q3", "xlsx", tmp_path / "b.xlsx")
    sheet = openpyxl.load_workbook(xlsx)["Toelichting"]
    explanation = "\n".join(str(c.value) for c in sheet["A"] if c.value)
    assert "Ongewijzigd t.o.v. release van 30 november 2026" in explanation
    nieuw_sheet = openpyxl.load_workbook(xlsx)["casussen_nieuw"]
    shown = [c.value for row in nieuw_sheet.iter_rows() for c in row]
    assert before[("casussen_nieuw", "TOTAAL", "totaal")] in {str(v) for v in shown}
    pdf = export_counts(edge_ws, "2026Q3", "pdf", tmp_path / "b.pdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Ongewijzigd t.o.v. release van 30 november 2026" in " ".join(text.split())
    recorded = releases(edge_ws)
    assert recorded[0].data_version != recorded[1].data_version
    rows = ledger.ledger(edge_ws)
    assert [(r.period, r.format, r.changed_data) for r in rows] == [
        ("2026Q3", "pdf", True),
        ("2026Q3", "xlsx", True),
        ("2026Q3", "csv", True),
        ("2026Q3", "csv", False),
    ]


def test_unchanged_data_adds_no_note(edge_ws, tmp_path):
    export_counts(edge_ws, "2026Q3", "csv", tmp_path / "a.csv")
    xlsx = export_counts(edge_ws, "2026Q3", "xlsx", tmp_path / "b.xlsx")
    sheet = openpyxl.load_workbook(xlsx)["Toelichting"]
    assert not any("Ongewijzigd" in str(c.value) for c in sheet["A"])


def test_a_failed_write_records_no_release(edge_ws, tmp_path):
    with pytest.raises(InvalidInput):
        export_counts(edge_ws, "2026Q3", "csv", tmp_path / "missing" / "a.csv")
    with edge_ws.register.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Release)) == 0


def test_the_trend_shows_what_each_released_quarter_published(edge_ws, tmp_path):
    q3 = csv_values(export_counts(edge_ws, "2026Q3", "csv", tmp_path / "q3.csv"))
    # New cases in 2026Q3 afterwards: the trend of a later report must not show the new total.
    reg.load(edge_ws, tmp_path, [new_case(f"LATER-{i}", "VRH", "2026-09-01") for i in range(7)])
    overview = monitoring_export._overview(edge_ws, Period.parse("2026Q4"), 5, False, 2024)
    shown = release_rules.reconciled(edge_ws, overview, with_trend=True).trend
    assert shown is not None
    column = [q.code for q in shown.quarters].index("2026Q3")
    released = {name: q3[(name, "TOTAAL", "totaal")] for name in shown.points}
    assert "x" in released.values()  # an x stays an x
    for name, series in shown.points.items():
        assert str(series[column]) == released[name], name
    fresh = monitoring_overview(edge_ws, "2026Q4")
    assert fresh.trend is not None
    assert fresh.trend.points["casussen_nieuw"][column] != shown.points["casussen_nieuw"][column]
