"""Every audit event the services write, one function per kind: what each entry holds, in one place.

Each function returns the `AuditEvent`; the caller appends it in its own transaction
(`audit.append`) or hands it to `documents.write_audited`. `Workspace.event` adds who acted, for
which organisation and role, and where; the functions here say what happened to which object:
action, object_type, object_id, case_id, person_id, reason, outcome. The wording that depends on
what the caller did (which fields changed, which casusnummers were shown) comes in as `details`.

Object ids: a case is named by its casusnummer, a betrokkene by its ref within the case (B1), an
afspraak by "<casusnummer>/<ref>", a bespreking by "<overleg>/<casusnummer>", an overleg by its
ref, a user by their id. No entry ever holds a name, birth date, address or typed search text.
"""

from __future__ import annotations

from collections.abc import Sequence

from casus_app.domain.enums import AuditAction
from casus_app.services.workspace import Workspace
from casus_app.storage.audit import AuditEvent


def _overleg(meeting_ref: str) -> str:
    return f"overleg {meeting_ref}"


# -- cases ---------------------------------------------------------------------------------------------
def case_registered(ws: Workspace, ref: str, case_id: int) -> AuditEvent:
    return ws.event(
        AuditAction.CREATE, object_type="case", object_id=ref, case_id=case_id, details="aangemeld"
    )


def case_changed(ws: Workspace, ref: str, case_id: int, details: str) -> AuditEvent:
    return ws.event(AuditAction.CHANGE, object_type="case", object_id=ref, case_id=case_id, details=details)


def case_viewed(
    ws: Workspace,
    details: str,
    *,
    ref: str | None = None,
    case_id: int | None = None,
    reason: str | None = None,
) -> AuditEvent:
    """One case shown (`ref` and `case_id`), or several counted in `details`."""
    return ws.event(
        AuditAction.VIEW, object_type="case", object_id=ref, case_id=case_id, reason=reason, details=details
    )


def cases_listed(ws: Workspace, details: str, *, reason: str | None = None) -> AuditEvent:
    return ws.event(AuditAction.LIST, object_type="case", reason=reason, details=details)


def cases_searched(ws: Workspace, details: str, *, reason: str | None = None) -> AuditEvent:
    return ws.event(AuditAction.SEARCH, object_type="case", reason=reason, details=details)


def cases_purged(ws: Workspace, details: str) -> AuditEvent:
    return ws.event(AuditAction.PURGE, object_type="case", details=details)


# -- betrokkenen ---------------------------------------------------------------------------------------
def person_added(ws: Workspace, ref: str, person_id: int, case_id: int) -> AuditEvent:
    return ws.event(
        AuditAction.CREATE, object_type="person", object_id=ref, person_id=person_id, case_id=case_id
    )


def person_changed(
    ws: Workspace, ref: str, person_id: int, case_id: int, details: str | None = None
) -> AuditEvent:
    return ws.event(
        AuditAction.CHANGE,
        object_type="person",
        object_id=ref,
        person_id=person_id,
        case_id=case_id,
        details=details,
    )


def person_erased(ws: Workspace, ref: str, person_id: int, case_id: int) -> AuditEvent:
    """Erased on their request (AVG art. 17)."""
    return ws.event(
        AuditAction.DELETE,
        object_type="person",
        object_id=ref,
        person_id=person_id,
        case_id=case_id,
        details="gewist op verzoek (AVG art. 17)",
    )


def inzage_exported(ws: Workspace, person_id: int, case_id: int) -> AuditEvent:
    """The inzage overview (AVG art. 15) made for one betrokkene of one case."""
    return ws.event(
        AuditAction.EXPORT,
        object_type="person",
        object_id=None,
        person_id=person_id,
        case_id=case_id,
        details="inzageoverzicht (AVG art. 15) gemaakt",
    )


def inzage_searched(ws: Workspace, details: str) -> AuditEvent:
    return ws.event(AuditAction.SEARCH, object_type="inzage", details=details)


# -- afspraken -----------------------------------------------------------------------------------------
def action_added(
    ws: Workspace, case_ref: str, action_ref: str, case_id: int, meeting_ref: str | None = None
) -> AuditEvent:
    """A new afspraak, made at the overleg `meeting_ref` or outside one (None)."""
    return ws.event(
        AuditAction.CREATE,
        object_type="action",
        object_id=f"{case_ref}/{action_ref}",
        case_id=case_id,
        reason=_overleg(meeting_ref) if meeting_ref else None,
    )


def action_changed(ws: Workspace, case_ref: str, action_ref: str, case_id: int, details: str) -> AuditEvent:
    return ws.event(
        AuditAction.CHANGE,
        object_type="action",
        object_id=f"{case_ref}/{action_ref}",
        case_id=case_id,
        details=details,
    )


def actions_listed(ws: Workspace, details: str) -> AuditEvent:
    return ws.event(AuditAction.LIST, object_type="action", details=details)


# -- overleggen and besprekingen -----------------------------------------------------------------------
def meeting_created(ws: Workspace, ref: str) -> AuditEvent:
    return ws.event(AuditAction.CREATE, object_type="meeting", object_id=ref, reason=_overleg(ref))


def meeting_changed(ws: Workspace, ref: str, details: str, *, case_id: int | None = None) -> AuditEvent:
    """The overleg itself or its agenda (`case_id`: the case put on or taken off it)."""
    return ws.event(
        AuditAction.CHANGE, object_type="meeting", object_id=ref, case_id=case_id, details=details
    )


def meeting_deleted(ws: Workspace, ref: str, details: str) -> AuditEvent:
    """A planned overleg removed before it was held (its agenda, if any, goes with it)."""
    return ws.event(AuditAction.DELETE, object_type="meeting", object_id=ref, details=details)


def meeting_viewed(ws: Workspace, ref: str, details: str) -> AuditEvent:
    return ws.event(
        AuditAction.VIEW, object_type="meeting", object_id=ref, reason=_overleg(ref), details=details
    )


def meeting_printed(ws: Workspace, ref: str, details: str, *, case_id: int | None = None) -> AuditEvent:
    """A verslag or afsprakenlijst printed or saved (`case_id`: a hit in it the chair let stand)."""
    return ws.event(
        AuditAction.PRINT,
        object_type="meeting",
        object_id=ref,
        case_id=case_id,
        reason=_overleg(ref),
        details=details,
    )


def discussion_changed(
    ws: Workspace, meeting_ref: str, case_ref: str, case_id: int, details: str
) -> AuditEvent:
    return ws.event(
        AuditAction.CHANGE,
        object_type="discussion",
        object_id=f"{meeting_ref}/{case_ref}",
        case_id=case_id,
        reason=_overleg(meeting_ref),
        details=details,
    )


# -- doorbraakplannen ----------------------------------------------------------------------------------
def plan_event(
    ws: Workspace,
    action: str,
    case_ref: str,
    case_id: int,
    *,
    object_type: str = "plan",
    details: str | None = None,
) -> AuditEvent:
    """The plan of case `case_ref` made, changed or printed, or one of its parts (`object_type`:
    plan_score, plan_helper, plan_issue, breakthrough) added, changed or removed."""
    return ws.event(action, object_type=object_type, object_id=case_ref, case_id=case_id, details=details)


def family_contact(ws: Workspace, action: str, case_ref: str, case_id: int, details: str) -> AuditEvent:
    """A contact of the gezinscoach with the household of case `case_ref` logged, changed or removed.

    The details name the date and kind only: the note is case content and stays out of the log."""
    return ws.event(
        action, object_type="family_contact", object_id=case_ref, case_id=case_id, details=details
    )


def plan_viewed(
    ws: Workspace, case_ref: str, case_id: int, details: str, *, reason: str | None = None
) -> AuditEvent:
    return ws.event(
        AuditAction.VIEW,
        object_type="plan",
        object_id=case_ref,
        case_id=case_id,
        reason=reason,
        details=details,
    )


# -- users, keys and logins ----------------------------------------------------------------------------
def user_managed(ws: Workspace, user_id: int, details: str) -> AuditEvent:
    """A user added, their role or gebieden changed, deactivated, reactivated or removed."""
    return ws.event(AuditAction.USER_MANAGEMENT, object_type="user", object_id=str(user_id), details=details)


def user_phone_changed(ws: Workspace, user_id: int, details: str) -> AuditEvent:
    """A user's telephone number set or removed, by themselves or a beheerder (never the number)."""
    return ws.event(AuditAction.USER_MANAGEMENT, object_type="user", object_id=str(user_id), details=details)


def user_key_changed(ws: Workspace, user_id: int, details: str) -> AuditEvent:
    """A user's password or key slot changed."""
    return ws.event(AuditAction.KEY_MANAGEMENT, object_type="user", object_id=str(user_id), details=details)


def recovery_key_used(name: str, user_id: int) -> AuditEvent:
    """The recovery key gave beheerder `name` a new password; logged in their name (no one is signed in)."""
    return AuditEvent(
        action=AuditAction.KEY_MANAGEMENT,
        user_name=name,
        object_type="user",
        object_id=str(user_id),
        details="herstelsleutel gebruikt; nieuw wachtwoord voor beheerder",
    )


def logged_in(ws: Workspace, user_id: int, details: str | None = None) -> AuditEvent:
    return ws.event(AuditAction.LOGIN_OK, object_type="user", object_id=str(user_id), details=details)


def unlock_failed(ws: Workspace, user_id: int, outcome: str) -> AuditEvent:
    """A wrong password (or a lockout) at the lock screen."""
    return ws.event(
        AuditAction.LOGIN_FAILED,
        object_type="user",
        object_id=str(user_id),
        outcome=outcome,
        details="vergrendeld scherm",
    )


def login_failed(user_name: str | None, at: str | None, outcome: str, details: str | None) -> AuditEvent:
    """A failed login kept in the inbox until the next login (`at`: when it happened)."""
    return AuditEvent(
        action=AuditAction.LOGIN_FAILED,
        user_name=user_name,
        at=at,
        object_type="user",
        outcome=outcome,
        details=details,
    )


def file_tampered(ws: Workspace, file_name: str, outcome: str, reason: str) -> AuditEvent:
    """A file beside the register (inbox, lockout file) found changed behind Casus's back."""
    return ws.event(
        AuditAction.KEY_MANAGEMENT, object_type="file", object_id=file_name, outcome=outcome, details=reason
    )


# -- the register as a whole ---------------------------------------------------------------------------
def register_created(ws: Workspace) -> AuditEvent:
    return ws.event(AuditAction.KEY_MANAGEMENT, object_type="register", details="aangemaakt")


def register_exported(ws: Workspace, summary: str) -> AuditEvent:
    """`summary`: what the file holds and what it left out (exchange.export.ExportSummary.text)."""
    return ws.event(AuditAction.EXPORT, object_type="register", details=f"uitwisselbestand, {summary}")


def file_imported(ws: Workspace, cases: int, meetings: int) -> AuditEvent:
    return ws.event(
        AuditAction.IMPORT, object_type="file", details=f"{cases} casussen, {meetings} overleggen"
    )


def import_refused(ws: Workspace, errors: int) -> AuditEvent:
    return ws.event(AuditAction.IMPORT, object_type="file", outcome="refused", details=f"{errors} fouten")


def backup_made(ws: Workspace, details: str) -> AuditEvent:
    return ws.event(AuditAction.BACKUP, object_type="register", details=details)


def register_restored(ws: Workspace, details: str) -> AuditEvent:
    return ws.event(AuditAction.RESTORE, object_type="register", details=details)


def setting_changed(ws: Workspace, key: str) -> AuditEvent:
    return ws.event(AuditAction.CHANGE, object_type="setting", object_id=key)


def reference_item_added(ws: Workspace, list_name: str, code: str) -> AuditEvent:
    return ws.event(AuditAction.CREATE, object_type="reference_list", object_id=f"{list_name}/{code}")


def reference_item_changed(ws: Workspace, list_name: str, code: str, details: str) -> AuditEvent:
    return ws.event(
        AuditAction.CHANGE, object_type="reference_list", object_id=f"{list_name}/{code}", details=details
    )


def reference_item_removed(ws: Workspace, list_name: str, code: str) -> AuditEvent:
    return ws.event(AuditAction.DELETE, object_type="reference_list", object_id=f"{list_name}/{code}")


def life_domain_added(ws: Workspace, code: str) -> AuditEvent:
    return ws.event(AuditAction.CREATE, object_type="life_domain", object_id=code)


def life_domain_changed(ws: Workspace, code: str, details: str) -> AuditEvent:
    return ws.event(AuditAction.CHANGE, object_type="life_domain", object_id=code, details=details)


def life_domain_removed(ws: Workspace, code: str) -> AuditEvent:
    return ws.event(AuditAction.DELETE, object_type="life_domain", object_id=code)


def monitoring_exported(ws: Workspace, period: str, k: int, fmt: str) -> AuditEvent:
    return ws.event(
        AuditAction.EXPORT,
        object_type="monitoring",
        object_id=period,
        details=f"periode={period}; k={k}; formaat={fmt}",
    )


def effect_series_imported(ws: Workspace, series: str, rows: int) -> AuditEvent:
    return ws.event(
        AuditAction.IMPORT, object_type="effect_series", object_id=series, details=f"{rows} regels"
    )


def effect_import_refused(ws: Workspace, series: str, errors: int) -> AuditEvent:
    return ws.event(
        AuditAction.IMPORT,
        object_type="effect_series",
        object_id=series,
        outcome="refused",
        details=f"{errors} fouten",
    )


def audit_log_viewed(ws: Workspace, filters: Sequence[str]) -> AuditEvent:
    """The audit-log screen with a filter (named, never its values); once per filter, not per page."""
    return ws.event(
        AuditAction.VIEW, object_type="audit_log", details="filter: " + (", ".join(filters) or "geen")
    )


def audit_log_exported(ws: Workspace, filters: Sequence[str]) -> AuditEvent:
    return ws.event(
        AuditAction.EXPORT, object_type="audit_log", details="pdf; filter: " + (", ".join(filters) or "geen")
    )
