"""Viewing personal data, logged (NEN 7513): one audit entry per screen or output, naming what it showed.

Every service that returns a person's data reads first and then calls one function here, which
appends one entry in a transaction of its own (so read-only callers need no write transaction of
their own, and a view whose entry cannot be written fails instead of showing unlogged data).
An entry names the action (view, list, search), the kind of object, the casusnummers shown (up to
MAX_REFS, then a count) and the reason (case or meeting). It never holds case content: no name,
birth date, address or typed search text. A search logs which kind of text was searched for.

Lists paged as the user scrolls (the case list) log the query with its first page, and then each
further page that shows more cases, with just those cases: one entry per page a user actually
reached, never one per row. A page that brings nothing new is not logged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from casus_app.services import audit_events
from casus_app.services.workspace import Workspace
from casus_app.storage import audit

if TYPE_CHECKING:
    from casus_app.services.cases.queries import CaseFilter

# A page of the case list is 200; Mijn gezinnen of a beheerder may list a few hundred households.
MAX_REFS = 500

_CASE_REF = re.compile(r"\d{4}-\d+")
_POSTCODE = re.compile(r"[1-9][0-9]{3} ?[A-Za-z]{2}")
_FILTER_NAMES = (
    ("kind", "soort"),
    ("area_code", "gebied"),
    ("status", "status"),
    ("category", "categorie"),
    ("lead", "regie"),
    ("escalation", "escalatie"),
)


# -- wording ----------------------------------------------------------------------------------------
def ref_list(refs: Iterable[str], noun: tuple[str, str] = ("casus", "casussen")) -> str:
    """'3 casussen: 2026-00001, 2026-00007, 2026-00012'; beyond MAX_REFS the rest as a count."""
    unique = list(dict.fromkeys(refs))
    count = f"{len(unique)} {noun[0] if len(unique) == 1 else noun[1]}"
    if not unique:
        return count
    shown = ", ".join(unique[:MAX_REFS])
    rest = len(unique) - MAX_REFS
    return f"{count}: {shown}" + (f" en nog {rest}" if rest > 0 else "")


def search_kind(text: str) -> str:
    """What kind of text was searched for; the text itself may be a name and is never logged."""
    text = text.strip()
    if _CASE_REF.fullmatch(text):
        return "casusnummer"
    if _POSTCODE.fullmatch(text):
        return "postcode"
    if any(ch.isdigit() for ch in text):
        return "adres of nummer"
    return "naam of tekst"


def filter_text(flt: CaseFilter) -> str:
    """The case list's filter in words: codes and switches, never the search text."""
    parts = [f"{label} {getattr(flt, name)}" for name, label in _FILTER_NAMES if getattr(flt, name)]
    if flt.open_only:
        parts.append("alleen lopend")
    if flt.overdue_actions:
        parts.append("afspraak te laat")
    if flt.not_discussed_weeks is not None:
        parts.append(f"niet besproken in {flt.not_discussed_weeks} weken")
    return "filter: " + (", ".join(parts) or "geen") + f"; volgorde {flt.sort}"


def _append(ws: Workspace, event: audit.AuditEvent) -> None:
    with ws.register.session() as session:
        audit.append(session, event)


# -- one function per view --------------------------------------------------------------------------
def case_opened(
    ws: Workspace, ref: str, case_id: int, person_refs: Sequence[str], *, reason: str | None = None
) -> None:
    """A case shown in full: its data and every betrokkene (named by their ref within the case)."""
    details = "casus geopend; " + ref_list(person_refs, ("betrokkene", "betrokkenen"))
    _append(ws, audit_events.case_viewed(ws, details, ref=ref, case_id=case_id, reason=reason))


def case_part(ws: Workspace, ref: str, case_id: int, what: str, *, reason: str | None = None) -> None:
    """A part of one case on its own screen: the tijdlijn, the edit form."""
    _append(ws, audit_events.case_viewed(ws, what, ref=ref, case_id=case_id, reason=reason))


def case_list(
    ws: Workspace, flt: CaseFilter, refs: Sequence[str], *, first_page: bool, reason: str | None = None
) -> None:
    """A page of the case list or of search results (see the module's rule for further pages)."""
    kind = audit_events.cases_searched if flt.text else audit_events.cases_listed
    if not first_page:
        details = "casuslijst, verder gescrold: " + ref_list(refs)
    else:
        searched = f"gezocht op {search_kind(flt.text)} (zoektekst niet vastgelegd); " if flt.text else ""
        details = f"casuslijst; {searched}{filter_text(flt)}; getoond: {ref_list(refs)}"
    _append(ws, kind(ws, details, reason=reason))


def duplicate_check(ws: Workspace, probes: Sequence[str], refs: Sequence[str]) -> None:
    """The check for an open case with the same address or person, and which cases it returned."""
    on = " en ".join(filter(None, (", ".join(probes[:-1]), probes[-1]))) if probes else "niets ingevuld"
    _append(ws, audit_events.cases_searched(ws, f"dubbele-casuscontrole op {on}; gevonden: {ref_list(refs)}"))


def families(ws: Workspace, refs: Sequence[str]) -> None:
    """Mijn gezinnen: the households listed (their surnames are on the screen)."""
    _append(
        ws, audit_events.cases_listed(ws, "Mijn gezinnen; " + ref_list(refs, ("huishouden", "huishoudens")))
    )


def my_actions(ws: Workspace, organisation: str | None, refs: Sequence[str], count: int) -> None:
    """Mijn afspraken: an organisation's open afspraken (None: the user's own), and their cases."""
    noun = "afspraak" if count == 1 else "afspraken"
    whose = f"van {organisation}" if organisation else "(eigen)"
    _append(
        ws,
        audit_events.actions_listed(ws, f"Mijn afspraken {whose}; {count} {noun} in {ref_list(refs)}"),
    )


def meeting_view(ws: Workspace, meeting_ref: str, what: str, refs: Sequence[str]) -> None:
    """The agenda, verslag or afsprakenlijst of an overleg, with the cases it showed."""
    _append(ws, audit_events.meeting_viewed(ws, meeting_ref, f"{what}; {ref_list(refs)}"))


def plan_opened(
    ws: Workspace, ref: str, case_id: int, person_refs: Sequence[str], *, reason: str | None = None
) -> None:
    """A doorbraakplan shown in full, with the household's names."""
    details = "doorbraakplan geopend; " + ref_list(person_refs, ("betrokkene", "betrokkenen"))
    _append(ws, audit_events.plan_viewed(ws, ref, case_id, details, reason=reason))


def inzage_search(ws: Workspace, refs: Sequence[str], hits: int) -> None:
    """The beheerder's search for one person (name and birth date) and where it found them."""
    noun = "treffer" if hits == 1 else "treffers"
    _append(
        ws,
        audit_events.inzage_searched(
            ws, f"gezocht op naam en geboortedatum; {hits} {noun} in {ref_list(refs)}"
        ),
    )
