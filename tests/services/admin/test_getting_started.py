"""The beheerder's first steps are read from the register, whoever took them and how."""

from __future__ import annotations

import pytest

from casus_app.domain.enums import CaseKind, Role
from casus_app.domain.errors import PermissionDenied
from casus_app.services.admin import getting_started, users
from casus_app.services.admin.getting_started import Step
from casus_app.services.auth import login
from casus_app.services.backup import create
from casus_app.services.privacy import retention
from tests.conftest import PASSWORD


def done(ws) -> dict[Step, bool]:
    return {state.step: state.done for state in getting_started.steps(ws)}


def test_each_step_is_ticked_when_it_is_taken(admin_ws, tmp_path):
    assert done(admin_ws) == dict.fromkeys(Step, False)
    assert getting_started.worth_showing(admin_ws)

    users.add_user(admin_ws, "petra", PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    assert done(admin_ws)[Step.USERS] and not done(admin_ws)[Step.SECOND_ADMINISTRATOR]
    users.add_user(admin_ws, "tweede", PASSWORD, Role.ADMINISTRATOR)
    assert done(admin_ws)[Step.SECOND_ADMINISTRATOR]
    for kind in CaseKind:
        retention.set_retention_period(admin_ws, kind, 24)
    assert done(admin_ws)[Step.RETENTION]
    create.backup(admin_ws, tmp_path / "b.casusbackup")
    assert done(admin_ws) == dict.fromkeys(Step, True)
    assert not getting_started.worth_showing(admin_ws)


def test_not_shown_over_a_register_with_cases_nor_to_others(example_ws, register_path):
    assert not getting_started.worth_showing(example_ws)
    users.add_user(example_ws, "petra", PASSWORD, Role.PROFESSIONAL, areas=["HSB"])
    example_ws.close()
    ws = login.login(register_path, "petra", PASSWORD)
    try:
        assert not getting_started.worth_showing(ws)
        with pytest.raises(PermissionDenied):
            getting_started.steps(ws)
    finally:
        ws.close()
