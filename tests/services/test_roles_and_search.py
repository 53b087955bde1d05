"""Need-to-know in the services: who sees which cases, and a coordinator sees none."""

from __future__ import annotations

import pytest

from casus_app.domain.enums import Role
from casus_app.domain.errors import NotFound, PermissionDenied
from casus_app.services import auth
from casus_app.services.cases import CaseFilter, count_cases, get_case, list_cases
from casus_app.services.users import add_user


@pytest.fixture
def logins(example_ws, register_path):
    add_user(example_ws, "hsb", "hoensbroek wachtwoord", Role.PROFESSIONAL, areas=["HSB"])
    add_user(example_ws, "coco", "coordinator wachtwoord", Role.COORDINATOR)
    add_user(example_ws, "coach", "gezinscoach wachtwoord", Role.FAMILY_COACH, display_name="gezinscoach 1")
    add_user(example_ws, "andere", "andere coach wachtwoord", Role.FAMILY_COACH, display_name="Iemand Anders")
    example_ws.close()
    opened = []

    def login(name, password):
        ws = auth.login(register_path, name, password)
        opened.append(ws)
        return ws

    yield login
    for ws in opened:
        ws.close()


def test_professional_sees_only_their_gebieden(logins):
    ws = logins("hsb", "hoensbroek wachtwoord")
    refs = {row.ref for row in list_cases(ws)}
    assert refs == {"2026-001"}
    assert count_cases(ws) == 1
    hidden = 0
    # A case of another gebied cannot be opened by id either, and the message reveals nothing.
    for case_id in range(1, 4):
        try:
            get_case(ws, case_id)
        except NotFound as exc:
            hidden += 1
            assert "geen toegang" in exc.message
    assert hidden == 2


def test_coordinator_gets_nothing_personal(logins):
    ws = logins("coco", "coordinator wachtwoord")
    for call in (lambda: list_cases(ws), lambda: count_cases(ws), lambda: get_case(ws, 1),
                 lambda: list_cases(ws, CaseFilter(text="Voorbeeld"))):  # fmt: skip
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert "Voorbeeld" not in caught.value.message and "2026-" not in caught.value.message


def test_family_coach_sees_only_their_households(logins):
    ws = logins("coach", "gezinscoach wachtwoord")
    assert [row.ref for row in list_cases(ws)] == ["2026-003"]
    ws.close()
    other = logins("andere", "andere coach wachtwoord")
    assert list_cases(other) == []


def test_search_by_name_address_and_ref(example_ws):
    def refs(text):
        return sorted(row.ref for row in list_cases(example_ws, CaseFilter(text=text)))

    assert refs("voorbeeld") == ["2026-001", "2026-003"]
    assert refs("Sanne") == ["2026-003"]
    assert refs("voorbeeldstr") == ["2026-001"]  # prefix of the street
    assert refs("6431") == ["2026-001"]
    assert refs("garageboxen") == ["2026-002"]  # summary text
    assert refs("noah voorbeeld") == ["2026-003"]
    assert refs('"; DROP TABLE cases; --') == []
    assert count_cases(example_ws, CaseFilter(text="voorbeeld")) == 2


def test_paging_is_complete_and_ordered(example_ws):
    first = list_cases(example_ws, limit=2)
    rest = list_cases(example_ws, after=first[-1].sort_key, limit=2)
    all_rows = first + rest
    assert len(all_rows) == 3
    assert [r.start_date for r in all_rows] == sorted((r.start_date for r in all_rows), reverse=True)
