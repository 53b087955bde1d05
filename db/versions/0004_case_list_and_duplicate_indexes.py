"""Indexes for the case list filters, the agenda of an overleg and the duplicate check of a new signal.

With 100,000 cases each filter of the case list reads one index range in its own order (newest
first), and registering a signal finds an open case at the same address or with the same person
without reading the whole register.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    # "lopend" / "niet besproken sinds": open cases, newest first, without sorting 40,000 rows
    ("cases", "ix_cases_open_start", ["end_date", "start_date", "id"]),
    # regie and escalation filters (and the escalation order), newest first within each
    ("cases", "ix_cases_lead_start", ["lead_organisation_id", "start_date", "id"]),
    ("cases", "ix_cases_escalation_start", ["escalation", "start_date", "id"]),
    # the agenda of an overleg: the open cases of one gebied and soort, read from the index alone
    (
        "cases",
        "ix_cases_agenda",
        ["area_id", "kind", "end_date", "start_date", "escalation", "marked_for_discussion"],
    ),
    # duplicate check: same postcode and house number, same birth date
    ("cases", "ix_cases_address", ["postcode", "house_number"]),
    ("persons", "ix_persons_birth", ["birth_date"]),
)


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for table, name, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
