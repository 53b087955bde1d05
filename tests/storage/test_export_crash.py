"""kill -9 during a large export: afterwards no file anywhere in the target folder or the temp dir
holds a betrokkene's surname, the audit log claims no export, and the next export cleans up."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from casus_app.domain.enums import AuditAction
from casus_app.services.auth import login
from casus_app.services.demo.data import write_exchange
from casus_app.services.exchange.export import export_file
from casus_app.services.exchange.importer import import_file
from casus_app.storage import atomic_file
from casus_app.storage.models import AuditEntry, Person
from tests.conftest import ADMIN, PASSWORD, REPO

CASES = 12_000  # six progress steps of 2,000 cases; a few seconds of writing


def _spawn(code: str, temp_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "CASUS_KDF_TARGET_SECONDS": "0", "TMPDIR": str(temp_dir)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _files(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def _exports_in_audit(register_path: Path) -> int:
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        with ws.register.read_session() as session:
            return len(
                session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT.value)).all()
            )
    finally:
        ws.close()


@pytest.fixture
def large_register(admin_ws, register_path, tmp_path) -> re.Pattern[bytes]:
    """A register of CASES cases; returns a pattern that finds any of its surnames of six bytes or
    more (a shorter one, such as "Vos", turns up in megabytes of ciphertext by chance)."""
    source = tmp_path / "groot.json"
    write_exchange(source, CASES, seed=7)
    import_file(admin_ws, source)
    source.unlink()
    with admin_ws.register.read_session() as session:
        surnames = {name for name in session.scalars(select(Person.last_name)) if len(name.encode()) >= 6}
    admin_ws.close()
    assert len(surnames) > 50
    return re.compile(
        b"|".join(re.escape(name.encode("utf-8")) for name in sorted(surnames, key=len, reverse=True))
    )


@pytest.mark.slow
@pytest.mark.parametrize("anonymous", [True, False], ids=["anonymous-file", "sealed-spool"])
def test_kill_during_export_leaves_nothing_readable(large_register, register_path, tmp_path, anonymous):
    if anonymous and not atomic_file.ANONYMOUS_FILES:
        pytest.skip("this system has no anonymous files (O_TMPFILE); the sealed spool is tested")
    surnames = large_register
    target_folder = tmp_path / "exports"
    temp_dir = tmp_path / "temp"
    target_folder.mkdir()
    temp_dir.mkdir()
    target = target_folder / "register.json"
    rnd = random.Random(13 if anonymous else 17)
    for _ in range(3):
        child = _spawn(
            f"""
            from pathlib import Path
            from casus_app.services.auth import login
            from casus_app.services.exchange.export import export_file
            from casus_app.storage import atomic_file
            atomic_file.ANONYMOUS_FILES = {anonymous!r}
            ws = login.login(Path({str(register_path)!r}), {ADMIN!r}, {PASSWORD!r})
            export_file(ws, Path({str(target)!r}), lambda done, total: print(done, total, flush=True))
            print("klaar", flush=True)
        """,
            temp_dir,
        )
        # Killed after a random number of the six progress steps: in the middle of writing.
        for _ in range(rnd.randint(1, 4)):
            line = child.stdout.readline()
            assert line and line != "klaar\n", child.stderr.read()
        child.send_signal(signal.SIGKILL)
        child.wait()
        left = _files(target_folder, temp_dir)
        assert not target.exists()
        assert _files(temp_dir) == []
        if anonymous:
            assert left == []  # the unfinished file never had a name
        else:
            assert all(p.name.startswith(atomic_file.TEMP_PREFIX) for p in left), left
        for path in left:
            assert surnames.search(path.read_bytes()) is None, f"{path.name} holds a surname"
    assert _exports_in_audit(register_path) == 0

    # The next export removes what the crashes left, and an older version's plaintext leftover.
    legacy = target_folder / ".casus-export-oud1234"
    legacy.write_bytes(b"Voorbeeld")
    for path in _files(target_folder):
        os.utime(path, (0, 0))
    ws = login.login(register_path, ADMIN, PASSWORD)
    try:
        assert export_file(ws, target) == CASES
    finally:
        ws.close()
    assert _files(target_folder) == [target]
    assert surnames.search(target.read_bytes()) is not None  # the search above can find a name
    assert (target.stat().st_mode & 0o777) == 0o600
    assert _exports_in_audit(register_path) == 1
