"""What a restored register keeps of the register it replaces: its users, settings and audit log.

A backup brings back the data of its day, not the people who could sign in then. Users removed
or deactivated since stay so, users added since keep their account, roles and gebieden are those
of today; the register's settings and login inbox key are today's too. The audit log of today
(a continuation of the backup's own chain) is carried over whole, so nothing anyone did since the
backup disappears from it, and the head never shrinks.

Where that cannot be done (the current register is damaged, there is none, or the backup is of
another register) the plan lists the differences, in Dutch, for the beheerder to confirm.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain.errors import Said, Text
from casus_app.services.privacy import retention
from casus_app.storage.engine import key_pragma, open_raw
from casus_app.storage.keys import slot_records
from casus_app.storage.keys.keyslots import KeySlotFile, user_tag
from casus_app.storage.models import Area, AuditEntry, Organisation, RegisterMeta, User

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as sqlcipher

# Today's register_meta rows (settings, login inbox key, lockout state, audit anchor …) are kept,
# except the identity and key epoch (set anew), a half-done key rotation (never carried into
# another key) and the id floors (merged with the backup's).
NOT_CARRIED_META = {"register_id", "key_epoch", "pending_rotation", retention.ID_FLOORS_KEY}
AUDIT_COLUMNS = (
    "seq, at, user_name, acting_for, workstation, action, object_type, object_id, person_id, case_id, "
    "reason, outcome, details, prev_hash, row_hash"
)


@dataclass(frozen=True)
class CurrentUser:
    id: int
    name: str
    display_name: str | None
    role: str
    organisation: str | None
    areas: tuple[str, ...]
    active: bool
    created_at: dt.datetime
    phone: str | None = None  # today's number stays, like today's name and role


@dataclass
class CurrentState:
    """The register being replaced, as far as it could be read."""

    path: Path
    register_id: str | None = None
    slots: KeySlotFile | None = None  # None: there is no (readable) key file
    users: list[CurrentUser] | None = None  # None: the database could not be read
    meta: dict[str, str] = field(default_factory=dict)
    floors: list[dict[str, int]] = field(default_factory=list)
    audit_head: tuple[int, str] | None = None
    audit_hashes: dict[int, str] = field(default_factory=dict)  # seq -> row_hash where needed

    @property
    def readable(self) -> bool:
        return self.users is not None


@dataclass
class Plan:
    differences: list[str]
    active_names: set[str]  # who can sign in after the restore (and keeps a key slot)
    carry_audit_after: int | None  # copy today's audit entries after this seq; None: none
    use_backup_slots: bool  # no current key file to keep (none, or another register)


def read_current(session: Session, state: CurrentState) -> None:
    """Fill `state` from the open current register."""
    organisations = dict(session.execute(select(Organisation.id, Organisation.code)).all())
    state.users = [
        CurrentUser(
            id=u.id,
            name=u.name,
            display_name=u.display_name,
            role=u.role,
            organisation=organisations.get(u.organisation_id) if u.organisation_id is not None else None,
            areas=tuple(a.code for a in u.areas),
            active=u.active,
            created_at=u.created_at,
            phone=u.phone,
        )
        for u in session.scalars(select(User))
    ]
    for key, value in session.execute(select(RegisterMeta.key, RegisterMeta.value)):
        if key not in NOT_CARRIED_META:
            state.meta[key] = value
    state.floors = retention.id_floors(session)
    seq, row_hash = _head(session)
    state.audit_head = (seq, row_hash)


def _head(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.row_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (row.seq, row.row_hash) if row else (0, "")


def plan(
    session: Session,
    state: CurrentState,
    backup_id: str,
    backup_head: tuple[int, str],
    made_at: str,
    other_register: bool,
    kept_name: str,
) -> Plan:
    """Read-only: what the restore will keep, and what it cannot (the differences to confirm)."""
    users = list(session.scalars(select(User)))
    backup_active = {u.name for u in users if u.active}
    if other_register or state.slots is None:
        differences: list[str] = _backup_users_differences(
            state, backup_id, made_at, backup_active, other_register, kept_name
        )
        return Plan(differences, backup_active, None, use_backup_slots=True)
    if state.users is None:  # not readable
        return _plan_from_key_file(users, state.slots, backup_id, made_at, kept_name)
    differences = []
    current_names = {u.name for u in state.users}
    areas = set(session.scalars(select(Area.code)))
    organisations = set(session.scalars(select(Organisation.code)))
    for user in sorted(state.users, key=lambda u: u.name.casefold()):
        missing = [code for code in user.areas if code not in areas]
        if user.active and missing:
            differences.append(
                Said(
                    Text(
                        "Gebruiker {name}: gebied {areas} bestaat niet in de back-up; "
                        "die gebieden vallen weg (stel ze daarna opnieuw in).",
                        name=user.name,
                        areas=", ".join(missing),
                    )
                )
            )
        if user.active and user.organisation and user.organisation not in organisations:
            differences.append(
                Said(
                    Text(
                        "Gebruiker {name}: organisatie {organisation} bestaat niet in de back-up; "
                        "de organisatie valt weg.",
                        name=user.name,
                        organisation=user.organisation,
                    )
                )
            )
    for name in sorted(backup_active - current_names, key=str.casefold):
        differences.append(
            Said(
                Text(
                    "Gebruiker {name} staat in de back-up maar niet in het huidige register; "
                    "die gebruiker wordt niet actief.",
                    name=name,
                )
            )
        )
    carry = _audit_carry(session, state, backup_head, kept_name, differences)
    active = {u.name for u in state.users if u.active}
    return Plan(differences, active, carry, use_backup_slots=False)


def _audit_carry(
    session: Session,
    state: CurrentState,
    backup_head: tuple[int, str],
    kept_name: str,
    differences: list[str],
) -> int | None:
    """Today's chain continues the backup's: carry what came after. A chain that forked is not merged."""
    seq_b, hash_b = backup_head
    assert state.audit_head is not None  # read with the users (read_current)
    seq_c, hash_c = state.audit_head
    if seq_c >= seq_b and state.audit_hashes.get(seq_b) == hash_b:
        return seq_b
    if seq_c < seq_b:
        backup_hash = session.scalar(select(AuditEntry.row_hash).where(AuditEntry.seq == seq_c))
        if seq_c == 0 or backup_hash == hash_c:
            return None  # today's log is part of the backup's: nothing to add
    differences.append(
        Said(
            Text(
                "Het auditlog van de back-up wijkt af van dat van het huidige register (het is herschreven, of "
                "het huidige register komt zelf uit een andere back-up). Het teruggezette register krijgt het "
                "auditlog van de back-up; het huidige auditlog blijft bewaard in {kept_name}.",
                kept_name=kept_name,
            )
        )
    )
    return None


def _plan_from_key_file(
    users: list[User], slots: KeySlotFile, register_id: str, made_at: str, kept_name: str
) -> Plan:
    """The current database is unreadable: its key file still says who holds a key today."""
    tags = {s.user_tag for s in slots.slots if s.kind == "user"}
    differences: list[str] = [
        Said(
            Text(
                "Het huidige register is beschadigd en niet te lezen. Rollen en gebieden worden die van de "
                "back-up ({made_at}); wat sinds de back-up in het auditlog kwam, gaat verloren (het beschadigde "
                "register blijft bewaard als {kept_name}).",
                made_at=made_at,
                kept_name=kept_name,
            )
        )
    ]
    active: set[str] = set()
    anchored = any(s.anchor is not None for s in slots.slots)  # beheerders' slots hold the anchor
    for user in sorted(users, key=lambda u: u.name.casefold()):
        if not user.active:
            continue
        if user_tag(register_id, user.name) in tags:
            active.add(user.name)
            slot = slots.slot_of(user.name)
            if anchored and user.role == "beheerder" and slot is not None and slot.anchor is None:
                differences.append(
                    Said(
                        Text(
                            "Gebruiker {name} is beheerder in de back-up, maar vandaag niet; "
                            "zet de rol na het terugzetten goed.",
                            name=user.name,
                        )
                    )
                )
        else:
            differences.append(
                Said(
                    Text(
                        "Gebruiker {name} heeft in het huidige register geen sleutel meer "
                        "(verwijderd of gedeactiveerd) en wordt niet actief.",
                        name=user.name,
                    )
                )
            )
    unknown = len(tags - {user_tag(register_id, u.name) for u in users})
    if unknown:
        differences.append(
            Said(
                Text(
                    "{count} gebruiker(s) van het huidige register staan niet in de back-up en kunnen "
                    "na het terugzetten niet inloggen; voeg ze daarna opnieuw toe.",
                    count=unknown,
                )
            )
        )
    return Plan(differences, active, None, use_backup_slots=False)


def _backup_users_differences(
    state: CurrentState,
    register_id: str,
    made_at: str,
    backup_active: set[str],
    other_register: bool,
    kept_name: str,
) -> list[str]:
    names: object = ", ".join(sorted(backup_active, key=str.casefold)) or Text("geen")
    if not other_register:
        return [
            Said(
                Text(
                    "Op deze plek staat geen register. Gebruikers en wachtwoorden worden die van de back-up "
                    "({made_at}): {names}. Wie sindsdien vertrokken of gedeactiveerd is, kan weer inloggen tot u "
                    "die gebruiker verwijdert.",
                    made_at=made_at,
                    names=names,
                )
            )
        ]
    lines: list[str] = [
        Said(
            Text(
                "De back-up is van een ander register (register-id {register_id}…). Dat register vervangt dit "
                "register: gebruikers en wachtwoorden worden die van de back-up ({made_at}): {names}. Het "
                "auditlog wordt dat van de back-up; het huidige register blijft bewaard als {kept_name}.",
                register_id=register_id[:8],
                made_at=made_at,
                names=names,
                kept_name=kept_name,
            )
        )
    ]
    if state.users is not None:
        losing = sorted(
            (u.name for u in state.users if u.active and u.name not in backup_active), key=str.casefold
        )
        if losing:
            lines.append(
                Said(
                    Text(
                        "Deze gebruikers van het huidige register kunnen daarna niet meer inloggen: {names}.",
                        names=", ".join(losing),
                    )
                )
            )
    return lines


def carry_audit(staging: Path, key: bytearray, current: Path, current_key: bytearray, after_seq: int) -> None:
    """Append today's audit entries after `after_seq` to the staged copy, unchanged (hashes and all),
    with today's signed checkpoints of the chain (storage/audit_anchor)."""
    conn = open_raw(staging, key)
    try:
        attach_key = key_pragma(current_key).removeprefix("PRAGMA key = ")
        conn.execute(f"ATTACH DATABASE ? AS current KEY {attach_key}", (str(current),))
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                f"INSERT INTO main.audit_log ({AUDIT_COLUMNS}) SELECT {AUDIT_COLUMNS} FROM current.audit_log "
                "WHERE seq > ? ORDER BY seq",
                (after_seq,),
            )
            columns = _shared_columns(conn, "audit_checkpoints")
            if columns:
                conn.execute(
                    f"INSERT OR IGNORE INTO main.audit_checkpoints ({columns}) "
                    f"SELECT {columns} FROM current.audit_checkpoints"
                )
            conn.execute("COMMIT")
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute("DETACH DATABASE current")
    finally:
        conn.close()


def _shared_columns(conn: sqlcipher.Connection, table: str) -> str:
    """The columns `table` has in both databases ('' when either lacks it)."""
    # table_info rows: (cid, name, type, notnull, dflt_value, pk)
    main = [name for _cid, name, *_ in conn.execute(f"PRAGMA main.table_info({table})")]
    today = {name for _cid, name, *_ in conn.execute(f"PRAGMA current.table_info({table})")}
    return ", ".join(c for c in main if c in today) if main and today else ""


def apply(session: Session, state: CurrentState, the_plan: Plan, slots: KeySlotFile) -> None:
    """Make the staged copy's users, settings, slot records and key epoch those of today (module doc)."""
    if the_plan.use_backup_slots or state.users is None:  # or not readable
        for user in session.scalars(select(User)):
            if user.active and user.name not in the_plan.active_names:
                user.active = False
    else:
        _apply_users(session, state.users)
        for key, value in state.meta.items():
            _put_meta(session, key, value)
        floors = retention.id_floors(session)
        floors.extend(f for f in state.floors if f not in floors)
        _put_meta(session, retention.ID_FLOORS_KEY, json.dumps(floors, separators=(",", ":")))
    pending = session.get(RegisterMeta, "pending_rotation")
    if pending is not None:
        session.delete(pending)
    _put_meta(session, "key_epoch", str(slots.key_epoch))
    session.flush()
    _record_slots(session, slots)


def _record_slots(session: Session, slots: KeySlotFile) -> None:
    """The register's record of its key slots is exactly the new key file (see storage/slot_records)."""
    users = {
        user_tag(slots.register_id, u.name): u.id for u in session.scalars(select(User).where(User.active))
    }
    slot_records.forget(session, list(slot_records.all_records(session)))
    session.flush()
    for slot in slots.slots:
        slot_records.record(session, slot, users.get(slot.user_tag) if slot.kind == "user" else None)


def _apply_users(session: Session, current: list[CurrentUser]) -> None:
    rows = {u.name: u for u in session.scalars(select(User))}
    areas = {a.code: a for a in session.scalars(select(Area))}
    organisations = dict(session.execute(select(Organisation.code, Organisation.id)).all())
    for user in current:
        row = rows.get(user.name)
        if row is None:
            # Same id as today where it is free: audit entries name users by id.
            free = session.get(User, user.id) is None
            row = User(id=user.id if free else None, name=user.name, created_at=user.created_at)
            session.add(row)
        row.display_name = user.display_name
        row.phone = user.phone
        row.role = user.role
        row.active = user.active
        row.organisation_id = organisations.get(user.organisation) if user.organisation else None
        row.areas = [areas[code] for code in user.areas if code in areas]
    today = {u.name for u in current}
    for name, row in rows.items():
        if name not in today:
            row.active = False
    session.flush()


def _put_meta(session: Session, key: str, value: str) -> None:
    row = session.get(RegisterMeta, key)
    if row is None:
        session.add(RegisterMeta(key=key, value=value))
    else:
        row.value = value
