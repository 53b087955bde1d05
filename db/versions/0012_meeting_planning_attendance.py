"""Planned overleggen (time, place), attendance per person, and the Jeugd Preventie Platform as a kind.

Meetings get a start time and a place; `meeting_attendees` holds each person present with their
organisation (the organisations in `meeting_attendance` stay the exchange format's `aanwezig`);
the kind check admits 'jeugdpreventieplatform'. The status 'geannuleerd' needs no column change.
Downgrading drops the attendees and the time and place, and deletes JPP meetings (their
besprekingen go with them), which the older check would refuse.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = "kind IN ('leefbaarheidsoverleg', 'casuistiekoverleg', 'doorbraakteam')"
NEW_KINDS = "kind IN ('leefbaarheidsoverleg', 'casuistiekoverleg', 'doorbraakteam', 'jeugdpreventieplatform')"


def upgrade() -> None:
    op.create_table(
        "meeting_attendees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_attendees_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_meeting_attendees_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendees")),
    )
    with op.batch_alter_table("meeting_attendees", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_attendees_meeting", ["meeting_id", "position"], unique=False)

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("start_time", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("place", sa.String(length=200), nullable=True))
        batch_op.drop_constraint(op.f("ck_meetings_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_meetings_kind"), sa.text(NEW_KINDS))


def downgrade() -> None:
    jpp = "SELECT id FROM meetings WHERE kind = 'jeugdpreventieplatform'"
    op.execute(f"UPDATE actions SET meeting_id = NULL WHERE meeting_id IN ({jpp})")
    op.execute(
        "DELETE FROM discussion_drafts WHERE discussion_id IN "
        f"(SELECT id FROM discussions WHERE meeting_id IN ({jpp}))"
    )
    for table in ("discussions", "meeting_attendance", "meeting_attendees"):
        op.execute(f"DELETE FROM {table} WHERE meeting_id IN ({jpp})")
    op.execute("DELETE FROM meetings WHERE kind = 'jeugdpreventieplatform'")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_meetings_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_meetings_kind"), sa.text(OLD_KINDS))
        batch_op.drop_column("place")
        batch_op.drop_column("start_time")

    with op.batch_alter_table("meeting_attendees", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_attendees_meeting")
    op.drop_table("meeting_attendees")
