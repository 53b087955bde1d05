"""Where a register may live: a local disk, opened by one Casus at a time."""

from __future__ import annotations

import os
from pathlib import Path

from casus_app.domain.errors import RegisterUnavailable

# SQLite's locking is unreliable on network file systems; synced folders replace files under us.
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "sshfs",
    "fuse.sshfs",
    "9p",
    "afs",
    "davfs",
    "fuse.rclone",
}
SYNCED_FOLDER_NAMES = {"dropbox", "onedrive", "google drive", "icloud drive", "nextcloud", "owncloud"}


def _mount_type(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path)
    for line in mounts:
        parts = line.split()
        inside = len(parts) >= 3 and (target == parts[1] or target.startswith(parts[1].rstrip("/") + "/"))
        if inside and len(parts[1]) >= len(best):
            best, best_type = parts[1], parts[2]
    return best_type


def ensure_local(path: Path) -> None:
    """Refuse network shares and synced folders."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        raise RegisterUnavailable(
            "Het register staat op een netwerkschijf. Casus werkt alleen met een register op een lokale schijf; "
            "kies een map op deze computer."
        )
    resolved = path.resolve()
    if any(part.casefold() in SYNCED_FOLDER_NAMES for part in resolved.parts):
        raise RegisterUnavailable(
            "Het register staat in een gesynchroniseerde map (zoals OneDrive of Dropbox). Dat kan het register "
            "beschadigen; kies een map op een lokale schijf."
        )
    if _mount_type(resolved.parent) in NETWORK_FILESYSTEMS:
        raise RegisterUnavailable(
            "Het register staat op een netwerkschijf. Casus werkt alleen met een register op een lokale schijf; "
            "kies een map op deze computer."
        )


class RegisterLock:
    """An exclusive lock beside the register, so it is open in one instance at a time."""

    def __init__(self, register_path: Path) -> None:
        self.path = register_path.with_name(register_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_exclusive(fd)
        except OSError as exc:
            os.close(fd)
            raise RegisterUnavailable(
                "Het register is al geopend in een ander Casus-venster of door een andere opdracht. "
                "Sluit dat eerst en probeer het dan opnieuw."
            ) from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if os.name == "nt":  # pragma: no cover - exercised on Windows workstations
    import msvcrt

    def _lock_exclusive(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_exclusive(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
