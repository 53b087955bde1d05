"""Covering indexes for `adressen_aangepakt` (issue 13): the count reads indexes only.

The count finds the cases tackled in a period (afspraken by date, besprekingen of the overleggen
held), every case at their addresses, and whether those cases had an afspraak or bespreking
before the period; and the same over the stubs of purged cases. Read from the table rows, each
step decrypts a page per case (SQLCipher); read from these indexes, it decrypts a few narrow ones.

- `ix_cases_address` gets the house number's suffix, the gebied and the buurt after postcode and
  number (the duplicate check of a new signal still searches its first two columns);
- `ix_cases_id_address`: a case's postcode, number and suffix by its id;
- `ix_actions_case` gets the date agreed; `ix_discussions_case` whether the case was discussed and
  the overleg; `ix_discussions_meeting_case`: the cases discussed at an overleg;
  `ix_meetings_date_status`: the overleggen of a period that were not cancelled;
- the stubs: `ix_stub_cases_address` gets whether the hash is of a postcode address and the buurt;
  `ix_stub_discussions_date` whether the case was discussed and the overleg cancelled;
  `ix_stub_actions_case` and `ix_stub_discussions_case`: a stub case's dates.

Addresses are in no index that the encrypted database did not hold before in its table; SQLCipher
encrypts index pages as it does table pages.

Revision ID: 0025
Revises: 0024
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0025"
down_revision: str | Sequence[str] | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, index, columns before, columns after); None: the index is new.
WIDENED: tuple[tuple[str, str, list[str] | None, list[str]], ...] = (
    (
        "cases",
        "ix_cases_address",
        ["postcode", "house_number"],
        ["postcode", "house_number", "house_suffix", "area_id", "neighbourhood"],
    ),
    ("cases", "ix_cases_id_address", None, ["id", "postcode", "house_number", "house_suffix"]),
    ("actions", "ix_actions_case", ["case_id"], ["case_id", "agreed_on"]),
    ("discussions", "ix_discussions_case", ["case_id"], ["case_id", "discussed", "meeting_id"]),
    ("discussions", "ix_discussions_meeting_case", None, ["meeting_id", "discussed", "case_id"]),
    ("meetings", "ix_meetings_date_status", None, ["date", "status"]),
    (
        "stub_cases",
        "ix_stub_cases_address",
        ["address_key", "area_id"],
        ["address_key", "postcode_address", "area_id", "neighbourhood"],
    ),
    ("stub_actions", "ix_stub_actions_case", None, ["stub_case_id", "agreed_on"]),
    (
        "stub_discussions",
        "ix_stub_discussions_date",
        ["meeting_date", "stub_case_id"],
        ["meeting_date", "stub_case_id", "discussed", "meeting_cancelled"],
    ),
    (
        "stub_discussions",
        "ix_stub_discussions_case",
        None,
        ["stub_case_id", "discussed", "meeting_cancelled", "meeting_date"],
    ),
)


def upgrade() -> None:
    for table, index, before, after in WIDENED:
        if before is not None:
            op.drop_index(index, table_name=table)
        op.create_index(index, table, after)


def downgrade() -> None:
    for table, index, before, _after in reversed(WIDENED):
        op.drop_index(index, table_name=table)
        if before is not None:
            op.create_index(index, table, before)
