"""An export as the release ledger allows it (spec/monitoring.md rule 5):
- a period released before publishes exactly what its first release published;
- a new period is protected together with the earlier releases of periods that overlap it (or
  border on it, for the open cases), hiding more of its own numbers where needed;
- the trend shows, for each quarter released on its own, what that release published."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from casus_app.domain.disclosure.release_protect import (
    JointProtectionFailed,
    Relations,
    ReleasedTables,
    protect_jointly,
)
from casus_app.domain.disclosure.tables import SUPPRESSED, TOTAL_COLUMN, TOTAL_ROW, unprotected
from casus_app.domain.disclosure.trend_protect import TrendPoint
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, Text
from casus_app.domain.periods import Period, dutch_date
from casus_app.services.access import require_role
from casus_app.services.monitoring import counts as monitoring
from casus_app.services.monitoring import ledger
from casus_app.services.monitoring.plan_effects import GOALS, SCORES
from casus_app.services.monitoring.trend import Trend, protected_trend
from casus_app.services.workspace import Workspace

if TYPE_CHECKING:
    # export.py calls this module; the overview type is only named here.
    from casus_app.services.monitoring.export import MonitoringOverview

# What the reader knows about the indicators across periods (docs/monitoring.md, "Releases").
RELATIONS = Relations(
    flows=frozenset(
        {
            "casussen_nieuw",
            "casussen_nieuw_categorie",
            "casussen_afgesloten",
            "afspraken_gemaakt",
            "afspraken_naar_type",
            "afspraken_afgerond",
            "doorbraakplannen_opgesteld",
            "doorbraken_behaald",
            SCORES,
            GOALS,
        }
    ),
    stocks=frozenset(
        {
            "casussen_lopend",
            "afspraken_verlopen",
            "gezinnen_in_begeleiding",
            "doorbraken_naar_type",
            "doorbraken_naar_partner",
        }
    ),
    families=(
        frozenset({"casussen_nieuw", "casussen_nieuw_categorie", "casussen_afgesloten", "casussen_lopend"}),
        frozenset({"afspraken_gemaakt", "afspraken_naar_type"}),
        frozenset({"doorbraken_naar_type", "doorbraken_naar_partner"}),
    ),
    stock_identity=("casussen_lopend", "casussen_nieuw", "casussen_afgesloten"),
)


def earlier_related(ws: Workspace, period: Period) -> list[str]:
    """The periods released before that a first export of `period` is protected together with
    (none when `period` itself was released: that export repeats its release)."""
    require_role(ws.actor, Role.COORDINATOR, Role.ADMINISTRATOR, doing=Text("een monitoringexport maken"))
    with ws.register.read_session() as session:
        if ledger.first_release(session, period.code) is not None:
            return []
        return [
            release.period
            for release in ledger.first_releases(
                session, lambda code: code != period.code and _may_relate(period, Period.parse(code))
            )
        ]


def reconciled(ws: Workspace, overview: MonitoringOverview, *, with_trend: bool) -> MonitoringOverview:
    """`overview` (freshly counted and protected, without trend) as it may be released now."""
    period = overview.period
    with ws.register.read_session() as session:
        first = ledger.first_release(session, period.code)
        if first is not None:
            # The first release made the secret; without it the data count as changed (safe).
            secret = ledger.existing_secret(session)
            counted = (*overview.tables, *overview.middelen)
            version = "" if secret is None else ledger.data_version(counted, secret)
            released = _repeated(session, overview, first, version)
            trend_tables = overview.tables
        else:
            released = _jointly(session, overview)
            trend_tables = released.tables
        if not with_trend:
            return released
        trend = protected_trend(session, period, trend_tables, overview.k)
        quarters = {q.code for q in trend.quarters}
        earlier = ledger.first_releases(session, lambda code: code in quarters and code != period.code)
    return replace(released, trend=_trend_as_released(trend, earlier, first))


def _repeated(
    session: Session, overview: MonitoringOverview, first: ledger.ReleaseRecord, version: str
) -> MonitoringOverview:
    """The period was released before: publish exactly what its first release published, with
    the explanation it gave (so the same data, period and k give the same bytes)."""
    all_tables = (*overview.tables, *overview.middelen)
    if version == first.data_version and ledger.published_values(all_tables) == first.values:
        return overview  # the same data protected the same way: already the released numbers
    tables = ledger.as_released(overview.tables, first)
    if version != first.data_version:
        note = ledger.unchanged_note(first)
    else:
        period = overview.period
        before = ledger.first_releases(
            session, lambda code: code != period.code and _may_relate(period, Period.parse(code))
        )
        before = [r for r in before if (r.released_at, r.id) < (first.released_at, first.id)]
        extra = sum(len(t.suppressed) for t in tables) - sum(len(t.suppressed) for t in overview.tables)
        note = _joint_note(before, extra) if before else ledger.repeated_note(first)
    return replace(
        overview,
        tables=tables,
        middelen=ledger.as_released(overview.middelen, first),
        notes=(*overview.notes, note),
    )


def _jointly(session: Session, overview: MonitoringOverview) -> MonitoringOverview:
    """A period released for the first time, protected together with the releases it relates to."""
    period = overview.period
    earlier = ledger.first_releases(
        session, lambda code: code != period.code and _may_relate(period, Period.parse(code))
    )
    if not earlier:
        return overview
    protectable = [t for t in overview.tables if t.indicator not in monitoring.PUBLISHED_AS_COUNTED]
    new = ReleasedTables(period.begin, period.end, overview.k, protectable)
    held = [_as_held(session, release) for release in earlier]
    try:
        protected = {t.indicator: t for t in protect_jointly(new, held, RELATIONS)}
    except JointProtectionFailed as failed:
        raise InvalidInput(
            "De periode {period} kan nu niet worden uitgebracht: samen met de eerder uitgebrachte "
            "exports ({released}) zouden kleine aantallen van {indicator} herleidbaar worden, ook als "
            "er meer getallen worden verborgen. Exporteer de perioden die al zijn uitgebracht, of "
            "een periode die daar niet mee overlapt.",
            period=period.code,
            released=", ".join(r.period for r in earlier),
            indicator=failed.indicator,
        ) from None
    tables = tuple(protected.get(t.indicator, t) for t in overview.tables)
    extra = sum(len(t.suppressed) for t in tables) - sum(len(t.suppressed) for t in overview.tables)
    note = _joint_note(earlier, extra)
    return replace(overview, tables=tables, notes=(*overview.notes, note))


def _may_relate(period: Period, other: Period) -> bool:
    """Overlapping periods, or neighbours (the open cases at one end follow from the other's)."""
    return (
        other.begin <= period.end
        and period.begin <= other.end
        or ((other.end - period.begin).days == -1 or (period.end - other.begin).days == -1)
    )


def _as_held(session: Session, release: ledger.ReleaseRecord) -> ReleasedTables:
    """An earlier release as the reader holds it, with the present numbers of its period.

    Should the data of that period have changed since, its hidden positions are judged on the
    present numbers: the numbers nobody may work out are those of the register now."""
    tables = []
    for counted in monitoring.tables_in(session, Period.parse(release.period)):
        table = unprotected(counted)
        hidden = frozenset(
            (row, column)
            for row in table.rows
            for column in table.columns
            if release.values.get((table.indicator, row, column), SUPPRESSED) == SUPPRESSED
        )
        tables.append(replace(table, suppressed=hidden))
    return ReleasedTables(release.begin, release.end, release.k, tables)


def _joint_note(earlier: list[ledger.ReleaseRecord], extra: int) -> str:
    released = ", ".join(f"{r.period} ({dutch_date(r.day)}, k = {r.k})" for r in earlier)
    text = (
        f"Deze export is beschermd samen met de eerder uitgebrachte exports van overlappende of "
        f"aansluitende perioden: {released}. Ook wie die exports naast deze legt en weet dat kwartalen "
        "optellen tot halfjaren en jaren, kan geen 'x' terugrekenen of een klein aantal als klein herkennen."
    )
    if extra:
        text += f" Daarvoor zijn in deze export {extra} getallen extra verborgen."
    return text


def _trend_as_released(
    trend: Trend, earlier: list[ledger.ReleaseRecord], own: ledger.ReleaseRecord | None
) -> Trend:
    """Each quarter released on its own shows the grand total that release published."""
    by_period = {r.period: r for r in earlier}
    if own is not None:
        by_period[own.period] = own
    points: dict[str, tuple[TrendPoint, ...]] = {}
    for name, series in trend.points.items():
        shown: list[TrendPoint] = []
        for quarter, point in zip(trend.quarters, series, strict=True):
            release = by_period.get(quarter.code)
            released = None if release is None else release.values.get((name, TOTAL_ROW, TOTAL_COLUMN))
            shown.append(point if released is None else released)
        points[name] = tuple(shown)
    return replace(trend, points=points)
