"""An export as the release ledger allows it: the same numbers for a period released before, the
numbers of earlier releases in the trend, and joint protection with overlapping releases."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from casus_app.domain.disclosure.tables import TOTAL_COLUMN, TOTAL_ROW
from casus_app.domain.disclosure.trend_protect import TrendPoint
from casus_app.services.monitoring import ledger
from casus_app.services.monitoring.trend import Trend
from casus_app.services.workspace import Workspace

if TYPE_CHECKING:
    # export.py calls this module; the overview type is only named here.
    from casus_app.services.monitoring.export import MonitoringOverview


def reconciled(ws: Workspace, overview: MonitoringOverview) -> MonitoringOverview:
    """`overview` (freshly counted and protected) changed so that it agrees with every release."""
    with ws.register.read_session() as session:
        first = ledger.first_release(session, overview.period.code)
        earlier = [r for r in ledger.first_releases(session) if r.period != overview.period.code]
    all_tables = (*overview.tables, *overview.middelen)
    if first is not None:
        overview = _repeated(overview, first, ledger.data_version(all_tables))
    if overview.trend is not None:
        overview = replace(overview, trend=_trend_as_released(overview.trend, earlier, first))
    return overview


def _repeated(overview: MonitoringOverview, first: ledger.ReleaseRecord, version: str) -> MonitoringOverview:
    """The period was released before: publish exactly what its first release published."""
    all_tables = (*overview.tables, *overview.middelen)
    if version == first.data_version and ledger.published_values(all_tables) == first.values:
        return overview  # the same data protected the same way: already the released numbers
    notes = (
        overview.notes if version == first.data_version else (*overview.notes, ledger.unchanged_note(first))
    )
    return replace(
        overview,
        tables=ledger.as_released(overview.tables, first),
        middelen=ledger.as_released(overview.middelen, first),
        notes=notes,
    )


def _trend_as_released(
    trend: Trend, earlier: list[ledger.ReleaseRecord], own: ledger.ReleaseRecord | None
) -> Trend:
    """Each quarter released on its own shows the grand total that release published."""
    by_period = {r.period: r for r in earlier}
    if own is not None:
        by_period[own.period] = own
    points: dict[str, tuple[TrendPoint, ...]] = {}
    for name, series in trend.points.items():
        shown = []
        for quarter, point in zip(trend.quarters, series, strict=True):
            release = by_period.get(quarter.code)
            released = None if release is None else release.values.get((name, TOTAL_ROW, TOTAL_COLUMN))
            shown.append(point if released is None else released)
        points[name] = tuple(shown)
    return replace(trend, points=points)
