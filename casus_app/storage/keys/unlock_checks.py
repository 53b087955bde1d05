"""What happens right after an unlock, once K is known and the schema is current.

In this order:
1. A key rotation left pending by a crash is finished — unless the slot that opened is one the
   plan withdraws (then the login is refused and the plan stays for someone else to finish).
2. The sidecar is compared with the slot records (`slot_records.compare`): planted slots are
   dropped, interrupted changes adopted, every difference goes into the audit log. A login with
   a slot the register does not know is refused.
3. A key epoch that differs between sidecar and database, or a slot of a user who is no longer
   active, means someone outside the current users may hold K: a rotation finishes that.
4. The audit head and anchor (`audit_anchor`): a missing, shrunk or rewritten head, or a
   replaced anchor, refuses the login — except for a beheerder whose own slot holds the anchor,
   who may look into it (and, when the signed checkpoints still hold, restores the head).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from casus_app.domain.enums import AuditAction, Role
from casus_app.domain.errors import CasusError, DamagedKeySlots, RegisterUnavailable, Texts, WrongPassword
from casus_app.storage import audit, audit_anchor
from casus_app.storage.keys import key_rotation, slot_records
from casus_app.storage.keys.slot_crypto import Opening, anchor_public, new_anchor_key
from casus_app.storage.models import User

if TYPE_CHECKING:
    from casus_app.storage.register import Register

MAX_DETAILS = 900


class AuditHeadRefused(RegisterUnavailable):
    """The audit head or anchor was tampered with; only a beheerder holding the anchor may open."""


def _event(who: str, details: str, outcome: str = "ok") -> audit.AuditEvent:
    return audit.AuditEvent(
        action=AuditAction.KEY_MANAGEMENT.value,
        user_name=who,
        object_type="register",
        outcome=outcome,
        details=details[:MAX_DETAILS],
    )


def settle(register: Register, opening: Opening, name: str | None, password: str | None) -> None:
    who = name or "herstelsleutel"
    with register.read_session() as session:
        plan = key_rotation.pending_plan(session)
    if plan is not None:
        if opening.slot_id in plan.withdraw:
            raise _refused_slot(name)
        key_rotation.finish(register, plan, resumed=True)
        _check_slots(register, opening, who, mac_ok=True)
    else:
        _check_slots(register, opening, who, mac_ok=register.slots.mac_ok())
    _check_epoch(register, opening, who)
    _check_audit_head(register, opening, who, name, password)


def _refused_slot(name: str | None) -> CasusError:
    if name:
        return WrongPassword(
            "Onjuist wachtwoord voor gebruiker '{name}'. Controleer het wachtwoord en probeer het opnieuw.",
            name=name,
        )
    return DamagedKeySlots("Deze sleutelplaats is ingetrokken.")


def _check_slots(register: Register, opening: Opening, who: str, mac_ok: bool) -> None:
    keyfile = register.slots
    with register.session() as session:
        comparison = slot_records.compare(session, keyfile, mac_ok)
        refused = opening.slot_id in {s.slot_id for s in comparison.planted}
        findings = list(comparison.findings)
        if not mac_ok and not comparison.first_time:
            findings.insert(0, "sleutelbestand buiten Casus gewijzigd (het controlegetal klopte niet)")
        if refused:
            audit.append(
                session,
                _event(
                    who,
                    "inloggen geweigerd: sleutelplaats niet in het register vastgelegd; "
                    + "; ".join(findings),
                    outcome="refused",
                ),
            )
        else:
            for slot, user_id in comparison.adopt:
                slot_records.record(session, slot, user_id)
            if findings:
                audit.append(session, _event(who, "sleutelbestand gecontroleerd: " + "; ".join(findings)))
    register.findings.extend(findings)
    if refused:
        raise DamagedKeySlots(
            "Deze sleutelplaats hoort niet bij dit register: het sleutelbestand is buiten Casus gewijzigd. "
            "Log in met een ander account of met de herstelsleutel; de beheerder ziet dit in het auditlog."
        )
    if comparison.planted:
        keyfile.remove_slots(s.slot_id for s in comparison.planted)
    if comparison.planted or comparison.adopt or not mac_ok:
        keyfile.save()  # under K: the MAC is valid again, planted slots are gone


def _check_epoch(register: Register, opening: Opening, who: str) -> None:
    keyfile = register.slots
    with register.read_session() as session:
        epoch = key_rotation.stored_epoch(session)
        comparison = slot_records.compare(session, keyfile, mac_ok=True)
    inactive = [s.slot_id for s in comparison.inactive]
    if epoch == keyfile.key_epoch and not inactive:
        return
    if opening.slot_id in inactive:
        raise _refused_slot(who if who != "herstelsleutel" else None)
    reason = (
        f"sleuteltijdvak van sleutelbestand ({keyfile.key_epoch}) en register ({epoch}) verschilden"
        if epoch != keyfile.key_epoch
        else "sleutelplaats van een niet-actieve gebruiker gevonden"
    )
    plan = key_rotation.RotationPlan.for_event(
        _event(who, f"databasesleutel vernieuwd: {reason}"), withdraw=inactive
    )
    key_rotation.rotate(register, plan)


def _check_audit_head(
    register: Register, opening: Opening, who: str, name: str | None, password: str | None
) -> None:
    keyfile = register.slots
    own = anchor_public(opening.anchor_private) if opening.anchor_private is not None else None
    with register.read_session() as session:
        anchor_issues = audit_anchor.anchor_problems(session, keyfile, own)
        checkpoint_issues = audit_anchor.checkpoint_problems(session, keyfile)
        head_issues = audit_anchor.head_problems(session, keyfile)
        in_use = audit_anchor.anchor_in_use(session, keyfile)
    if not in_use and name and password and not anchor_issues and not head_issues:
        _establish_anchor(register, name, password, who)
        return
    problems = anchor_issues + checkpoint_issues + head_issues
    holder = own is not None and not anchor_issues
    if problems:
        register.findings.extend(problems)
        with register.session() as session:
            audit.append(session, _event(who, "auditlog: " + " ".join(problems), outcome="alarm"))
        if own is None:  # a beheerder whose own slot holds the anchor may still look into it
            raise AuditHeadRefused(
                "Het register is niet geopend: {problems} Dit wijst op geknoei met het auditlog of het "
                "sleutelbestand. Waarschuw de beheerder; die kan het register openen en controleren, of een "
                "back-up terugzetten met 'casus-app restore'.",
                problems=Texts(problems[:3], " "),
            )
    register.anchor_private = opening.anchor_private
    opening.anchor_private = None
    # Never sign over a chain or anchor found tampered with: that would bless the forgery.
    register.may_sign = holder and not checkpoint_issues
    if holder and not checkpoint_issues and register.sign_checkpoint() and head_issues:
        with register.session() as session:
            audit.append(
                session,
                _event(
                    who,
                    "kop van het auditlog hersteld na controle van de keten "
                    "tegen het ondertekende controlepunt",
                ),
            )
        register.save_audit_head()


def _establish_anchor(register: Register, name: str, password: str, who: str) -> None:
    """A register from before the anchor: its first beheerder login makes one (in their slot)."""
    keyfile = register.slots
    with register.read_session() as session:
        user = session.scalar(
            select(User).where(
                User.active.is_(True), User.role == Role.ADMINISTRATOR.value, User.name == name
            )
        )
        user_id = user.id if user is not None else None
    if user_id is None or keyfile.slot_of(name) is None:
        return
    anchor = new_anchor_key()
    slot = keyfile.add_user(name, password, register.key, anchor_private=anchor)
    # The database first, with the first checkpoint in the same transaction: a crash before the
    # sidecar is saved leaves the old slot (adopted again) and an anchor nobody holds yet.
    with register.session() as session:
        slot_records.record(session, slot, user_id)
        audit_anchor.store_public(session, anchor_public(anchor))
        audit.append(session, _event(who, "auditanker aangemaakt"))
        session.flush()
        checkpoint = audit_anchor.sign_current(session, keyfile, anchor)
    if checkpoint is not None:  # None: the chain does not verify; `verify` says so
        keyfile.set_checkpoint(checkpoint)
        keyfile.set_audit_head(checkpoint.seq, checkpoint.hash)
    keyfile.save()
    register.anchor_private = anchor
