"""Anonymous statistical stubs kept at a retention purge (issue 13)

Revision ID: 0019
Revises:  filled in by the purge work.:0018
"""

from collections.abc import Sequence

revision: str = "0019"
down_revision: str | Sequence[str] | None = " filled in by the purge work.:0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
