"""External effect series: the import (both encodings, bad rows refused by line, nothing stored),
the percentage change per focusbuurt against hand-computed numbers, and the exports."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import openpyxl
import pypdf
import pytest
from sqlalchemy import func, select

from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import InvalidInput, PermissionDenied
from casus_app.domain.periods import Period
from casus_app.reports.monitoring.formats import renderer_for
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login
from casus_app.services.monitoring import effects
from casus_app.services.monitoring import export as monitoring_export
from casus_app.storage.models import AuditEntry, EffectCount


@dataclass(frozen=True)
class _Span:
    """A period given by its first and last day, as a date range is."""

    begin: dt.date
    end: dt.date


def _csv(lines: list[str]) -> str:
    return "\r\n".join(["buurt;maand;aantal", *lines]) + "\r\n"


def _year(buurt: str, year: int, per_month: int) -> list[str]:
    return [f"{buurt};{year}-{m:02d};{per_month}" for m in range(1, 13)]


def _stored(ws) -> int:
    with ws.register.read_session() as session:
        return session.scalar(select(func.count()).select_from(EffectCount)) or 0


def _effect_entries(ws) -> list[AuditEntry]:
    with ws.register.read_session() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.object_type == "effect_series").order_by(AuditEntry.seq)
            )
        )


@pytest.fixture
def series_ws(admin_ws, tmp_path):
    """Police meldingen: Maria Gewanden 10 a month in 2020, Terschuren 6; in 2026 8 and 4 a month
    (GMS: 16 → 12, -25 %); Vrieheide-De Stack 20 → 17 (-15 %); Kasteelbuurt only in 2026."""
    lines = (
        _year("Maria Gewanden", 2020, 10)
        + _year("Terschuren", 2020, 6)
        + _year("Vrieheide-De Stack", 2020, 20)
        + _year("Maria Gewanden", 2026, 8)
        + _year("Terschuren", 2026, 4)
        + _year("Vrieheide-De Stack", 2026, 17)
        + _year("Kasteelbuurt", 2026, 3)
        + _year("Mariarade", 2020, 50)  # in no focusbuurt
    )
    path = tmp_path / "politie.csv"
    path.write_text(_csv(lines), encoding="utf-8")
    result = effects.import_series(admin_ws, "politie-meldingen", path)
    assert (result.rows, result.buurten, result.months) == (len(lines), 5, 24)
    return admin_ws


def _figures(ws, period: str, base_year: int = 2020) -> dict[str, effects.EffectFigure]:
    (report,) = effects.effect_reports(ws, Period.parse(period), base_year)
    assert report.series == "politie-meldingen"
    return {figure.focus_area: figure for figure in report.figures}


def test_the_change_per_focusbuurt_is_the_change_of_the_monthly_average(series_ws):
    figures = _figures(series_ws, "2026")
    gms = figures["GMS"]
    assert (gms.base_total, gms.base_months, gms.period_total, gms.period_months) == (192, 12, 144, 12)
    assert gms.change == -25.0  # 144/12 = 12 against 192/12 = 16
    assert figures["VRIEHEIDE"].change == -15.0  # 17 against 20
    assert figures["KASTEELBUURT"].change is None  # nothing in the peiljaar to compare with
    assert effects.percent_text(gms.change) == "-25,0 %"
    assert effects.percent_text(None) == "–"


def test_a_quarter_and_a_range_compare_their_whole_months(series_ws):
    # 2026Q2: three months of 8 + 4 = 36 against the 2020 average of 16 a month: 12/16.
    assert _figures(series_ws, "2026Q2")["GMS"].change == -25.0
    # 15 March .. 31 May (a date range): only April and May are whole months.
    span = _Span(dt.date(2026, 3, 15), dt.date(2026, 5, 31))
    with series_ws.register.read_session() as session:
        (report,) = effects.reports_in(session, span, 2020)  # type: ignore[arg-type]
    figure = next(f for f in report.figures if f.focus_area == "VRIEHEIDE")
    assert (figure.period_total, figure.period_months) == (34, 2)
    assert effects._whole_months(_Span(dt.date(2025, 12, 2), dt.date(2026, 1, 30))) == (
        dt.date(2026, 1, 1),
        dt.date(2025, 12, 1),
    )  # no whole month at all: the first lies after the last
    # A period without figures has nothing to compare.
    assert _figures(series_ws, "2024")["GMS"].change is None


def test_another_peiljaar(series_ws):
    figure = _figures(series_ws, "2026", base_year=2026)["GMS"]
    assert figure.change == 0.0
    # A period before the peiljaar is compared with it too (2026 against a later 2027: nothing there).
    assert _figures(series_ws, "2026", base_year=2027)["GMS"].change is None
    with pytest.raises(InvalidInput) as caught:
        effects.effect_reports(series_ws, Period.parse("2026"), 1800)
    assert "peiljaar" in caught.value.message


def test_cp1252_with_a_header_in_capitals_and_other_month_notations(admin_ws, tmp_path):
    # A buurt name with a character outside ASCII, as Excel saves it on Windows.
    from casus_app.services.admin import reference_lists as lists

    lists.add_item(admin_ws, lists.NEIGHBOURHOODS, "Schaesberg-Zuid ü", area="HSN")
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "BUURT;Maand;Aantal\r\nSchaesberg-Zuid ü;01-2021;5\r\nterschuren;2021/2;0\r\n".encode("cp1252")
    )
    result = effects.import_series(admin_ws, "overlast", path)
    assert (result.rows, result.buurten, result.months) == (2, 2, 2)
    assert _stored(admin_ws) == 2
    # UTF-8 with the byte order mark Excel writes.
    path.write_bytes("\ufeffbuurt;maand;aantal\nSchaesberg-Zuid ü;2021-01;7\n".encode())
    effects.import_series(admin_ws, "overlast", path)
    assert _stored(admin_ws) == 2  # the month is replaced, not added
    entries = _effect_entries(admin_ws)
    assert [(e.action, e.object_id, e.details) for e in entries] == [
        (AuditAction.IMPORT.value, "overlast", "2 regels"),
        (AuditAction.IMPORT.value, "overlast", "1 regels"),
    ]


def test_bad_rows_are_refused_with_their_line_numbers_and_nothing_is_stored(admin_ws, tmp_path):
    path = tmp_path / "fout.csv"
    path.write_text(
        _csv(
            [
                "Terschuren;2020-01;4",  # line 2: good
                "Atlantis;2020-01;4",  # 3: unknown buurt
                "Terschuren;2020-13;4",  # 4: no month
                "Terschuren;2020-02;-1",  # 5: negative
                "Terschuren;2020-03",  # 6: two columns
                "",  # 7: empty, skipped
                "Terschuren;2020-01;5",  # 8: same buurt and month as line 2
                "Mariarade;2020-04;vier",  # 9: not a number
            ]
        ),
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput) as caught:
        effects.import_series(admin_ws, "politie", path)
    message = caught.value.message
    assert "niet ingelezen" in message and "niets opgeslagen" in message
    assert "regel 3: buurt 'Atlantis' is onbekend" in message
    assert "regel 4: maand '2020-13'" in message
    assert "regel 5: aantal '-1'" in message
    assert "regel 6: verwacht 3 kolommen" in message
    assert "regel 8: buurt 'Terschuren' en maand 2020-01 staan al op regel 2" in message
    assert "regel 9: aantal 'vier'" in message
    assert "regel 2" not in message.replace("op regel 2", "")
    assert "regel 7" not in message
    assert _stored(admin_ws) == 0
    assert effects.series_names(admin_ws) == []
    (entry,) = _effect_entries(admin_ws)
    assert (entry.outcome, entry.details) == ("refused", "6 fouten")


def test_a_wrong_header_or_an_empty_file_is_refused(admin_ws, tmp_path):
    path = tmp_path / "kop.csv"
    path.write_text("wijk,maand,aantal\nTerschuren,2020-01,4\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        effects.import_series(admin_ws, "politie", path)
    assert "regel 1: de kopregel moet 'buurt;maand;aantal' zijn" in caught.value.message
    path.write_text("", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        effects.import_series(admin_ws, "politie", path)
    assert "leeg" in caught.value.message
    with pytest.raises(InvalidInput):
        effects.import_series(admin_ws, "  ", path)
    assert _stored(admin_ws) == 0


def test_a_professional_may_not_import_a_series(admin_ws, register_path, tmp_path):
    add_user(admin_ws, "prof", "Welkom-welkom-2026!", Role.PROFESSIONAL, areas=["HSB"])
    path = tmp_path / "p.csv"
    path.write_text(_csv(["Terschuren;2020-01;4"]), encoding="utf-8")
    admin_ws.close()
    ws = login.login(register_path, "prof", "Welkom-welkom-2026!")
    try:
        with pytest.raises(PermissionDenied):
            effects.import_series(ws, "politie", path)
    finally:
        ws.close()


def test_the_exports_show_the_effects(series_ws, tmp_path):
    out = monitoring_export.export_counts(
        series_ws, "2026", "xlsx", tmp_path / "j.xlsx", render=renderer_for("xlsx")
    )
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    sheet = book["Effecten"]
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True) if row and row[0]}
    gms = rows["Maria Gewanden–Terschuren (GMS)"]
    assert gms[1:6] == (192, 12, 144, 12, -0.25)
    assert rows["Kasteelbuurt/Hoofdstraat-West"][5] == "–"
    assert len(sheet._charts) == 1  # a native chart, one per series
    pdf = monitoring_export.export_counts(
        series_ws, "2026", "pdf", tmp_path / "j.pdf", render=renderer_for("pdf"), base_year=2020
    )
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Effecten" in text and "Reeks: politie-meldingen" in text
    assert "Peiljaar 2020" in text and "-25,0 %" in text and "-15,0 %" in text
