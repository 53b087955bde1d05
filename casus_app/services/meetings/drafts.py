"""Drafts of what is typed during an overleg, so that a crash or a failed save loses nothing.

Meeting mode keeps a draft of the note and decisions a moment after typing stops; saving the
bespreking (`meetings.record_discussion`) deletes it. A draft lives inside the encrypted register,
belongs to the user who typed it and is shown only to them. Writing one is not an audit event:
it changes no record anyone else sees; the audit entry comes with the save.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.services.access import visible_cases
from casus_app.services.workspace import Workspace
from casus_app.storage.models import Case, Discussion, DiscussionDraft


@dataclass(frozen=True)
class Draft:
    note: str
    decisions: str
    saved_at: dt.datetime


def save_draft(ws: Workspace, discussion_id: int, *, note: str, decisions: str) -> None:
    """Keep what the acting user typed for this bespreking (replaces their earlier draft)."""
    with ws.register.session() as session:
        if not _may_see(ws, session, discussion_id):
            return  # nothing to keep for a bespreking the user cannot reach any more
        draft = session.get(DiscussionDraft, (discussion_id, ws.actor.user_id))
        if draft is None:
            draft = DiscussionDraft(discussion_id=discussion_id, user_id=ws.actor.user_id)
            session.add(draft)
        draft.note, draft.decisions = note, decisions
        draft.saved_at = clock.now().replace(tzinfo=None)


def draft_for(ws: Workspace, discussion_id: int) -> Draft | None:
    """The acting user's unsaved draft for this bespreking, if there is one."""
    with ws.register.read_session() as session:
        draft = session.get(DiscussionDraft, (discussion_id, ws.actor.user_id))
        if draft is None or not _may_see(ws, session, discussion_id):
            return None
        return Draft(draft.note or "", draft.decisions or "", draft.saved_at.replace(tzinfo=dt.UTC))


def discard_draft(ws: Workspace, discussion_id: int) -> None:
    with ws.register.session() as session:
        discard_in(session, ws, discussion_id)


def discard_in(session: Session, ws: Workspace, discussion_id: int) -> None:
    """Delete the acting user's draft inside the caller's transaction (the save that makes it moot)."""
    session.execute(
        delete(DiscussionDraft).where(
            DiscussionDraft.discussion_id == discussion_id, DiscussionDraft.user_id == ws.actor.user_id
        )
    )


def discard_for_meeting(session: Session, meeting_id: int) -> None:
    """Every user's drafts of one overleg: once it is finished, no draft can be saved any more."""
    session.execute(
        delete(DiscussionDraft).where(
            DiscussionDraft.discussion_id.in_(
                select(Discussion.id).where(Discussion.meeting_id == meeting_id)
            )
        )
    )


def discard_for_case(session: Session, case_id: int) -> None:
    """Every user's drafts about one case (an erasure must leave no typed name behind)."""
    session.execute(
        delete(DiscussionDraft).where(
            DiscussionDraft.discussion_id.in_(select(Discussion.id).where(Discussion.case_id == case_id))
        )
    )


def _may_see(ws: Workspace, session: Session, discussion_id: int) -> bool:
    return (
        session.scalar(
            select(Discussion.id)
            .join(Case, Case.id == Discussion.case_id)
            .where(Discussion.id == discussion_id, visible_cases(ws.actor))
        )
        is not None
    )
