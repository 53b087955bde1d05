"""Import and export through the real register: all or nothing, and a faithful round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import func, select

from casus_app.domain.errors import ImportRejected, PermissionDenied
from casus_app.services.auth import login
from casus_app.services.exchange.export import export_file
from casus_app.services.exchange.importer import import_file
from casus_app.storage.models import Action, AuditEntry, Case, Person
from tests.conftest import ADMIN, EXAMPLE, PASSWORD, SCHEMA_PATH

SCHEMA = json.loads(SCHEMA_PATH.read_text("utf-8"))


def _counts(ws) -> tuple[int, int, int]:
    with ws.register.read_session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) for model in (Case, Person, Action)
        )


def _normalised(document: dict) -> dict:
    """Drop what an exporter may legitimately add (nulls, empty lists) before comparing."""

    def clean(value):
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if v not in (None, [], "")}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    cases = sorted((clean(c) for c in document["casussen"]), key=lambda c: c["ref"])
    for case in cases:
        if "adres" in case and "postcode" in case["adres"]:
            case["adres"]["postcode"] = case["adres"]["postcode"].replace(" ", "").upper()
    meetings = sorted((clean(m) for m in document.get("overleggen", [])), key=lambda m: m["ref"])
    for meeting in meetings:
        meeting["aanwezig"] = sorted(meeting.get("aanwezig", []))
    return {"casussen": cases, "overleggen": meetings}


def test_example_round_trips(example_ws, tmp_path):
    out = tmp_path / "export.json"
    assert export_file(example_ws, out) == 3
    exported = json.loads(out.read_text("utf-8"))
    Draft202012Validator(SCHEMA).validate(exported)
    original = json.loads(EXAMPLE.read_text("utf-8"))
    assert _normalised(exported) == _normalised(original)

    second, _ = login.create_register(tmp_path / "tweede" / "casus.db", ADMIN, PASSWORD)
    try:
        import_file(second, out)
        again = tmp_path / "again.json"
        export_file(second, again)
        assert _normalised(json.loads(again.read_text("utf-8"))) == _normalised(exported)
    finally:
        second.close()


def test_invalid_file_changes_nothing_and_lists_every_error(example_ws, tmp_path):
    document = json.loads(EXAMPLE.read_text("utf-8"))
    for case in document["casussen"]:
        case["ref"] = case["ref"] + "-nieuw"
    document["casussen"][0]["afspraken"][0]["deadline"] = "2026-01-01"
    document["casussen"][2]["gebied"] = "ONBEKEND"
    bad = tmp_path / "fout.json"
    bad.write_text(json.dumps(document), "utf-8")
    before = _counts(example_ws)
    with pytest.raises(ImportRejected) as caught:
        import_file(example_ws, bad)
    places = [place for place, _ in caught.value.errors]
    assert "casussen[0].afspraken[0].deadline" in places
    assert any(place.startswith("casussen[2].gebied") for place in places)
    assert "Er is niets gewijzigd" in caught.value.message
    assert _counts(example_ws) == before


def test_importing_an_existing_ref_is_refused(example_ws):
    with pytest.raises(ImportRejected) as caught:
        import_file(example_ws, EXAMPLE)
    assert any("bestaat al" in text for _, text in caught.value.errors)


def test_failure_while_writing_rolls_everything_back(example_ws, tmp_path, monkeypatch):
    from casus_app.services.exchange import importer

    document = json.loads(EXAMPLE.read_text("utf-8"))
    for case in document["casussen"]:
        case["ref"] += "-b"
    for meeting in document["overleggen"]:
        meeting["ref"] += "-b"
        for item in meeting["besproken"]:
            item["casus"] += "-b"
    source = tmp_path / "b.json"
    source.write_text(json.dumps(document), "utf-8")
    before = _counts(example_ws)

    def explode(self, meetings):
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(importer._Writer, "write_meetings", explode)
    with pytest.raises(RuntimeError):
        import_file(example_ws, source)
    assert _counts(example_ws) == before


def test_import_and_export_are_audited(example_ws, tmp_path):
    export_file(example_ws, tmp_path / "e.json")
    with example_ws.register.read_session() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert "import" in actions and "export" in actions


def test_only_a_beheerder_imports(example_ws, register_path, tmp_path):
    from casus_app.domain.enums import Role
    from casus_app.services.admin.users import add_user

    add_user(example_ws, "piet", "piet zijn wachtwoord", Role.PROFESSIONAL, areas=["HSB"])
    example_ws.close()
    ws = login.login(register_path, "piet", "piet zijn wachtwoord")
    try:
        with pytest.raises(PermissionDenied):
            import_file(ws, EXAMPLE)
        with pytest.raises(PermissionDenied):
            export_file(ws, tmp_path / "x.json")
        assert not Path(tmp_path / "x.json").exists()
    finally:
        ws.close()
