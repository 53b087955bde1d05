"""The identifiers behind presentation mode's masking, and the audited "Tonen"."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from casus_app.domain import clock
from casus_app.domain.enums import Role
from casus_app.domain.errors import NotFound, PermissionDenied
from casus_app.services.admin import users
from casus_app.services.auth.login import login
from casus_app.services.cases.editing import register_case
from casus_app.services.cases.form_input import CaseInput, PersonInput
from casus_app.services.privacy import free_text, masking
from casus_app.storage.models import AuditEntry
from tests.conftest import PASSWORD


def bruel_case(ws, area: str = "HSB", neighbourhood: str | None = "Mariarade") -> int:
    return register_case(
        ws,
        CaseInput(
            kind="casuistiek",
            area=area,
            main_category="woonoverlast",
            reported_by="POLITIE",
            start_date=clock.today() - dt.timedelta(days=3),
            neighbourhood=neighbourhood,
            street="Akerstraat",
            house_number="77",
            postcode="6431HX",
            persons=(
                PersonInput(
                    "Brüel", "bewoner", first_name="Hendrika", infix="van", birth_date=dt.date(1975, 3, 4)
                ),
            ),
        ),
        allow_duplicate=True,
    )


def test_identifiers_of_a_case_find_its_betrokkenen_in_text(admin_ws):
    case_id = bruel_case(admin_ws)
    ids = free_text.case_identifiers(admin_ws, [case_id, 999_999])
    assert set(ids) == {case_id}  # a case that does not exist is left out
    masked = masking.mask("Mevr. van Bruel, akerstraat 77, 6431 HX, 04-03-1975", ids[case_id])
    assert masked == "Mevr. van [naam], [adres], [postcode], [geboortedatum]"
    with admin_ws.register.read_session() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "view")) is None  # nothing shown


def test_tonen_writes_one_audit_entry_for_a_case_or_a_list(admin_ws):
    first, second = bruel_case(admin_ws), bruel_case(admin_ws)
    free_text.record_reveal(admin_ws, "samenvatting", [first])
    free_text.record_reveal(admin_ws, "mijn afspraken", [first, second, first])
    with admin_ws.register.read_session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "view").order_by(AuditEntry.seq)
        ).all()
    assert [(e.object_type, e.case_id, e.details) for e in entries] == [
        ("case", first, "presentatiemodus: samenvatting getoond"),
        ("case", None, "presentatiemodus: mijn afspraken getoond (2 casussen)"),
    ]
    with pytest.raises(NotFound):
        free_text.record_reveal(admin_ws, "samenvatting", [999_999])


def test_only_cases_the_user_may_see(admin_ws, register_path):
    mine, other = bruel_case(admin_ws), bruel_case(admin_ws, "VRH", None)
    users.add_user(admin_ws, "prof", PASSWORD, Role.PROFESSIONAL, areas=("HSB",), organisation="BUURTTEAM")
    users.add_user(admin_ws, "coord", PASSWORD, Role.COORDINATOR, organisation="GEMEENTE")
    admin_ws.close()  # one Casus at a time holds the register
    prof = login(register_path, "prof", PASSWORD)
    try:
        assert set(free_text.case_identifiers(prof, [mine, other])) == {mine}
        with pytest.raises(NotFound):
            free_text.record_reveal(prof, "samenvatting", [other])
    finally:
        prof.close()
    coordinator = login(register_path, "coord", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            free_text.case_identifiers(coordinator, [mine])
    finally:
        coordinator.close()
