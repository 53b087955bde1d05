"""The audit head in the sidecar follows every commit that appended to the log, with no call by hand."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from casus_app.domain.enums import AuditAction
from casus_app.storage import audit
from casus_app.storage.keys.keyslots import KeySlotFile
from casus_app.storage.models import AuditCheckpoint
from casus_app.storage.register import sidecar_path


def _stored_head(register) -> tuple[int, str] | None:
    return KeySlotFile.load(sidecar_path(register.path)).audit_head


def _head(register) -> tuple[int, str]:
    with register.read_session() as session:
        return audit.head(session)


def _sidecar_state(register) -> tuple[bytes, int, int]:
    path = sidecar_path(register.path)
    stat = os.stat(path)
    return path.read_bytes(), stat.st_ino, stat.st_mtime_ns


@pytest.mark.parametrize("signing", [True, False], ids=["signed", "unsigned"])
def test_a_transaction_that_appends_saves_the_head(admin_ws, signing):
    register = admin_ws.register
    register.may_sign = signing  # False: the head is saved without a checkpoint
    before = _head(register)
    with register.session() as session:
        audit.append(session, admin_ws.event(AuditAction.VIEW, object_type="case"))
        audit.append(session, admin_ws.event(AuditAction.VIEW, object_type="case"))
    after = _head(register)
    assert after[0] == before[0] + 2
    assert _stored_head(register) == after
    with register.read_session() as session:
        signed = session.scalar(select(AuditCheckpoint.seq).order_by(AuditCheckpoint.seq.desc()).limit(1))
    assert (signed == after[0]) is signing


def test_sessions_that_append_nothing_leave_the_sidecar_alone(admin_ws):
    register = admin_ws.register
    with register.session() as session:
        audit.append(session, admin_ws.event(AuditAction.VIEW, object_type="case"))
    state = _sidecar_state(register)
    with register.read_session() as session:
        audit.head(session)
    with register.session() as session:
        audit.head(session)
    assert _sidecar_state(register) == state


def test_a_rolled_back_append_saves_nothing(admin_ws):
    register = admin_ws.register
    state, head = _sidecar_state(register), _head(register)
    with pytest.raises(RuntimeError), register.session() as session:
        audit.append(session, admin_ws.event(AuditAction.VIEW, object_type="case"))
        raise RuntimeError("afgebroken")
    assert _head(register) == head
    assert _sidecar_state(register) == state
