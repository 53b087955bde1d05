"""The check before a verslag or afsprakenlijst is written: does its free text name a betrokkene?

The documents promise casusnummers, buurten and categories only, but the notes, decisions and
afspraken are typed by people. Before writing, every free text of the document is searched for the
names, addresses, postcodes and birth dates of the betrokkenen of the cases in it. The chair sees
each hit and replaces it or confirms that it may stay (which is written to the audit log); a hit
that was not confirmed never reaches the PDF: it is masked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select

from casus_app.domain.errors import marked
from casus_app.services import audit_events
from casus_app.services.cases.actions import ActionItem
from casus_app.services.meetings.minutes import ActionList, Minutes, action_list, minutes
from casus_app.services.meetings.overleg import get_meeting
from casus_app.services.privacy import masking
from casus_app.services.privacy.free_text import case_identifiers
from casus_app.services.privacy.redaction import fold
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Case

MINUTES, ACTION_LIST = "verslag", "afsprakenlijst"
# Codes that are also the Dutch names (the interface translates them: `marked`).
NOTE, DECISIONS, CLOSING, ACTION, ACTION_PERSON = (
    marked("notitie"),
    marked("besluiten"),
    marked("afsluiting"),
    marked("afspraak"),
    marked("uitvoerder"),
)
_CONTEXT = 40  # characters shown on either side of a hit


@dataclass(frozen=True)
class Hit:
    """One place in the document's free text that names a betrokkene."""

    passage: str  # which text: "2026-00012/notitie", "afspraak 31/afspraak"
    case_ref: str
    field: str  # NOTE, DECISIONS, CLOSING, ACTION or ACTION_PERSON
    kind: str  # masking.NAME, ADDRESS, POSTCODE or BIRTH_DATE
    found: str  # the words as they stand in the text
    start: int
    context: str  # the text around it, the hit between »«, other hits masked

    @property
    def key(self) -> tuple[str, int, str]:
        """Stays the same while the text does; a decision for a changed text no longer applies."""
        return (self.passage, self.start, fold(self.found))


@dataclass(frozen=True)
class Decision:
    """The chair's answer to one hit: keep it as it is, or put `replacement` in its place."""

    keep: bool = False
    replacement: str | None = None  # None (and not kept): the mark, such as "[naam]"


Decisions = Mapping[tuple[str, int, str], Decision]


@dataclass(frozen=True)
class DocumentCheck:
    document: str  # MINUTES or ACTION_LIST
    meeting_id: int
    hits: list[Hit]


# -- checking ------------------------------------------------------------------------------------------


def check_minutes(ws: Workspace, meeting_id: int) -> DocumentCheck:
    """The hits in the verslag of a meeting; showing them to the chair is logged."""
    data = minutes(ws, meeting_id, log=False)  # _shown logs what the chair sees
    hits = _Checker(ws, _case_refs(data)).minutes_hits(data)
    return _shown(ws, DocumentCheck(MINUTES, meeting_id, hits))


def check_action_list(
    ws: Workspace, meeting_id: int, *, organisations: list[str] | None = None
) -> DocumentCheck:
    data = action_list(ws, meeting_id, organisations=organisations, log=False)  # _shown logs it
    hits = _Checker(ws, _action_list_refs(data)).action_list_hits(data)
    return _shown(ws, DocumentCheck(ACTION_LIST, meeting_id, hits))


def replacement_problem(ws: Workspace, hit: Hit, replacement: str) -> str | None:
    """Why the chair's replacement text cannot be used (it names a betrokkene too), or None."""
    ids = _Checker(ws, {hit.case_ref}).ids(hit.case_ref)
    if masking.contains(replacement, ids):
        return "Ook deze tekst noemt een betrokkene. Kies andere woorden, of laat het masker staan."
    return None


# -- the document as it will be written ------------------------------------------------------------------


def checked_minutes(
    ws: Workspace, meeting_id: int, decisions: Decisions | None = None
) -> tuple[Minutes, list[Hit]]:
    """The verslag's data with every hit masked or replaced unless kept; and the hits kept."""
    data = minutes(ws, meeting_id, log=False)  # the print entry (meetings.print_event) names its cases
    checker = _Checker(ws, _case_refs(data), decisions or {})
    cases = []
    for case in data.discussed:
        ref = case.ref
        cases.append(
            replace(
                case,
                note=checker.apply(ref, f"{ref}/{NOTE}", NOTE, case.note),
                decisions=checker.apply(ref, f"{ref}/{DECISIONS}", DECISIONS, case.decisions),
                closed=checker.apply(ref, f"{ref}/{CLOSING}", CLOSING, case.closed),
                new_actions=[checker.action(a) for a in case.new_actions],
                finished_actions=[checker.action(a) for a in case.finished_actions],
            )
        )
    open_actions = [checker.action(a) for a in data.open_actions]
    return replace(data, discussed=cases, open_actions=open_actions), checker.kept


def checked_action_list(
    ws: Workspace,
    meeting_id: int,
    decisions: Decisions | None = None,
    *,
    organisations: list[str] | None = None,
) -> tuple[ActionList, list[Hit]]:
    data = action_list(ws, meeting_id, organisations=organisations, log=False)  # logged as printed
    checker = _Checker(ws, _action_list_refs(data), decisions or {})
    grouped = {name: [checker.action(a) for a in items] for name, items in data.by_organisation.items()}
    return replace(data, by_organisation=grouped), checker.kept


def masked_actions(ws: Workspace, actions: list[ActionItem]) -> list[ActionItem]:
    """The afspraken with every betrokkene named in them masked: for a document no one checks hit by
    hit (the agenda sent before an overleg)."""
    checker = _Checker(ws, {a.case_ref for a in actions})
    return [checker.action(a) for a in actions]


def record_confirmations(ws: Workspace, meeting_id: int, document: str, kept: Iterable[Hit]) -> None:
    """One audit entry per hit the chair let stand: which case, which field, what kind (never the words)."""
    kept = _unique(kept)
    if not kept:
        return
    meeting = get_meeting(ws, meeting_id)
    refs = _case_ids(ws, {hit.case_ref for hit in kept})
    with ws.register.session() as session:
        for hit in kept:
            audit.append(
                session,
                audit_events.meeting_printed(
                    ws,
                    meeting.ref,
                    f"{document}: {hit.kind} in {hit.field} van casus {hit.case_ref} bevestigd door de voorzitter",
                    case_id=refs.get(hit.case_ref),
                ),
            )


# -- the work ------------------------------------------------------------------------------------------


class _Checker:
    def __init__(self, ws: Workspace, refs: set[str], decisions: Decisions | None = None) -> None:
        ids = _case_ids(ws, refs)
        by_id = case_identifiers(ws, ids.values())
        self._ids = {ref: by_id.get(case_id, masking.Identifiers()) for ref, case_id in ids.items()}
        self.decisions = decisions or {}
        self.kept: list[Hit] = []

    def ids(self, ref: str) -> masking.Identifiers:
        return self._ids.get(ref, masking.Identifiers())

    def hits(self, ref: str, passage: str, field: str, text: str | None) -> list[Hit]:
        found = masking.find(text, self.ids(ref))
        return [_hit(ref, passage, field, text or "", f, found) for f in found]

    def minutes_hits(self, data: Minutes) -> list[Hit]:
        hits = []
        for case in data.discussed:
            for field, text in ((NOTE, case.note), (DECISIONS, case.decisions), (CLOSING, case.closed)):
                hits += self.hits(case.ref, f"{case.ref}/{field}", field, text)
            for action in (*case.new_actions, *case.finished_actions):
                hits += self.action_hits(action)
        for action in data.open_actions:
            hits += self.action_hits(action)
        return _unique(hits)

    def action_list_hits(self, data: ActionList) -> list[Hit]:
        return _unique(
            [h for items in data.by_organisation.values() for a in items for h in self.action_hits(a)]
        )

    def action_hits(self, action: ActionItem) -> list[Hit]:
        return [
            *self.hits(action.case_ref, f"afspraak {action.id}/{ACTION}", ACTION, action.description),
            *self.hits(
                action.case_ref, f"afspraak {action.id}/{ACTION_PERSON}", ACTION_PERSON, action.owner_person
            ),
        ]

    def apply(self, ref: str, passage: str, field: str, text: str | None) -> str | None:
        if not text:
            return text
        ids = self.ids(ref)
        found = masking.find(text, ids)
        changes = []
        for f in found:
            hit = _hit(ref, passage, field, text, f, found)
            decision = self.decisions.get(hit.key, Decision())
            if decision.keep:
                self.kept.append(hit)
                continue
            new = decision.replacement
            if new is None or masking.contains(new, ids):
                new = masking.MARKS[f.kind]
            changes.append((f, new))
        return masking.replace(text, changes)

    def action(self, item: ActionItem) -> ActionItem:
        return replace(
            item,
            description=self.apply(item.case_ref, f"afspraak {item.id}/{ACTION}", ACTION, item.description)
            or "",
            owner_person=self.apply(
                item.case_ref, f"afspraak {item.id}/{ACTION_PERSON}", ACTION_PERSON, item.owner_person
            ),
        )


def _hit(
    ref: str, passage: str, field: str, text: str, found: masking.Found, others: list[masking.Found]
) -> Hit:
    begin, end = max(0, found.start - _CONTEXT), min(len(text), found.end + _CONTEXT)

    pieces, last = [], begin
    for other in others:
        if other.end <= begin or other.start >= end:
            continue
        pieces.append(text[last : max(last, other.start)])
        pieces.append(f"»{other.text}«" if other == found else masking.MARKS[other.kind])
        last = max(last, other.end)
    pieces.append(text[last:end])
    context = "".join(pieces)
    context = "…" + context.lstrip() if begin else context
    context = context.rstrip() + "…" if end < len(text) else context
    return Hit(
        passage=passage,
        case_ref=ref,
        field=field,
        kind=found.kind,
        found=found.text,
        start=found.start,
        context=context,
    )


def _unique(hits: Iterable[Hit]) -> list[Hit]:
    """An open afspraak can stand twice in the verslag (new, and still open): one hit per place."""
    seen: dict[tuple[str, int, str], Hit] = {}
    for hit in hits:
        seen.setdefault(hit.key, hit)
    return list(seen.values())


def _case_refs(data: Minutes) -> set[str]:
    refs = {case.ref for case in data.discussed}
    refs |= {a.case_ref for case in data.discussed for a in (*case.new_actions, *case.finished_actions)}
    return refs | {a.case_ref for a in data.open_actions}


def _action_list_refs(data: ActionList) -> set[str]:
    return {a.case_ref for items in data.by_organisation.values() for a in items}


def _case_ids(ws: Workspace, refs: set[str]) -> dict[str, int]:
    if not refs:
        return {}
    with ws.register.read_session() as session:
        return dict(session.execute(select(Case.ref, Case.id).where(Case.ref.in_(sorted(refs)))).all())


def _shown(ws: Workspace, check: DocumentCheck) -> DocumentCheck:
    """The chair sees the hits, names included: that is a view of personal data, logged once."""
    if check.hits:
        meeting = get_meeting(ws, check.meeting_id)
        cases = len({hit.case_ref for hit in check.hits})
        with ws.register.session() as session:
            audit.append(
                session,
                audit_events.meeting_viewed(
                    ws,
                    meeting.ref,
                    f"controle {check.document}: {len(check.hits)} treffers in {cases} casussen getoond",
                ),
            )
    return check
