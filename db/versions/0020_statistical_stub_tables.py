"""Anonymous statistical stubs, kept when a retention purge removes cases (issue 13).

Five tables: `stub_cases` (soort, gebied, buurt, hoofdcategorie, afsluitreden, start and end
date, a keyed hash of the address), and the dates of their afspraken, besprekingen, plan and
doorbraken, each with a covering index per date the counts select on. The monitoring counts read
them beside the live tables, so a purge changes no figure of an earlier period. Nothing personal: no names, no free text, no ids of the removed rows.

Revision ID: 0020
Revises: 0019
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stub_case_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["stub_case_id"],
        ["stub_cases.id"],
        name=op.f(f"fk_{table}_stub_case_id_stub_cases"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "stub_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("neighbourhood", sa.String(), nullable=True),
        sa.Column("main_category_id", sa.Integer(), nullable=False),
        sa.Column("closing_reason_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("address_key", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["area_id"], ["areas.id"], name=op.f("fk_stub_cases_area_id_areas")),
        sa.ForeignKeyConstraint(
            ["main_category_id"], ["categories.id"], name=op.f("fk_stub_cases_main_category_id_categories")
        ),
        sa.ForeignKeyConstraint(
            ["closing_reason_id"],
            ["closing_reasons.id"],
            name=op.f("fk_stub_cases_closing_reason_id_closing_reasons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stub_cases")),
    )
    op.create_index(
        "ix_stub_cases_start", "stub_cases", ["start_date", "area_id", "kind", "main_category_id"]
    )
    op.create_index(
        "ix_stub_cases_end", "stub_cases", ["end_date", "start_date", "area_id", "kind", "closing_reason_id"]
    )
    op.create_table(
        "stub_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stub_case_id", sa.Integer(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        _stub_case_key("stub_actions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stub_actions")),
    )
    op.create_index("ix_stub_actions_agreed", "stub_actions", ["agreed_on", "stub_case_id"])
    op.create_index(
        "ix_stub_actions_done",
        "stub_actions",
        ["done_on", "deadline", "agreed_on", "cancelled_on", "stub_case_id"],
    )
    op.create_table(
        "stub_discussions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stub_case_id", sa.Integer(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("meeting_kind", sa.String(length=32), nullable=False),
        sa.Column("discussed", sa.Boolean(), nullable=False),
        _stub_case_key("stub_discussions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stub_discussions")),
    )
    op.create_index("ix_stub_discussions_date", "stub_discussions", ["meeting_date", "stub_case_id"])
    op.create_table(
        "stub_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stub_case_id", sa.Integer(), nullable=False),
        sa.Column("drawn_up_on", sa.Date(), nullable=False),
        sa.Column("with_coach", sa.Boolean(), nullable=False),
        sa.Column("goal_reached", sa.Boolean(), nullable=True),
        _stub_case_key("stub_plans"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stub_plans")),
    )
    op.create_index("ix_stub_plans_drawn_up", "stub_plans", ["drawn_up_on", "stub_case_id", "with_coach"])
    op.create_table(
        "stub_breakthroughs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stub_plan_id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("reached_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["stub_plan_id"],
            ["stub_plans.id"],
            name=op.f("fk_stub_breakthroughs_stub_plan_id_stub_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["breakthrough_types.id"],
            name=op.f("fk_stub_breakthroughs_type_id_breakthrough_types"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["organisations.id"], name=op.f("fk_stub_breakthroughs_partner_id_organisations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stub_breakthroughs")),
    )
    op.create_index(
        "ix_stub_breakthroughs_reached", "stub_breakthroughs", ["reached_on", "stub_plan_id", "type_id"]
    )


def downgrade() -> None:
    # Dropping a table drops its indexes; children before the table they refer to.
    for table in ("stub_breakthroughs", "stub_plans", "stub_discussions", "stub_actions", "stub_cases"):
        op.drop_table(table)
