"""What the coordinator's page shows of the monitoring services, in the interface's language.

The services hand over codes: the indicator names of spec/monitoring.md, Period objects and the
codes of each breakdown. The exports stay Dutch (spec/monitoring.md); here the same things are
named through Qt's translations: the indicators' titles and definitions (marked in
services/monitoring/counts.py), the period and its dates, the soort and the fixed columns.
Gebieden and the reference lists (categories, closing reasons, breakthrough types) are the
register's own names and are shown as they are.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from casus_app.domain.enums import CaseKind, MeetingKind
from casus_app.domain.periods import Period, PeriodKind
from casus_app.services.monitoring.counts import BY_NAME, FIXED_NAMES, CodeNames
from casus_app.services.monitoring.intervention_counts import WITHOUT_TYPE, WITHOUT_TYPE_NAME
from casus_app.ui.widgets.errors import translated_text
from casus_app.ui.widgets.labels import kind_label, meeting_label

CONTEXT = "MonitoringTexts"
_KINDS = frozenset(kind.value for kind in CaseKind)
# The indicators whose columns are the soorten (spec/monitoring.md, services code_names).
BY_KIND = frozenset({"casussen_nieuw", "casussen_lopend", "afspraken_gemaakt", "afspraken_verlopen"})
# The indicators whose columns are the soorten overleg (services/monitoring/activities.py).
BY_MEETING_KIND = frozenset({"overleggen_gehouden", "aanwezige_organisaties", "aanwezige_professionals"})
_MEETING_KINDS = frozenset(kind.value for kind in MeetingKind)


def indicator_title(name: str) -> str:
    return translated_text(BY_NAME[name].title)


def indicator_definition(name: str) -> str:
    return translated_text(BY_NAME[name].definition)


def period_label(period: Period) -> str:
    """`3e kwartaal 2026`, `1e halfjaar 2026`, `2026`, `1 mei 2021 t/m 30 april 2024`, `sinds de
    start t/m 30 april 2024` in the interface's language."""
    if period.since_the_start:
        return QCoreApplication.translate("MonitoringTexts", "sinds de start t/m %1").replace(
            "%1", long_date(period.end)
        )
    if period.kind is PeriodKind.RANGE:
        return span_text(period)
    if period.kind is PeriodKind.QUARTER:
        return (
            QCoreApplication.translate("MonitoringTexts", "%1e kwartaal %2")
            .replace("%1", str(period.number))
            .replace("%2", str(period.year))
        )
    if period.kind is PeriodKind.HALF:
        return (
            QCoreApplication.translate("MonitoringTexts", "%1e halfjaar %2")
            .replace("%1", str(period.number))
            .replace("%2", str(period.year))
        )
    return str(period.year)


def span_text(period: Period) -> str:
    """`1 juli 2026 t/m 30 september 2026` in the interface's language."""
    return (
        QCoreApplication.translate("MonitoringTexts", "%1 t/m %2")
        .replace("%1", long_date(period.begin))
        .replace("%2", long_date(period.end))
    )


def long_date(day: dt.date) -> str:
    """`24 november 2026` (the order and the month's name as the language writes them)."""
    return (
        QCoreApplication.translate("MonitoringTexts", "%1 %2 %3")
        .replace("%1", str(day.day))
        .replace("%2", month_name(day.month))
        .replace("%3", str(day.year))
    )


def month_name(month: int) -> str:
    # Every text spelled out in its own translate() call: the translation tools look for exactly that.
    names = (
        QCoreApplication.translate("MonitoringTexts", "januari"),
        QCoreApplication.translate("MonitoringTexts", "februari"),
        QCoreApplication.translate("MonitoringTexts", "maart"),
        QCoreApplication.translate("MonitoringTexts", "april"),
        QCoreApplication.translate("MonitoringTexts", "mei"),
        QCoreApplication.translate("MonitoringTexts", "juni"),
        QCoreApplication.translate("MonitoringTexts", "juli"),
        QCoreApplication.translate("MonitoringTexts", "augustus"),
        QCoreApplication.translate("MonitoringTexts", "september"),
        QCoreApplication.translate("MonitoringTexts", "oktober"),
        QCoreApplication.translate("MonitoringTexts", "november"),
        QCoreApplication.translate("MonitoringTexts", "december"),
    )
    return names[month - 1]


def column_name(indicator: str, code: str, names: CodeNames | None) -> str:
    """The name of one column of `indicator`: a soort or a fixed column translated, a code of a
    reference list by the register's own name."""
    if code in FIXED_NAMES:
        return translated_text(FIXED_NAMES[code])
    if code == WITHOUT_TYPE:
        return translated_text(WITHOUT_TYPE_NAME)
    if indicator in BY_KIND and code in _KINDS:
        return kind_label(code)
    if indicator in BY_MEETING_KIND and code in _MEETING_KINDS:
        return meeting_label(code)
    return names.columns.get(indicator, {}).get(code, code) if names else code
