"""Atomic file replacement whose unfinished bytes a crash leaves unreadable.

Atomic: after a crash the target holds either the old or the new bytes, never a mix. The new bytes
are written in the target's own directory (so the final rename cannot cross a file system),
flushed and fsynced, and only then renamed over the target with `os.replace`; the directory is
fsynced afterwards so the rename itself survives a power cut. Files are 0o600.

Unreadable until complete: an export or a PDF holds personal data, and a `kill -9` halfway used to
leave a hidden `.casus-export-*` file with thousands of surnames beside the target. So the
unfinished bytes never lie in a named plaintext file while they are being produced:

1. **Anonymous file** (Linux: `O_TMPFILE`). The bytes go into an inode of the target's directory
   that has no name; only when it is complete and fsynced does it get one, with linkat(2) through
   `/proc/self/fd`. A crash before that leaves no file at all (the kernel frees the inode on
   close), and after it the file is complete. Between the link and the rename over the target the
   complete file has a `.casus-tmp-` name for a few microseconds.
2. **Sealed spool** (macOS, Windows, and file systems without `O_TMPFILE` such as FAT or SMB). The
   bytes are sealed with AES-256-GCM in chunks of 1 MiB under a random key that exists only in
   this process's memory, into a hidden `.casus-tmp-` file. At the end they are decrypted into a
   second `.casus-tmp-` file, which is renamed over the target. A crash while the document is
   produced (tens of seconds for a large export) leaves only ciphertext whose key died with the
   process; only the final copy (a fraction of a second per 100 MB) holds plaintext under a
   temporary name, and `remove_stale_temps` deletes such a leftover at the next export or open.

Why not the other ways: building the whole document in memory breaks bounded memory for a large
export and still needs a named temp file to be written at the end; `memfd_create` is the same and
Linux-only as well; writing straight into the target is not atomic and leaves a readable half file.

`write_export` and `export_output` are for documents a user asked for: a missing folder or a full
disk is a Dutch `CasusError`, and earlier leftovers in the folder are cleaned up first.
`write_atomic` and `atomic_output` are for Casus's own files and raise `OSError` as is.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casus_app.domain.errors import CasusError, InvalidInput
from casus_app.storage import file_replace

FILE_MODE = 0o600
TEMP_PREFIX = ".casus-tmp-"
# Names of temp files written by earlier versions of Casus: plaintext, so they are removed as well.
_LEGACY_PREFIXES = (".casus-export-",)
# A temp file nobody has written to for this long belongs to a process that is gone.
STALE_AFTER_SECONDS = 60.0
# Off only in tests, to run the sealed spool on Linux as well.
ANONYMOUS_FILES = hasattr(os, "O_TMPFILE") and os.path.isdir("/proc/self/fd")
_CHUNK = 1 << 20


class ExportFailed(CasusError):
    """A document could not be written where the user asked for it."""


def backup_path(path: Path) -> Path:
    """Where `write_atomic(..., keep_previous=True)` keeps the previous version: `<name>.bak`."""
    return path.with_name(path.name + ".bak")


def write_atomic(path: Path, data: bytes, keep_previous: bool = False) -> None:
    """Replace `path` by `data` atomically; with `keep_previous` the old file becomes `<name>.bak`.

    The `.bak` is made before the final rename, so at every moment `path` itself is complete.
    """
    with atomic_output(path, keep_previous=keep_previous) as output:
        output.write(data)


@contextlib.contextmanager
def atomic_output(path: Path, keep_previous: bool = False) -> Iterator[PendingFile]:
    """A file to write to that replaces `path` when the block ends without an error.

    Call `commit()` inside the block to replace the target at a moment of your choosing (e.g.
    inside the transaction that records the export); otherwise the end of the block does it. On an
    error nothing is left behind and the target keeps its old content.
    """
    path = Path(path)
    pending = _pending(path.parent)
    try:
        yield pending
        if not pending.committed:
            pending.commit(path, keep_previous)
    finally:
        pending.discard()


def require_folder(path: Path, register: Path | None = None) -> None:
    """A Dutch error unless the folder that is to hold `path` exists and can be written to, and
    `path` is not the register (or one of the files beside it) that the data comes from."""
    folder = Path(path).parent
    if not folder.is_dir():
        raise InvalidInput(
            "De map {folder} bestaat niet. Kies een bestaande map of maak de map eerst aan; er is niets "
            "opgeslagen.",
            folder=folder,
        )
    if not os.access(folder, os.W_OK):
        raise InvalidInput(
            "In de map {folder} mag Casus geen bestanden maken. Kies een andere map.", folder=folder
        )
    beside_register = register is not None and folder.resolve() == Path(register).parent.resolve()
    if beside_register and Path(path).name.startswith(Path(register).name):  # type: ignore[arg-type]
        raise InvalidInput(
            "{file_name} is het register zelf of een bestand dat erbij hoort; een export zou het "
            "overschrijven. Kies een andere bestandsnaam.",
            file_name=Path(path).name,
        )


def write_export(path: Path, data: bytes, register: Path | None = None) -> None:
    """Write a document the user asked for: like `write_atomic`, with Dutch errors."""
    with export_output(path, register) as output:
        output.write(data)


@contextlib.contextmanager
def export_output(path: Path, register: Path | None = None) -> Iterator[PendingFile]:
    """`atomic_output` for a document the user asked for: checks the folder first (and that `path`
    is not the `register`), removes stale temp files of earlier crashes there, and turns a failed
    write (disk full, no permission) into a Dutch `ExportFailed`."""
    path = Path(path)
    require_folder(path, register)
    remove_stale_temps(path.parent)
    try:
        with atomic_output(path) as output:
            yield output
    except OSError as exc:
        raise ExportFailed(
            "Het bestand {path} kon niet worden opgeslagen: {strerror}. Er is niets opgeslagen.",
            path=path,
            strerror=exc.strerror or exc,
        ) from exc


def remove_stale_temps(folder: Path) -> int:
    """Delete temp files of interrupted writes in `folder`; returns how many. Never raises.

    A file counts as stale when nobody has written to it for STALE_AFTER_SECONDS, so the temp file
    of a write still running in another process is left alone.
    """
    removed = 0
    with contextlib.suppress(OSError):
        # File times come from the file system's clock, which need not agree with this process's
        # (a wrong or shifted system clock): compare them with a file made just now, in the same place.
        cutoff = _file_system_now(folder) - STALE_AFTER_SECONDS
        for entry in os.scandir(folder):
            if not entry.name.startswith((TEMP_PREFIX, *_LEGACY_PREFIXES)):
                continue
            with contextlib.suppress(OSError):
                if (
                    entry.is_file(follow_symlinks=False)
                    and entry.stat(follow_symlinks=False).st_mtime < cutoff
                ):
                    os.unlink(entry.path)
                    removed += 1
    return removed


def _file_system_now(folder: Path) -> float:
    with tempfile.TemporaryFile(dir=folder) as probe:
        return os.fstat(probe.fileno()).st_mtime


def fsync_directory(directory: Path) -> None:
    """Make renames in `directory` durable (POSIX); Windows has no directory handles to fsync."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class PendingFile:
    """Bytes on their way to a target; see the module docstring for the two kinds."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.committed = False

    def write(self, data: bytes) -> None:
        raise NotImplementedError

    def commit(self, path: Path, keep_previous: bool = False) -> None:
        """Give the complete bytes the name `path` (atomically); after this, `write` is an error."""
        name = self._complete_file()
        try:
            if keep_previous and path.exists():
                _keep_previous(path)
            file_replace.replace(name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise
        self.committed = True
        fsync_directory(self.directory)

    def discard(self) -> None:
        """Release everything; what was not committed is gone. Safe to call more than once."""

    def _complete_file(self) -> str:
        """Flush and fsync everything, and return the path of a named file that holds it all."""
        raise NotImplementedError


class _AnonymousFile(PendingFile):
    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        # O_RDWR, not O_WRONLY: if the file cannot be linked after all, it is copied out.
        fd = os.open(directory, os.O_TMPFILE | os.O_RDWR | os.O_CLOEXEC, FILE_MODE)
        self._file = os.fdopen(fd, "w+b", buffering=_CHUNK)

    def write(self, data: bytes) -> None:
        self._file.write(data)

    def _complete_file(self) -> str:
        self._file.flush()
        os.fsync(self._file.fileno())
        name = f"{TEMP_PREFIX}{secrets.token_hex(8)}"
        try:
            _link_anonymous(self._file.fileno(), self.directory, name)
            name = str(self.directory / name)
        except OSError:
            # No linkat through /proc here (a sandbox, an unusual file system): copy it out.
            self._file.seek(0)
            name = _copy_to_temp(self.directory, iter(lambda: self._file.read(_CHUNK), b""))
        self._file.close()
        return name

    def discard(self) -> None:
        self._file.close()


class _SealedSpool(PendingFile):
    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        self._aead = AESGCM(AESGCM.generate_key(bit_length=256))
        self._chunks = 0
        self._buffer = bytearray()
        fd, self._name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".sealed", dir=directory)
        self._file = os.fdopen(fd, "w+b")

    def write(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) >= _CHUNK:
            self._seal(bytes(self._buffer[:_CHUNK]))
            del self._buffer[:_CHUNK]

    def _seal(self, chunk: bytes) -> None:
        # A fresh nonce per chunk (its number); the key is never reused, for it dies with the spool.
        sealed = self._aead.encrypt(self._chunks.to_bytes(12, "big"), chunk, None)
        self._chunks += 1
        self._file.write(len(sealed).to_bytes(4, "big") + sealed)

    def _opened(self) -> Iterator[bytes]:
        self._file.flush()
        self._file.seek(0)
        for number in range(self._chunks):
            size = int.from_bytes(self._file.read(4), "big")
            yield self._aead.decrypt(number.to_bytes(12, "big"), self._file.read(size), None)

    def _complete_file(self) -> str:
        if self._buffer:
            self._seal(bytes(self._buffer))
            self._buffer.clear()
        name = _copy_to_temp(self.directory, self._opened())
        self.discard()
        return name

    def discard(self) -> None:
        self._buffer.clear()
        self._file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._name)


def _link_anonymous(fd: int, directory: Path, name: str) -> None:
    """Give the anonymous file `fd` the name `name` in `directory`.

    linkat(2) with AT_SYMLINK_FOLLOW on /proc/self/fd/N names the inode itself (a plain link(2)
    would try to link the /proc entry, across file systems). Python calls linkat only when a
    directory fd is given; the absolute source path ignores it.
    """
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{fd}", name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd, follow_symlinks=True)
    finally:
        os.close(dir_fd)


def _pending(directory: Path) -> PendingFile:
    if ANONYMOUS_FILES:
        try:
            return _AnonymousFile(directory)
        except OSError:
            if not directory.is_dir():
                raise
            # EOPNOTSUPP, EISDIR (old kernels), EINVAL: this file system has no anonymous files.
    return _SealedSpool(directory)


def _copy_to_temp(directory: Path, chunks: Iterator[bytes]) -> str:
    """A new, fsynced `.casus-tmp-` file in `directory` holding `chunks`; its path."""
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            # mkstemp already creates 0o600; stated again so no platform default can widen it.
            os.chmod(name, FILE_MODE)
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    return name


def _keep_previous(path: Path) -> None:
    """Turn the current `path` into `<name>.bak` without ever removing `path` itself."""
    target = backup_path(path)
    # os.link refuses an existing name, so a random name cannot be hijacked in between.
    link = path.with_name(f"{TEMP_PREFIX}{secrets.token_hex(8)}.link")
    try:
        try:
            # A hard link is instant and cannot be half written; the final replace then
            # leaves the old inode reachable only through `.bak`.
            os.link(path, link)
        except OSError:
            # File systems without hard links (FAT, some shares): copy through a synced temp file.
            link = Path(_copy_to_temp(path.parent, iter((path.read_bytes(),))))
        file_replace.replace(link, target)
    finally:
        # rename(2) is a no-op when both names already point to the same inode (left behind by
        # an earlier interrupted save); the temporary name must not linger then.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(link)
