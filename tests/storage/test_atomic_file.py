"""Atomic writes whose unfinished bytes nobody can read: the anonymous file and the sealed spool,
stale leftovers, and the Dutch errors of an export to a folder that is not there."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from casus_app.domain.errors import InvalidInput
from casus_app.storage import atomic_file
from casus_app.storage.atomic_file import (
    TEMP_PREFIX,
    ExportFailed,
    atomic_output,
    export_output,
    remove_stale_temps,
    write_export,
)

SECRET = b"Achternaam-Brueel;" * 200_000  # 3.6 MB, more than a few chunks of the spool
MODES = ["anonymous-file", "sealed-spool"]


@pytest.fixture(params=MODES)
def mode(request, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "anonymous-file" and not atomic_file.ANONYMOUS_FILES:
        pytest.skip("no anonymous files (O_TMPFILE) on this system")
    monkeypatch.setattr(atomic_file, "ANONYMOUS_FILES", request.param == "anonymous-file")
    return request.param


def test_while_writing_no_file_holds_the_bytes(tmp_path: Path, mode: str) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"oud")
    with atomic_output(target) as output:
        output.write(SECRET)
        output.write(b"einde")
        others = [p for p in tmp_path.iterdir() if p != target]
        if mode == "anonymous-file":
            assert others == []
        else:
            [spool] = others
            assert spool.name.startswith(TEMP_PREFIX)
            assert b"Brueel" not in spool.read_bytes()
            assert (spool.stat().st_mode & 0o777) == 0o600
        assert target.read_bytes() == b"oud"
    assert target.read_bytes() == SECRET + b"einde"
    assert (target.stat().st_mode & 0o777) == 0o600
    assert sorted(tmp_path.iterdir()) == [target]


def test_an_error_leaves_the_old_file_and_nothing_else(tmp_path: Path, mode: str) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"oud")
    with pytest.raises(RuntimeError), atomic_output(target) as output:
        output.write(SECRET)
        raise RuntimeError("halverwege")
    assert target.read_bytes() == b"oud"
    assert sorted(tmp_path.iterdir()) == [target]


def test_commit_inside_the_block_and_keep_previous(tmp_path: Path, mode: str) -> None:
    target = tmp_path / "sleutels"
    target.write_bytes(b"een")
    with atomic_output(target) as output:
        output.write(b"twee")
        output.commit(target, keep_previous=True)
        assert target.read_bytes() == b"twee"  # at the moment of our choosing, e.g. in a transaction
    assert target.with_name("sleutels.bak").read_bytes() == b"een"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sleutels", "sleutels.bak"]


def test_without_linkat_the_anonymous_file_is_copied_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not atomic_file.ANONYMOUS_FILES:
        pytest.skip("no anonymous files (O_TMPFILE) on this system")

    def no_link(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "no linkat here")

    monkeypatch.setattr(atomic_file.os, "link", no_link)
    target = tmp_path / "x.pdf"
    atomic_file.write_atomic(target, SECRET)
    assert target.read_bytes() == SECRET
    assert sorted(tmp_path.iterdir()) == [target]


def test_stale_temp_files_are_removed_and_fresh_ones_kept(tmp_path: Path) -> None:
    stale = [tmp_path / f"{TEMP_PREFIX}abc.sealed", tmp_path / ".casus-export-k3j4h5"]
    fresh = tmp_path / f"{TEMP_PREFIX}def.sealed"  # an export running in another process
    others = [tmp_path / ".verborgen", tmp_path / "casus-tmp-zonder-punt", tmp_path / "export.json"]
    for path in (*stale, fresh, *others):
        path.write_bytes(b"x")
    for path in (*stale, *others):
        os.utime(path, (0, 0))
    assert remove_stale_temps(tmp_path) == 2
    assert sorted(tmp_path.iterdir()) == sorted([fresh, *others])
    assert remove_stale_temps(tmp_path / "bestaat-niet") == 0


def test_an_export_cleans_up_the_folder_first(tmp_path: Path) -> None:
    leftover = tmp_path / ".casus-export-oud"
    leftover.write_bytes(b"Brueel")
    os.utime(leftover, (0, 0))
    write_export(tmp_path / "telling.csv", b"periode")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["telling.csv"]


def test_export_to_a_missing_folder_is_a_dutch_error(tmp_path: Path) -> None:
    missing = tmp_path / "bestaat-niet" / "export.json"
    with pytest.raises(InvalidInput, match="De map .*bestaat-niet bestaat niet"):
        write_export(missing, b"x")
    with pytest.raises(InvalidInput, match="bestaat niet"), export_output(missing):
        pass
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_is_a_dutch_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", full)
    target = tmp_path / "export.json"
    with pytest.raises(ExportFailed, match="kon niet worden opgeslagen: No space left on device"):
        write_export(target, SECRET)
    assert list(tmp_path.iterdir()) == []
