"""The monitoring export in its three formats: exact, protected, reproducible, audited, refused to others."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pypdf
import pytest
from sqlalchemy import select

from casus_app.domain.disclosure.tables import SUPPRESSED, TOTAL_COLUMN, TOTAL_ROW, audit
from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import CasusError, InvalidInput, PermissionDenied
from casus_app.reports.monitoring.formats import renderer_for
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.monitoring import export as monitoring_export
from casus_app.services.monitoring.counts import BY_NAME, INDICATOR_NAMES, PUBLISHED_AS_COUNTED
from casus_app.services.monitoring.export import current_k, monitoring_overview, set_k
from casus_app.services.monitoring.trend import TREND_NAMES as NINE
from casus_app.storage.models import AuditEntry
from tests.conftest import ADMIN, PASSWORD
from tests.services.monitoring import monitoring_register as reg

HEADER = "periode;gebied;indicator;uitsplitsing;waarde"


def export_counts(ws, period, fmt, out, **kwargs):
    """The service as the front ends call it: with the renderer of the format from reports."""
    return monitoring_export.export_counts(ws, period, fmt, out, render=renderer_for(fmt), **kwargs)


AREAS = ("HLH", "HSB", "HSN", "VRH")


def _many(prefix: str, n: int, soort: str, gebied: str, categorie: str) -> list[dict]:
    return [
        {
            "ref": f"{prefix}-{i:02d}",
            "soort": soort,
            "gebied": gebied,
            "hoofdcategorie": categorie,
            "aangemeld_door": "POLITIE",
            "startdatum": "2026-08-01",
        }
        for i in range(n)
    ]


@pytest.fixture
def edge_ws(admin_ws, tmp_path):
    """The register of every edge case: small numbers only, so almost everything is hidden."""
    reg.load(admin_ws, tmp_path)
    return admin_ws


@pytest.fixture
def large_ws(admin_ws, tmp_path):
    """Counts of 0 or at least 5 only: nothing to hide, so every line of the CSV is known."""
    reg.load(
        admin_ws,
        tmp_path,
        _many("G", 5, "casuistiek", "HSB", "woonoverlast")
        + _many("H", 6, "leefbaarheid", "VRH", "zwerfafval"),
    )
    return admin_ws


def audit_entries(ws) -> list[AuditEntry]:
    with ws.register.read_session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT.value)))


def test_csv_has_exactly_one_line_per_number(large_ws, tmp_path):
    out = export_counts(large_ws, "2026Q3", "csv", tmp_path / "q3.csv")
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no byte-order mark before the header
    lines = raw.decode("utf-8").split("\r\n")
    assert lines[0] == HEADER and lines[-1] == ""
    lines = lines[1:-1]
    counts = {
        ("casussen_nieuw", "HSB", "casuistiek"): 5,
        ("casussen_nieuw", "VRH", "leefbaarheid"): 6,
        ("casussen_nieuw_categorie", "HSB", "woonoverlast"): 5,
        ("casussen_nieuw_categorie", "VRH", "zwerfafval"): 6,
        ("casussen_lopend", "HSB", "casuistiek"): 5,
        ("casussen_lopend", "VRH", "leefbaarheid"): 6,
    }
    overview = monitoring_overview(large_ws, "2026Q3", with_trend=False)
    expected = []
    for table in (t for t in overview.tables if t.indicator in NINE):  # the added: test_performance.py
        for row in (*AREAS, TOTAL_ROW):
            for column in table.columns:
                if row == TOTAL_ROW and column == TOTAL_COLUMN:
                    value = sum(n for (name, _, _), n in counts.items() if name == table.indicator)
                elif row == TOTAL_ROW:
                    value = sum(
                        n for (name, _, c), n in counts.items() if (name, c) == (table.indicator, column)
                    )
                elif column == TOTAL_COLUMN:
                    value = sum(
                        n for (name, r, _), n in counts.items() if (name, r) == (table.indicator, row)
                    )
                else:
                    value = counts.get((table.indicator, row, column), 0)
                expected.append(f"2026Q3;{row};{table.indicator};{column};{value}")
    assert [line for line in lines if line.split(";")[2] in NINE] == expected
    # Then the Middelen (no plan here: every amount 0), one line per position of its tables.
    costs = [
        f"2026Q3;{row};{table.indicator};{column};0"
        for table in overview.middelen
        for row in table.rows
        for column in table.columns
    ]
    middelen_names = {table.indicator for table in overview.middelen}
    assert [line for line in lines if line.split(";")[2] in middelen_names] == costs
    assert "2026Q3;TOTAAL;casussen_nieuw;totaal;11" in lines
    assert "2026Q3;HLH;casussen_afgesloten;verhuisd;0" in lines
    assert len(lines) == sum(
        (len(AREAS) + 1) * len(t.columns) for t in (*overview.tables, *overview.middelen)
    )
    assert [t.indicator for t in overview.tables] == list(INDICATOR_NAMES)


def test_csv_of_small_numbers_shows_x_and_keeps_zeros(edge_ws, tmp_path):
    lines = export_counts(edge_ws, "2026Q3", "csv", tmp_path / "q3.csv").read_text("utf-8").splitlines()
    assert lines[0] == HEADER
    values = {tuple(line.split(";")[1:4]): line.split(";")[4] for line in lines[1:]}
    assert values[("HSB", "casussen_nieuw", "casuistiek")] == SUPPRESSED  # 1
    assert values[("HLH", "casussen_nieuw", "casuistiek")] == "0"  # nothing: published as 0
    assert values[("HLH", "casussen_lopend", TOTAL_COLUMN)] == "0"
    protected = {key: v for key, v in values.items() if key[1] not in PUBLISHED_AS_COUNTED}
    assert all(v == SUPPRESSED or v == "0" or int(v) >= 5 for v in protected.values())
    overview = monitoring_overview(edge_ws, "2026Q3", with_trend=False)
    assert audit([t for t in overview.tables if t.indicator not in PUBLISHED_AS_COUNTED], 5) == []


def test_xlsx_has_a_sheet_per_indicator_laid_out_as_the_table(edge_ws, tmp_path):
    out = export_counts(edge_ws, "2026Q3", "xlsx", tmp_path / "q3.xlsx")
    workbook = openpyxl.load_workbook(out)
    # Excel takes sheet names of at most 31 characters.
    assert workbook.sheetnames == [
        "Toelichting",
        *(name[:31] for name in INDICATOR_NAMES),
        "Middelen",
        "Effecten",
    ]
    overview = monitoring_overview(edge_ws, "2026Q3", with_trend=False)
    for table in overview.tables:
        sheet = workbook[table.indicator[:31]]
        header = [cell.value for cell in sheet[5]]
        assert header == ["gebied", "naam", *table.columns]
        for offset, row in enumerate(table.rows, start=6):
            cells = [cell.value for cell in sheet[offset]]
            assert cells[0] == row
            assert cells[2:] == [table.published(row, column) for column in table.columns]
        assert sheet["A1"].value
    new = workbook["casussen_nieuw"]
    assert [c.value for c in new[6]] == ["HLH", "Heerlerheide", 0, 0, 0, 0]
    assert new.cell(row=7, column=4).value == "x"  # HSB casuistiek: 1
    assert new.cell(row=7, column=4).fill.fgColor.rgb.endswith("D9DDE3")  # marked grey
    text = "\n".join(str(c.value) for row in workbook["Toelichting"].iter_rows() for c in row if c.value)
    for needed in (
        "3e kwartaal 2026",
        "1 juli 2026 t/m 30 september 2026",
        "Minimumaantal k: 5",
        "Gemaakt op",
        ADMIN,
        "Primaire onderdrukking",
        "afspraken_verlopen",
    ):
        assert needed in text
    assert workbook.properties.created == workbook.properties.modified
    assert workbook.properties.creator == "Casus"


def test_pdf_report_reads_back(edge_ws, tmp_path):
    out = export_counts(edge_ws, "2026Q3", "pdf", tmp_path / "q3.pdf")
    reader = pypdf.PdfReader(out)
    # title and key figures (two pages), the indicators, trend, Middelen (two tables), effects,
    # then definitions and protection (with a note per hidden grand total)
    pages = 2 + len(INDICATOR_NAMES) + 1 + 2 + 1
    assert len(reader.pages) in (pages + 3, pages + 4)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for needed in (
        "Monitoring Sociaal Veilig",
        "3e kwartaal 2026",
        "Minimumaantal k = 5",
        "Kerncijfers",
        "Nieuwe casussen",
        "Verlopen afspraken",
        "Totaal per gebied",
        "Trend over de laatste acht",
        "2024Q4",
        "2026Q3",
        "Definities",
        "Bescherming",
        "Primaire onderdrukking",
        "Heerlerheide",
    ):
        assert needed in text, needed
    first = reader.pages[0].extract_text()
    assert "Gemaakt op" in first and ADMIN in first
    assert reader.metadata["/CreationDate"] == "D:20000101000000+00'00'"  # invariant, not the clock
    titles = reader.pages[0].extract_text() + reader.pages[1].extract_text()  # the key figures
    assert "casussen_nieuw" in titles and "doorbraken_naar_partner" in titles and "\nx\n" in titles


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_same_data_period_and_k_give_the_same_bytes(edge_ws, tmp_path, fmt):
    first = export_counts(edge_ws, "2026Q3", fmt, tmp_path / f"a.{fmt}").read_bytes()
    second = export_counts(edge_ws, "2026Q3", fmt, tmp_path / f"b.{fmt}").read_bytes()
    assert first == second
    if fmt == "xlsx":
        with zipfile.ZipFile(io.BytesIO(first)) as archive:
            assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_the_csv_does_not_depend_on_who_makes_it(edge_ws, register_path, tmp_path):
    add_user(edge_ws, "coco", PASSWORD, Role.COORDINATOR, display_name="Coco Coördinator")
    by_admin = export_counts(edge_ws, "2026Q3", "csv", tmp_path / "a.csv").read_bytes()
    edge_ws.close()
    coco = login.login(register_path, "coco", PASSWORD)
    try:
        by_coco = export_counts(coco, "2026Q3", "csv", tmp_path / "b.csv").read_bytes()
        pdf = export_counts(coco, "2026Q3", "pdf", tmp_path / "b.pdf")
    finally:
        coco.close()
    assert by_admin == by_coco
    assert "Coco Coördinator" in pypdf.PdfReader(pdf).pages[0].extract_text()


@pytest.mark.parametrize("period", ["2026Q3", "2026H2", "2026"])
def test_no_output_holds_personal_data(edge_ws, tmp_path, period):
    texts = {}
    texts["csv"] = export_counts(edge_ws, period, "csv", tmp_path / "m.csv").read_text("utf-8")
    xlsx = export_counts(edge_ws, period, "xlsx", tmp_path / "m.xlsx")
    with zipfile.ZipFile(xlsx) as archive:
        texts["xlsx"] = "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    pdf = export_counts(edge_ws, period, "pdf", tmp_path / "m.pdf")
    texts["pdf"] = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    for fmt, text in texts.items():
        for personal in reg.PERSONAL:
            assert personal not in text, (fmt, personal)


def test_every_export_is_audited_without_its_numbers(edge_ws, tmp_path):
    export_counts(edge_ws, "2026Q3", "csv", tmp_path / "a.csv")
    export_counts(edge_ws, "2026H1", "xlsx", tmp_path / "a.xlsx", min_count=7)
    entries = audit_entries(edge_ws)
    assert [(e.user_name, e.object_type, e.object_id, e.details) for e in entries] == [
        (ADMIN, "monitoring", "2026Q3", "periode=2026Q3; k=5; formaat=csv"),
        (ADMIN, "monitoring", "2026H1", "periode=2026H1; k=7; formaat=xlsx"),
    ]
    assert all(e.at and e.case_id is None and e.person_id is None for e in entries)


def test_a_professional_is_refused_and_nothing_is_written(edge_ws, register_path, tmp_path):
    add_user(edge_ws, "pro", PASSWORD, Role.PROFESSIONAL, areas=list(AREAS))
    edge_ws.close()
    pro = login.login(register_path, "pro", PASSWORD)
    try:
        with pytest.raises(PermissionDenied) as caught:
            export_counts(pro, "2026Q3", "csv", tmp_path / "nee.csv")
        assert "coördinator" in caught.value.message
        with pytest.raises(PermissionDenied):
            monitoring_overview(pro, "2026Q3")
        assert audit_entries(pro) == []
    finally:
        pro.close()
    assert not (tmp_path / "nee.csv").exists()


def test_k_is_set_by_a_beheerder_and_a_coordinator_cannot_go_lower(edge_ws, register_path, tmp_path):
    assert current_k(edge_ws) == 5
    with pytest.raises(InvalidInput):
        set_k(edge_ws, 4)
    with pytest.raises(InvalidInput):
        set_k(edge_ws, 11)
    set_k(edge_ws, 7)
    assert current_k(edge_ws) == 7
    assert monitoring_overview(edge_ws, "2026Q3", with_trend=False).k == 7
    add_user(edge_ws, "coco", PASSWORD, Role.COORDINATOR)
    edge_ws.close()
    coco = login.login(register_path, "coco", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            set_k(coco, 8)
        with pytest.raises(InvalidInput) as caught:
            export_counts(coco, "2026Q3", "csv", tmp_path / "a.csv", min_count=5)
        assert "7" in caught.value.message
        export_counts(coco, "2026Q3", "csv", tmp_path / "b.csv", min_count=9)
        assert audit_entries(coco)[-1].details == "periode=2026Q3; k=9; formaat=csv"
    finally:
        coco.close()


@pytest.mark.parametrize(
    ("period", "fmt", "folder", "needle"),
    [
        ("2026Q5", "csv", None, "periode"),
        ("2026Q3", "docx", None, "csv, xlsx of pdf"),
        ("2026Q3", "csv", "bestaat-niet", "bestaat niet"),
    ],
)
def test_user_errors_are_dutch_and_leave_no_trace(edge_ws, tmp_path, period, fmt, folder, needle):
    out = (tmp_path / folder / "x.csv") if folder else tmp_path / "x.csv"
    with pytest.raises(InvalidInput) as caught:
        export_counts(edge_ws, period, fmt, out)
    assert needle in caught.value.message
    assert not out.exists()
    assert audit_entries(edge_ws) == []


def test_a_failing_write_leaves_no_audit_entry(edge_ws, tmp_path, monkeypatch):
    from casus_app.storage import atomic_file

    def broken(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", broken)
    with pytest.raises(CasusError) as caught:
        export_counts(edge_ws, "2026Q3", "csv", tmp_path / "x.csv")
    assert "kon niet worden opgeslagen" in caught.value.message
    assert audit_entries(edge_ws) == []


def test_a_hidden_grand_total_is_explained_in_xlsx_and_pdf(edge_ws, tmp_path):
    overview = monitoring_overview(edge_ws, "2026Q3", with_trend=False)
    hidden = {t.indicator for t in overview.tables if (TOTAL_ROW, TOTAL_COLUMN) in t.suppressed}
    shown = {t.indicator for t in overview.tables} - hidden
    assert hidden and shown  # the edge register has both
    titles = {t.indicator: BY_NAME[t.indicator].title for t in overview.tables}
    sentence = "ook het totaal van Heerlen-Noord staat er als 'x'"

    workbook = openpyxl.load_workbook(export_counts(edge_ws, "2026Q3", "xlsx", tmp_path / "q3.xlsx"))
    notes = [str(c.value) for row in workbook["Toelichting"].iter_rows() for c in row if c.value]
    explained = [line for line in notes if sentence in line]
    assert sorted(line.split(":")[0] for line in explained) == sorted(titles[name] for name in hidden)

    reader = pypdf.PdfReader(export_counts(edge_ws, "2026Q3", "pdf", tmp_path / "q3.pdf"))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert text.count(sentence) == len(hidden)
    for name in shown:
        assert f"{titles[name]}: {sentence}" not in text
