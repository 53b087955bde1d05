"""The telephone number on a user's profile: set by the user, or by a beheerder; checked; logged
without the number; printed in 'Ons plan' through the plan's linked coach."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, PermissionDenied
from casus_app.services.admin import profile, user_admin
from casus_app.services.admin.users import add_user
from casus_app.services.auth import login as auth
from casus_app.services.plans import plans
from casus_app.storage.models import AuditEntry

COACH, COACH_PASSWORD = "coach", "gezinscoach wachtwoord"


def details(ws) -> list[str]:
    with ws.register.read_session() as session:
        return list(
            session.scalars(
                select(AuditEntry.details)
                .where(AuditEntry.details.like("%telefoonnummer%"))
                .order_by(AuditEntry.seq)
            )
        )


def test_a_coach_sets_their_own_number_and_the_beheerder_anyones(example_ws):
    add_user(example_ws, COACH, COACH_PASSWORD, Role.FAMILY_COACH, display_name="Gezinscoach 1")
    example_ws.close()
    ws = auth.login(example_ws.register.path, COACH, COACH_PASSWORD)
    try:
        assert profile.my_phone(ws) is None
        assert profile.set_my_phone(ws, "+31 6 1234 5678") == "06-12345678"
        assert profile.my_phone(ws) == "06-12345678"
        profile.set_my_phone(ws, "06 12345678")  # the same number: nothing changes, nothing logged
        with pytest.raises(InvalidInput, match="geen Nederlands telefoonnummer"):
            profile.set_my_phone(ws, "12345")
        assert profile.my_phone(ws) == "06-12345678"  # a refused number keeps the old one
        with pytest.raises(PermissionDenied):
            profile.set_user_phone(ws, "beheer", "045-5601234")
        # The plan of the household names this coach: its detail carries the number for 'Ons plan'.
        assert plans.get_plan(ws, plans.find_plan(ws, 3)).coach_phone == "06-12345678"
    finally:
        ws.close()
    admin = auth.login(example_ws.register.path, "beheer", "een lang wachtwoord")
    try:
        assert profile.set_user_phone(admin, COACH, "045 560 1234") == "045-5601234"
        assert {u.name: u.phone for u in user_admin.list_users(admin)}[COACH] == "045-5601234"
        assert profile.set_user_phone(admin, COACH, "") is None
        assert details(admin) == [
            "eigen telefoonnummer gewijzigd",
            "telefoonnummer gewijzigd",
            "telefoonnummer verwijderd",
        ]
    finally:
        admin.close()
