"""Restoring a backup: checked completely, merged with today's register, swapped in atomically.

Who may: a beheerder of the register being replaced, signing in with today's password (through
the same lockout as the login). Only where no register is left at that place does the backup's
own beheerder decide. A backup of another register (another register id) is refused unless the
caller says so (`other_register`, CLI `--ander-register`).

What comes back: the data of the backup. What stays as today (`restore_merge`): the users,
removals, roles, settings and the audit log. The restored register gets a new database key,
sealed only to today's key slots of the users who are active after the restore (and the
recovery slot), so a password that worked only in the backup's `sleutels.json` opens nothing.

Crash safety, in this order (a kill at any step leaves a register that opens with today's
password; `restore_swap.reached` marks the steps for the crash tests):
1. the backup is unpacked and checked in a work folder beside the register;
2. the restored database is built beside the live one as `<name>.herstel`, under the new key;
3. the current register is kept as `<name>.voor-herstel` (hard link, with its key file);
4. the new key file is written as `<name>.keys.next`;
5. the database is swapped in with one rename;
6. the key file is swapped in.
Until 5 the old database and key file fit each other; after 5 the open path finds that the key
file does not fit and completes the swap from `.keys.next` (`Register._unlock_matching`).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain.enums import Role
from casus_app.domain.errors import (
    DamagedDatabase,
    DamagedKeySlots,
    InvalidInput,
    PermissionDenied,
    RegisterUnavailable,
    Text,
    WrongPassword,
)
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.auth import lockout
from casus_app.services.auth import login as auth
from casus_app.services.backup import merge as restore_merge
from casus_app.services.backup import swap as restore_swap
from casus_app.services.backup.archive import BackupContents, unpack, verify_copy
from casus_app.services.privacy import retention
from casus_app.services.workspace import Actor, Workspace
from casus_app.storage import audit, audit_anchor, login_inbox, migrations
from casus_app.storage.engine import check_key, create_encrypted_engine, open_raw
from casus_app.storage.keys.keyslots import KeySlotFile, new_database_key, user_tag, wipe
from casus_app.storage.location import RegisterLock, ensure_local
from casus_app.storage.models import Organisation, User
from casus_app.storage.register import Register, sidecar_path

PURGE_OCCASION = "bewaartermijn verstreken, na het terugzetten van een back-up"

Confirm = Callable[[list[str]], bool] | bool
Secret = Callable[[], str | None] | str | None


class BackupNotOpened(WrongPassword):
    """Today's password does not open the backup: ask for the password of then or the recovery key."""


class RestoreNotConfirmed(InvalidInput):
    def __init__(self, differences: list[str]) -> None:
        super().__init__(
            "Het terugzetten is niet bevestigd; er is niets teruggezet. Deze verschillen vragen uw bevestiging "
            "(op de opdrachtregel: herhaal de opdracht met --ja):\n{differences}",
            differences="\n".join(f"- {line}" for line in differences),
        )
        self.differences = differences


@dataclass(frozen=True)
class RestoreResult:
    made_at: str
    register_id: str
    differences: tuple[str, ...]
    kept_as: Path | None
    purged_cases: int


def restore(
    archive_path: Path,
    target: Path,
    user_name: str,
    password: str,
    *,
    backup_secret: Secret = None,
    other_register: bool = False,
    confirm: Confirm = False,
) -> RestoreResult:
    """Check the backup completely, then put it in place of the register at `target` (see module doc).

    `backup_secret` (text, or a function asked only when needed): the password of then or the
    recovery key, for when today's password does not open the backup. `confirm` (True, or a
    function given the differences) decides when today's users cannot all be kept.
    """
    target = Path(target)
    ensure_local(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    current = _Current.authenticate(target, user_name, password)
    try:
        restore_swap.remove_leftovers(target)
        with tempfile.TemporaryDirectory(prefix=restore_swap.work_prefix(target), dir=target.parent) as work:
            contents = unpack(Path(archive_path), Path(work))
            _check_register_id(contents, current.state, other_register)
            key = current.backup_key(contents, user_name, password, backup_secret)
            try:
                verify_copy(contents, key)
                if not current.opened:  # nobody of today's register vouches: the backup's beheerder must
                    _require_administrator(contents.database, key, user_name)
                restore_swap.reached("gecontroleerd")
                return _restore_checked(contents, key, current, user_name, other_register, confirm)
            finally:
                wipe(key)
    finally:
        current.release()


def _check_register_id(
    contents: BackupContents, state: restore_merge.CurrentState, other_register: bool
) -> None:
    if state.register_id is None or state.register_id == contents.register_id or other_register:
        return
    raise InvalidInput(
        "Deze back-up is van een ander register (register-id {backup_id}…; dit register "
        "{own_id}…). Er is niets teruggezet. Wilt u dit register echt vervangen door dat "
        "andere, geef dan --ander-register.",
        backup_id=contents.register_id[:8],
        own_id=state.register_id[:8],
    )


def _require_administrator(database: Path, key: bytearray, user_name: str) -> None:
    conn = open_raw(database, key)
    try:
        row = conn.execute("SELECT role, active FROM users WHERE name = ?", (user_name,)).fetchone()
    finally:
        conn.close()
    role, active = row if row else (None, False)
    if role != Role.ADMINISTRATOR.value or not active:
        raise PermissionDenied("Alleen een beheerder mag een back-up terugzetten. Er is niets teruggezet.")


@dataclass
class _Current:
    """The register being replaced: readable (`opened`), only its key file, or nothing at all.

    The lock is taken here and held to the end; today's users are read under it.
    """

    state: restore_merge.CurrentState
    lock: RegisterLock
    key: bytearray | None = None  # today's database key (from the login, or from the key file)
    opened: bool = False

    @classmethod
    def authenticate(cls, target: Path, user_name: str, password: str) -> _Current:
        key = None
        if target.exists():
            key = _login_as_administrator(target, user_name, password)
        lock = RegisterLock(target)
        lock.acquire()
        current = cls(restore_merge.CurrentState(target), lock)
        try:
            if key is not None:
                current._read_today(key)
            elif sidecar_path(target).exists() or target.exists():
                current._unlock_key_file(user_name, password)
        except BaseException:
            if key is not None and current.key is None:
                wipe(key)
            current.release()
            raise
        return current

    def _read_today(self, key: bytearray) -> None:
        path = self.state.path
        slots = KeySlotFile.load(sidecar_path(path))
        if not _fits(path, key):  # a new key between the login and the lock
            raise RegisterUnavailable(
                "Het register is intussen door een andere opdracht gewijzigd. Er is niets teruggezet; probeer "
                "het opnieuw."
            )
        self.key, self.opened = key, True
        self.state.register_id, self.state.slots = slots.register_id, slots
        engine = create_encrypted_engine(path, key, pooled=False)
        try:
            with Session(engine) as session:
                restore_merge.read_current(session, self.state)
        finally:
            engine.dispose()

    def _unlock_key_file(self, user_name: str, password: str) -> None:
        """The database cannot be read: today's key file, with the lockout, proves today's password."""
        path = self.state.path
        slots = KeySlotFile.load(sidecar_path(path))
        register_id = slots.register_id
        lockout.check(path, register_id, user_name)
        try:
            opening = slots.open_user(user_name, password)
        except WrongPassword:
            lockout.record_failure(path, register_id, user_name, known=slots.has_user(user_name))
            login_inbox.post(
                path,
                {
                    "at": audit.utc_now(),
                    "user": user_name[:64],
                    "outcome": "wrong_password",
                    "lockout": lockout.evidence(path, register_id, user_name),
                },
            )
            raise
        lockout.clear(path, register_id, user_name)
        self.key = bytearray(opening.key)
        administrator = opening.anchor_private is not None
        opening.wipe()
        if any(s.anchor is not None for s in slots.slots) and not administrator:
            # Only beheerders' slots hold the audit anchor: the key file says who is one today.
            raise PermissionDenied(
                "Alleen een beheerder van het huidige register mag een back-up terugzetten. Er is niets teruggezet."
            )
        self.state.register_id, self.state.slots = register_id, slots
        self.state.audit_head = slots.audit_head

    def hash_at(self, seq: int) -> str | None:
        assert self.key is not None  # asked only of an opened register
        conn = open_raw(self.state.path, self.key)
        try:
            row = conn.execute("SELECT row_hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        finally:
            conn.close()
        if row is None:
            return None
        (row_hash,) = row
        return row_hash

    def backup_key(
        self, contents: BackupContents, user_name: str, password: str, secret: Secret
    ) -> bytearray:
        """The backup's database key: today's if no new key came since, else from the backup's key file."""
        if self.key is not None and _fits(contents.database, self.key):
            return bytearray(self.key)
        try:
            return _fitting(contents, contents.slots.unlock(user_name, password))
        except WrongPassword:
            if self.state.slots is None:
                raise  # no register here: the password must be the backup's beheerder's own
        text = secret() if callable(secret) else secret
        if not text:
            raise BackupNotOpened(
                "Uw huidige wachtwoord opent deze back-up niet (het is sinds de back-up gewijzigd, of u had "
                "toen nog geen account). Geef het wachtwoord van toen of de herstelsleutel van het register "
                "(CASUS_BACKUP_PASSWORD). Er is niets teruggezet."
            )
        with contextlib.suppress(WrongPassword):
            return _fitting(contents, contents.slots.unlock_recovery(text))
        try:
            return _fitting(contents, contents.slots.unlock(user_name, text))
        except WrongPassword:
            raise WrongPassword(
                "Het opgegeven wachtwoord van toen of de herstelsleutel opent deze back-up niet. Er is niets "
                "teruggezet."
            ) from None

    def release(self) -> None:
        if self.key is not None:
            wipe(self.key)
        self.lock.release()


def _login_as_administrator(target: Path, user_name: str, password: str) -> bytearray | None:
    """Today's key after a login as a beheerder of today's register; None when the database is damaged."""
    try:
        ws = auth.login(target, user_name, password)
    except DamagedKeySlots as exc:
        raise DamagedKeySlots(
            "{error} Zet eerst het sleutelbestand van dit register terug (Casus biedt de vorige kopie aan "
            "bij het inloggen); is het register verloren, verplaats het dan en zet de back-up op een "
            "lege plek terug. Er is niets teruggezet.",
            error=exc,
        ) from exc
    except DamagedDatabase:
        return None  # restoring a backup is the cure; today's key file still says who may
    try:
        require_role(ws.actor, Role.ADMINISTRATOR, doing=Text("een back-up terugzetten"))
        return bytearray(ws.register.key)
    finally:
        ws.close()


def _fits(database: Path, key: bytearray) -> bool:
    try:
        check_key(database, key)
    except DamagedDatabase:
        return False
    return True


def _fitting(contents: BackupContents, key: bytearray) -> bytearray:
    if not _fits(contents.database, key):
        wipe(key)
        raise DamagedDatabase(
            "De database in de back-up past niet bij het sleutelbestand in de back-up: de back-up is beschadigd. "
            "Er is niets teruggezet."
        )
    return key


def _restore_checked(
    contents: BackupContents,
    key: bytearray,
    current: _Current,
    user_name: str,
    other_register: bool,
    confirm: Confirm,
) -> RestoreResult:
    target = current.state.path
    staging = target.with_name(target.name + restore_swap.STAGING_SUFFIX)
    kept_name = target.name + restore_swap.KEPT_SUFFIX
    new_key = new_database_key()
    try:
        restore_swap.copy_under_key(contents.database, key, staging, new_key)
        staged = Register(staging, contents.slots, bytearray(new_key), _NoLock())
        # Its audit head goes into the new key file (`_finish_staged`), not into the backup's copy.
        staged.head_follows_commits = False
        try:
            if migrations.needs_upgrade(staged.engine):
                migrations.upgrade(staged.engine)
            if current.opened:
                seq = contents.audit_head[0]
                row_hash = current.hash_at(seq)
                if row_hash is not None:
                    current.state.audit_hashes[seq] = row_hash
            with staged.read_session() as session:
                the_plan = restore_merge.plan(
                    session,
                    current.state,
                    contents.register_id,
                    contents.audit_head,
                    contents.made_at,
                    other_register,
                    kept_name,
                )
            if the_plan.differences and not (confirm(the_plan.differences) if callable(confirm) else confirm):
                raise RestoreNotConfirmed(the_plan.differences)
            base = contents.slots if the_plan.use_backup_slots else current.state.slots
            assert base is not None  # without a key file of today, the plan uses the backup's
            new_slots = _slots_for(base, the_plan.active_names, new_key)
            if the_plan.carry_audit_after is not None:
                assert current.key is not None  # audit is carried only from a register that opened
                restore_merge.carry_audit(staging, new_key, target, current.key, the_plan.carry_audit_after)
            purged = _finish_staged(staged, current, the_plan, new_slots, contents, user_name, other_register)
        finally:
            staged.engine.dispose()
            wipe(staged.key)
        restore_swap.seal(staging, new_key)
        restore_swap.reached("naast-klaar")
        kept = restore_swap.swap(
            current.lock, current.key if current.opened else None, staging, new_slots, new_key
        )
    except BaseException:
        wipe(new_key)
        restore_swap.remove_database(staging)
        raise
    return RestoreResult(contents.made_at, contents.register_id, tuple(the_plan.differences), kept, purged)


def _finish_staged(
    staged: Register,
    current: _Current,
    the_plan: restore_merge.Plan,
    new_slots: KeySlotFile,
    contents: BackupContents,
    user_name: str,
    other_register: bool,
) -> int:
    """Users, settings, slot records, key epoch and the restore's audit entry; then today's retention rules."""
    with staged.session() as session:
        restore_merge.apply(session, current.state, the_plan, new_slots)
        actor = _actor(session, user_name)
        ws = Workspace(staged, actor)
        what = "van een ander register" if other_register else f"tot auditregel {contents.audit_head[0]}"
        kept = "gebruikers van de back-up" if the_plan.use_backup_slots else "gebruikers van vandaag behouden"
        confirmed = f"; {len(the_plan.differences)} verschil(len) bevestigd" if the_plan.differences else ""
        entry = audit.append(
            session,
            audit_events.register_restored(
                ws, f"back-up van {contents.made_at} ({what}); {kept}; nieuwe databasesleutel{confirmed}"
            ),
        )
        retention.remember_removed_ids(session, entry.seq)
    # A backup may hold cases whose retention period ended since: removed before anyone sees them.
    result = retention.purge(ws, occasion=PURGE_OCCASION)
    with staged.read_session() as session:
        new_slots.set_audit_head(*audit.head(session))
        signed = audit_anchor.checkpoints(session)
    new_slots.set_checkpoint(signed[-1] if signed else None)
    return result.cases


def _actor(session: Session, user_name: str) -> Actor:
    user = session.scalar(select(User).where(User.name == user_name))
    if user is None or not user.active or user.role != Role.ADMINISTRATOR.value:
        # Another register replaces this one and the beheerder of today has no account in it.
        return Actor(user_id=0, name=user_name, role=Role.ADMINISTRATOR)
    organisation = session.get(Organisation, user.organisation_id) if user.organisation_id else None
    return Actor(
        user_id=user.id,
        name=user.name,
        role=Role(user.role),
        display_name=user.display_name,
        organisation_code=organisation.code if organisation else None,
        area_ids=frozenset(a.id for a in user.areas),
    )


def _slots_for(base: KeySlotFile, active_names: set[str], new_key: bytearray) -> KeySlotFile:
    """Today's slots of the users active after the restore (and the recovery slot), under the new key."""
    tags = {user_tag(base.register_id, name) for name in active_names}
    rotated = base.rotate(new_key, keep=lambda s: s.kind == "recovery" or s.user_tag in tags)
    if not any(s.kind == "user" for s in rotated.slots):
        raise InvalidInput(
            "Na het terugzetten zou geen enkele actieve gebruiker een sleutel hebben. Er is niets teruggezet."
        )
    return rotated


class _NoLock:
    """The staged copy is not a register anyone can open yet: the real register's lock covers it."""

    def release(self) -> None:
        pass

    def replace_database(self, source: Path) -> None:
        raise AssertionError("a staged copy is moved into place by restore_swap, never by its register")
