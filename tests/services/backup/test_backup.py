"""Making a backup: while others write, to a folder that is not there, and whatever fails, the audit log
says "back-up gemaakt" only for a backup that exists."""

from __future__ import annotations

import json
import threading
import time
import zipfile

import pytest
import sqlalchemy.event
import sqlalchemy.exc
from sqlalchemy import func, select

from casus_app.domain.enums import AuditAction
from casus_app.domain.errors import DamagedDatabase, InvalidInput, RegisterUnavailable
from casus_app.services.backup import create as backup_service
from casus_app.services.backup.create import backup
from casus_app.storage import audit, engine
from casus_app.storage.engine import open_raw
from casus_app.storage.models import AuditEntry


def _backup_entries(ws) -> int:
    with ws.register.read_session() as session:
        return session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == AuditAction.BACKUP.value)
        )


def test_a_backup_while_another_thread_writes(example_ws, tmp_path):
    ws = example_ws
    stop, started = threading.Event(), threading.Event()
    written, refused = [], []

    def writer() -> None:
        # Long write transactions: the lock is taken most of the time the backup runs.
        while not stop.is_set():
            try:
                with ws.register.session() as session:
                    audit.append(session, ws.event(AuditAction.VIEW, object_type="case"))
                    started.set()
                    # time.sleep, not Event.wait: a timed wait on an absolute deadline never ends under
                    # faketime, which the suite must pass under (issue 10).
                    time.sleep(0.02)
                written.append(1)
                # A pause between transactions, as between any person's saves: SQLite's locks are not
                # fair, so a writer that never lets go would starve every other writer, not only a backup.
                time.sleep(0.005)
            except sqlalchemy.exc.OperationalError:
                refused.append(1)  # this writer's own deferred transaction; not what is tested here

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert started.wait(10)
        made = [backup(ws, tmp_path / f"b{i}.casusbackup") for i in range(5)]
        during = len(written)
    finally:
        stop.set()
        thread.join()
    assert during > 0  # the writer really wrote while the backups were made
    assert all(path.exists() for path in made)
    assert _backup_entries(ws) == 5
    for path in made:  # each copy ends exactly at the audit head its manifest names
        with zipfile.ZipFile(path) as archive:
            archive.extract("register.db", tmp_path / path.stem)
            head = json.loads(archive.read("manifest.json"))["audit_head"]
        conn = open_raw(tmp_path / path.stem / "register.db", ws.register.key)
        try:
            row = conn.execute("SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        finally:
            conn.close()
        assert (row[0], row[1]) == (head["seq"], head["hash"])


def test_a_register_that_stays_busy_gives_a_dutch_message_and_no_backup(example_ws, tmp_path, monkeypatch):
    ws = example_ws
    monkeypatch.setattr(engine, "PRAGMAS", tuple(p.replace("5000", "100") for p in engine.PRAGMAS))
    monkeypatch.setattr(backup_service, "BUSY_ATTEMPTS", 2)
    ws.register.engine.dispose()
    holder = open_raw(ws.register.path, ws.register.key)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(RegisterUnavailable, match="bezet"):
            backup(ws, tmp_path / "bezet.casusbackup")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not (tmp_path / "bezet.casusbackup").exists()
    assert _backup_entries(ws) == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".casus-backup")] == []


def test_a_missing_folder_is_refused_before_anything_is_logged(example_ws, tmp_path):
    with pytest.raises(InvalidInput, match="bestaat niet") as caught:
        backup(example_ws, tmp_path / "bestaat-niet" / "casus.casusbackup")
    assert "Kies een andere map" in caught.value.message
    assert _backup_entries(example_ws) == 0
    with pytest.raises(InvalidInput, match="is een map"):
        backup(example_ws, tmp_path)
    assert _backup_entries(example_ws) == 0


def test_a_failed_backup_logs_nothing_and_leaves_nothing(example_ws, tmp_path, monkeypatch):
    def disk_full(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", disk_full)
    with pytest.raises(InvalidInput, match="niet worden geschreven"):
        backup(example_ws, tmp_path / "vol.casusbackup")
    monkeypatch.undo()
    assert _backup_entries(example_ws) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register"]

    # The entry and the file go together: a commit that fails after the rename takes the file back.
    real_append = audit.append

    def append_then_fail(session, event):
        entry = real_append(session, event)
        if event.action == AuditAction.BACKUP:

            @sqlalchemy.event.listens_for(session, "before_commit", once=True)
            def _fail(_session):
                raise sqlalchemy.exc.OperationalError("COMMIT", {}, Exception("disk I/O error"))

        return entry

    monkeypatch.setattr(backup_service.audit, "append", append_then_fail)
    with pytest.raises(DamagedDatabase):
        backup(example_ws, tmp_path / "half.casusbackup")
    monkeypatch.undo()
    assert not (tmp_path / "half.casusbackup").exists()
    assert _backup_entries(example_ws) == 0
