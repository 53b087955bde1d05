"""One way to write an audited document: check the folder, log, render, write, commit.

Every PDF or export a user asks for goes through `write_audited`, always in this order:

1. the target folder is checked (a missing folder, or the register itself as target, is no export:
   nothing is logged);
2. the document's audit entry is appended, in one transaction;
3. the renderer the caller handed over makes the bytes; it receives the audit head after the
   entry, which a document may print so that a rewritten log would no longer match it;
4. the bytes are written atomically (`storage/atomic_file.write_export`: a crash leaves the old
   file or none, a full disk is a Dutch `ExportFailed`);
5. the transaction commits, and the head is saved (and signed) beside the register.

Rendering a long document (an audit-log PDF of thousands of rows) can take a minute; holding the
register's write lock that long would make every save elsewhere fail. So where the entries are
known events, their times are fixed first and the head they will make is computed
(`audit.head_after`): the document is rendered before the transaction, and steps 2, 4 and 5 run
in one short immediate transaction that first checks nobody moved the head meanwhile (else it
renders again).

A renderer or a write that fails rolls the entry back, so the log never claims a document that was
not made. Renderers live in `casus_app.reports` (data in, bytes out) and services never import
them: the front end (ui or cli) picks the renderer and hands it to the service that gathers the
data, as the functions below do for the meeting and plan documents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from casus_app.domain.errors import RegisterUnavailable
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.atomic_file import require_folder, write_export
from casus_app.storage.engine import IMMEDIATE_OPTION

if TYPE_CHECKING:
    # The meeting and plan services are loaded by the functions that write their documents: the
    # monitoring export, a process of its own on the command line, needs write_audited only.
    from casus_app.services.meetings.agenda_sheet import AgendaSheet
    from casus_app.services.meetings.minutes import ActionList, Minutes
    from casus_app.services.plans.plans import PlanDetail
    from casus_app.services.privacy.document_check import Decisions

AuditHead = tuple[int, str]
# The document's entries: one event, several, or a function that appends them in the transaction.
AuditEntries = audit.AuditEvent | Sequence[audit.AuditEvent] | Callable[[Session], object]
MinutesRenderer = Callable[["Minutes", str, AuditHead], bytes]  # data, made by, audit head
ActionListRenderer = Callable[["ActionList", str, AuditHead], bytes]
AgendaSheetRenderer = Callable[["AgendaSheet", str, AuditHead], bytes]
PlanRenderer = Callable[["PlanDetail"], bytes]

RENDER_ATTEMPTS = 3  # renders, when others keep writing between a render and its entry
OUR_PLAN = "ons plan"
DECISION_NOTE = "besluitnotitie"


def write_audited(
    ws: Workspace,
    path: Path,
    event: AuditEntries,
    render: Callable[[AuditHead], bytes],
    *,
    register: Path | None = None,
) -> Path:
    """Write the document `render` makes to `path`, with its audit entry; see the module docstring.

    `register`: the register's path, which `path` must not be (nor a file beside it of that name).
    """
    path = Path(path)
    require_folder(path, register)
    if callable(event):
        with ws.register.session() as session:
            event(session)
            write_export(path, render(audit.head(session)), register)
    else:
        _write_rendered_first(ws, path, event, render, register)
    return path


def _write_rendered_first(
    ws: Workspace,
    path: Path,
    event: audit.AuditEvent | Sequence[audit.AuditEvent],
    render: Callable[[AuditHead], bytes],
    register: Path | None,
) -> None:
    now = audit.utc_now()
    events = [
        replace(one, at=one.at or now) for one in ([event] if isinstance(event, audit.AuditEvent) else event)
    ]
    for _attempt in range(RENDER_ATTEMPTS):
        with ws.register.read_session() as session:
            start = audit.head(session)
        data = render(audit.head_after(start, events))
        with ws.register.session() as session:
            session.connection(execution_options={IMMEDIATE_OPTION: True})
            if audit.head(session) != start:
                continue  # someone wrote meanwhile: the document would name the wrong head
            for one in events:
                audit.append(session, one)
            write_export(path, data, register)
            return
    raise RegisterUnavailable(
        "Het register veranderde steeds terwijl het document werd gemaakt; er is niets opgeslagen. "
        "Probeer het over een ogenblik opnieuw."
    )


def made_by(ws: Workspace) -> str:
    """The name a document says it was made by."""
    return ws.actor.display_name or ws.actor.name


# -- the meeting documents ---------------------------------------------------------------------------
def write_minutes(
    ws: Workspace, meeting_id: int, path: Path, render: MinutesRenderer, *, decisions: Decisions | None = None
) -> Path:
    """Write the verslag (`render`: reports.minutes.render) to `path`; one print entry names its cases.

    Every betrokkene named in its free text is masked, except the hits `decisions` keep or replace
    (from document_check.check_minutes, answered by the chair; each kept hit is logged)."""
    require_folder(path)  # before the kept hits are logged: a missing folder is no print
    from casus_app.services.meetings import overleg
    from casus_app.services.privacy.document_check import MINUTES, checked_minutes, record_confirmations

    data, kept = checked_minutes(ws, meeting_id, decisions)
    record_confirmations(ws, meeting_id, MINUTES, kept)
    event = overleg.print_event(ws, meeting_id, "verslag", data.case_refs)
    who = made_by(ws)
    return write_audited(ws, path, event, lambda head: render(data, who, head))


def write_action_list(
    ws: Workspace,
    meeting_id: int,
    path: Path,
    render: ActionListRenderer,
    *,
    organisations: list[str] | None = None,
    decisions: Decisions | None = None,
) -> Path:
    """Write the afsprakenlijst (`render`: reports.action_list.render) of every organisation, or of the
    codes in `organisations`; a betrokkene named in it is masked unless `decisions` keep or replace
    that hit (each kept hit is logged)."""
    require_folder(path)  # before the kept hits are logged: a missing folder is no print
    from casus_app.services.meetings import overleg
    from casus_app.services.privacy.document_check import (
        ACTION_LIST,
        checked_action_list,
        record_confirmations,
    )

    data, kept = checked_action_list(ws, meeting_id, decisions, organisations=organisations)
    record_confirmations(ws, meeting_id, ACTION_LIST, kept)
    event = overleg.print_event(ws, meeting_id, "afsprakenlijst", data.case_refs)
    who = made_by(ws)
    return write_audited(ws, path, event, lambda head: render(data, who, head))


def write_agenda_sheet(ws: Workspace, meeting_id: int, path: Path, render: AgendaSheetRenderer) -> Path:
    """Write the agenda to send before the overleg (`render`: reports.agenda_sheet.render) as it
    stands; one print entry names its cases. Betrokkenen named in its afspraken are always masked."""
    require_folder(path)
    from casus_app.services.meetings import overleg
    from casus_app.services.meetings.agenda_sheet import agenda_sheet

    data = agenda_sheet(ws, meeting_id)
    event = overleg.print_event(ws, meeting_id, "agenda", data.case_refs)
    who = made_by(ws)
    return write_audited(ws, path, event, lambda head: render(data, who, head))


# -- the plan documents ------------------------------------------------------------------------------
def write_our_plan(ws: Workspace, plan: PlanDetail, path: Path, render: PlanRenderer) -> Path:
    """Write 'Ons plan' (`render`: reports.our_plan.render) and log the printing."""
    return _write_plan_document(ws, plan, path, OUR_PLAN, render)


def write_decision_note(ws: Workspace, plan: PlanDetail, path: Path, render: PlanRenderer) -> Path:
    """Write the besluitnotitie (`render`: reports.decision_note.render) and log the printing."""
    return _write_plan_document(ws, plan, path, DECISION_NOTE, render)


def _write_plan_document(
    ws: Workspace, plan: PlanDetail, path: Path, document: str, render: PlanRenderer
) -> Path:
    from casus_app.services.plans import plans

    return write_audited(
        ws, path, lambda session: plans.log_print(ws, session, plan.id, document), lambda _head: render(plan)
    )
