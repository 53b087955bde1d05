"""Focusbuurten and interventietypen are reference lists like the others: defaults, add, rename,
retire, and a focusbuurt's buurten chosen by the beheerder; every change audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from casus_app.services.admin import reference_lists as lists
from casus_app.services.admin.users import add_user
from casus_app.services.auth.login import login
from casus_app.services.monitoring import effects
from casus_app.storage.models import AuditEntry


def _item(ws, list_name, code):
    return next(i for i in lists.list_items(ws, list_name) if i.code == code)


def _buurten(ws) -> dict[str, int]:
    return {f"{i.area}/{i.name}": i.id for i in lists.list_items(ws, lists.NEIGHBOURHOODS)}


def _members(ws, code) -> set[str]:
    names = {v: k for k, v in _buurten(ws).items()}
    return {names[i] for i in _item(ws, lists.FOCUS_AREAS, code).members}


def _audit(ws) -> list[tuple[str, str, str | None]]:
    with ws.register.read_session() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.object_id, AuditEntry.details)
            .where(AuditEntry.object_type == "reference_list")
            .order_by(AuditEntry.seq)
        )
        return [tuple(r) for r in rows]


def test_a_new_register_has_the_default_focusbuurten_and_interventietypen(admin_ws):
    focus = {i.code: i.name for i in lists.list_items(admin_ws, lists.FOCUS_AREAS)}
    assert focus == {
        "KASTEELBUURT": "Kasteelbuurt/Hoofdstraat-West",
        "GMS": "Maria Gewanden–Terschuren (GMS)",
        "VRIEHEIDE": "Vrieheide",
    }
    assert _members(admin_ws, "GMS") == {"HSB/Maria Gewanden", "HSB/Terschuren"}
    assert _members(admin_ws, "KASTEELBUURT") == {"HSB/Kasteelbuurt", "HSB/Hoofdstraat-West"}
    assert _members(admin_ws, "VRIEHEIDE") == {"VRH/Vrieheide-De Stack"}
    types = {i.code for i in lists.list_items(admin_ws, lists.INTERVENTION_TYPES)}
    assert types == {
        "huisbezoek",
        "integrale_controle",
        "buurtschouw",
        "camera",
        "opschoondag",
        "buurtbemiddeling",
        "doorverwijzing",
        "overig",
    }


def test_a_focusbuurt_is_added_given_buurten_renamed_and_retired(admin_ws):
    new_id = lists.add_item(admin_ws, lists.FOCUS_AREAS, "Schandelen-Noord")
    item = _item(admin_ws, lists.FOCUS_AREAS, "schandelen_noord")
    assert item.id == new_id and item.members == () and item.in_use == 0
    buurten = _buurten(admin_ws)
    lists.set_members(admin_ws, new_id, [buurten["HSN/Schandelen"], buurten["HSN/Grasbroek"]])
    assert _members(admin_ws, "schandelen_noord") == {"HSN/Schandelen", "HSN/Grasbroek"}
    # Buurten are part of it, not a use of it: it can still go, with them.
    assert _item(admin_ws, lists.FOCUS_AREAS, "schandelen_noord").in_use == 0
    lists.set_members(admin_ws, new_id, [buurten["HSN/Schandelen"]])
    lists.set_members(admin_ws, new_id, [buurten["HSN/Schandelen"]])  # no change, no entry
    lists.rename_item(admin_ws, lists.FOCUS_AREAS, new_id, "Schandelen")
    lists.set_retired(admin_ws, lists.FOCUS_AREAS, new_id, True)
    assert _item(admin_ws, lists.FOCUS_AREAS, "schandelen_noord").retired
    assert _audit(admin_ws)[-5:] == [
        ("create", "focusbuurten/schandelen_noord", None),
        ("change", "focusbuurten/schandelen_noord", "buurten gewijzigd"),
        ("change", "focusbuurten/schandelen_noord", "buurten gewijzigd"),
        ("change", "focusbuurten/schandelen_noord", "naam gewijzigd"),
        ("change", "focusbuurten/schandelen_noord", "buiten gebruik gesteld"),
    ]
    with pytest.raises(NotFound):
        lists.set_members(admin_ws, new_id, [999_999])
    lists.delete_item(admin_ws, lists.FOCUS_AREAS, new_id)
    assert "schandelen_noord" not in {i.code for i in lists.list_items(admin_ws, lists.FOCUS_AREAS)}


def test_a_buurt_with_effect_figures_is_not_deleted(admin_ws, tmp_path):
    lists.add_item(admin_ws, lists.NEIGHBOURHOODS, "Nieuwe Buurt", area="HLH")
    path = tmp_path / "reeks.csv"
    path.write_text("buurt;maand;aantal\nNieuwe Buurt;2020-01;3\n", encoding="utf-8")
    effects.import_series(admin_ws, "politie", path)
    buurt = _item(admin_ws, lists.NEIGHBOURHOODS, "Nieuwe Buurt")
    assert buurt.in_use == 1
    with pytest.raises(InvalidInput):
        lists.delete_item(admin_ws, lists.NEIGHBOURHOODS, buurt.id)


def test_only_a_beheerder_changes_focusbuurten(admin_ws, register_path):
    add_user(admin_ws, "coord", "Welkom-welkom-2026!", Role.COORDINATOR)
    gms = _item(admin_ws, lists.FOCUS_AREAS, "GMS")
    admin_ws.close()
    ws = login(register_path, "coord", "Welkom-welkom-2026!")
    try:
        with pytest.raises(PermissionDenied):
            lists.set_members(ws, gms.id, [])
    finally:
        ws.close()
