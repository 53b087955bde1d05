"""Free text on a projected screen: who the betrokkenen of the cases shown are (to mask them), and
the chair's "Tonen" of a hidden field, which is written to the audit log.

Nothing here shows a name: the identifiers are only searched for, so reading them is not a view.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from casus_app.domain.errors import NotFound
from casus_app.services import audit_events
from casus_app.services.access import require_case_access, visible_cases
from casus_app.services.privacy.masking import Address, Identifiers, identifiers
from casus_app.services.privacy.masking import Person as MaskPerson
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Case, Person

_CHUNK = 500  # SQLite's limit on bound parameters is far above this; keeps one query small


def case_identifiers(ws: Workspace, case_ids: Iterable[int]) -> dict[int, Identifiers]:
    """Per case the names, birth dates and address of its betrokkenen; cases the user may not see
    are left out (their text is not shown either)."""
    require_case_access(ws.actor)
    ids = sorted(set(case_ids))
    persons: dict[int, list[MaskPerson]] = {i: [] for i in ids}
    addresses: dict[int, Address] = {}
    with ws.register.read_session() as session:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            visible = select(Case.id).where(Case.id.in_(chunk), visible_cases(ws.actor))
            for case_id, street, number, suffix, postcode in session.execute(
                select(Case.id, Case.street, Case.house_number, Case.house_suffix, Case.postcode).where(
                    Case.id.in_(visible)
                )
            ):
                addresses[case_id] = Address(street, number, suffix, postcode)
            for case_id, first, infix, last, born in session.execute(
                select(
                    Person.case_id, Person.first_name, Person.infix, Person.last_name, Person.birth_date
                ).where(Person.case_id.in_(visible))
            ):
                persons[case_id].append(MaskPerson(first, infix, last, born))
    return {case_id: identifiers(persons[case_id], [address]) for case_id, address in addresses.items()}


def record_reveal(ws: Workspace, what: str, case_ids: Iterable[int] = ()) -> None:
    """In presentation mode the chair pressed "Tonen" on `what` (a field such as "samenvatting", or a
    column of a list): one audit entry, naming the one case or counting the cases it showed."""
    require_case_access(ws.actor)
    ids = sorted(set(case_ids))
    details = f"presentatiemodus: {what} getoond"
    with ws.register.session() as session:
        if len(ids) == 1:
            ref = session.scalar(select(Case.ref).where(Case.id == ids[0], visible_cases(ws.actor)))
            if ref is None:
                raise NotFound("Deze casus bestaat niet of u heeft er geen toegang toe.")
            event = audit_events.case_viewed(ws, details, ref=ref, case_id=ids[0])
        else:
            event = audit_events.case_viewed(ws, f"{details} ({len(ids)} casussen)")
        audit.append(session, event)
