"""The register's own record of its key slots, and how the sidecar is compared with it.

Every slot (id, kind, user tag, public key, user) is recorded inside the encrypted database when
it is made. After an unlock (K known) the sidecar is compared with the records:

- a slot that is recorded, belongs to an active user (or is the recovery slot) and matches in
  every recorded field is kept;
- a slot the records do not know is *planted*: it is dropped from the file and reported, and a
  rotation never seals a new key to it. One exception keeps an interrupted password change from
  locking someone out: when the file's MAC is valid (so it was written by Casus or someone
  holding K — who could change the records just as well) a new slot of an active user with no
  other recorded slot is adopted, and that is reported too;
- a slot of a user who is no longer active means that user may still hold K: a rotation is due.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from casus_app.storage.keys.keyslots import KeySlotFile
from casus_app.storage.keys.slot_crypto import Slot, user_tag
from casus_app.storage.models import KeySlotRecord, User


@dataclass
class Comparison:
    """How the sidecar and the records differ; `findings` are Dutch sentences for the audit log."""

    keep: list[Slot] = field(default_factory=list)
    adopt: list[tuple[Slot, int | None]] = field(default_factory=list)  # (slot, user id)
    planted: list[Slot] = field(default_factory=list)
    inactive: list[Slot] = field(default_factory=list)  # recorded, but the user is not active
    missing: list[str] = field(default_factory=list)  # user names of recorded slots not in the file
    first_time: bool = False  # no records yet (a register from before records existed)
    findings: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.adopt or self.planted or self.inactive or self.missing)


def all_records(session: Session) -> dict[str, KeySlotRecord]:
    return {r.slot_id: r for r in session.scalars(select(KeySlotRecord))}


def record(session: Session, slot: Slot, user_id: int | None) -> None:
    """Record `slot` for `user_id`, replacing that user's (or the recovery) slot recorded before."""
    session.execute(
        delete(KeySlotRecord).where(
            (KeySlotRecord.kind == slot.kind) & (KeySlotRecord.user_tag == slot.user_tag)
            | (KeySlotRecord.slot_id == slot.slot_id)
        )
    )
    session.add(
        KeySlotRecord(
            slot_id=slot.slot_id,
            kind=slot.kind,
            user_tag=slot.user_tag,
            public_key=slot.public_key.hex(),
            user_id=user_id,
        )
    )
    session.flush()


def forget(session: Session, slot_ids: list[str]) -> None:
    if slot_ids:
        session.execute(delete(KeySlotRecord).where(KeySlotRecord.slot_id.in_(slot_ids)))


def matches(slot: Slot, rec: KeySlotRecord) -> bool:
    return (
        rec.slot_id == slot.slot_id
        and rec.kind == slot.kind
        and rec.user_tag == slot.user_tag
        and rec.public_key == slot.public_key.hex()
    )


def active_users_by_tag(session: Session, register_id: str) -> dict[str, tuple[int, str]]:
    """user tag → (user id, name) of every active user."""
    rows = session.execute(select(User.id, User.name).where(User.active.is_(True))).all()
    return {user_tag(register_id, name): (user_id, name) for user_id, name in rows}


def user_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(User.id, User.name)).all())


def _name(names: dict[int, str], user_id: int | None) -> str:
    return names.get(user_id, "?") if user_id is not None else "?"


def short(slot_id: str) -> str:
    return slot_id[:8]


def compare(session: Session, keyfile: KeySlotFile, mac_ok: bool) -> Comparison:
    """Sort the sidecar's slots against the records (nothing is changed)."""
    records = all_records(session)
    active = active_users_by_tag(session, keyfile.register_id)
    names = user_names(session)
    result = Comparison(first_time=not records)
    for slot in keyfile.slots:
        rec = records.get(slot.slot_id)
        owner = active.get(slot.user_tag) if slot.kind == "user" else None
        if rec is not None and matches(slot, rec):
            if slot.kind == "user" and (rec.user_id is None or owner is None or owner[0] != rec.user_id):
                result.inactive.append(slot)
                who = _name(names, rec.user_id)
                result.findings.append(f"sleutelplaats van niet-actieve gebruiker '{who}' ingetrokken")
            else:
                result.keep.append(slot)
            continue
        first_time_ok = result.first_time and (slot.kind == "recovery" or owner is not None)
        # A valid MAC: written by Casus or by someone holding K, who could change the records as
        # well; then a new slot of an active user is an interrupted change (e.g. a password).
        interrupted = mac_ok and slot.kind == "user" and owner is not None
        if first_time_ok or interrupted:
            result.adopt.append((slot, owner[0] if owner else None))
            if interrupted and not result.first_time:
                assert owner is not None  # implied by `interrupted`
                result.findings.append(
                    f"sleutelplaats van '{owner[1]}' opnieuw vastgelegd (onderbroken wijziging)"
                )
            continue
        result.planted.append(slot)
        result.findings.append(
            f"onbekende sleutelplaats {short(slot.slot_id)} ({'herstel' if slot.kind == 'recovery' else 'gebruiker'})"
            " uit het sleutelbestand verwijderd"
        )
    in_file = {s.slot_id for s in keyfile.slots}
    for rec in records.values():
        if rec.slot_id not in in_file and (
            rec.kind == "recovery" or rec.user_id in {u for u, _ in active.values()}
        ):
            who = "de herstelsleutel" if rec.kind == "recovery" else f"'{_name(names, rec.user_id)}'"
            result.missing.append(who)
            result.findings.append(f"sleutelplaats van {who} ontbreekt in het sleutelbestand")
    return result


def differences(session: Session, keyfile: KeySlotFile) -> list[str]:
    """For `verify`: every difference between the sidecar, the records and the users, in Dutch."""
    records = all_records(session)
    active = active_users_by_tag(session, keyfile.register_id)
    names = user_names(session)
    problems: list[str] = []
    for slot in keyfile.slots:
        rec = records.get(slot.slot_id)
        if rec is None or not matches(slot, rec):
            kind = "herstelsleutel" if slot.kind == "recovery" else "gebruiker"
            problems.append(
                f"Sleutelplaats {short(slot.slot_id)} ({kind}) is niet in het register vastgelegd."
            )
        elif slot.kind == "user" and (slot.user_tag not in active or active[slot.user_tag][0] != rec.user_id):
            problems.append(
                f"Gebruiker '{_name(names, rec.user_id)}' is niet actief maar heeft nog een sleutelplaats."
            )
    in_file = {s.slot_id for s in keyfile.slots}
    for rec in records.values():
        if rec.slot_id not in in_file:
            who = (
                "De herstelsleutel" if rec.kind == "recovery" else f"Gebruiker '{_name(names, rec.user_id)}'"
            )
            problems.append(f"{who}: vastgelegde sleutelplaats ontbreekt in het sleutelbestand.")
    tags_in_file = {s.user_tag for s in keyfile.slots if s.kind == "user"}
    for tag, (_, name) in sorted(active.items(), key=lambda item: item[1][1]):
        if tag not in tags_in_file:
            problems.append(f"Actieve gebruiker '{name}' heeft geen sleutelplaats en kan niet inloggen.")
    if keyfile.recovery_slot() is None:
        problems.append("Het sleutelbestand heeft geen herstelsleutel.")
    return problems
