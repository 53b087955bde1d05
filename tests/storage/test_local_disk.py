"""The local-disk check as a gemeente laptop would meet it, with the Windows calls substituted."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace

import pytest

from casus_app.storage import local_disk
from casus_app.storage.local_disk import DRIVE_REMOTE, Machine, SyncRoot, refusal

LOCAL_FOLDER = r"C:\Users\petra\AppData\Local\Heerlen-Noord\Casus"
DRIVE_FIXED = 3


def windows(
    *,
    environ: Mapping[str, str] | None = None,
    drives: Mapping[str, int] | None = None,
    filesystems: Mapping[str, str] | None = None,
    roots: Sequence[SyncRoot] = (),
    links: Mapping[str, str] | None = None,
) -> Machine:
    return Machine(
        windows=True,
        environ=environ or {},
        resolve=lambda text: (links or {}).get(text, text),
        mounts=lambda: [],
        drive_type=lambda root: (drives or {}).get(root, DRIVE_FIXED),
        volume_filesystem=lambda root: (filesystems or {}).get(root, "NTFS"),
        sync_roots=lambda: list(roots),
        suggested_folder=LOCAL_FOLDER,
    )


def linux(mounts: Sequence[tuple[str, str]]) -> Machine:
    return replace(
        windows(),
        windows=False,
        mounts=lambda: list(mounts),
        suggested_folder="/home/petra/.local/share/Casus",
    )


def test_a_local_folder_on_windows_is_accepted():
    assert refusal(LOCAL_FOLDER + r"\casus.db", windows()) is None
    assert refusal(r"D:\Casus\casus.db", windows()) is None


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\petra\OneDrive - Gemeente Heerlen\casus.db",
        r"c:\users\PETRA\onedrive - gemeente heerlen\Sociaal Veilig\casus.db",
    ],
)
def test_onedrive_for_work_is_found_by_the_clients_own_variable(path):
    machine = windows(environ={"OneDriveCommercial": r"C:\Users\petra\OneDrive - Gemeente Heerlen"})
    reason = refusal(path, machine)
    assert reason is not None
    assert "gesynchroniseerde map van OneDrive" in reason
    assert LOCAL_FOLDER in reason  # it says where to put the register instead


def test_onedrive_moved_to_a_folder_without_its_name_is_found_by_the_variable():
    machine = windows(environ={"OneDrive": r"E:\Wolk"})
    assert "OneDrive" in (refusal(r"E:\Wolk\Casus\casus.db", machine) or "")
    assert refusal(r"E:\Wolken\casus.db", machine) is None  # a sibling folder is not inside it


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"D:\Data\OneDrive - Gemeente Heerlen\casus.db", "OneDrive"),
        (r"C:\Users\petra\Dropbox (Gemeente)\casus.db", "Dropbox"),
        (r"C:\Users\petra\Dropbox\Overleg\casus.db", "Dropbox"),
        (r"C:\Users\petra\Google Drive\casus.db", "Google Drive"),
        (r"C:\Users\petra\Mijn Drive\casus.db", "Google Drive"),
        (r"C:\Users\petra\iCloudDrive\casus.db", "iCloud Drive"),
    ],
)
def test_sync_folders_are_found_by_name_in_any_language(path, service):
    reason = refusal(path, windows())
    assert reason is not None and f"van {service}" in reason


def test_a_sharepoint_library_synced_by_onedrive_is_found_by_the_registry():
    library = r"C:\Users\petra\Gemeente Heerlen\Sociaal Veilig - Documenten"
    machine = windows(roots=[SyncRoot(library, "SharePoint")])
    reason = refusal(library + r"\Casus\casus.db", machine)
    assert reason is not None and "SharePoint" in reason
    assert refusal(r"C:\Users\petra\Gemeente Heerlen\Eigen\casus.db", machine) is None


def test_a_mapped_network_drive_is_refused_by_its_drive_type():
    machine = windows(drives={"H:\\": DRIVE_REMOTE})
    reason = refusal(r"H:\Casus\casus.db", machine)
    assert reason is not None
    assert "netwerkschijf (netwerkstation H:)" in reason
    assert LOCAL_FOLDER in reason


def test_a_path_that_resolves_to_a_share_is_refused():
    machine = windows(links={r"C:\Users\petra\Casus\casus.db": r"\\fs01.heerlen.local\home\petra\casus.db"})
    assert "netwerkschijf" in (refusal(r"C:\Users\petra\Casus\casus.db", machine) or "")


@pytest.mark.parametrize("path", [r"\\fs01\casus\casus.db", "//fs01/casus/casus.db"])
def test_unc_paths_are_refused(path):
    assert "netwerkschijf" in (refusal(path, windows()) or "")


def test_the_google_drive_volume_is_refused_by_its_file_system():
    machine = windows(filesystems={"G:\\": "GoogleDriveFS"})
    reason = refusal(r"G:\Overleg\casus.db", machine)
    assert reason is not None and "Google Drive" in reason


def test_linux_network_mounts_are_refused_and_local_disks_accepted():
    machine = linux([("/", "ext4"), ("/mnt/gemeente share", "cifs"), ("/home", "ext4")])
    assert "netwerkschijf" in (refusal("/mnt/gemeente share/casus.db", machine) or "")
    assert refusal("/home/petra/casus.db", machine) is None
    assert "OneDrive" in (refusal("/home/petra/OneDrive/casus.db", machine) or "")


def test_dropbox_folders_are_read_from_the_clients_info_file(tmp_path, monkeypatch):
    appdata = tmp_path / "Roaming"
    (appdata / "Dropbox").mkdir(parents=True)
    team = tmp_path / "Team Heerlen"
    (appdata / "Dropbox" / "info.json").write_text(
        json.dumps({"business": {"path": str(team), "host": 1}}), encoding="utf-8"
    )
    monkeypatch.setenv("APPDATA", str(appdata))
    roots = local_disk._dropbox_roots()
    assert SyncRoot(str(team), "Dropbox") in roots
    machine = replace(linux([("/", "ext4")]), sync_roots=lambda: roots)
    assert "van Dropbox" in (refusal(str(team / "casus.db"), machine) or "")


def test_this_machine_accepts_a_temporary_folder(tmp_path):
    assert refusal(tmp_path / "casus.db") is None
