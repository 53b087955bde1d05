"""What the added monitoring indicators need of a purged case, kept anonymously (issue 13).

`stub_cases.postcode_address`: whether the address hash is of a postcode and house number (the
addresses `adressen_aangepakt` counts), with an index to find a hash's stubs.
`stub_discussions.meeting_cancelled`: whether the overleg was cancelled (only held overleggen
count for addresses and lead times). `meetings.purged_discussion`: an overleg where a case was
discussed that a purge removed, so it still counts as held once that bespreking is gone.
Stubs made before this revision get false: their addresses are not counted (no stub exists in a
register in use before this version).

Revision ID: 0021
Revises: 0020
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from casus_app.storage.migration_dialect import boolean_default

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE both ways (as 0015): no batch copy of tables that others refer to.
def upgrade() -> None:
    op.add_column(
        "stub_cases",
        sa.Column("postcode_address", sa.Boolean(), nullable=False, server_default=boolean_default("0")),
    )
    op.create_index("ix_stub_cases_address", "stub_cases", ["address_key", "area_id"])
    op.add_column(
        "stub_discussions",
        sa.Column("meeting_cancelled", sa.Boolean(), nullable=False, server_default=boolean_default("0")),
    )
    op.add_column(
        "meetings",
        sa.Column("purged_discussion", sa.Boolean(), nullable=False, server_default=boolean_default("0")),
    )


def downgrade() -> None:
    op.drop_column("meetings", "purged_discussion")
    op.drop_column("stub_discussions", "meeting_cancelled")
    op.drop_index("ix_stub_cases_address", table_name="stub_cases")
    op.drop_column("stub_cases", "postcode_address")
