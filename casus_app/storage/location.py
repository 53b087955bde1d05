"""Where a register may live: a local disk, opened by one Casus at a time."""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path

from casus_app.domain.errors import RegisterUnavailable
from casus_app.storage import file_replace, local_disk


def ensure_local(path: Path) -> None:
    """Refuse network shares and synced folders (`local_disk`: why, and how each is recognised)."""
    reason = local_disk.refusal(path)
    if reason:
        raise RegisterUnavailable(reason)


class RegisterLock:
    """The register is open in one Casus at a time.

    Two locks. The lock file `<register>.lock` says, readable for people, which computer and
    process has the register open. It can be deleted while held (on Linux and macOS), so on
    Linux the database file itself is locked too (`flock`, which SQLite's own `fcntl` locks do
    not see): a second Casus is refused even when the lock file is gone. On Windows the lock
    file cannot be deleted while Casus holds it open, which does the same. On macOS and the
    BSDs `flock` and `fcntl` locks are one mechanism, so locking the database file would lock
    out SQLite itself; there only the lock file guards.
    """

    def __init__(self, register_path: Path) -> None:
        self.register_path = Path(register_path)
        self.path = self.register_path.with_name(self.register_path.name + ".lock")
        self._fd: int | None = None
        self._db_fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_exclusive(fd)
        except OSError as exc:
            os.close(fd)
            raise RegisterUnavailable(
                "Het register is al geopend in een ander Casus-venster of door een andere opdracht. "
                "Sluit dat eerst en probeer het dan opnieuw.{holder}",
                holder=_holder(self.path),
            ) from exc
        self._fd = fd
        try:
            self.hold_database()
            _write_holder(fd)
        except BaseException:
            self.release()
            raise

    def hold_database(self) -> None:
        """Lock the database file itself: at `acquire`, once a new register's file exists, and
        after anything put another file in its place (the lock stays on the file it was taken on)."""
        if not DATABASE_FILE_LOCK or self._fd is None:
            return
        try:
            fd = os.open(self.register_path, os.O_RDONLY)
        except FileNotFoundError:
            return  # a register still to be made: Register.create calls this again
        if self._db_fd is not None and _same_file(fd, self._db_fd):
            os.close(fd)
            return
        try:
            _lock_exclusive(fd)
        except OSError as exc:
            os.close(fd)
            raise RegisterUnavailable(
                "Het register is al geopend in een ander Casus-venster of door een andere opdracht. "
                "Sluit dat eerst en probeer het dan opnieuw."
            ) from exc
        old, self._db_fd = self._db_fd, fd
        if old is not None:
            _unlock(old)
            os.close(old)

    def replace_database(self, source: Path) -> None:
        """`os.replace(source, register)`, with the database lock moved to the file now in place.

        A lock is held on a file, not a name: after a plain replace it would stay on the old file.
        The new one is locked before it takes the register's name, so no moment is unguarded.
        """
        if not DATABASE_FILE_LOCK or self._db_fd is None:
            file_replace.replace(source, self.register_path)
            return
        fd = os.open(source, os.O_RDONLY)
        try:
            _lock_exclusive(fd)
            file_replace.replace(source, self.register_path)
        except BaseException:
            os.close(fd)
            raise
        old, self._db_fd = self._db_fd, fd
        _unlock(old)
        os.close(old)

    def release(self) -> None:
        if self._db_fd is not None:
            _unlock(self._db_fd)
            os.close(self._db_fd)
            self._db_fd = None
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)  # nobody has it open any more
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


def _same_file(a: int, b: int) -> bool:
    first, second = os.fstat(a), os.fstat(b)
    return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)


def _write_holder(fd: int) -> None:
    """Who has the register open, for a person who finds the lock file: computer, process, since."""
    from casus_app.domain import clock

    text = (
        f"Geopend in Casus op computer {socket.gethostname()}, proces {os.getpid()}, "
        f"sinds {clock.local_now():%d-%m-%Y %H:%M}.\n"
    )
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.encode("utf-8"))


def _holder(lock_path: Path) -> str:
    """The holder line of the lock file, as a second sentence for the refusal (or nothing)."""
    try:
        with open(lock_path, encoding="utf-8") as handle:
            line = handle.read(300).strip()
    except (OSError, ValueError):
        return ""
    return f" ({line.removesuffix('.')})" if line.startswith("Geopend in Casus") else ""


# Linux keeps flock() and SQLite's fcntl() locks apart; Windows and the BSDs do not (see above).
DATABASE_FILE_LOCK = sys.platform.startswith("linux")
_LOCK_OFFSET = 1 << 20  # Windows locks are mandatory: lock a byte past the text, so it stays readable

if sys.platform == "win32":  # pragma: no cover - exercised on Windows workstations
    import msvcrt

    def _lock_exclusive(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_exclusive(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
