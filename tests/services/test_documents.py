"""One way to write an audited document: rendered outside the write lock, logged with the head it names."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casus_app.domain.enums import AuditAction
from casus_app.services.documents import write_audited
from casus_app.storage import audit
from casus_app.storage.models import AuditEntry


def test_the_document_names_the_head_after_its_own_entry_and_others_may_write_meanwhile(admin_ws, tmp_path):
    ws = admin_ws
    renders: list[tuple[int, str]] = []

    def render(head: tuple[int, str]) -> bytes:
        renders.append(head)
        if len(renders) == 1:
            # Someone saves while the first render runs: no lock is held, so the save goes through,
            # and the document is made again for the head that then follows.
            with ws.register.session() as session:
                audit.append(session, ws.event(AuditAction.VIEW, object_type="case"))
        return f"{head[0]}:{head[1]}".encode()

    out = write_audited(ws, tmp_path / "doc.txt", ws.event(AuditAction.EXPORT, object_type="test"), render)

    with ws.register.read_session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(2)).all()
    assert [e.action for e in last] == [AuditAction.EXPORT.value, AuditAction.VIEW.value]
    assert len(renders) == 2 and renders[1] == (last[0].seq, last[0].row_hash)
    assert out.read_bytes() == f"{last[0].seq}:{last[0].row_hash}".encode()
    with ws.register.read_session() as session:
        assert audit.verify_chain(session) == []


def test_a_failed_render_logs_nothing(admin_ws, tmp_path):
    ws = admin_ws
    with ws.register.read_session() as session:
        before = audit.head(session)

    def render(_head: tuple[int, str]) -> bytes:
        raise RuntimeError("renderer broke")

    with pytest.raises(RuntimeError):
        write_audited(ws, tmp_path / "doc.txt", ws.event(AuditAction.EXPORT, object_type="test"), render)
    with ws.register.read_session() as session:
        assert audit.head(session) == before
    assert not (tmp_path / "doc.txt").exists()
