"""Red team: the audit head in the sidecar can be nulled, edited or set back, and a user holding
the database key can rewrite the chain — each is found at login or by `verify`."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.services.admin import users
from casus_app.services.admin.verify import verify
from casus_app.services.auth import login as auth
from casus_app.services.cases.queries import get_case, list_cases
from casus_app.storage import audit
from casus_app.storage.engine import open_raw
from casus_app.storage.keys.unlock_checks import AuditHeadRefused
from casus_app.storage.models import AuditEntry
from casus_app.storage.register import sidecar_path
from tests.conftest import ADMIN, PASSWORD
from tests.storage.redteam import key_from, sidecar_doc, write_sidecar

PETRA, PETRA_PASSWORD = "petra", "petra haar wachtwoord"


EARLIER_HEAD: dict = {}


@pytest.fixture
def register(example_ws, register_path):
    users.add_user(example_ws, PETRA, PETRA_PASSWORD, Role.PROFESSIONAL, areas=["HSB", "HSN", "VRH", "HLH"])
    EARLIER_HEAD.update(sidecar_doc(register_path)["audit_head"])  # as an old copy of the file has it
    for case in list_cases(example_ws)[:2]:
        get_case(example_ws, case.id)
    example_ws.close()
    return register_path


def _alarms(ws) -> list[str]:
    with ws.register.read_session() as session:
        return list(session.scalars(select(AuditEntry.details).where(AuditEntry.outcome == "alarm")))


def _refused_for_petra(register_path, expected: str) -> None:
    with pytest.raises(AuditHeadRefused) as refused:
        auth.login(register_path, PETRA, PETRA_PASSWORD)
    assert expected in refused.value.message


def _rewrite_chain(register_path, key) -> tuple[int, str]:
    """As a key holder: change entry 1 and recompute every hash after it; returns the new head."""
    conn = open_raw(register_path, key)
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        cursor = conn.execute("SELECT * FROM audit_log ORDER BY seq")
        names = [c[0] for c in cursor.description]
        prev = audit.GENESIS
        for row in cursor.fetchall():
            fields = dict(zip(names, row, strict=True))
            if fields["seq"] == 1:
                fields["user_name"] = "vervalst"
            row_hash = audit.compute_hash(fields, prev)
            conn.execute(
                "UPDATE audit_log SET user_name = ?, prev_hash = ?, row_hash = ? WHERE seq = ?",
                (fields["user_name"], prev, row_hash, fields["seq"]),
            )
            prev, last = row_hash, fields["seq"]
    finally:
        conn.close()
    return last, prev


@pytest.mark.parametrize("edit", ["nulled", "edited", "set back"])
def test_an_edited_head_refuses_others_until_a_beheerder_checks(register, edit):
    doc = sidecar_doc(register)  # an attacker without any key edits the file
    if edit == "nulled":
        doc["audit_head"], expected = None, "ontbreekt"
    elif edit == "edited":
        doc["audit_head"]["hash"], expected = "ab" * 32, "herschreven"
    else:  # an older, genuine head from an old copy: a truncation would hide behind it
        assert EARLIER_HEAD["seq"] < doc["audit_anchor"]["seq"]
        doc["audit_head"], expected = dict(EARLIER_HEAD), "teruggezet"
    write_sidecar(register, doc)

    _refused_for_petra(register, expected)
    ws = auth.login(register, ADMIN, PASSWORD)  # holds the anchor: checks the chain, restores the head
    try:
        assert any(expected in a for a in _alarms(ws))
        checks = verify(ws).checks
        assert all(ok for what, ok, _ in checks if what != "Bij het openen"), checks
        assert any(what == "Bij het openen" and not ok for what, ok, _ in checks)  # reported
    finally:
        ws.close()
    auth.login(register, PETRA, PETRA_PASSWORD).close()


def test_a_chain_rewritten_by_a_key_holder_is_found(register):
    key = key_from(sidecar_path(register), PETRA, PETRA_PASSWORD)  # petra's password gives K
    seq, new_hash = _rewrite_chain(register, key)
    doc = sidecar_doc(register)
    doc["audit_head"] = {"seq": seq, "hash": new_hash}  # the head she can set, with a valid MAC …
    write_sidecar(register, doc, key)  # … but not the signed checkpoint

    _refused_for_petra(register, "ondertekende controlepunt")
    ws = auth.login(register, ADMIN, PASSWORD)
    try:
        checks = {what: (ok, detail) for what, ok, detail in verify(ws).checks}
        assert checks["Auditanker"][0] is False and "herschreven" in checks["Auditanker"][1]
    finally:
        ws.close()
    _refused_for_petra(register, "ondertekende controlepunt")  # a beheerder's login signs nothing over it


def test_removing_every_checkpoint_is_found(register):
    key = key_from(sidecar_path(register), PETRA, PETRA_PASSWORD)
    seq, new_hash = _rewrite_chain(register, key)
    conn = open_raw(register, key)
    conn.execute("DELETE FROM audit_checkpoints")
    conn.close()
    doc = sidecar_doc(register)
    doc["audit_head"], doc["audit_anchor"] = {"seq": seq, "hash": new_hash}, None
    write_sidecar(register, doc, key)

    _refused_for_petra(register, "geen ondertekend controlepunt")
    ws = auth.login(register, ADMIN, PASSWORD)
    try:
        assert not verify(ws).ok
    finally:
        ws.close()
    _refused_for_petra(register, "geen ondertekend controlepunt")


def test_a_replaced_anchor_is_found_by_the_beheerder(register):
    import base64

    """Petra makes her own anchor and signs the rewritten chain with it: the beheerder's slot knows better."""
    from casus_app.storage import audit_anchor
    from casus_app.storage.keys.slot_crypto import anchor_public, new_anchor_key
    from casus_app.storage.keys.slot_format import checkpoint_json

    key = key_from(sidecar_path(register), PETRA, PETRA_PASSWORD)
    seq, new_hash = _rewrite_chain(register, key)
    fake = new_anchor_key()
    doc = sidecar_doc(register)
    recovery = next(s for s in doc["slots"] if s["kind"] == "recovery")
    checkpoint = audit_anchor.sign(
        fake, doc["register_id"], seq, new_hash, base64.b64decode(recovery["public_key"])
    )
    conn = open_raw(register, key)
    conn.execute("DELETE FROM audit_checkpoints")
    conn.execute(
        "UPDATE register_meta SET value = ? WHERE key = 'audit_anchor_public'", (anchor_public(fake).hex(),)
    )
    conn.execute(
        "INSERT INTO audit_checkpoints VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00')",
        (
            seq,
            new_hash,
            anchor_public(fake).hex(),
            checkpoint.recovery_public.hex(),
            checkpoint.signature.hex(),
        ),
    )
    conn.close()
    doc["audit_head"], doc["audit_anchor"] = {"seq": seq, "hash": new_hash}, checkpoint_json(checkpoint)
    write_sidecar(register, doc, key)

    ws = auth.login(register, ADMIN, PASSWORD)
    try:
        checks = {what: (ok, detail) for what, ok, detail in verify(ws).checks}
        assert checks["Auditanker"][0] is False and "vervangen" in checks["Auditanker"][1]
    finally:
        ws.close()


def test_a_register_from_before_records_and_anchor_gets_both_at_the_first_beheerder_login(register):
    """An older Casus wrote a version-1 sidecar (no MAC, no anchor) and kept no records."""
    import json

    from casus_app.storage.keys.keyslots import KeySlotFile

    key = key_from(sidecar_path(register), ADMIN, PASSWORD)
    doc = sidecar_doc(register)
    old = sidecar_path(register).with_name("oud.keys")
    made, _ = KeySlotFile.create(old, doc["register_id"], key, ADMIN, PASSWORD)  # slots without anchor
    made.add_user(PETRA, PETRA_PASSWORD, key)
    v1 = json.loads(made.to_bytes())
    for field in ("audit_anchor", "mac"):
        del v1[field]
    v1.update(versie=1, audit_head=doc["audit_head"])
    sidecar_path(register).write_text(json.dumps(v1), "utf-8")
    sidecar_path(register).with_name(sidecar_path(register).name + ".bak").unlink(missing_ok=True)
    conn = open_raw(register, key)
    conn.execute("DELETE FROM audit_checkpoints")
    conn.execute("DELETE FROM key_slots")
    conn.execute("DELETE FROM register_meta WHERE key = 'audit_anchor_public'")
    conn.close()

    auth.login(register, PETRA, PETRA_PASSWORD).close()  # not a beheerder: records, but no anchor
    assert sidecar_doc(register)["audit_anchor"] is None
    ws = auth.login(register, ADMIN, PASSWORD)
    try:
        assert ws.register.anchor_private is not None
        with ws.register.read_session() as session:
            details = list(
                session.scalars(select(AuditEntry.details).where(AuditEntry.action == "key_management"))
            )
        assert "auditanker aangemaakt" in details
        assert verify(ws).ok, verify(ws).checks
    finally:
        ws.close()
    doc = sidecar_doc(register)
    assert doc["versie"] == 2 and doc["mac"] and doc["audit_anchor"]
    auth.login(register, PETRA, PETRA_PASSWORD).close()
