"""kill -9 at every step of removing a user: the removal and the key swap happen together or not at all.

Afterwards the removed user's password opens nothing (also not with a copy of the sidecar taken
before), the remaining users' passwords open the register, and state, slots and audit log agree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.domain.errors import WrongPassword
from casus_app.services.admin import users
from casus_app.services.admin.verify import verify
from casus_app.services.auth import login
from casus_app.storage.keys.key_rotation import pending_sidecar, rotating_path
from casus_app.storage.models import AuditEntry, User
from casus_app.storage.register import sidecar_path
from tests.conftest import ADMIN, PASSWORD, REPO
from tests.storage.redteam import key_from, opens_register

PETRA, PETRA_PASSWORD = "petra", "petra haar wachtwoord"
KAREL, KAREL_PASSWORD = "karel", "karel zijn wachtwoord"
STEPS = ["plan_committed", "exported", "rotated_committed", "next_written", "swapped", "sidecar_written"]


def _remove_in_child(register_path, step: str) -> subprocess.CompletedProcess:
    code = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from casus_app.services.auth import login
        from casus_app.services.admin import users
        from casus_app.storage.keys import key_rotation

        def reached(step):
            if step == {step!r}:
                os.kill(os.getpid(), signal.SIGKILL)

        key_rotation._reached = reached
        ws = login.login(Path({str(register_path)!r}), {ADMIN!r}, {PASSWORD!r})
        users.remove_user(ws, {PETRA!r})
        print("klaar", flush=True)
        ws.close()
    """)
    env = {**os.environ, "CASUS_KDF_TARGET_SECONDS": "0"}
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True)


@pytest.mark.parametrize("step", STEPS)
def test_kill_at_each_step_of_removal(admin_ws, register_path, tmp_path, step):
    users.add_user(admin_ws, PETRA, PETRA_PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    users.add_user(admin_ws, KAREL, KAREL_PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    admin_ws.close()
    kept_by_petra = tmp_path / "petra.keys"
    shutil.copy(sidecar_path(register_path), kept_by_petra)

    child = _remove_in_child(register_path, step)
    assert child.returncode == -9, child.stderr  # killed at the step, not finished or failed

    # The removed user first: nothing opens, not even before anyone finished the removal.
    with pytest.raises(WrongPassword):
        login.login(register_path, PETRA, PETRA_PASSWORD)
    ws = login.login(register_path, ADMIN, PASSWORD)  # finishes whatever the kill interrupted
    try:
        report = verify(ws)
        assert report.ok, report.checks
        assert ws.register.slots.key_epoch == 2 and not ws.register.slots.has_user(PETRA)
        with ws.register.read_session() as session:
            petra = session.scalar(select(User).where(User.name == PETRA))
            entries = list(
                session.scalars(select(AuditEntry.details).where(AuditEntry.object_id == str(petra.id)))
            )
        assert not petra.active
        assert [d for d in entries if d.startswith("verwijderd")] == [entries[-1]]  # exactly one, the last
        assert entries[-1].startswith("verwijderd; databasesleutel vernieuwd")
    finally:
        ws.close()
    assert not rotating_path(register_path).exists()
    assert not pending_sidecar(sidecar_path(register_path)).exists()
    login.login(register_path, KAREL, KAREL_PASSWORD).close()
    with pytest.raises(WrongPassword):
        login.login(register_path, PETRA, PETRA_PASSWORD)
    assert not opens_register(register_path, key_from(kept_by_petra, PETRA, PETRA_PASSWORD))


def test_a_removal_that_was_not_killed_finishes_in_the_child(admin_ws, register_path):
    """The child of the crash test really removes the user when nothing kills it."""
    users.add_user(admin_ws, PETRA, PETRA_PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    admin_ws.close()
    child = _remove_in_child(register_path, "nergens")
    assert child.returncode == 0 and "klaar" in child.stdout, child.stderr
    with pytest.raises(WrongPassword):
        login.login(register_path, PETRA, PETRA_PASSWORD)
