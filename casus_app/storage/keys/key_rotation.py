"""A new database key, together with the change that needs it, as one recoverable step.

Removing, deactivating or resetting the password of a user must leave their old password (and
any old copy of the sidecar or a backup's `sleutels.json`) useless, so each comes with a new key
K'. The change and the key swap are one step:

1. The plan (which user, which slots are withdrawn or added, the audit entry) is committed in the
   current database as `pending_rotation`. From here on the change *will* happen: a login with
   a withdrawn slot is refused, any other login finishes the plan.
2. The database is exported under K' (`sqlcipher_export`) beside the register; in that copy, in
   one transaction, the change is applied, the slot records updated, the key epoch raised, the
   pending plan removed and the audit entry appended.
3. The sidecar for K' (sealed only to recorded slots of active users, plus the plan's new slots)
   is written as `<keys>.next`.
4. The copy replaces the database (`os.replace`): the commit point of the new key.
5. `<keys>.next` replaces the sidecar.
6. The register continues under K' and saves the new audit head (`Register.audit_committed`).

A crash before 4 leaves the old database with the plan in it (login finishes it); after 4 the
sidecar that fits is `.next` (login promotes it, `Register._unlock_matching`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain.errors import RegisterUnavailable
from casus_app.storage import audit
from casus_app.storage.atomic_file import fsync_directory
from casus_app.storage.engine import create_encrypted_engine, open_raw
from casus_app.storage.keys import slot_records
from casus_app.storage.keys.keyslots import KeySlotFile, Slot
from casus_app.storage.keys.slot_crypto import new_database_key, wipe
from casus_app.storage.keys.slot_format import slot_from_json, slot_json
from casus_app.storage.maintenance import export_under_new_key, remove_database_files
from casus_app.storage.models import RegisterMeta, User

if TYPE_CHECKING:
    from casus_app.storage.register import Register

PENDING_META = "pending_rotation"
EPOCH_META = "key_epoch"
RESUMED = " (afgemaakt na een onderbreking)"


def _reached(step: str) -> None:
    """A named point in the rotation; the crash tests kill the process here."""


@dataclass
class RotationPlan:
    """What changes together with the key. `event` holds the fields of the audit entry."""

    event: dict
    user_id: int | None = None
    set_active: bool | None = None
    # A password a beheerder chose must be changed by its user at the next login.
    must_change_password: bool | None = None
    withdraw: list[str] = field(default_factory=list)  # slot ids
    add: list[tuple[Slot, int]] = field(default_factory=list)  # prepared slots and their user id

    def to_json(self) -> str:
        return json.dumps(
            {
                "event": self.event,
                "user_id": self.user_id,
                "set_active": self.set_active,
                "must_change_password": self.must_change_password,
                "withdraw": self.withdraw,
                "add": [[slot_json(s), uid] for s, uid in self.add],
            }
        )

    @classmethod
    def from_json(cls, text: str) -> RotationPlan:
        doc = json.loads(text)
        return cls(
            event=dict(doc["event"]),
            user_id=doc["user_id"],
            set_active=doc["set_active"],
            must_change_password=doc.get("must_change_password"),  # absent in plans of older versions
            withdraw=list(doc["withdraw"]),
            add=[(slot_from_json(s), uid) for s, uid in doc["add"]],
        )

    @classmethod
    def for_event(cls, event: audit.AuditEvent, **changes: Any) -> RotationPlan:
        return cls(event=asdict(event), **changes)


def rotating_path(path: Path) -> Path:
    return path.with_name(path.name + ".rotating")


def pending_sidecar(sidecar: Path) -> Path:
    return sidecar.with_name(sidecar.name + ".next")


def pending_plan(session: Session) -> RotationPlan | None:
    value = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == PENDING_META))
    return RotationPlan.from_json(value) if value else None


def stored_epoch(session: Session) -> int | None:
    value = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == EPOCH_META))
    return int(value) if value and value.isdigit() else None


def rotate(register: Register, plan: RotationPlan) -> None:
    """Commit `plan` as pending, then carry it out with a new key (see the module docstring)."""
    with register.session() as session:
        if pending_plan(session) is not None:
            raise RuntimeError("a key rotation is already pending")
        session.add(RegisterMeta(key=PENDING_META, value=plan.to_json()))
    _reached("plan_committed")
    finish(register, plan)


def finish(register: Register, plan: RotationPlan, resumed: bool = False) -> None:
    """Carry out a committed plan: new key, change applied in the copy, swap, new sidecar."""
    from casus_app.storage.register import sidecar_path

    new_key = new_database_key()
    rotated_db = rotating_path(register.path)
    main = sidecar_path(register.path)
    swapped = False
    try:
        discard_leftovers(register.path)
        export_under_new_key(register, rotated_db, new_key)
        _reached("exported")
        keep_ids = _apply_in_copy(rotated_db, new_key, register.slots, plan, resumed)
        _reached("rotated_committed")
        added_ids = {slot.slot_id for slot, _ in plan.add}
        rotated = register.slots.rotate(
            new_key,
            keep=lambda s: s.slot_id in keep_ids and s.slot_id not in added_ids,
            extra=[slot for slot, _ in plan.add if slot.slot_id in keep_ids],
        )
        rotated.save_as(pending_sidecar(main))
        _reached("next_written")
        register.engine.dispose()
        conn = open_raw(register.path, register.key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        register._lock.replace_database(rotated_db)  # os.replace, the OS lock moved to the new file
        swapped = True
        fsync_directory(register.path.parent)
        for leftover in ("-wal", "-shm"):
            register.path.with_name(register.path.name + leftover).unlink(missing_ok=True)
        _reached("swapped")
        rotated.save_as(main)
        _reached("sidecar_written")
        pending_sidecar(main).unlink(missing_ok=True)
    except BaseException as exc:
        wipe(new_key)
        if not swapped:
            remove_database_files(rotated_db)
        if isinstance(exc, PermissionError):  # still held after file_replace's retries
            raise RegisterUnavailable(
                "Een ander programma houdt een bestand van het register vast, meestal een virusscanner, de "
                "zoekindex van Windows of een back-upprogramma. De wijziging is vastgelegd en wordt afgemaakt "
                "zodra het register weer wordt geopend: sluit Casus, wacht even en open het opnieuw."
            ) from exc
        raise
    register.adopt_key(rotated, new_key)
    register.audit_committed()  # the entry was committed in the copy, not in a `register.session()`


def _apply_in_copy(
    db: Path, key: bytearray, keyfile: KeySlotFile, plan: RotationPlan, resumed: bool
) -> set[str]:
    """The plan's change in the copy under the new key, in one transaction; the slot ids to keep."""
    engine = create_encrypted_engine(db, key, pooled=False)
    try:
        with Session(engine) as session, session.begin():
            pending = session.get(RegisterMeta, PENDING_META)
            if pending is not None:
                session.delete(pending)
            if plan.user_id is not None and plan.set_active is not None:
                session.get_one(User, plan.user_id).active = plan.set_active
            if plan.user_id is not None and plan.must_change_password is not None:
                session.get_one(User, plan.user_id).must_change_password = plan.must_change_password
            session.flush()
            slot_records.forget(session, plan.withdraw)
            for slot, user_id in plan.add:
                slot_records.record(session, slot, user_id)
            keep_ids = _recorded_active(session, keyfile, [slot for slot, _ in plan.add])
            epoch = session.get(RegisterMeta, EPOCH_META)
            if epoch is None:
                session.add(RegisterMeta(key=EPOCH_META, value=str(keyfile.key_epoch + 1)))
            else:
                epoch.value = str(keyfile.key_epoch + 1)
            event = dict(plan.event)
            if resumed:
                event["details"] = (event.get("details") or "") + RESUMED
            event["at"] = None
            audit.append(session, audit.AuditEvent(**event))
    finally:
        engine.dispose()
    # The copy is renamed into place, so nothing may stay behind in a `-wal` of the copy's name.
    conn = open_raw(db, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    return keep_ids


def _recorded_active(session: Session, keyfile: KeySlotFile, added: list[Slot]) -> set[str]:
    """Slots that get the new key: recorded, matching, and of an active user (or the recovery slot).

    Records of users who are no longer active are dropped here too.
    """
    records = slot_records.all_records(session)
    active = set(session.scalars(select(User.id).where(User.active.is_(True))))
    stale = [r.slot_id for r in records.values() if r.kind == "user" and r.user_id not in active]
    slot_records.forget(session, stale)
    keep = set()
    for slot in [*keyfile.slots, *added]:
        rec = records.get(slot.slot_id)
        if rec is None or rec.slot_id in stale or not slot_records.matches(slot, rec):
            continue  # unknown or withdrawn: never sealed to
        keep.add(slot.slot_id)
    return keep


def discard_leftovers(path: Path) -> None:
    """A copy from an interrupted rotation that never became the database."""
    remove_database_files(rotating_path(path))
