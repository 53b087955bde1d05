"""The beheerder keeps the reference lists: add, rename, retire, delete only what nothing uses."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, PermissionDenied
from casus_app.services.admin import reference_lists as lists
from casus_app.services.admin.users import add_user
from casus_app.services.auth.login import login
from casus_app.services.cases.form_input import form_choices
from casus_app.storage.models import AuditEntry


def _item(ws, list_name, code):
    return next(i for i in lists.list_items(ws, list_name) if i.code == code)


def _audit(ws) -> list[tuple[str, str, str | None]]:
    with ws.register.read_session() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.object_id, AuditEntry.details)
            .where(AuditEntry.object_type == "reference_list")
            .order_by(AuditEntry.seq)
        )
        return [tuple(r) for r in rows]


def test_usage_is_counted_through_every_reference(example_ws):
    woning = _item(example_ws, lists.ORGANISATIONS, "WONING")
    # 2026-001: aangemeld door and two afspraken; 2026-002: regie
    assert woning.in_use >= 3
    kasteel = _item(example_ws, lists.NEIGHBOURHOODS, "Kasteelbuurt")
    assert kasteel.area == "HSB" and kasteel.in_use >= 1
    assert _item(example_ws, lists.CATEGORIES, "woonoverlast").kind == "casuistiek"


def test_add_rename_retire_and_take_back(example_ws):
    new_id = lists.add_item(example_ws, lists.ORGANISATIONS, "Humanitas")
    item = _item(example_ws, lists.ORGANISATIONS, "humanitas")
    assert item.id == new_id and item.name == "Humanitas" and item.in_use == 0 and not item.retired
    assert ("humanitas", "Humanitas") in form_choices(example_ws).organisations

    lists.rename_item(example_ws, lists.ORGANISATIONS, new_id, "  Humanitas   Heerlen ")
    assert _item(example_ws, lists.ORGANISATIONS, "humanitas").name == "Humanitas Heerlen"

    lists.set_retired(example_ws, lists.ORGANISATIONS, new_id, True)
    choices = form_choices(example_ws)
    assert "humanitas" not in [code for code, _ in choices.organisations]
    assert choices.name_of("humanitas") == "Humanitas Heerlen"
    assert "humanitas" in [code for code, _ in form_choices(example_ws, including_retired=True).organisations]

    lists.set_retired(example_ws, lists.ORGANISATIONS, new_id, False)
    assert "humanitas" in [code for code, _ in form_choices(example_ws).organisations]
    assert _audit(example_ws) == [
        ("create", "organisaties/humanitas", None),
        ("change", "organisaties/humanitas", "naam gewijzigd"),
        ("change", "organisaties/humanitas", "buiten gebruik gesteld"),
        ("change", "organisaties/humanitas", "weer in gebruik genomen"),
    ]


def test_codes_names_and_the_list_own_rules(example_ws):
    with pytest.raises(InvalidInput, match="staat al in de lijst"):
        lists.add_item(example_ws, lists.ORGANISATIONS, "weller")  # names compare without case
    with pytest.raises(InvalidInput, match="bestaat al"):
        lists.add_item(example_ws, lists.AREAS, "Heerlen-Zuid", code="HSB")
    with pytest.raises(InvalidInput, match="zonder spaties"):
        lists.add_item(example_ws, lists.AREAS, "Heerlen-Zuid", code="H Z")
    with pytest.raises(InvalidInput, match="1 tot 120 tekens"):
        lists.add_item(example_ws, lists.CLOSING_REASONS, "   ")
    with pytest.raises(InvalidInput, match="soort casus"):
        lists.add_item(example_ws, lists.CATEGORIES, "Hennepteelt")
    with pytest.raises(InvalidInput, match="gebied waar de buurt"):
        lists.add_item(example_ws, lists.NEIGHBOURHOODS, "Molenberg")

    lists.add_item(example_ws, lists.AREAS, "Heerlen-Zuid", code="HZD")
    lists.add_item(example_ws, lists.NEIGHBOURHOODS, "Molenberg", area="HZD")
    lists.add_item(example_ws, lists.CATEGORIES, "Hennepteelt", kind="leefbaarheid")
    assert _item(example_ws, lists.CATEGORIES, "hennepteelt").kind == "leefbaarheid"
    assert form_choices(example_ws).neighbourhoods["HZD"] == ["Molenberg"]
    # a generated code never collides
    lists.add_item(example_ws, lists.CLOSING_REASONS, "Doel bereikt!")
    assert _item(example_ws, lists.CLOSING_REASONS, "doel_bereikt_2").name == "Doel bereikt!"


def test_what_is_in_use_is_never_deleted_and_a_used_buurt_keeps_its_name(example_ws):
    woning = _item(example_ws, lists.ORGANISATIONS, "WONING")
    with pytest.raises(InvalidInput, match="kan daarom niet weg"):
        lists.delete_item(example_ws, lists.ORGANISATIONS, woning.id)
    kasteel = _item(example_ws, lists.NEIGHBOURHOODS, "Kasteelbuurt")
    with pytest.raises(InvalidInput, match="houdt daarom zijn naam"):
        lists.rename_item(example_ws, lists.NEIGHBOURHOODS, kasteel.id, "Kasteelbuurt-Oost")
    hsb = _item(example_ws, lists.AREAS, "HSB")
    with pytest.raises(InvalidInput, match="kan daarom niet weg"):
        lists.delete_item(example_ws, lists.AREAS, hsb.id)

    typo = lists.add_item(example_ws, lists.BREAKTHROUGH_TYPES, "Schuldn geregeld")
    lists.delete_item(example_ws, lists.BREAKTHROUGH_TYPES, typo)
    assert "schuldn_geregeld" not in [i.code for i in lists.list_items(example_ws, lists.BREAKTHROUGH_TYPES)]
    assert _audit(example_ws)[-1] == ("delete", "doorbraaktypen/schuldn_geregeld", None)


def test_the_last_gebied_in_use_stays(admin_ws):
    areas = lists.list_items(admin_ws, lists.AREAS)
    for area in areas[:-1]:
        lists.set_retired(admin_ws, lists.AREAS, area.id, True)
    with pytest.raises(InvalidInput, match="laatste gebied"):
        lists.set_retired(admin_ws, lists.AREAS, areas[-1].id, True)


def test_only_a_beheerder_keeps_the_lists(example_ws):
    add_user(example_ws, "els", "Een Heel Sterk Wachtwoord 42", Role.PROFESSIONAL, areas=["HSB"])
    example_ws.close()
    ws = login(example_ws.register.path, "els", "Een Heel Sterk Wachtwoord 42")
    try:
        with pytest.raises(PermissionDenied):
            lists.list_items(ws, lists.ORGANISATIONS)
        with pytest.raises(PermissionDenied):
            lists.add_item(ws, lists.ORGANISATIONS, "Stadstoezicht")
    finally:
        ws.close()
