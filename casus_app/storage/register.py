"""Opening, creating and closing the encrypted register: key slots, key, engine, schema, lock."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from casus_app.domain.errors import CasusError, DamagedDatabase, DamagedKeySlots, RegisterUnavailable

from . import audit, migrations
from .engine import check_key, create_encrypted_engine, integrity_problems, open_raw
from .keyslots import KeySlotFile, new_database_key, wipe
from .location import RegisterLock, ensure_local
from .models import RegisterMeta


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".keys")


class Register:
    """An open register. Holds the database key in a bytearray that `close()` wipes."""

    def __init__(self, path: Path, slots: KeySlotFile, key: bytearray, lock: RegisterLock) -> None:
        self.path = path
        self.slots = slots
        self._key = key
        self._lock = lock
        self.closed = False
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
                f"Er staat al een register op {path}. Kies een andere plek of open het bestaande register."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = RegisterLock(path)
        lock.acquire()
        key = new_database_key()
        try:
            register_id = uuid.uuid4().hex
            slots, recovery_key = KeySlotFile.create(
                sidecar_path(path), register_id, key, admin_name, admin_password
            )
            register = cls(path, slots, key, lock)
            migrations.upgrade(register.engine)
            os.chmod(path, 0o600)
            with register.session() as session:
                session.add_all(
                    [
                        RegisterMeta(key="register_id", value=register_id),
                        RegisterMeta(key="key_epoch", value="1"),
                    ]
                )
        except BaseException:
            lock.release()
            raise
        return register, recovery_key

    @classmethod
    def open(cls, path: Path, user_name: str, password: str) -> Register:
        return cls._open(Path(path), lambda slots: slots.unlock(user_name, password))

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_key: str) -> Register:
        return cls._open(Path(path), lambda slots: slots.unlock_recovery(recovery_key))

    @classmethod
    def _open(cls, path: Path, unlock) -> Register:
        ensure_local(path)
        if not path.exists():
            raise RegisterUnavailable(
                f"Er is geen register op {path}. Kies een ander bestand, of maak eerst een nieuw register aan."
            )
        lock = RegisterLock(path)
        lock.acquire()
        try:
            slots, key = cls._unlock_matching(path, unlock)
            unclean = _wal_left_behind(path)
            register = cls(path, slots, key, lock)
            if unclean:
                register.check_integrity()
            register._migrate_if_needed()
            register._check_identity()
        except BaseException:
            lock.release()
            raise
        return register

    @staticmethod
    def _unlock_matching(path: Path, unlock) -> tuple[KeySlotFile, bytearray]:
        """Unlock with the sidecar whose key opens the file.

        A damaged or missing sidecar is reported (with the previous copy offered), never replaced
        silently. A crash during a key rotation can leave a valid sidecar beside a database under
        the other key; the pending (`.next`) and previous (`.bak`) copies cover both cases, so the
        old or the new password always works.
        """
        main = sidecar_path(path)
        slots = KeySlotFile.load(main)  # DamagedKeySlots: the caller offers the backup copy
        key = unlock(slots)  # WrongPassword is final
        try:
            check_key(path, key)
            return slots, key
        except DamagedDatabase as exc:
            wipe(key)
            mismatch = exc
        for candidate in (main.with_name(main.name + ".next"), main.with_name(main.name + ".bak")):
            if not candidate.exists():
                continue
            try:
                other = KeySlotFile.load(candidate)
                key = unlock(other)
                check_key(path, key)
            except CasusError:
                continue
            # Finish what the crash interrupted: this copy is the one that fits the database.
            other.save_as(main)
            return KeySlotFile.load(main), key
        raise mismatch

    @staticmethod
    def restore_slots_from_backup(path: Path) -> None:
        """Put the previous copy of the key-slot file back (after the user agreed to)."""
        main = sidecar_path(path)
        KeySlotFile.load_backup(main).save_as(main)

    def close(self) -> None:
        """Save the audit head, wipe the key, release the lock; closing twice is harmless."""
        if self.closed:
            return
        self.closed = True
        with contextlib.suppress(Exception):
            self.save_audit_head()
        self.engine.dispose()
        wipe(self._key)
        self._lock.release()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- sessions ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: one transaction, committed at the end or rolled back on error."""
        with _damage_reported(), self._sessions() as session, session.begin():
            yield session

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
                "Het register is beschadigd (" + "; ".join(problems[:3]) + "). Zet een back-up terug met "
                "'casus-app restore'."
            )
        return problems

    def _migrate_if_needed(self) -> None:
        if not migrations.needs_upgrade(self.engine):
            return
        from .maintenance import copy_encrypted

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

    # -- audit head ---------------------------------------------------------------------------
    def save_audit_head(self) -> None:
        with self.read_session() as session:
            seq, row_hash = audit.head(session)
        if seq and self.slots.audit_head != (seq, row_hash):
            self.slots.set_audit_head(seq, row_hash)
            self.slots.save()

    def rekey(self, rotate) -> None:
        """Run a key rotation (see maintenance.rotate_key) and continue under the new key."""
        slots, new_key = rotate(self.slots)
        wipe(self._key)
        self._key = new_key
        self.slots = slots
        self.engine = create_encrypted_engine(self.path, new_key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

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


def _wal_left_behind(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and os.path.getsize(wal) > 0
