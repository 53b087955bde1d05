"""Atomic file replacement: after a crash the target holds either the old or the new bytes, never a mix.

The new bytes go to a temporary file in the same directory (so the final rename cannot cross a
file system), are flushed and fsynced, and only then renamed over the target with `os.replace`;
the directory is fsynced afterwards so the rename itself survives a power cut. Files are 0o600.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

FILE_MODE = 0o600


def backup_path(path: Path) -> Path:
    """Where `write_atomic(..., keep_previous=True)` keeps the previous version: `<name>.bak`."""
    return path.with_name(path.name + ".bak")


def write_atomic(path: Path, data: bytes, keep_previous: bool = False) -> None:
    """Replace `path` by `data` atomically; with `keep_previous` the old file becomes `<name>.bak`.

    The `.bak` is made before the final rename, so at every moment `path` itself is complete.
    """
    path = Path(path)
    directory = path.parent
    tmp = _write_temp(directory, path.name, data)
    try:
        if keep_previous and path.exists():
            _keep_previous(path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_directory(directory)


def fsync_directory(directory: Path) -> None:
    """Make renames in `directory` durable (POSIX); Windows has no directory handles to fsync."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(directory: Path, name: str, data: bytes) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            # mkstemp already creates 0o600; stated again so no platform default can widen it.
            os.chmod(tmp, FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _keep_previous(path: Path) -> None:
    """Turn the current `path` into `<name>.bak` without ever removing `path` itself."""
    target = backup_path(path)
    # os.link refuses an existing name, so a random name cannot be hijacked in between.
    link = path.with_name(f".{path.name}.{secrets.token_hex(8)}.link")
    try:
        try:
            # A hard link is instant and cannot be half written; the final replace then
            # leaves the old inode reachable only through `.bak`.
            os.link(path, link)
        except OSError:
            # File systems without hard links (FAT, some shares): copy through a synced temp file.
            link = Path(_write_temp(path.parent, path.name, path.read_bytes()))
        os.replace(link, target)
    finally:
        # rename(2) is a no-op when both names already point to the same inode (left behind by
        # an earlier interrupted save); the temporary name must not linger then.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(link)
