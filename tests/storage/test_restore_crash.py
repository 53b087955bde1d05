"""kill -9 at every step of a restore: afterwards today's beheerder opens the old or the restored
register (never neither), both integrity checks and the audit chain pass, a user removed since the
backup opens nothing, and the next restore cleans up and completes."""

from __future__ import annotations

import signal
import zipfile

import pytest

from casus_app.domain.enums import Role
from casus_app.domain.errors import CasusError, DamagedDatabase
from casus_app.services.admin import user_admin, users
from casus_app.services.admin.verify import verify
from casus_app.services.auth import login
from casus_app.services.backup.create import backup, restore
from casus_app.services.cases.queries import count_cases
from casus_app.services.exchange.importer import import_file
from casus_app.storage.engine import check_key
from casus_app.storage.keys.keyslots import KeySlotFile
from tests.conftest import ADMIN, EXAMPLE, PASSWORD
from tests.storage.test_crash_safety import _spawn

GONE, GONE_PASSWORD = "petra", "petra haar wachtwoord"
# (step, whether the restored register is in place once the process is killed there)
STEPS = [
    ("gecontroleerd", False),
    ("naast-klaar", False),
    ("oud-bewaard", False),
    ("sleutels-klaar", False),
    ("database-gewisseld", True),
    ("sleutels-gewisseld", True),
]


@pytest.fixture
def prepared(admin_ws, register_path, tmp_path):
    """A backup of an empty register in which petra could sign in; since then 3 cases and petra removed."""
    users.add_user(admin_ws, GONE, GONE_PASSWORD, Role.COORDINATOR)
    archive = backup(admin_ws, tmp_path / "backup.casusbackup")
    import_file(admin_ws, EXAMPLE)
    user_admin.remove(admin_ws, GONE)
    admin_ws.close()
    return archive


def _removed_user_opens_nothing(register_path, archive, tmp_path) -> None:
    with zipfile.ZipFile(archive) as source:
        source.extract("sleutels.json", tmp_path / "uitgepakt")
    key_files = [p for p in register_path.parent.iterdir() if ".keys" in p.name]
    key_files.append(tmp_path / "uitgepakt" / "sleutels.json")
    for key_file in key_files:
        try:
            key = KeySlotFile.load(key_file).unlock(GONE, GONE_PASSWORD)
        except CasusError:
            continue
        with pytest.raises(DamagedDatabase):
            check_key(register_path, key)


def _opens_and_verifies(register_path) -> int:
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        report = verify(ws)
        assert report.ok, report.checks
        return count_cases(ws)
    finally:
        ws.close()


@pytest.mark.slow
@pytest.mark.parametrize(("step", "restored"), STEPS, ids=[s for s, _ in STEPS])
def test_kill_at_each_step_of_a_restore(prepared, register_path, tmp_path, step, restored):
    child = _spawn(f"""
        import os, signal
        from pathlib import Path
        from casus_app.services.backup import swap
        from casus_app.services.backup.create import restore

        def kill_at(reached):
            if reached == {step!r}:
                os.kill(os.getpid(), signal.SIGKILL)

        swap.reached = kill_at
        restore(Path({str(prepared)!r}), Path({str(register_path)!r}), {ADMIN!r}, {PASSWORD!r}, confirm=True)
        print("niet gedood", flush=True)
    """)
    out, err = child.communicate(timeout=300)
    assert child.returncode == -signal.SIGKILL, out + err  # killed exactly at that step

    assert _opens_and_verifies(register_path) == (0 if restored else 3)
    _removed_user_opens_nothing(register_path, prepared, tmp_path)

    result = restore(prepared, register_path, ADMIN, PASSWORD)  # the next restore completes
    assert result.differences == ()
    assert _opens_and_verifies(register_path) == 0
    _removed_user_opens_nothing(register_path, prepared, tmp_path)
    leftovers = [
        p.name
        for p in register_path.parent.iterdir()
        if "herstel-werk" in p.name or p.name.endswith(".herstel")
    ]
    assert leftovers == []
