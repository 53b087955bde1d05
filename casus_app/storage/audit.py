"""The tamper-evident audit chain: append in the caller's transaction, verify end to end.

row_hash = SHA-256(canonical fields ‖ previous row_hash). Update and delete are refused by
triggers; the head (seq, hash) is also kept outside the database (key-slot sidecar, backup
manifest) so that a chain rebuilt by someone holding the key still shows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.errors import Said, Text
from casus_app.storage.models import AuditEntry

GENESIS = "0" * 64
# Set in `session.info` by `append`: the register saves the new head once the transaction commits.
APPENDED = "audit_appended"
HASHED_FIELDS = (
    "seq",
    "at",
    "user_name",
    "acting_for",
    "workstation",
    "action",
    "object_type",
    "object_id",
    "person_id",
    "case_id",
    "reason",
    "outcome",
    "details",
)


@dataclass(frozen=True)
class AuditEvent:
    """What happened; the chain fields are added when it is appended."""

    action: str
    user_name: str | None = None
    acting_for: str | None = None
    workstation: str | None = None
    object_type: str | None = None
    object_id: str | None = None
    person_id: int | None = None
    case_id: int | None = None
    reason: str | None = None
    outcome: str = "ok"
    details: str | None = None
    at: str | None = None  # set for events that happened earlier (failed logins)


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    message: str  # Dutch, names the entry; a `Said`, so the interface can translate it


def compute_hash(fields: dict, prev_hash: str) -> str:
    canonical = json.dumps(
        [fields[name] for name in HASHED_FIELDS], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8") + bytes.fromhex(prev_hash)).hexdigest()


def utc_now() -> str:
    return clock.now().astimezone(dt.UTC).isoformat(timespec="microseconds")


def head(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.row_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def append(session: Session, event: AuditEvent) -> AuditEntry:
    """Add one entry to the chain inside the caller's transaction.

    Marks the session, so that `Register.session()` saves the new head in the sidecar once the
    transaction has committed.
    """
    last_seq, last_hash = head(session)
    fields = _fields(last_seq + 1, event)
    entry = AuditEntry(**fields, prev_hash=last_hash, row_hash=compute_hash(fields, last_hash))
    session.add(entry)
    session.flush()
    session.info[APPENDED] = True
    return entry


def head_after(start: tuple[int, str], events: Sequence[AuditEvent]) -> tuple[int, str]:
    """The head the chain will have once `events` (each with its time set) follow `start`."""
    seq, row_hash = start
    for event in events:
        if event.at is None:
            raise ValueError("an event whose head is computed beforehand needs its time set")
        seq += 1
        row_hash = compute_hash(_fields(seq, event), row_hash)
    return seq, row_hash


def _fields(seq: int, event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": seq,
        "at": event.at or utc_now(),
        "user_name": event.user_name,
        "acting_for": event.acting_for,
        "workstation": event.workstation,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "person_id": event.person_id,
        "case_id": event.case_id,
        "reason": event.reason,
        "outcome": event.outcome,
        "details": event.details,
    }


def verify_chain(session: Session, external_head: tuple[int, str] | None = None) -> list[ChainProblem]:
    """Every break in the chain, each naming the entry where it shows."""
    problems: list[ChainProblem] = []
    expected_seq, prev_hash = 1, GENESIS
    hashes: dict[int, str] = {}
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000):
        fields = {name: getattr(entry, name) for name in HASHED_FIELDS}
        if entry.seq != expected_seq:
            missing = (
                f"{expected_seq}" if entry.seq == expected_seq + 1 else f"{expected_seq}–{entry.seq - 1}"
            )
            problems.append(
                ChainProblem(
                    expected_seq, Said(Text("Auditregel {missing} ontbreekt (verwijderd).", missing=missing))
                )
            )
        elif entry.prev_hash != prev_hash:
            problems.append(
                ChainProblem(
                    entry.seq,
                    Said(
                        Text(
                            "Vóór auditregel {seq} is de keten onderbroken (regel ingevoegd of verwijderd).",
                            seq=entry.seq,
                        )
                    ),
                )
            )
        if compute_hash(fields, entry.prev_hash) != entry.row_hash:
            problems.append(
                ChainProblem(entry.seq, Said(Text("Auditregel {seq} is gewijzigd.", seq=entry.seq)))
            )
        hashes[entry.seq] = entry.row_hash
        expected_seq, prev_hash = entry.seq + 1, entry.row_hash
    if external_head is not None:
        head_seq, head_hash = external_head
        if head_seq >= expected_seq:
            problems.append(
                ChainProblem(
                    expected_seq,
                    Said(
                        Text(
                            "{missing}: de log eindigt eerder dan de bewaarde kop.",
                            missing=_missing(expected_seq, head_seq),
                        )
                    ),
                )
            )
        elif head_seq > 0 and hashes.get(head_seq) != head_hash:
            problems.append(
                ChainProblem(
                    head_seq,
                    Said(
                        Text(
                            "Auditregel {seq} past niet bij de buiten de database bewaarde kop: de keten is "
                            "herschreven.",
                            seq=head_seq,
                        )
                    ),
                )
            )
    return problems


def _missing(first: int, last: int) -> Text:
    if first == last:
        return Text("Auditregel {first} ontbreekt", first=first)
    return Text("Auditregels {first}–{last} ontbreken", first=first, last=last)
