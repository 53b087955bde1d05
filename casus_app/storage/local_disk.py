"""Is a register's folder on a local disk, out of reach of sync clients and network shares?

SQLite's locking is unreliable on network file systems, and a sync client (OneDrive, SharePoint,
Dropbox, Google Drive) replaces the file under an open register and copies it off the machine.
A gemeente laptop has all of these, so each is recognised the way its own client marks it: by
environment variables and registry entries where the client writes them, by the Windows drive
type for mapped network drives, by the file system of a Google Drive volume, by folder names as a
last resort. `Machine` holds the operating system calls, so tests can be another machine.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from casus_app.domain.errors import Said, Text

# Linux and macOS file systems that are network shares or synced mounts.
NETWORK_FILESYSTEMS = frozenset(
    {
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
        "fuse.google-drive-ocamlfuse",
        "fuse.onedriver",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
GOOGLE_DRIVE_FILESYSTEMS = frozenset({"googledrivefs"})  # Google Drive for desktop's virtual drive

# Folder names the sync clients use, in the languages a gemeente laptop may have; casefolded.
# A OneDrive for Business folder is "OneDrive - <organisation>", Dropbox Business "Dropbox (<team>)".
SYNC_FOLDER_NAMES: Mapping[str, str] = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "mijn drive": "Google Drive",
    "meine ablage": "Google Drive",
    "mon drive": "Google Drive",
    "shared drives": "Google Drive",
    "gedeelde drives": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
}
SYNC_FOLDER_PREFIXES: Mapping[str, str] = {"onedrive - ": "OneDrive", "dropbox (": "Dropbox"}
# Where the OneDrive client says its folders are (personal, work or school).
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


@dataclass(frozen=True)
class SyncRoot:
    folder: str
    service: str  # the name a user knows: OneDrive, SharePoint, Dropbox


@dataclass(frozen=True)
class Machine:
    """What the check asks of the operating system."""

    windows: bool
    environ: Mapping[str, str]
    resolve: Callable[[str], str]  # links and (on Windows) mapped drives followed
    mounts: Callable[[], Sequence[tuple[str, str]]]  # (mount point, file system type); not on Windows
    drive_type: Callable[[str], int]  # GetDriveTypeW of a root such as "H:\\"
    volume_filesystem: Callable[[str], str | None]  # GetVolumeInformationW's file system name
    sync_roots: Callable[[], Sequence[SyncRoot]]  # folders the sync clients registered
    suggested_folder: str  # a local folder to name in the refusal


def refusal(path: Path | str, machine: Machine | None = None) -> str | None:
    """The Dutch reason this register path is not on a local disk, or None when it is."""
    machine = machine or this_machine()
    given = str(path)
    resolved = machine.resolve(given)
    for text in dict.fromkeys((given, resolved)):
        reason = _network_reason(text, machine) or _sync_reason(text, machine)
        if reason:
            return reason
    return None


def _pure(text: str, machine: Machine) -> PurePath:
    return PureWindowsPath(text) if machine.windows else PurePosixPath(text)


def _network_reason(text: str, machine: Machine) -> str | None:
    if text.startswith(("\\\\", "//")):
        return _network_message(machine, text)
    if machine.windows:
        drive = PureWindowsPath(text).drive
        if drive.endswith(":"):
            root = drive + "\\"
            if machine.drive_type(root) == DRIVE_REMOTE:
                return _network_message(machine, Text("netwerkstation {drive}", drive=drive))
            filesystem = (machine.volume_filesystem(root) or "").casefold()
            if filesystem in GOOGLE_DRIVE_FILESYSTEMS:
                return _sync_message(machine, "Google Drive", root)
        return None
    if _mount_type(text, machine.mounts()) in NETWORK_FILESYSTEMS:
        return _network_message(machine, text)
    return None


def _sync_reason(text: str, machine: Machine) -> str | None:
    path = _pure(text, machine)
    for root in _registered_roots(machine):
        if _inside(path, _pure(root.folder, machine), machine):
            return _sync_message(machine, root.service, root.folder)
    for part in path.parts[:-1]:
        folded = part.casefold()
        service = SYNC_FOLDER_NAMES.get(folded) or next(
            (name for prefix, name in SYNC_FOLDER_PREFIXES.items() if folded.startswith(prefix)), None
        )
        if service:
            return _sync_message(machine, service, part)
    return None


def _registered_roots(machine: Machine) -> Iterable[SyncRoot]:
    for variable in ONEDRIVE_VARIABLES:
        folder = machine.environ.get(variable)
        if folder:
            yield SyncRoot(folder, "OneDrive")
    yield from machine.sync_roots()


def _inside(path: PurePath, folder: PurePath, machine: Machine) -> bool:
    if machine.windows:  # Windows paths compare without regard to case
        path, folder = PureWindowsPath(str(path).casefold()), PureWindowsPath(str(folder).casefold())
    return path == folder or folder in path.parents


def _mount_type(text: str, mounts: Sequence[tuple[str, str]]) -> str | None:
    best, best_type = "", None
    for point, filesystem in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, filesystem
    return best_type


def _network_message(machine: Machine, where: str | Text) -> Said:
    return Said(
        Text(
            "Het register staat op een netwerkschijf ({where}). Casus werkt alleen met een register op "
            "een lokale schijf: zet het in een map op deze computer, bijvoorbeeld {folder}.",
            where=where,
            folder=str(machine.suggested_folder),
        )
    )


def _sync_message(machine: Machine, service: str, folder: str) -> Said:
    return Said(
        Text(
            "Het register staat in een gesynchroniseerde map van {service} ({folder}). Synchronisatie kan "
            "het register beschadigen en zet het buiten deze computer. Zet het in een map op deze computer "
            "die niet wordt gesynchroniseerd, bijvoorbeeld {suggested}.",
            service=service,
            folder=folder,
            suggested=str(machine.suggested_folder),
        )
    )


# -- the machine Casus runs on ---------------------------------------------------------------------
def this_machine() -> Machine:
    from platformdirs import user_data_dir

    windows = sys.platform == "win32"
    return Machine(
        windows=windows,
        environ=os.environ,
        resolve=_resolve,
        mounts=_proc_mounts,
        drive_type=_windows_drive_type if windows else _no_drive_type,
        volume_filesystem=_windows_volume_filesystem if windows else _no_filesystem,
        sync_roots=lambda: [*_onedrive_registry_roots(), *_dropbox_roots()],
        suggested_folder=user_data_dir("Casus", "Heerlen-Noord"),
    )


def _resolve(text: str) -> str:
    try:
        return str(Path(text).resolve())
    except OSError:
        return text


def _proc_mounts() -> list[tuple[str, str]]:
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return []
    # /proc/mounts escapes a space in a mount point as \040
    return [
        (parts[1].replace("\\040", " "), parts[2])
        for parts in (line.split() for line in lines)
        if len(parts) >= 3
    ]


def _no_drive_type(root: str) -> int:
    return 0


def _no_filesystem(root: str) -> str | None:
    return None


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _windows_volume_filesystem(root: str) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    name = ctypes.create_unicode_buffer(64)
    ok = ctypes.windll.kernel32.GetVolumeInformationW(  # type: ignore[attr-defined]
        root, None, 0, None, None, None, name, len(name)
    )
    return name.value if ok else None


def _onedrive_registry_roots() -> list[SyncRoot]:  # pragma: no cover - Windows only
    """The folders OneDrive syncs, SharePoint libraries included (they need not say "OneDrive")."""
    if sys.platform != "win32":
        return []
    import winreg

    roots: list[SyncRoot] = []
    base = r"Software\SyncEngines\Providers\OneDrive"
    try:
        providers = winreg.OpenKey(winreg.HKEY_CURRENT_USER, base)
    except OSError:
        return roots
    with providers:
        index = 0
        while True:
            try:
                name = winreg.EnumKey(providers, index)
            except OSError:
                break
            index += 1
            try:
                with winreg.OpenKey(providers, name) as provider:
                    folder, _ = winreg.QueryValueEx(provider, "MountPoint")
                    try:
                        url, _ = winreg.QueryValueEx(provider, "UrlNamespace")
                    except OSError:
                        url = ""
            except OSError:
                continue
            service = "SharePoint" if "sharepoint.com" in str(url).casefold() else "OneDrive"
            roots.append(SyncRoot(str(folder), service))
    return roots


def _dropbox_roots() -> list[SyncRoot]:
    """Dropbox writes its folders (personal and business) to info.json."""
    places = [Path.home() / ".dropbox" / "info.json"]
    for variable in ("APPDATA", "LOCALAPPDATA"):
        if os.environ.get(variable):
            places.append(Path(os.environ[variable]) / "Dropbox" / "info.json")
    roots = []
    for place in places:
        try:
            accounts = json.loads(place.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(accounts, dict):
            for account in accounts.values():
                if isinstance(account, dict) and isinstance(account.get("path"), str):
                    roots.append(SyncRoot(account["path"], "Dropbox"))
    return roots
