"""Meetings (overleggen) and the discussion of one case at one meeting (bespreking)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casus_app.storage.models.base import Base

meeting_attendance = Table(
    "meeting_attendance",
    Base.metadata,
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id"), primary_key=True),
)
# The organisations present (the exchange format's `aanwezig`): the organisations of the people in
# `meeting_attendees`, and for an imported overleg the codes its file named.


class Meeting(Base):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('leefbaarheidsoverleg', 'casuistiekoverleg', 'doorbraakteam', 'jeugdpreventieplatform')",
            name="kind",
        ),
        Index("ix_meetings_area_date", "area_id", "date"),
        # The overleggen held in a period, for adressen_aangepakt (migration 0025).
        Index("ix_meetings_date_status", "date", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id"))
    date: Mapped[dt.date]
    start_time: Mapped[dt.time | None]
    place: Mapped[str | None] = mapped_column(String(200))
    chair: Mapped[str | None]
    minute_taker: Mapped[str | None]
    # gepland → bezig → afgerond, or geannuleerd; an afgerond meeting's verslag is final.
    status: Mapped[str] = mapped_column(String(16), default="gepland", server_default="gepland")
    # How many cases its agenda takes before the rest waits; NULL: as the previous overleg of the
    # same soort and gebied, else the default (services/meetings/agenda.py).
    agenda_size: Mapped[int | None]
    # A case discussed here was removed by a retention purge: the overleg still counts as held
    # (services/monitoring/activities.py) once that bespreking is gone (migration 0021).
    purged_discussion: Mapped[bool] = mapped_column(default=False, server_default=text("0"))
    discussions: Mapped[list[Discussion]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Discussion.position"
    )


class MeetingAttendee(Base):
    """One person present at an overleg, with their organisation (in the order they were entered)."""

    __tablename__ = "meeting_attendees"
    __table_args__ = (Index("ix_meeting_attendees_meeting", "meeting_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    position: Mapped[int] = mapped_column(default=0)


class Discussion(Base):
    __tablename__ = "discussions"
    __table_args__ = (
        # A case's besprekingen, and who was discussed at an overleg, with whether the case was
        # discussed: adressen_aangepakt reads these indexes only (migration 0025).
        Index("ix_discussions_case", "case_id", "discussed", "meeting_id"),
        Index("ix_discussions_meeting", "meeting_id", "position"),
        Index("ix_discussions_meeting_case", "meeting_id", "discussed", "case_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    note: Mapped[str | None]
    decisions: Mapped[str | None]
    # On the agenda but not (yet) discussed until the meeting reaches it.
    discussed: Mapped[bool] = mapped_column(default=True, server_default=text("1"))
    agenda_reason: Mapped[str | None] = mapped_column(String(32))
    # Set when the case came over from an earlier overleg where it was not discussed: the date it
    # was first put on an agenda (migration 0011).
    carried_since: Mapped[dt.date | None]
    meeting: Mapped[Meeting] = relationship(back_populates="discussions")


class DiscussionDraft(Base):
    """What someone typed for a bespreking and has not saved yet, so a crash loses nothing.

    Kept inside the encrypted register (never in a file beside it), one per bespreking and user,
    and deleted when the bespreking is saved.
    """

    __tablename__ = "discussion_drafts"
    discussion_id: Mapped[int] = mapped_column(
        ForeignKey("discussions.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    note: Mapped[str | None]
    decisions: Mapped[str | None]
    saved_at: Mapped[dt.datetime]
