"""Every export and PDF to a folder that does not exist: a Dutch message, no file, and no audit
entry claiming an export or a print that did not happen (issue 10, part 4)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casus_app.domain.errors import InvalidInput
from casus_app.reports.meetings import action_list, decision_note, minutes
from casus_app.reports.monitoring.formats import renderer_for
from casus_app.reports.plans import our_plan
from casus_app.reports.privacy import audit_report, inzage_report
from casus_app.services import documents
from casus_app.services.exchange.export import export_file
from casus_app.services.meetings import overleg
from casus_app.services.monitoring.export import export_counts
from casus_app.services.plans import plans
from casus_app.services.privacy import inzage
from casus_app.services.privacy.audit_trail import AuditFilter, export_pdf
from casus_app.storage.models import AuditEntry, BreakthroughPlan, Person


def _plan(ws):
    with ws.register.read_session() as session:
        plan_id = session.scalar(select(BreakthroughPlan.id))
    return plans.get_plan(ws, plan_id)


def _meeting_id(ws) -> int:
    return overleg.list_meetings(ws)[0].id


def _minutes(ws, out: Path) -> None:
    documents.write_minutes(ws, _meeting_id(ws), out, minutes.render)


def _action_list(ws, out: Path) -> None:
    documents.write_action_list(ws, _meeting_id(ws), out, action_list.render)


def _our_plan(ws, out: Path) -> None:
    documents.write_our_plan(ws, _plan(ws), out, our_plan.render)


def _decision_note(ws, out: Path) -> None:
    documents.write_decision_note(ws, _plan(ws), out, decision_note.render)


def _inzage(ws, out: Path) -> None:
    with ws.register.read_session() as session:
        person_id = session.scalar(select(Person.id))
    inzage.write_inzage_pdf(ws, [person_id], out, inzage_report.render)


EXPORTS: list[tuple[str, Callable]] = [
    ("uitwisselbestand", lambda ws, out: export_file(ws, out)),
    ("auditlog", lambda ws, out: export_pdf(ws, AuditFilter(), out, audit_report.render)),
    ("verslag", _minutes),
    ("afsprakenlijst", _action_list),
    ("ons plan", _our_plan),
    ("besluitnotitie", _decision_note),
    ("inzage", _inzage),
]


def _exports_and_prints(ws) -> int:
    with ws.register.read_session() as session:
        return session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action.in_(("export", "print")))
        )


@pytest.mark.parametrize("write", [e[1] for e in EXPORTS], ids=[e[0] for e in EXPORTS])
def test_export_to_a_missing_folder(example_ws, tmp_path, write) -> None:
    missing = tmp_path / "bestaat-niet"
    before = _exports_and_prints(example_ws)
    with pytest.raises(InvalidInput, match=f"De map {missing} bestaat niet"):
        write(example_ws, missing / "document.pdf")
    assert not missing.exists()
    assert _exports_and_prints(example_ws) == before


@pytest.mark.parametrize("name", ["casus.db", "casus.db.keys"])
def test_an_export_never_overwrites_the_register(example_ws, register_path, name) -> None:
    target = register_path.with_name(name)
    before = target.read_bytes()
    with pytest.raises(InvalidInput, match="het register zelf"):
        export_file(example_ws, target)
    with pytest.raises(InvalidInput, match="het register zelf"):
        export_counts(example_ws, "2026Q3", "csv", target, render=renderer_for("csv"))
    assert target.read_bytes() == before
