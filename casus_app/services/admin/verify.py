"""`casus-app verify`: cipher and SQLite integrity, schema version, the audit chain and its signed
checkpoints, the key slots against the users, and the key epoch."""

from __future__ import annotations

from dataclasses import dataclass, field

from casus_app.domain.enums import Role
from casus_app.domain.errors import DamagedDatabase, DamagedKeySlots, PermissionDenied
from casus_app.services.workspace import Workspace
from casus_app.storage import audit, audit_anchor, migrations
from casus_app.storage.keys import key_rotation, slot_records
from casus_app.storage.keys.keyslots import KeySlotFile
from casus_app.storage.keys.slot_crypto import anchor_public
from casus_app.storage.register import sidecar_path


@dataclass
class VerifyReport:
    checks: list[tuple[str, bool, str]] = field(default_factory=list)  # (what, ok, Dutch detail)

    @property
    def ok(self) -> bool:
        return all(ok for _, ok, _ in self.checks)

    def add(self, what: str, ok: bool, detail: str) -> None:
        self.checks.append((what, ok, detail))


def verify(ws: Workspace) -> VerifyReport:
    """Every check, each with its own verdict; nothing is changed. For the beheerder only."""
    if ws.actor.role is not Role.ADMINISTRATOR:
        raise PermissionDenied(
            "Alleen een beheerder mag het register controleren. Vraag de beheerder om 'casus-app verify' "
            "uit te voeren."
        )
    report = VerifyReport()
    try:
        ws.register.check_integrity()
        report.add("Versleuteling en database", True, "cipher_integrity_check en integrity_check: in orde")
    except DamagedDatabase as exc:
        report.add("Versleuteling en database", False, exc.message)
    current = migrations.current_revision(ws.register.engine)
    head = migrations.head_revision()
    report.add("Schemaversie", current == head, f"register {current}, deze Casus {head}")
    on_disk = _sidecar_on_disk(ws, report)  # as it is now, also if it was edited during this session
    with ws.register.read_session() as session:
        problems = audit.verify_chain(session, on_disk.audit_head)
        seq, _ = audit.head(session)
    if problems:
        report.add("Auditlog", False, " ".join(p.message for p in problems[:20]))
    else:
        report.add("Auditlog", True, f"keten van {seq} regels is ongeschonden")
    _key_checks(ws, report, on_disk)
    return report


def _sidecar_on_disk(ws: Workspace, report: VerifyReport) -> KeySlotFile:
    """The sidecar read again from disk, its MAC checked under the register's key."""
    try:
        on_disk = KeySlotFile.load(sidecar_path(ws.register.path))
    except DamagedKeySlots as exc:
        report.add("Sleutelbestand", False, exc.message)
        return ws.register.slots
    on_disk.bind(ws.register.key)
    try:
        if on_disk.mac_ok():
            report.add("Sleutelbestand", True, "controlegetal (onder de databasesleutel) klopt")
        else:
            report.add(
                "Sleutelbestand",
                False,
                "Het sleutelbestand is buiten Casus gewijzigd: het "
                "controlegetal klopt niet. Meld u opnieuw aan; Casus herstelt het en noteert de verschillen "
                "in het auditlog.",
            )
    finally:
        on_disk.forget_key()
    return on_disk


def _key_checks(ws: Workspace, report: VerifyReport, keyfile: KeySlotFile) -> None:
    """The anchor and its checkpoints, the slots against the users, the key epoch, unlock findings."""
    register = ws.register
    own = anchor_public(register.anchor_private) if register.anchor_private is not None else None
    with register.read_session() as session:
        anchor = audit_anchor.full_problems(session, keyfile, own)
        last = audit_anchor.latest(session, keyfile)
        slots = slot_records.differences(session, keyfile)
        epoch = key_rotation.stored_epoch(session)
        pending = key_rotation.pending_plan(session)
    if anchor:
        report.add("Auditanker", False, " ".join(anchor[:10]))
    else:
        signed = (
            f"laatste ondertekende controlepunt bij regel {last.seq} ({last.hash[:12]}…)"
            if last
            else "nog geen controlepunt"
        )
        mine = (
            ""
            if own is not None
            else (
                " Uw sleutelplaats heeft de ankersleutel niet, dus u kunt geen controlepunten ondertekenen; "
                "laat een andere beheerder uw wachtwoord opnieuw instellen."
            )
        )
        report.add("Auditanker", True, f"controlepunten echt en in de keten; {signed}.{mine}")
    if slots:
        report.add("Sleutelplaatsen", False, " ".join(slots[:20]))
    else:
        report.add(
            "Sleutelplaatsen",
            True,
            f"{len(keyfile.slots)} sleutelplaatsen, elk van een actieve "
            "gebruiker of de herstelsleutel en vastgelegd in het register",
        )
    if pending is not None or epoch != keyfile.key_epoch:
        report.add(
            "Sleuteltijdvak",
            False,
            f"sleutelbestand {keyfile.key_epoch}, register {epoch}"
            + ("; er wacht een onderbroken sleutelvernieuwing" if pending is not None else ""),
        )
    else:
        report.add("Sleuteltijdvak", True, f"sleutelbestand en register: {epoch}")
    if register.findings:
        report.add("Bij het openen", False, "; ".join(register.findings[:20]) + " (zie het auditlog)")
