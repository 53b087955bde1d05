"""Dutch display texts for the codes the services return; dates as dd-mm-jjjj."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from casus_app.domain.enums import CaseKind, Escalation, MeetingKind, Role


# Every text is spelled out in its own translate() call: the translation tools look for exactly that.
def kind_label(kind: str) -> str:
    names: dict[str, str] = {
        CaseKind.LIVEABILITY: QCoreApplication.translate("Labels", "Leefbaarheid"),
        CaseKind.CASEWORK: QCoreApplication.translate("Labels", "Casuïstiek"),
        CaseKind.BREAKTHROUGH: QCoreApplication.translate("Labels", "Doorbraak"),
    }
    return names.get(kind, kind)


def escalation_label(level: str) -> str:
    names: dict[str, str] = {
        Escalation.GREEN: QCoreApplication.translate("Labels", "Groen"),
        Escalation.ORANGE: QCoreApplication.translate("Labels", "Oranje"),
        Escalation.RED: QCoreApplication.translate("Labels", "Rood"),
        Escalation.DARK_RED: QCoreApplication.translate("Labels", "Donkerrood"),
    }
    return names.get(level, level)


def meeting_label(kind: str) -> str:
    names: dict[str, str] = {
        MeetingKind.LIVEABILITY: QCoreApplication.translate("Labels", "Leefbaarheidsoverleg"),
        MeetingKind.CASEWORK: QCoreApplication.translate("Labels", "Casuïstiekoverleg"),
        MeetingKind.BREAKTHROUGH_TEAM: QCoreApplication.translate("Labels", "Doorbraakteam"),
    }
    return names.get(kind, kind)


def role_label(role: Role) -> str:
    names = {
        Role.ADMINISTRATOR: QCoreApplication.translate("Labels", "beheerder"),
        Role.COORDINATOR: QCoreApplication.translate("Labels", "coördinator"),
        Role.PROFESSIONAL: QCoreApplication.translate("Labels", "professional"),
        Role.FAMILY_COACH: QCoreApplication.translate("Labels", "gezinscoach"),
    }
    return names.get(role, str(role))


def status_label(end_date: dt.date | None) -> str:
    return (
        QCoreApplication.translate("Labels", "Lopend")
        if end_date is None
        else QCoreApplication.translate("Labels", "Afgesloten")
    )


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""
