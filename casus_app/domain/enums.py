"""The closed vocabularies of the domain. Values are the Dutch codes of the exchange format; the
Dutch names shown for them are in labels.py."""

from __future__ import annotations

from enum import StrEnum


class CaseKind(StrEnum):
    LIVEABILITY = "leefbaarheid"
    CASEWORK = "casuistiek"
    BREAKTHROUGH = "doorbraak"


class Risk(StrEnum):
    LOW = "laag"
    MEDIUM = "midden"
    HIGH = "hoog"


class MeetingKind(StrEnum):
    LIVEABILITY = "leefbaarheidsoverleg"
    CASEWORK = "casuistiekoverleg"
    BREAKTHROUGH_TEAM = "doorbraakteam"
    # Not in the exchange format (domain/exchange/rules.py): left out of an export.
    YOUTH_PREVENTION = "jeugdpreventieplatform"


# Soorten overleg that serve all of Heerlen-Noord: they discuss cases of every gebied (their own
# gebied is only where they are recorded: the exchange format ties an overleg to one gebied).
AREA_WIDE_MEETING_KINDS = frozenset({MeetingKind.BREAKTHROUGH_TEAM.value})


class BreakthroughStatus(StrEnum):
    PLANNED = "gepland"
    REACHED = "behaald"
    NOT_FEASIBLE = "niet_haalbaar"


class PlanStatus(StrEnum):
    """The status of a doorbraakplan; its flow is in plan_rules.py."""

    DRAFT = "concept"
    FOR_DECISION = "ter_besluit"
    DECIDED = "besloten"
    REALISED = "gerealiseerd"
    NOT_REALISED = "niet_gerealiseerd"
    EVALUATED = "geevalueerd"


class MandateLevel(StrEnum):
    """Who may decide on a doorbraak, from the professional up to the board."""

    PROFESSIONAL = "professional"
    TEAM_LEADER = "teamleider"
    MANAGER = "manager"
    EXECUTIVE = "bestuurder"  # wethouder, or the board of an insurer or corporation


class ContactKind(StrEnum):
    """How a gezinscoach was in touch with a household (the contact log)."""

    HOME_VISIT = "huisbezoek"
    PHONE = "telefoon"
    MEETING = "overleg"


class Role(StrEnum):
    ADMINISTRATOR = "beheerder"
    COORDINATOR = "coordinator"
    PROFESSIONAL = "professional"
    FAMILY_COACH = "gezinscoach"


class Escalation(StrEnum):
    """AVE escalation levels, green to dark red."""

    GREEN = "groen"
    ORANGE = "oranje"
    RED = "rood"
    DARK_RED = "donkerrood"


class AuditAction(StrEnum):
    VIEW = "view"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    EXPORT = "export"
    IMPORT = "import"
    PRINT = "print"
    SEARCH = "search"
    LIST = "list"  # a list or overview of cases shown (one entry per view, not per row)
    LOGIN_OK = "login_ok"
    LOGIN_FAILED = "login_failed"
    USER_MANAGEMENT = "user_management"
    KEY_MANAGEMENT = "key_management"
    BACKUP = "backup"
    RESTORE = "restore"
    PURGE = "purge"
