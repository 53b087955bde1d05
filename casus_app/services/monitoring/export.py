"""The monitoring export: the nine indicator tables of a period, protected, as CSV, XLSX or PDF.

Coordinator or beheerder only. The same data, period and k give the same tables and the same
CSV byte for byte. The XLSX and PDF also say when (the date, no clock time) and by whom they were
made, as the spec asks; with that the same user gets the same bytes all day, and every timestamp
inside the files (zip entries, document properties, PDF dates and id) is fixed to that date.
Every export is recorded in the audit log with who, when, period, k and format; never its numbers.
It is also a release (services/monitoring/ledger.py, in the same transaction): a period released
before keeps its k and its numbers, and a new one is protected together with the releases it
overlaps (releases.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.disclosure.tables import MAX_K, MIN_K, ProtectedTable, protect
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, Text
from casus_app.domain.periods import Period
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.admin.settings import get_setting, set_setting
from casus_app.services.documents import write_audited
from casus_app.services.monitoring import counts as monitoring
from casus_app.services.monitoring import effects, ledger, middelen, releases
from casus_app.services.monitoring.trend import Trend, protected_trend
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.atomic_file import require_folder

FORMATS = ("csv", "xlsx", "pdf")
K_SETTING = "monitoring.k"


@dataclass(frozen=True)
class MonitoringOverview:
    """Everything an export shows: the protected tables, the names of their codes, and the trend."""

    period: Period
    k: int
    tables: tuple[ProtectedTable, ...]
    names: monitoring.CodeNames
    trend: Trend | None
    # The Middelen section: costs in euros, protected by the plans they sum (services/monitoring/middelen.py).
    middelen: tuple[ProtectedTable, ...] = ()
    # External effect series per focusbuurt against the peiljaar (services/monitoring/effects.py).
    effects: tuple[effects.EffectReport, ...] = ()
    # What the release ledger adds to the explanation (services/monitoring/ledger.py).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Authorship:
    """When and by whom, as the XLSX and PDF state it."""

    made_on: dt.date
    made_by: str


Renderer = Callable[[MonitoringOverview, Authorship], bytes]


def current_k(ws: Workspace) -> int:
    """The minimum count k the beheerder set (default 5)."""
    stored = get_setting(ws, K_SETTING, str(MIN_K))
    try:
        k = int(stored or "")
    except ValueError:
        k = 0
    if not MIN_K <= k <= MAX_K:
        raise InvalidInput(
            "Het ingestelde minimumaantal k ({stored}) is ongeldig. Laat een beheerder een waarde van "
            "{min_k} tot en met {max_k} instellen.",
            stored=stored,
            min_k=MIN_K,
            max_k=MAX_K,
        )
    return k


def set_k(ws: Workspace, k: int) -> None:
    """Set the minimum count k for every export of this register (beheerder only, 5–10)."""
    require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("het minimumaantal k instellen"))
    _check_range(k)
    set_setting(ws, K_SETTING, str(k))


def monitoring_overview(
    ws: Workspace,
    period: Period | str,
    *,
    min_count: int | None = None,
    with_trend: bool = True,
    base_year: int = effects.DEFAULT_BASE_YEAR,
) -> MonitoringOverview:
    """The protected tables (and trend) of a period, as every format and the screen show them."""
    require_role(ws.actor, Role.COORDINATOR, Role.ADMINISTRATOR, doing=Text("monitoringcijfers opvragen"))
    period = period if isinstance(period, Period) else Period.parse(period)
    return _overview(ws, period, _resolve_k(ws, min_count), with_trend, base_year)


def _overview(ws: Workspace, period: Period, k: int, with_trend: bool, base_year: int) -> MonitoringOverview:
    effects.check_base_year(base_year, period)
    names = monitoring.code_names(ws)
    with ws.register.read_session() as session:
        # One read transaction: the tables and the trend see the same state of the register.
        tables = monitoring.in_order(
            [
                *protect(monitoring.tables_in(session, period), k),
                *monitoring.published_as_counted(session, period, k),
            ]
        )
        trend = protected_trend(session, period, tables, k) if with_trend else None
        amounts = middelen.protected_amounts(session, period, k)
        effect_reports = effects.reports_in(session, period, base_year)
    return MonitoringOverview(period, k, tables, names, trend, amounts, effect_reports)


def export_counts(
    ws: Workspace,
    period: str,
    fmt: str,
    out: Path,
    *,
    render: Renderer,
    min_count: int | None = None,
    base_year: int = effects.DEFAULT_BASE_YEAR,
) -> Path:
    """Write the monitoring export of `period` to `out` in `fmt` (csv, xlsx or pdf); audited.

    `render` turns the overview into the bytes of `fmt` (reports.monitoring.formats.renderer_for):
    services do not import reports, so the front end hands it over (documents.py)."""
    require_role(ws.actor, Role.COORDINATOR, Role.ADMINISTRATOR, doing=Text("een monitoringexport maken"))
    if fmt not in FORMATS:
        raise InvalidInput("Onbekend formaat '{fmt}'. Kies csv, xlsx of pdf.", fmt=fmt)
    out = Path(out)
    register = getattr(ws.register, "path", None)
    require_folder(out, register)  # before reading the register for a file that cannot be written
    period_of = Period.parse(period)
    if min_count is not None:
        _check_range(min_count)
    with ws.register.read_session() as session:
        # A period already released keeps the k of its first release.
        k = ledger.fixed_k(session, period_of, min_count)
    if k is None:
        k = _resolve_k(ws, min_count)
    overview = _overview(ws, period_of, k, False, base_year)
    counted = (*overview.tables, *overview.middelen)
    overview = releases.reconciled(ws, overview, with_trend=fmt == "pdf")
    who = Authorship(clock.today(), _author(ws))
    event = audit_events.monitoring_exported(ws, overview.period.code, overview.k, fmt)
    values = ledger.published_values((*overview.tables, *overview.middelen))

    def audit_and_record(session: Session) -> None:
        audit.append(session, event)
        ledger.record(session, overview.period, overview.k, counted, fmt, ws.actor.user_id, values)

    # Rendered before the write transaction: the register is not locked while a PDF is drawn.
    data = render(overview, who)
    return write_audited(ws, out, audit_and_record, lambda _head: data, register=register)


def published_share(tables: tuple[ProtectedTable, ...], k: int) -> tuple[int, int]:
    """(published, all) numbers of k or more, margins included: how much the protection keeps."""
    large = [(t, cell) for t in tables for cell, value in t.values.items() if value >= k]
    return sum(cell not in t.suppressed for t, cell in large), len(large)


def _resolve_k(ws: Workspace, min_count: int | None) -> int:
    k = current_k(ws)
    if min_count is None:
        return k
    _check_range(min_count)
    if min_count < k and ws.actor.role is not Role.ADMINISTRATOR:
        raise InvalidInput(
            "De beheerder heeft het minimumaantal k op {k} gezet; een export met een lagere k "
            "({min_count}) mag niet. Kies {k} of hoger.",
            k=k,
            min_count=min_count,
        )
    return min_count


def _check_range(k: int) -> None:
    if isinstance(k, bool) or not isinstance(k, int) or not MIN_K <= k <= MAX_K:
        raise InvalidInput(
            "Het minimumaantal k moet een geheel getal van {min_k} tot en met {max_k} zijn.",
            min_k=MIN_K,
            max_k=MAX_K,
        )


def _author(ws: Workspace) -> str:
    return ws.actor.display_name or ws.actor.name
