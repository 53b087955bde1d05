"""Red team: a key slot planted in the sidecar never survives, never receives a new key, and is reported.

The attacker can write every file beside the register; in some tests they also know a user's
password and so the database key K (which lets them recompute the sidecar's MAC).
"""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select, text

from casus_app.domain.enums import Role
from casus_app.domain.errors import DamagedKeySlots, WrongPassword
from casus_app.services.admin import users
from casus_app.services.admin.verify import verify
from casus_app.services.auth import login
from casus_app.storage.models import AuditEntry
from casus_app.storage.register import sidecar_path
from tests.conftest import ADMIN, PASSWORD
from tests.storage.redteam import MALLORY, MALLORY_PASSWORD, key_from, opens_register, plant_slot

PETRA, PETRA_PASSWORD = "petra", "petra haar wachtwoord"
KAREL, KAREL_PASSWORD = "karel", "karel zijn wachtwoord"


@pytest.fixture
def team(admin_ws, register_path):
    users.add_user(admin_ws, PETRA, PETRA_PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    users.add_user(admin_ws, KAREL, KAREL_PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    admin_ws.close()
    return register_path


def _key_details(ws) -> list[str]:
    with ws.register.read_session() as session:
        return list(session.scalars(select(AuditEntry.details).where(AuditEntry.action == "key_management")))


def _slot_ids(register_path) -> set[str]:
    from casus_app.storage.keys.keyslots import KeySlotFile

    return {s.slot_id for s in KeySlotFile.load(sidecar_path(register_path)).slots}


@pytest.mark.parametrize("knows_key", [False, True], ids=["zonder-K", "met-K"])
def test_planted_slot_is_dropped_reported_and_never_gets_the_new_key(team, tmp_path, knows_key):
    key = key_from(sidecar_path(team), PETRA, PETRA_PASSWORD) if knows_key else None
    planted = plant_slot(team, key)
    kept_by_attacker = tmp_path / "met-geplante-plaats.keys"
    shutil.copy(sidecar_path(team), kept_by_attacker)

    ws = login.login(team, ADMIN, PASSWORD)
    try:
        assert planted not in _slot_ids(team)  # gone from the file at once
        assert any("onbekende sleutelplaats" in d for d in _key_details(ws))
        report = verify(ws)
        assert any(what == "Bij het openen" and not ok for what, ok, _ in report.checks), report.checks
        users.remove_user(ws, PETRA)  # renews the key
        assert planted not in _slot_ids(team)
    finally:
        ws.close()

    # Neither the current sidecar nor the attacker's copy gives a key that fits the register now.
    assert not opens_register(team, key_from(sidecar_path(team), MALLORY, MALLORY_PASSWORD))
    assert not opens_register(team, key_from(kept_by_attacker, MALLORY, MALLORY_PASSWORD))
    assert not opens_register(team, key_from(kept_by_attacker, PETRA, PETRA_PASSWORD))
    with pytest.raises(WrongPassword):
        login.login(team, PETRA, PETRA_PASSWORD)
    login.login(team, KAREL, KAREL_PASSWORD).close()


def test_login_with_a_planted_slot_is_refused_and_logged(team):
    key = key_from(sidecar_path(team), PETRA, PETRA_PASSWORD)
    plant_slot(team, key)  # a perfect forgery of the file: valid MAC, real K
    with pytest.raises(DamagedKeySlots) as refused:
        login.login(team, MALLORY, MALLORY_PASSWORD)
    assert "hoort niet bij dit register" in refused.value.message
    ws = login.login(team, ADMIN, PASSWORD)
    try:
        details = _key_details(ws)
        assert any(
            d.startswith("inloggen geweigerd: sleutelplaats niet in het register vastgelegd") for d in details
        )
    finally:
        ws.close()


def test_slot_planted_with_a_record_by_a_key_holder_is_withdrawn_with_a_new_key(team):
    """Petra knows K and writes the records too, for a slot that belongs to no active user."""
    key = key_from(sidecar_path(team), PETRA, PETRA_PASSWORD)
    planted = plant_slot(team, key)
    from casus_app.storage.engine import open_raw
    from casus_app.storage.keys.keyslots import KeySlotFile

    slot = KeySlotFile.load(sidecar_path(team)).slot_by_id(planted)
    conn = open_raw(team, key)
    conn.execute(
        "INSERT INTO key_slots (slot_id, kind, user_tag, public_key, user_id) VALUES (?, 'user', ?, ?, NULL)",
        (slot.slot_id, slot.user_tag, slot.public_key.hex()),
    )
    conn.close()

    ws = login.login(team, ADMIN, PASSWORD)
    try:
        assert planted not in _slot_ids(team)
        assert ws.register.slots.key_epoch == 2  # someone outside the users held K: renewed
        assert any("niet-actieve gebruiker" in d for d in _key_details(ws))
        checks = {what: ok for what, ok, _ in verify(ws).checks}
        assert checks["Sleutelplaatsen"] and checks["Sleuteltijdvak"] and not checks["Bij het openen"]
        with ws.register.read_session() as session:
            assert (
                session.execute(
                    text("SELECT count(*) FROM key_slots WHERE slot_id = :s"), {"s": planted}
                ).scalar()
                == 0
            )
    finally:
        ws.close()
    assert not opens_register(team, key_from(sidecar_path(team), MALLORY, MALLORY_PASSWORD))


def test_verify_reports_a_slot_planted_during_a_session(team):
    ws = login.login(team, ADMIN, PASSWORD)
    try:
        planted = plant_slot(team)
        checks = {what: (ok, detail) for what, ok, detail in verify(ws).checks}
        assert checks["Sleutelbestand"][0] is False
        assert checks["Sleutelplaatsen"][0] is False and planted[:8] in checks["Sleutelplaatsen"][1]
    finally:
        ws.close()
