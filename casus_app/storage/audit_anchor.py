"""The audit anchor: audit heads signed with a key only beheerders (and the recovery key) can use.

Anyone who knows a password holds the database key K and can rewrite the audit chain and every
hash after it; a MAC under K would not stop them. The anchor is an Ed25519 keypair whose private
half is wrapped in the slots of beheerders and the recovery slot only, under a key derived from
that slot's own password (see `slot_crypto`). A beheerder's login, every commit of theirs that
appends to the log (`Register.audit_committed`) and their close sign the current head (seq, hash)
after checking that the chain since the previous checkpoint extends it; checkpoints are kept in the database (`audit_checkpoints`), the latest also in the sidecar and in backups.

Checked at every unlock (`head_problems`, cheap: a few rows by primary key) and by `verify`
(`full_problems`, the whole chain). Limits are in docs/architecture.md.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain.errors import Said, Text, marked
from casus_app.storage import audit
from casus_app.storage.keys.keyslots import Checkpoint, KeySlotFile
from casus_app.storage.keys.slot_crypto import FORMAT, anchor_public, canonical
from casus_app.storage.models import AuditCheckpoint, AuditEntry, RegisterMeta

PUBLIC_META = "audit_anchor_public"


def _message(register_id: str, seq: int, row_hash: str, recovery_public: bytes) -> bytes:
    return canonical(
        {
            "doel": "audit checkpoint",
            "formaat": FORMAT,
            "register_id": register_id,
            "seq": seq,
            "hash": row_hash,
            "recovery_public": recovery_public.hex(),
        }
    )


def sign(
    anchor_private: bytes | bytearray, register_id: str, seq: int, row_hash: str, recovery_public: bytes
) -> Checkpoint:
    private = Ed25519PrivateKey.from_private_bytes(bytes(anchor_private))
    signature = private.sign(_message(register_id, seq, row_hash, recovery_public))
    return Checkpoint(anchor_public(anchor_private), seq, row_hash, recovery_public, signature)


def signature_ok(checkpoint: Checkpoint, register_id: str, public_key: bytes) -> bool:
    if checkpoint.public_key != public_key:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            checkpoint.signature,
            _message(register_id, checkpoint.seq, checkpoint.hash, checkpoint.recovery_public),
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def stored_public(session: Session) -> bytes | None:
    value = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == PUBLIC_META))
    return bytes.fromhex(value) if value else None


def store_public(session: Session, public_key: bytes) -> None:
    row = session.get(RegisterMeta, PUBLIC_META)
    if row is None:
        session.add(RegisterMeta(key=PUBLIC_META, value=public_key.hex()))
    else:
        row.value = public_key.hex()


def checkpoints(session: Session, latest_only: bool = False) -> list[Checkpoint]:
    """The checkpoints in the database, oldest first (with `latest_only`: the newest only)."""
    query = select(AuditCheckpoint).order_by(AuditCheckpoint.seq)
    if latest_only:
        query = select(AuditCheckpoint).order_by(AuditCheckpoint.seq.desc()).limit(1)
    return [_from_row(row) for row in session.scalars(query)]


def _from_row(row: AuditCheckpoint) -> Checkpoint:
    return Checkpoint(
        bytes.fromhex(row.anchor_public),
        row.seq,
        row.row_hash,
        bytes.fromhex(row.recovery_public),
        bytes.fromhex(row.signature),
    )


def store(session: Session, checkpoint: Checkpoint) -> None:
    if session.get(AuditCheckpoint, checkpoint.seq) is not None:
        return
    session.add(
        AuditCheckpoint(
            seq=checkpoint.seq,
            row_hash=checkpoint.hash,
            anchor_public=checkpoint.public_key.hex(),
            recovery_public=checkpoint.recovery_public.hex(),
            signature=checkpoint.signature.hex(),
            signed_at=audit.utc_now(),
        )
    )


def _hash_at(session: Session, seq: int) -> str | None:
    if seq == 0:
        return audit.GENESIS  # the checkpoint signed when the anchor is made, before any entry
    return session.scalar(select(AuditEntry.row_hash).where(AuditEntry.seq == seq))


def anchor_in_use(session: Session, keyfile: KeySlotFile) -> bool:
    """Whether a slot holds the anchor or anything was ever signed with it."""
    return (
        keyfile.checkpoint is not None
        or any(s.anchor is not None for s in keyfile.slots)
        or session.scalar(select(AuditCheckpoint.seq).limit(1)) is not None
    )


def anchor_expected(session: Session, keyfile: KeySlotFile) -> bool:
    """Whether this register has (had) an anchor: any trace of one means all traces must agree."""
    return (
        stored_public(session) is not None
        or keyfile.checkpoint is not None
        or any(s.anchor is not None for s in keyfile.slots)
        or session.scalar(select(AuditCheckpoint.seq).limit(1)) is not None
    )


def _all_checkpoints(
    session: Session, keyfile: KeySlotFile, everything: bool = False
) -> list[tuple[str, Checkpoint]]:
    """The database's checkpoints (at unlock only the newest: the chain links the rest) and the sidecar's."""
    found = [(marked("register"), c) for c in checkpoints(session, latest_only=not everything)]
    if keyfile.checkpoint is not None:
        found.append((marked("sleutelbestand"), keyfile.checkpoint))
    return found


def anchor_problems(
    session: Session, keyfile: KeySlotFile, own_anchor: bytes | None, everything: bool = False
) -> list[str]:
    """The anchor's public key everywhere the same, and every checkpoint signed with it."""
    if not anchor_expected(session, keyfile):
        return []
    problems: list[str] = []
    public = stored_public(session)
    if public is None:
        return [Said(Text("De publieke sleutel van het auditanker ontbreekt in het register."))]
    if own_anchor is not None and own_anchor != public:
        problems.append(
            Said(
                Text(
                    "Het auditanker in het register is vervangen: het past niet bij de ankersleutel in uw "
                    "sleutelplaats."
                )
            )
        )
    for slot in keyfile.slots:
        if slot.anchor is not None and slot.anchor.public_key != public:
            problems.append(Said(Text("Een sleutelplaats bevat een ander auditanker dan het register.")))
            break
    recovery = keyfile.recovery_slot()
    for where, checkpoint in _all_checkpoints(session, keyfile, everything):
        if not signature_ok(checkpoint, keyfile.register_id, public):
            problems.append(
                Said(
                    Text(
                        "Het controlepunt bij auditregel {seq} ({where}) is niet echt ondertekend.",
                        seq=checkpoint.seq,
                        where=Text(where),
                    )
                )
            )
        elif recovery is None or checkpoint.recovery_public != recovery.public_key:
            problems.append(
                Said(
                    Text(
                        "De herstelsleutel is vervangen sinds het ondertekende controlepunt bij auditregel {seq}.",
                        seq=checkpoint.seq,
                    )
                )
            )
    return problems


def head_problems(session: Session, keyfile: KeySlotFile) -> list[str]:
    """The sidecar's (unsigned) head missing, beyond the chain, not matching it, or set back."""
    last_seq, _ = audit.head(session)
    head = keyfile.audit_head
    if head is None:
        return (
            [Said(Text("De kop van het auditlog ontbreekt in het sleutelbestand."))] if last_seq > 0 else []
        )
    seq, row_hash = head
    problems: list[str] = []
    if seq > last_seq:
        problems.append(
            Said(
                Text(
                    "Het auditlog eindigt bij regel {last_seq}, maar de bewaarde kop staat op regel {seq}: "
                    "er zijn regels verwijderd.",
                    last_seq=last_seq,
                    seq=seq,
                )
            )
        )
    elif seq > 0 and _hash_at(session, seq) != row_hash:
        problems.append(
            Said(Text("Auditregel {seq} past niet bij de bewaarde kop: de keten is herschreven.", seq=seq))
        )
    if keyfile.checkpoint is not None and seq < keyfile.checkpoint.seq:
        problems.append(
            Said(
                Text(
                    "De kop van het auditlog is teruggezet van regel {checkpoint} naar regel {seq}.",
                    checkpoint=keyfile.checkpoint.seq,
                    seq=seq,
                )
            )
        )
    # The sidecar's checkpoint is stored in the database before the sidecar is written.
    cp = keyfile.checkpoint
    stored = session.get(AuditCheckpoint, cp.seq) if cp is not None else None
    if cp is not None and (stored is None or stored.signature != cp.signature.hex()):
        problems.append(
            Said(
                Text(
                    "Het ondertekende controlepunt bij auditregel {seq} ontbreekt in het register.",
                    seq=cp.seq,
                )
            )
        )
    return problems


def checkpoint_problems(session: Session, keyfile: KeySlotFile, everything: bool = False) -> list[str]:
    """Signed checkpoints the chain no longer holds: entries removed or rewritten before them."""
    last_seq, _ = audit.head(session)
    problems: list[str] = []
    found = _all_checkpoints(session, keyfile, everything)
    # The anchor is made together with a first checkpoint, so none at all means they were removed.
    if not found and anchor_in_use(session, keyfile):
        problems.append(
            Said(Text("Er is geen ondertekend controlepunt van het auditlog (meer): ze zijn verwijderd."))
        )
    for _, checkpoint in found:
        if checkpoint.seq > last_seq:
            problems.append(
                Said(
                    Text(
                        "Het auditlog eindigt bij regel {last_seq}, vóór het ondertekende controlepunt bij regel "
                        "{seq}: er zijn regels verwijderd.",
                        last_seq=last_seq,
                        seq=checkpoint.seq,
                    )
                )
            )
        elif _hash_at(session, checkpoint.seq) != checkpoint.hash:
            problems.append(
                Said(
                    Text(
                        "Auditregel {seq} past niet bij het ondertekende controlepunt: de keten is herschreven.",
                        seq=checkpoint.seq,
                    )
                )
            )
    return sorted(set(problems), key=problems.index)


def chain_extends(session: Session, checkpoint: Checkpoint | None) -> bool:
    """The chain after `checkpoint` (or from the start) links and hashes correctly up to the head."""
    start = checkpoint.seq if checkpoint is not None else 0
    prev = checkpoint.hash if checkpoint is not None else audit.GENESIS
    expected = start + 1
    query = select(AuditEntry).where(AuditEntry.seq > start).order_by(AuditEntry.seq)
    for entry in session.scalars(query).yield_per(2000):
        fields = {name: getattr(entry, name) for name in audit.HASHED_FIELDS}
        if (
            entry.seq != expected
            or entry.prev_hash != prev
            or audit.compute_hash(fields, prev) != entry.row_hash
        ):
            return False
        expected, prev = entry.seq + 1, entry.row_hash
    return True


def latest(session: Session, keyfile: KeySlotFile) -> Checkpoint | None:
    found = [c for _, c in _all_checkpoints(session, keyfile)]
    return max(found, key=lambda c: c.seq) if found else None


def full_problems(session: Session, keyfile: KeySlotFile, own_anchor: bytes | None) -> list[str]:
    """For `verify`: the anchor, every checkpoint and the head (the chain itself is checked apart)."""
    problems = (
        anchor_problems(session, keyfile, own_anchor, everything=True)
        + checkpoint_problems(session, keyfile, everything=True)
        + head_problems(session, keyfile)
    )
    return problems


def sign_current(
    session: Session, keyfile: KeySlotFile, anchor_private: bytes | bytearray
) -> Checkpoint | None:
    """Sign the current head when the chain since the latest valid checkpoint extends it.

    None when nothing may be signed: another anchor, a broken checkpoint or chain, no head yet.
    Stores the checkpoint in the database (the caller's transaction); the caller saves the sidecar.
    """
    public = anchor_public(anchor_private)
    recovery = keyfile.recovery_slot()
    seq, row_hash = audit.head(session)
    if recovery is None or stored_public(session) != public:
        return None
    last = latest(session, keyfile)
    if last is not None:
        if not signature_ok(last, keyfile.register_id, public) or _hash_at(session, last.seq) != last.hash:
            return None
        if last.seq == seq and last.recovery_public == recovery.public_key:
            return last
    if not chain_extends(session, last):
        return None
    checkpoint = sign(anchor_private, keyfile.register_id, seq, row_hash, recovery.public_key)
    store(session, checkpoint)
    return checkpoint
