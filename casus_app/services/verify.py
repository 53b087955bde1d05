"""`casus-app verify`: cipher and SQLite integrity, schema version and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from casus_app.domain.errors import DamagedDatabase
from casus_app.storage import audit, migrations

from .workspace import Workspace


@dataclass
class VerifyReport:
    checks: list[tuple[str, bool, str]] = field(default_factory=list)  # (what, ok, Dutch detail)

    @property
    def ok(self) -> bool:
        return all(ok for _, ok, _ in self.checks)

    def add(self, what: str, ok: bool, detail: str) -> None:
        self.checks.append((what, ok, detail))


def verify(ws: Workspace) -> VerifyReport:
    """Every check, each with its own verdict; nothing is changed."""
    report = VerifyReport()
    try:
        ws.register.check_integrity()
        report.add("Versleuteling en database", True, "cipher_integrity_check en integrity_check: in orde")
    except DamagedDatabase as exc:
        report.add("Versleuteling en database", False, exc.message)
    current = migrations.current_revision(ws.register.engine)
    head = migrations.head_revision()
    report.add("Schemaversie", current == head, f"register {current}, deze Casus {head}")
    with ws.register.read_session() as session:
        problems = audit.verify_chain(session, ws.register.slots.audit_head)
        seq, _ = audit.head(session)
    if problems:
        report.add("Auditlog", False, " ".join(p.message for p in problems[:20]))
    else:
        report.add("Auditlog", True, f"keten van {seq} regels is ongeschonden")
    return report
