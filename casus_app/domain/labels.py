"""The Dutch name of every code in enums.py, once: what a user, a document or a message calls it.

Services and reports use these names as they are (Dutch). The interface shows them through Qt:
ui/widgets/labels.py looks each name up with QCoreApplication.translate(CONTEXT, name). The marker
QT_TRANSLATE_NOOP does nothing at run time; it is what pyside6-lupdate looks for
(scripts/translations.py), so each name lands in resources/translations/casus_en.ts under CONTEXT.
Case kinds and meeting kinds are capitalised; write `.lower()` where a name stands mid-sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from casus_app.domain.enums import (
    AuditAction,
    BreakthroughStatus,
    CaseKind,
    ContactKind,
    Escalation,
    MandateLevel,
    MeetingKind,
    PlanStatus,
    Risk,
    Role,
)

CONTEXT = "Labels"  # the translation context of every name below


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: what lupdate looks for
    """Marks `text` for translation in `context`; returns it unchanged."""
    if context != CONTEXT:
        raise ValueError(f"{text!r}: the context of a label is {CONTEXT!r}, not {context!r}")
    return text


CASE_KIND_NAMES: dict[CaseKind, str] = {
    CaseKind.LIVEABILITY: QT_TRANSLATE_NOOP("Labels", "Leefbaarheid"),
    CaseKind.CASEWORK: QT_TRANSLATE_NOOP("Labels", "Casuïstiek"),
    CaseKind.BREAKTHROUGH: QT_TRANSLATE_NOOP("Labels", "Doorbraak"),
}

MEETING_KIND_NAMES: dict[MeetingKind, str] = {
    MeetingKind.LIVEABILITY: QT_TRANSLATE_NOOP("Labels", "Leefbaarheidsoverleg"),
    MeetingKind.CASEWORK: QT_TRANSLATE_NOOP("Labels", "Casuïstiekoverleg"),
    MeetingKind.BREAKTHROUGH_TEAM: QT_TRANSLATE_NOOP("Labels", "Doorbraakteam"),
    MeetingKind.YOUTH_PREVENTION: QT_TRANSLATE_NOOP("Labels", "Jeugd Preventie Platform"),
}

ESCALATION_NAMES: dict[Escalation, str] = {
    Escalation.GREEN: QT_TRANSLATE_NOOP("Labels", "Groen"),
    Escalation.ORANGE: QT_TRANSLATE_NOOP("Labels", "Oranje"),
    Escalation.RED: QT_TRANSLATE_NOOP("Labels", "Rood"),
    Escalation.DARK_RED: QT_TRANSLATE_NOOP("Labels", "Donkerrood"),
}

ROLE_NAMES: dict[Role, str] = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "beheerder"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "coördinator"),
    Role.PROFESSIONAL: QT_TRANSLATE_NOOP("Labels", "professional"),
    Role.FAMILY_COACH: QT_TRANSLATE_NOOP("Labels", "gezinscoach"),
}

PLAN_STATUS_NAMES: dict[PlanStatus, str] = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "concept"),
    PlanStatus.FOR_DECISION: QT_TRANSLATE_NOOP("Labels", "ter besluit"),
    PlanStatus.DECIDED: QT_TRANSLATE_NOOP("Labels", "besloten"),
    PlanStatus.REALISED: QT_TRANSLATE_NOOP("Labels", "gerealiseerd"),
    PlanStatus.NOT_REALISED: QT_TRANSLATE_NOOP("Labels", "niet gerealiseerd"),
    PlanStatus.EVALUATED: QT_TRANSLATE_NOOP("Labels", "geëvalueerd"),
}

MANDATE_NAMES: dict[MandateLevel, str] = {
    MandateLevel.PROFESSIONAL: QT_TRANSLATE_NOOP("Labels", "professional"),
    MandateLevel.TEAM_LEADER: QT_TRANSLATE_NOOP("Labels", "teamleider"),
    MandateLevel.MANAGER: QT_TRANSLATE_NOOP("Labels", "manager"),
    MandateLevel.EXECUTIVE: QT_TRANSLATE_NOOP("Labels", "wethouder / bestuurder"),
}

BREAKTHROUGH_STATUS_NAMES: dict[BreakthroughStatus, str] = {
    BreakthroughStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "gepland"),
    BreakthroughStatus.REACHED: QT_TRANSLATE_NOOP("Labels", "behaald"),
    BreakthroughStatus.NOT_FEASIBLE: QT_TRANSLATE_NOOP("Labels", "niet haalbaar"),
}

RISK_NAMES: dict[Risk, str] = {
    Risk.LOW: QT_TRANSLATE_NOOP("Labels", "laag"),
    Risk.MEDIUM: QT_TRANSLATE_NOOP("Labels", "midden"),
    Risk.HIGH: QT_TRANSLATE_NOOP("Labels", "hoog"),
}

CONTACT_KIND_NAMES: dict[ContactKind, str] = {
    ContactKind.HOME_VISIT: QT_TRANSLATE_NOOP("Labels", "huisbezoek"),
    ContactKind.PHONE: QT_TRANSLATE_NOOP("Labels", "telefoon"),
    ContactKind.MEETING: QT_TRANSLATE_NOOP("Labels", "overleg"),
}

AUDIT_ACTION_NAMES: dict[AuditAction, str] = {
    AuditAction.VIEW: QT_TRANSLATE_NOOP("Labels", "ingezien"),
    AuditAction.CREATE: QT_TRANSLATE_NOOP("Labels", "aangemaakt"),
    AuditAction.CHANGE: QT_TRANSLATE_NOOP("Labels", "gewijzigd"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("Labels", "verwijderd"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("Labels", "geëxporteerd"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("Labels", "ingelezen"),
    AuditAction.PRINT: QT_TRANSLATE_NOOP("Labels", "afgedrukt"),
    AuditAction.SEARCH: QT_TRANSLATE_NOOP("Labels", "gezocht"),
    AuditAction.LIST: QT_TRANSLATE_NOOP("Labels", "lijst ingezien"),
    AuditAction.LOGIN_OK: QT_TRANSLATE_NOOP("Labels", "aangemeld"),
    AuditAction.LOGIN_FAILED: QT_TRANSLATE_NOOP("Labels", "aanmelden mislukt"),
    AuditAction.USER_MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "gebruikersbeheer"),
    AuditAction.KEY_MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "sleutelbeheer"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("Labels", "back-up gemaakt"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("Labels", "back-up teruggezet"),
    AuditAction.PURGE: QT_TRANSLATE_NOOP("Labels", "verwijderd (bewaartermijn)"),
}


def name_of(names: Mapping[Any, str], code: str) -> str:
    """The name of `code` in one of the tables above; the code itself if it has none."""
    return names.get(code, code)


# Every table above by the enum whose codes it names (domain/errors.py fills codes in by name).
NAMES_BY_ENUM: dict[type, Mapping[Any, str]] = {
    CaseKind: CASE_KIND_NAMES,
    MeetingKind: MEETING_KIND_NAMES,
    Escalation: ESCALATION_NAMES,
    Role: ROLE_NAMES,
    PlanStatus: PLAN_STATUS_NAMES,
    MandateLevel: MANDATE_NAMES,
    BreakthroughStatus: BREAKTHROUGH_STATUS_NAMES,
    ContactKind: CONTACT_KIND_NAMES,
    Risk: RISK_NAMES,
    AuditAction: AUDIT_ACTION_NAMES,
}
