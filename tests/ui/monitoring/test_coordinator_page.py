"""The coordinator's screen: period, the nine protected tables, the trend, export; never a person."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from casus_app.domain import clock
from casus_app.domain.disclosure.tables import SUPPRESSED
from casus_app.domain.periods import Period, PeriodKind
from casus_app.services.auth.login import login
from casus_app.services.monitoring import counts as monitoring
from casus_app.services.monitoring.counts import INDICATOR_NAMES
from casus_app.services.monitoring.export import current_k, monitoring_overview
from casus_app.storage.reference_defaults import load_defaults
from casus_app.ui.monitoring.coordinator_page import CoordinatorPage
from casus_app.ui.monitoring.coordinator_table import HIDDEN_BACKGROUND
from tests.ui.conftest import PASSWORD, USER


@pytest.fixture
def coordinator(demo_register):
    ws = login(demo_register.path, "coordinator", PASSWORD)
    yield ws
    ws.close()


@pytest.fixture
def page(qtbot, coordinator):
    widget = CoordinatorPage(coordinator)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: widget.overview is not None, timeout=20_000)
    return widget


def shown_table(page: CoordinatorPage) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def expected(table, turned: bool = False) -> list[list[str]]:
    grid = [[str(table.published(r, c)) for c in table.columns] for r in table.rows]
    return [list(line) for line in zip(*grid, strict=True)] if turned else grid


def all_visible_text(page: CoordinatorPage) -> str:
    parts = [label.text() for label in page.findChildren(QLabel)]
    parts += [page.indicator_list.item(i).text() for i in range(page.indicator_list.count())]
    for row in range(page.indicator_list.count()):
        page.indicator_list.setCurrentRow(row)
        model = page.model
        parts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        parts += [str(model.headerData(r, Qt.Orientation.Vertical)) for r in range(model.rowCount())]
        parts += [cell for line in shown_table(page) for cell in line]
        parts.append(page.trend_chart.accessibleDescription())
    return "\n".join(parts)


def test_the_coordinator_sees_the_last_quarter_protected_as_in_the_export(page, coordinator):
    expected_period = Period.quarter_of(clock.today()).previous_quarter()
    assert page.picker.period() == expected_period
    assert expected_period.label in page.status_label.text()
    assert page.indicator_list.count() == len(INDICATOR_NAMES)
    overview = monitoring_overview(coordinator, expected_period)
    for row, table in enumerate(overview.tables):
        page.indicator_list.setCurrentRow(row)
        assert page.title_label.text() == monitoring.BY_NAME[table.indicator].title
        # the categories, the buurten, the partners and the eight interventietypen (with "zonder
        # type"): a row each
        turned = table.indicator in {
            "casussen_nieuw_categorie",
            "adressen_aangepakt_buurt",
            "doorbraken_naar_partner",
            "afspraken_naar_type",
        }
        assert page.model.turned == turned
        assert shown_table(page) == expected(table, turned)
    page.indicator_list.setCurrentRow(0)
    headers = [page.model.headerData(r, Qt.Orientation.Vertical) for r in range(page.model.rowCount())]
    assert headers == ["Heerlerheide", "Hoensbroek", "Heerlen-Stad Noord", "Vrieheide", "TOTAAL"]
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Casuïstiek"
    page.indicator_list.setCurrentRow(1)
    assert page.model.headerData(0, Qt.Orientation.Vertical) == "Escalerend burenconflict"
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "TOTAAL"
    categories = len(load_defaults()["categorieen"])  # a row each, then the total
    assert page.model.rowCount() == categories + 1
    assert page.model.headerData(categories, Qt.Orientation.Vertical) == "Totaal"


def test_hidden_numbers_are_marked(page):
    marked = 0
    for row in range(page.indicator_list.count()):
        page.indicator_list.setCurrentRow(row)
        for r in range(page.model.rowCount()):
            for c in range(page.model.columnCount()):
                index = page.model.index(r, c)
                if index.data() == SUPPRESSED:
                    marked += 1
                    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == HIDDEN_BACKGROUND
                    assert "Geheim" in index.data(Qt.ItemDataRole.ToolTipRole)
                else:
                    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
                    if monitoring.INDICATOR_NAMES[row] not in monitoring.PUBLISHED_AS_COUNTED:
                        assert int(index.data()) == 0 or int(index.data()) >= 5
    assert marked > 0  # a 300-case register has small numbers somewhere
    assert "x = geheim" in page.legend_label.text()


def test_choosing_another_period_recounts(page, qtbot, coordinator):
    page.picker.kind_combo.setCurrentIndex(page.picker.kind_combo.findData(PeriodKind.YEAR))
    page.picker.year_spin.setValue(clock.today().year - 1)
    wanted = Period(clock.today().year - 1, PeriodKind.YEAR)
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.period == wanted, timeout=20_000)
    assert not page.picker.part_combo.isVisible()
    assert page.status_label.text().startswith(str(wanted.year))
    page.indicator_list.setCurrentRow(3)
    table = monitoring_overview(coordinator, wanted, with_trend=False).tables[3]
    assert shown_table(page) == expected(table)
    page.picker.kind_combo.setCurrentIndex(page.picker.kind_combo.findData(PeriodKind.HALF))
    page.picker.part_combo.setCurrentIndex(1)
    half = Period(wanted.year, PeriodKind.HALF, 2)
    qtbot.waitUntil(lambda: page.overview.period == half, timeout=20_000)
    assert "2e halfjaar" in page.status_label.text()


def test_a_date_range_and_everything_since_the_start(page, qtbot):
    picker = page.picker
    picker.kind_combo.setCurrentIndex(picker.kind_combo.findData(PeriodKind.RANGE))
    assert picker.from_edit.isVisible() and picker.to_edit.isVisible()
    assert not picker.year_spin.isVisible() and not picker.part_combo.isVisible()
    picker.from_edit.setDate(QDate(2025, 5, 1))
    picker.to_edit.setDate(QDate(2026, 4, 30))
    wanted = Period.parse("2025-05-01..2026-04-30")
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.period == wanted, timeout=20_000)
    assert "1 mei 2025 t/m 30 april 2026" in page.status_label.text()
    # The trend claims only whole quarters: the eight up to the end date, 2026Q2 not yet ended.
    assert [q.code for q in page.overview.trend.quarters] == [
        "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1"
    ]  # fmt: skip
    # The last day can never be set before the first.
    picker.to_edit.setDate(QDate(2025, 1, 1))
    assert picker.period() == Period.parse("2025-05-01..2025-05-01")
    picker.kind_combo.setCurrentIndex(picker.kind_combo.findText("Sinds de start"))
    assert not picker.from_edit.isVisible() and picker.to_edit.isVisible()
    picker.to_edit.setDate(QDate(2024, 4, 30))
    since = Period.parse("..2024-04-30")
    qtbot.waitUntil(lambda: page.overview.period == since, timeout=20_000)
    assert "sinds de start t/m 30 april 2024" in page.status_label.text()
    picker.set_period(Period.parse("2026Q3"))
    assert (
        picker.kind() is PeriodKind.QUARTER
        and picker.part_combo.isVisible()
        and not picker.to_edit.isVisible()
    )


def test_the_trend_shows_eight_quarters_ending_with_the_period(page):
    page.indicator_list.setCurrentRow(0)
    chart = page.trend_chart
    points = chart.points()
    assert len(points) == 8
    trend = page.overview.trend
    assert trend.quarters[-1].code == page.overview.period.code
    assert points == list(trend.points["casussen_nieuw"])
    description = chart.accessibleDescription()
    assert description.startswith(trend.quarters[0].code)
    assert not chart.grab().isNull()


def test_never_a_person_or_an_address_on_the_screen(page, demo_register):
    text = all_visible_text(page)
    assert demo_register.surname not in text
    assert demo_register.full_name not in text
    assert not re.search(r"\b\d{4} ?[A-Z]{2}\b", text)  # no postcode
    assert not re.search(r"\b20\d\d-\d{3,}\b", text)  # no case ref


def test_export_with_a_file_dialog(page, qtbot, monkeypatch, tmp_path, coordinator):
    chosen = tmp_path / "rapport"  # the extension is added
    seen = {}

    def dialog(parent, title, suggested, filter_):
        seen.update(title=title, suggested=suggested, filter=filter_)
        return str(chosen), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    qtbot.mouseClick(page.buttons["csv"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.buttons["csv"].isEnabled() and "opgeslagen" in page.status_label.text(), timeout=20_000
    )
    out = tmp_path / "rapport.csv"
    assert out.exists()
    assert out.read_text("utf-8").splitlines()[0] == "periode;gebied;indicator;uitsplitsing;waarde"
    assert seen["suggested"].endswith(f"monitoring-{page.picker.period().code}.csv")
    assert str(out) in page.status_label.text()
    assert not page.k_spin.isEnabled()  # a coordinator does not set k
    assert not page.save_k_button.isVisible()


def test_an_export_error_is_shown_in_dutch(page, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "weg" / "x.pdf"), "PDF (*.pdf)")
    )
    page.buttons["pdf"].click()
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=20_000)
    assert "bestaat niet" in page.error_label.text()
    assert page.buttons["pdf"].isEnabled()


def test_a_beheerder_sets_k(qtbot, demo_register):
    ws = login(demo_register.path, USER, PASSWORD)
    try:
        widget = CoordinatorPage(ws)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitUntil(lambda: widget.overview is not None, timeout=20_000)
        assert widget.k_spin.isEnabled() and widget.save_k_button.isVisible()
        widget.k_spin.setValue(6)
        widget.save_k_button.click()
        qtbot.waitUntil(lambda: widget.overview.k == 6, timeout=20_000)
        assert current_k(ws) == 6
        assert "k = 6" in widget.status_label.text()
        widget.k_spin.setValue(5)
        widget.save_k_button.click()
        qtbot.waitUntil(lambda: widget.overview.k == 5, timeout=20_000)
    finally:
        ws.close()


def test_a_beheerder_reaches_it_from_the_monitoring_menu_and_goes_back(main_window, qtbot):
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert "&Monitoring" in menus
    screens = main_window.monitoring_screens
    assert screens.action.shortcut().toString() == "Ctrl+Shift+M"
    screens.action.trigger()
    page = main_window.content.currentWidget()
    assert isinstance(page, CoordinatorPage)
    qtbot.waitUntil(lambda: page.overview is not None, timeout=20_000)
    assert page.back_button.isVisible()
    assert page.k_spin.isEnabled()
    page.back_button.click()
    assert main_window.content.currentWidget() is main_window.case_list


def test_a_coordinator_has_only_this_page_and_no_monitoring_menu(qtbot, demo_register):
    from casus_app.ui.shell.main_window import MainWindow

    window = MainWindow(login(demo_register.path, "coordinator", PASSWORD))
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.case_list is None
        assert isinstance(window.content.currentWidget(), CoordinatorPage)
        assert window.monitoring_screens is None
        assert not window.content.currentWidget().back_button.isVisible()
        qtbot.waitUntil(lambda: window.content.currentWidget().overview is not None, timeout=20_000)
    finally:
        window.close_workspace()
