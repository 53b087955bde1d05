"""Opening, creating and closing the encrypted register: key slots, key, engine, schema, lock."""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import sqlalchemy.exc
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from casus_app.domain.errors import (
    CasusError,
    DamagedDatabase,
    DamagedKeySlots,
    RegisterUnavailable,
    WrongPassword,
)
from casus_app.storage import audit, audit_anchor, migrations
from casus_app.storage.atomic_file import remove_stale_temps
from casus_app.storage.engine import check_key, create_encrypted_engine, integrity_problems, open_raw
from casus_app.storage.keys import key_rotation, slot_records
from casus_app.storage.keys.keyslots import KeySlotFile, Opening, new_database_key, wipe
from casus_app.storage.keys.slot_crypto import anchor_public, new_anchor_key
from casus_app.storage.location import RegisterLock, ensure_local
from casus_app.storage.models import RegisterMeta


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".keys")


class HeldLock(Protocol):
    """What an open register needs of its lock (a `RegisterLock`, or a stand-in for a staged copy)."""

    def release(self) -> None: ...

    def replace_database(self, source: Path) -> None: ...


class Register:
    """An open register. Holds the database key in a bytearray that `close()` wipes.

    `anchor_private` is the audit anchor's private key when the slot that opened holds it (a
    beheerder's or the recovery slot); `findings` lists, in Dutch, what the checks at unlock
    found and repaired or refused (also in the audit log), for `verify` and the interface.
    """

    def __init__(self, path: Path, slots: KeySlotFile, key: bytearray, lock: HeldLock) -> None:
        self.path = path
        self.slots = slots
        self._key = key
        self._lock = lock
        self.closed = False
        self.anchor_private: bytearray | None = None
        self.may_sign = True  # False once the checks at unlock found the chain or anchor tampered with
        self.findings: list[str] = []
        # A commit that appended to the audit log saves the head in the sidecar (`audit_committed`);
        # off while the register is being opened, whose checks compare that head with the chain.
        self.head_follows_commits = True
        self._head_lock = threading.RLock()  # one thread at a time writes the head (and signs it)
        self._saving_head = threading.local()
        self.engine: Engine = create_encrypted_engine(path, key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # -- life cycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, admin_name: str, admin_password: str) -> tuple[Register, str]:
        """A new, empty register with its first key slot; returns it and the recovery key."""
        path = Path(path)
        ensure_local(path)
        if path.exists() or sidecar_path(path).exists():
            raise RegisterUnavailable(
                "Er staat al een register op {path}. Kies een andere plek of open het bestaande register.",
                path=path,
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = RegisterLock(path)
        lock.acquire()
        key = new_database_key()
        anchor = new_anchor_key()
        register: Register | None = None
        try:
            register_id = uuid.uuid4().hex
            slots, recovery_key = KeySlotFile.create(
                sidecar_path(path), register_id, key, admin_name, admin_password, anchor_private=anchor
            )
            register = cls(path, slots, key, lock)
            register.anchor_private = anchor
            migrations.upgrade(register.engine)
            os.chmod(path, 0o600)
            lock.hold_database()  # the file exists now: lock it too (location.RegisterLock)
            with register.session() as session:
                session.add_all(
                    [
                        RegisterMeta(key="register_id", value=register_id),
                        RegisterMeta(key="key_epoch", value="1"),
                    ]
                )
                # The admin's slot is recorded with the admin's user row (`record_slot`).
                recovery = slots.recovery_slot()
                assert recovery is not None  # the file was just created with one
                slot_records.record(session, recovery, None)
                # The anchor's first checkpoint (the empty chain), so that from now on "no
                # checkpoint at all" can only mean that they were removed.
                audit_anchor.store_public(session, anchor_public(anchor))
                session.flush()
                slots.set_checkpoint(audit_anchor.sign_current(session, slots, anchor))
            slots.save()
        except BaseException:
            if register is not None:
                register.engine.dispose()
            wipe(anchor)
            lock.release()
            # A register that was never finished holds nothing yet and could not be opened: take it
            # away, so that trying again (or the first start's demo) finds the place free.
            for made in (path, sidecar_path(path), *path.parent.glob(f"{path.name}-journal")):
                made.unlink(missing_ok=True)
            raise
        return register, recovery_key

    @classmethod
    def open(cls, path: Path, user_name: str, password: str) -> Register:
        return cls._open(Path(path), lambda slots: slots.open_user(user_name, password), user_name, password)

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_key: str) -> Register:
        return cls._open(Path(path), lambda slots: slots.open_recovery(recovery_key), None, None)

    @classmethod
    def _open(
        cls, path: Path, unlock: Callable[[KeySlotFile], Opening], name: str | None, password: str | None
    ) -> Register:
        ensure_local(path)
        if not path.exists():
            raise RegisterUnavailable(
                "Er is geen register op {path}. Kies een ander bestand, of maak eerst een nieuw register aan.",
                path=path,
            )
        from casus_app.storage.keys.unlock_checks import settle

        lock = RegisterLock(path)
        lock.acquire()
        register = None
        opening = None
        try:
            slots, opening = cls._unlock_matching(path, unlock)
            remove_stale_temps(path.parent)  # temp files of writes a crash interrupted (atomic_file.py)
            key_rotation.discard_leftovers(path)
            unclean = _wal_left_behind(path)
            register = cls(path, slots, opening.key, lock)
            register.head_follows_commits = False  # the checks at unlock decide what head to save
            if unclean:
                register.check_integrity()
            register._migrate_if_needed()
            register._check_identity()
            lock.hold_database()  # an interrupted key swap finished here put another file in place
            settle(register, opening, name, password)
            register.head_follows_commits = True
        except BaseException:
            if opening is not None and opening.anchor_private is not None:
                wipe(opening.anchor_private)
            if register is not None:
                register.close(save_head=False)
            else:
                if opening is not None:
                    wipe(opening.key)
                lock.release()
            raise
        return register

    @staticmethod
    def _unlock_matching(path: Path, unlock: Callable[[KeySlotFile], Opening]) -> tuple[KeySlotFile, Opening]:
        """Unlock with the sidecar whose key opens the file.

        A damaged or missing sidecar is reported (with the previous copy offered), never replaced
        silently. A crash during a key rotation can leave a valid sidecar beside a database under
        the other key; the pending (`.next`) and previous (`.bak`) copies cover both cases, so the
        old or the new password always works. A user whose slot the newer `.next` no longer holds
        (the one a finished removal withdrew) gets the wrong-password answer.
        """
        main = sidecar_path(path)
        pending = key_rotation.pending_sidecar(main)
        slots = KeySlotFile.load(main)  # DamagedKeySlots: the caller offers the backup copy
        opening = unlock(slots)  # WrongPassword is final
        try:
            check_key(path, opening.key)
            # Main fits: a `.next` is what a rotation crashed before its commit point left.
            pending.unlink(missing_ok=True)
            return slots, opening
        except DamagedDatabase as exc:
            opening.wipe()
            mismatch = exc
        withdrawn: WrongPassword | None = None
        for candidate in (pending, main.with_name(main.name + ".bak")):
            if not candidate.exists():
                continue
            try:
                other = KeySlotFile.load(candidate)
                opening = unlock(other)
                check_key(path, opening.key)
            except WrongPassword as exc:
                if candidate == pending and other.key_epoch > slots.key_epoch:
                    withdrawn = exc
                continue
            except CasusError:
                continue
            # Finish what the crash interrupted: this copy is the one that fits the database.
            other.save_as(main)
            pending.unlink(missing_ok=True)
            promoted = KeySlotFile.load(main)
            promoted.bind(opening.key)
            return promoted, opening
        raise withdrawn or mismatch

    @staticmethod
    def restore_slots_from_backup(path: Path) -> None:
        """Put the previous copy of the key-slot file back (after the user agreed to)."""
        main = sidecar_path(path)
        KeySlotFile.load_backup(main).save_as(main)

    def close(self, save_head: bool = True) -> None:
        """Save (and sign) the audit head, wipe the keys, release the lock; closing twice is harmless."""
        if self.closed:
            return
        self.closed = True
        if save_head:
            with contextlib.suppress(Exception):
                self.save_audit_head()
        self.engine.dispose()
        wipe(self._key)
        if self.anchor_private is not None:
            wipe(self.anchor_private)
            self.anchor_private = None
        self.slots.forget_key()
        self._lock.release()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: one transaction, committed at the end or rolled back on error.

        A transaction that appended to the audit log has the new head saved in the sidecar once it
        has committed (`audit_committed`); nobody saves it by hand.
        """
        with _damage_reported(), self._sessions() as session:
            with session.begin():
                yield session
            appended = session.info.pop(audit.APPENDED, False)
        if appended:
            self.audit_committed()

    @contextlib.contextmanager
    def read_session(self) -> Iterator[Session]:
        with _damage_reported(), self._sessions() as session:
            yield session

    # -- checks -----------------------------------------------------------------------------
    def check_integrity(self) -> list[str]:
        """Both integrity checks; raise DamagedDatabase with the first problems."""
        conn = open_raw(self.path, self._key)
        try:
            problems = integrity_problems(conn)
        finally:
            conn.close()
        if problems:
            raise DamagedDatabase(
                "Het register is beschadigd ({problems}). Zet een back-up terug met 'casus-app restore'.",
                problems="; ".join(problems[:3]),
            )
        return problems

    def _migrate_if_needed(self) -> None:
        if not migrations.needs_upgrade(self.engine):
            return
        from casus_app.storage.maintenance import copy_encrypted

        current = migrations.current_revision(self.engine) or "leeg"
        copy_encrypted(self, self.path.with_name(f"{self.path.name}.voor-migratie-{current}"))
        migrations.upgrade(self.engine)

    def _check_identity(self) -> None:
        with self.read_session() as session:
            stored = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == "register_id"))
        if stored != self.slots.register_id:
            raise DamagedKeySlots(
                "Het sleutelbestand hoort niet bij dit register. Zet het juiste sleutelbestand terug of "
                "gebruik de herstelsleutel."
            )

    # -- key slots ----------------------------------------------------------------------------
    def record_slot(self, session: Session, name: str, user_id: int) -> None:
        """Record `name`'s current slot in the database (in the caller's transaction)."""
        slot = self.slots.slot_of(name)
        if slot is None:
            raise ValueError("no slot for this user")
        slot_records.record(session, slot, user_id)

    def forget_slot(self, session: Session, name: str) -> None:
        slot = self.slots.slot_of(name)
        if slot is not None:
            slot_records.forget(session, [slot.slot_id])

    # -- audit head ---------------------------------------------------------------------------
    def audit_committed(self) -> None:
        """After a commit that appended to the audit log: save (and sign) the new head.

        Called by `session()`, and by a key rotation, whose entry is committed in the copy under
        the new key. Not while the register is being opened (`head_follows_commits`), nor from
        within a save (signing a checkpoint commits too). The change stands whatever happens here:
        a register another writer keeps busy gets its head saved at the next change or at closing;
        any other failure is raised, after the commit.
        """
        if not self.head_follows_commits or self.closed or getattr(self._saving_head, "active", False):
            return
        self._saving_head.active = True
        try:
            self.save_audit_head()
        except sqlalchemy.exc.OperationalError as exc:
            if not _is_busy(exc):
                raise
        finally:
            self._saving_head.active = False

    def save_audit_head(self) -> None:
        """Keep the head in the sidecar; a register opened with the anchor also signs it."""
        with self._head_lock:
            if self.anchor_private is not None and self.sign_checkpoint():
                return
            with self.read_session() as session:
                seq, row_hash = audit.head(session)
            if seq and self.slots.audit_head != (seq, row_hash):
                self.slots.set_audit_head(seq, row_hash)
                self.slots.save()

    def sign_checkpoint(self) -> bool:
        """Sign the current audit head with the anchor (see `audit_anchor.sign_current`)."""
        if self.anchor_private is None or not self.may_sign:
            return False
        with self._head_lock:
            with self.session() as session:
                checkpoint = audit_anchor.sign_current(session, self.slots, self.anchor_private)
            if checkpoint is None:
                return False
            if self.slots.checkpoint != checkpoint or self.slots.audit_head != (
                checkpoint.seq,
                checkpoint.hash,
            ):
                self.slots.set_checkpoint(checkpoint)
                self.slots.set_audit_head(checkpoint.seq, checkpoint.hash)
                self.slots.save()
            return True

    def adopt_key(self, slots: KeySlotFile, new_key: bytearray) -> None:
        """Continue under a new key after a rotation (see `key_rotation`)."""
        self.engine.dispose()
        wipe(self._key)
        self._key = new_key
        self.slots = slots
        self.engine = create_encrypted_engine(self.path, new_key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def replace_database(self, source: Path) -> None:
        """Put `source` in place of the database file, moving the file lock along (`RegisterLock`)."""
        self._lock.replace_database(source)

    @property
    def key(self) -> bytearray:
        """The database key, for maintenance that needs a second keyed connection."""
        return self._key


DAMAGE_SIGNS = ("malformed", "hmac", "file is not a database", "disk i/o error")


@contextlib.contextmanager
def _damage_reported() -> Iterator[None]:
    """A damaged page surfaces as a driver error deep in a query; say so in Dutch instead."""
    try:
        yield
    except sqlalchemy.exc.DatabaseError as exc:
        if any(sign in str(exc.orig).lower() for sign in DAMAGE_SIGNS):
            raise DamagedDatabase(
                "Het register is beschadigd: een deel van het databasebestand kan niet worden gelezen. "
                "Er is niets gewijzigd. Zet een back-up terug met 'casus-app restore'."
            ) from exc
        raise


def _is_busy(exc: sqlalchemy.exc.OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "locked" in text or "busy" in text


def _wal_left_behind(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and os.path.getsize(wal) > 0
