"""Reading cases: the case list (paged, filtered, searched) and one case in full, audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, Select, func, or_, select, text, tuple_
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, aliased

from casus_app.domain import clock
from casus_app.services.access import require_case, require_case_access, visible_cases
from casus_app.services.privacy import view_log
from casus_app.services.workspace import Workspace
from casus_app.storage.models import (
    Action,
    Area,
    Breakthrough,
    BreakthroughPlan,
    Case,
    Category,
    ClosingReason,
    Discussion,
    Meeting,
    Organisation,
    case_categories,
)
from casus_app.storage.search_index import match_expression

PAGE_SIZE = 200


# Orders of the case list, each pageable by its own key (see CaseRow.sort_key).
SORT_NEWEST, SORT_OLDEST, SORT_REF, SORT_ESCALATION = "nieuwste", "oudste", "casusnummer", "escalatie"
STATUS_OPEN, STATUS_CLOSED = "lopend", "afgesloten"


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    kind: str | None = None
    area_code: str | None = None
    open_only: bool = False
    status: str | None = None  # STATUS_OPEN or STATUS_CLOSED
    category: str | None = None  # code: the hoofdcategorie or one of the further categories
    lead: str | None = None  # code of the organisation with regie
    escalation: str | None = None
    overdue_actions: bool = False  # an open afspraak past its deadline
    not_discussed_weeks: int | None = None  # open, and not discussed in an overleg for this many weeks
    sort: str = SORT_NEWEST


@dataclass(frozen=True)
class CaseRow:
    id: int
    ref: str
    kind: str
    area: str
    neighbourhood: str | None
    address: str
    category: str
    start_date: dt.date
    end_date: dt.date | None
    lead: str | None
    key: tuple | None = None
    street: str | None = (
        None  # the address without house number, for presentation mode  # the paging key of a sort other than newest first
    )

    @property
    def sort_key(self) -> tuple:
        return self.key if self.key is not None else (self.start_date, self.id)


@dataclass(frozen=True)
class PersonView:
    id: int
    ref: str
    first_name: str | None
    infix: str | None
    last_name: str
    birth_date: dt.date | None
    role: str

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.infix, self.last_name) if part)


@dataclass(frozen=True)
class ActionView:
    id: int
    ref: str
    description: str
    owner: str
    owner_person: str | None
    agreed_on: dt.date
    deadline: dt.date
    done_on: dt.date | None
    cancelled_on: dt.date | None
    owner_name: str | None = None
    result: str | None = None
    snoozed_until: dt.date | None = None  # out of "Mijn afspraken" until this day
    owner_user_id: int | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.done_on is None and self.cancelled_on is None and self.deadline < today

    def is_snoozed(self, today: dt.date) -> bool:
        return (
            self.done_on is None
            and self.cancelled_on is None
            and self.snoozed_until is not None
            and today < self.snoozed_until
        )


@dataclass(frozen=True)
class DiscussionView:
    meeting_ref: str
    meeting_kind: str
    date: dt.date
    note: str | None
    decisions: str | None = None


@dataclass(frozen=True)
class CaseDetail:
    id: int
    ref: str
    kind: str
    area: str
    area_name: str
    neighbourhood: str | None
    street: str | None
    house_number: str | None
    house_suffix: str | None
    postcode: str | None
    city: str | None
    category: str
    category_name: str
    reported_by: str
    lead: str | None
    escalation: str
    start_date: dt.date
    end_date: dt.date | None
    closing_reason: str | None
    result: str | None
    summary: str | None
    risk: str | None
    persons: list[PersonView] = field(default_factory=list)
    actions: list[ActionView] = field(default_factory=list)
    reported_by_name: str | None = None
    lead_name: str | None = None
    closing_reason_name: str | None = None
    discussions: list[DiscussionView] = field(default_factory=list)
    breakthroughs: list[str] = field(default_factory=list)

    @property
    def address(self) -> str:
        number = " ".join(p for p in (self.house_number, self.house_suffix) if p)
        return " ".join(p for p in (self.street, number) if p)


def _list_query(ws: Workspace, flt: CaseFilter) -> Select:
    lead = aliased(Organisation)
    query = (
        select(
            Case.id,
            Case.ref,
            Case.kind,
            Area.code.label("area"),
            Case.neighbourhood,
            Case.street,
            Case.house_number,
            Case.house_suffix,
            Category.name.label("category"),
            Case.start_date,
            Case.end_date,
            lead.code.label("lead"),
        )
        .join(Area, Area.id == Case.area_id)
        .join(Category, Category.id == Case.main_category_id)
        .outerjoin(lead, lead.id == Case.lead_organisation_id)
        .where(visible_cases(ws.actor))
    )
    return _apply_filter(query, flt)


def _apply_filter(query: Select, flt: CaseFilter) -> Select:
    if flt.kind:
        query = query.where(Case.kind == flt.kind)
    if flt.area_code:
        query = query.where(
            Case.area_id == select(Area.id).where(Area.code == flt.area_code).scalar_subquery()
        )
    if flt.open_only:
        query = query.where(Case.end_date.is_(None))
    query = _apply_more_filters(query, flt)
    expression = match_expression(flt.text)
    if expression:
        matches = text("SELECT rowid FROM case_search WHERE case_search MATCH :match").bindparams(
            match=expression
        )
        query = query.where(Case.id.in_(matches))
    return query


def list_cases(
    ws: Workspace,
    flt: CaseFilter = CaseFilter(),
    *,
    after: tuple | None = None,
    limit: int = PAGE_SIZE,
) -> list[CaseRow]:
    """One page of the case list, newest first; pass the last row's sort_key to get the next page.

    Logged: the first page with the filter (and the kind of search text, never the text), each
    further page that shows cases with just those casusnummers (`view_log`'s rule for paged lists).
    """
    require_case_access(ws.actor)
    keys, descending = _sort_keys(flt.sort)
    key_names = [f"sort_key_{i}" for i in range(len(keys))]
    query = _list_query(ws, flt).add_columns(
        *(k.label(name) for k, name in zip(keys, key_names, strict=True))
    )
    own_key = flt.sort != SORT_NEWEST
    with ws.register.read_session() as session:
        rows: Sequence[Row[Any]]
        if flt.sort == SORT_ESCALATION:
            rows = _by_escalation(session, query, after, limit)
        else:
            rows = session.execute(_page(query, keys, descending, after, limit)).all()
    if after is None or rows:
        view_log.case_list(ws, flt, [r.ref for r in rows], first_page=after is None)
    return [
        CaseRow(
            id=r.id,
            ref=r.ref,
            kind=r.kind,
            area=r.area,
            neighbourhood=r.neighbourhood,
            address=" ".join(p for p in (r.street, r.house_number, r.house_suffix) if p),
            category=r.category,
            start_date=r.start_date,
            end_date=r.end_date,
            lead=r.lead,
            key=tuple(getattr(r, name) for name in key_names) if own_key else None,
            street=r.street,
        )
        for r in rows
    ]


_LEVELS = ("groen", "oranje", "rood", "donkerrood")  # rank 0 to 3
_ESCALATION_RANK = sql_case(
    {level: rank for rank, level in enumerate(_LEVELS)}, value=Case.escalation, else_=0
)


def _page(query: Select, keys: tuple, descending: bool, after: tuple | None, limit: int) -> Select:
    if after is not None:
        query = query.where(tuple_(*keys) < tuple_(*after) if descending else tuple_(*keys) > tuple_(*after))
    return query.order_by(*(k.desc() if descending else k.asc() for k in keys)).limit(limit)


def _by_escalation(session: Session, query: Select, after: tuple | None, limit: int) -> list[Row[Any]]:
    """Highest level first, newest first within a level: one index range per level (ix_cases_escalation_start)
    instead of sorting the whole register by a computed rank."""
    rows: list[Row[Any]] = []
    for rank in range(after[0] if after else len(_LEVELS) - 1, -1, -1):
        level_after = after[1:] if after and rank == after[0] else None
        level = query.where(Case.escalation == _LEVELS[rank])
        rows += session.execute(
            _page(level, (Case.start_date, Case.id), True, level_after, limit - len(rows))
        ).all()
        if len(rows) >= limit:
            break
    return rows


def _sort_keys(sort: str) -> tuple[tuple, bool]:
    """The columns a sort orders and pages by (unique together), and whether it runs high to low."""
    if sort == SORT_OLDEST:
        return (Case.start_date, Case.id), False
    if sort == SORT_REF:
        return (Case.ref,), False
    if sort == SORT_ESCALATION:
        return (_ESCALATION_RANK, Case.start_date, Case.id), True
    return (Case.start_date, Case.id), True


def _apply_more_filters(query: Select, flt: CaseFilter) -> Select:
    """Status, category, regie, escalation, overdue afspraken and 'not discussed for N weeks'."""
    if flt.status == STATUS_OPEN:
        query = query.where(Case.end_date.is_(None))
    elif flt.status == STATUS_CLOSED:
        query = query.where(Case.end_date.is_not(None))
    if flt.category:
        category_id = select(Category.id).where(Category.code == flt.category).scalar_subquery()
        further = select(case_categories.c.case_id).where(case_categories.c.category_id == category_id)
        query = query.where(or_(Case.main_category_id == category_id, Case.id.in_(further)))
    if flt.lead:
        lead_id = select(Organisation.id).where(Organisation.code == flt.lead).scalar_subquery()
        query = query.where(Case.lead_organisation_id == lead_id)
    if flt.escalation:
        query = query.where(Case.escalation == flt.escalation)
    today = clock.today()
    if flt.overdue_actions:
        overdue = select(Action.case_id).where(
            Action.done_on.is_(None), Action.cancelled_on.is_(None), Action.deadline < today
        )
        # `id + 0`: probe the (small) set while walking the list in its order, rather than fetch
        # every case with an overdue afspraak and sort them all.
        query = query.where((Case.id + 0).in_(overdue))
    if flt.not_discussed_weeks is not None:
        cutoff = today - dt.timedelta(weeks=flt.not_discussed_weeks)
        recent = (
            select(Discussion.case_id)
            .join(Meeting, Meeting.id == Discussion.meeting_id)
            .where(Meeting.date >= cutoff, Meeting.date <= today, Discussion.discussed.is_(True))
        )
        query = query.where(Case.end_date.is_(None), Case.start_date <= cutoff, Case.id.not_in(recent))
    return query


def count_cases(ws: Workspace, flt: CaseFilter = CaseFilter()) -> int:
    require_case_access(ws.actor)
    query = _apply_filter(select(func.count(Case.id)).where(visible_cases(ws.actor)), flt)
    with ws.register.read_session() as session:
        return session.scalar(query) or 0


def get_case(ws: Workspace, case_id: int, *, reason: str | None = None) -> CaseDetail:
    """One case in full; its opening is one audit entry, naming the betrokkenen shown."""
    with ws.register.read_session() as session:
        case = require_case(ws.actor, session, case_id, change=False)
        names = _code_names(session, case)
        detail = CaseDetail(
            id=case.id,
            ref=case.ref,
            kind=case.kind,
            area=names.area,
            area_name=names.area_name,
            neighbourhood=case.neighbourhood,
            street=case.street,
            house_number=case.house_number,
            house_suffix=case.house_suffix,
            postcode=case.postcode,
            city=case.city,
            category=names.category,
            category_name=names.category_name,
            reported_by=names.reported_by,
            lead=names.lead,
            escalation=case.escalation,
            start_date=case.start_date,
            end_date=case.end_date,
            closing_reason=names.closing_reason,
            result=case.result,
            summary=case.summary,
            risk=case.risk,
            persons=_persons(case),
            actions=_actions(session, case),
            discussions=_discussions(session, case.id),
            breakthroughs=_breakthroughs(session, case.id),
            reported_by_name=names.reported_by_name,
            lead_name=names.lead_name,
            closing_reason_name=names.closing_reason_name,
        )
    view_log.case_opened(ws, detail.ref, detail.id, [p.ref for p in detail.persons], reason=reason)
    return detail


@dataclass(frozen=True)
class _CodeNames:
    """The codes and names of a case's gebied, hoofdcategorie, organisations and afsluitreden."""

    area: str
    area_name: str
    category: str
    category_name: str
    reported_by: str
    reported_by_name: str
    lead: str | None
    lead_name: str | None
    closing_reason: str | None
    closing_reason_name: str | None


def _code_names(session: Session, case: Case) -> _CodeNames:
    reporter = aliased(Organisation)
    lead = aliased(Organisation)
    query = (
        select(
            Area.code.label("area"),
            Area.name.label("area_name"),
            Category.code.label("category"),
            Category.name.label("category_name"),
            reporter.code.label("reported_by"),
            reporter.name.label("reported_by_name"),
            lead.code.label("lead"),
            lead.name.label("lead_name"),
            ClosingReason.code.label("closing_reason"),
            ClosingReason.name.label("closing_reason_name"),
        )
        .select_from(Case)
        .join(Area, Area.id == Case.area_id)
        .join(Category, Category.id == Case.main_category_id)
        .join(reporter, reporter.id == Case.reported_by_id)
        .outerjoin(lead, lead.id == Case.lead_organisation_id)
        .outerjoin(ClosingReason, ClosingReason.id == Case.closing_reason_id)
        .where(Case.id == case.id)
    )
    return _CodeNames(**session.execute(query).one()._mapping)


def _persons(case: Case) -> list[PersonView]:
    return [
        PersonView(
            id=p.id,
            ref=p.ref,
            first_name=p.first_name,
            infix=p.infix,
            last_name=p.last_name,
            birth_date=p.birth_date,
            role=p.role,
        )
        for p in case.persons
    ]


def _actions(session: Session, case: Case) -> list[ActionView]:
    """The case's afspraken, oldest first, with the code and name of the organisation that owns each."""
    owners = {
        row.id: row for row in session.execute(select(Organisation.id, Organisation.code, Organisation.name))
    }
    views = []
    for a in sorted(case.actions, key=lambda a: (a.agreed_on, a.id)):
        owner = owners.get(a.owner_id)
        views.append(
            ActionView(
                id=a.id,
                ref=a.ref,
                description=a.description,
                owner=owner.code if owner else "?",
                owner_person=a.owner_person,
                agreed_on=a.agreed_on,
                deadline=a.deadline,
                done_on=a.done_on,
                cancelled_on=a.cancelled_on,
                owner_name=owner.name if owner else None,
                result=a.result,
                snoozed_until=a.snoozed_until,
                owner_user_id=a.owner_user_id,
            )
        )
    return views


def _discussions(session: Session, case_id: int) -> list[DiscussionView]:
    """Real besprekingen only, oldest first: a case on an agenda that was not reached, or on the
    agenda of an overleg still to come, was not discussed."""
    rows = session.execute(
        select(Discussion, Meeting)
        .join(Meeting, Meeting.id == Discussion.meeting_id)
        .where(
            Discussion.case_id == case_id,
            Discussion.discussed.is_(True),
            Meeting.date <= clock.today(),
        )
        .order_by(Meeting.date, Meeting.id)
    )
    return [
        DiscussionView(
            meeting_ref=row.Meeting.ref,
            meeting_kind=row.Meeting.kind,
            date=row.Meeting.date,
            note=row.Discussion.note,
            decisions=row.Discussion.decisions,
        )
        for row in rows
    ]


def _breakthroughs(session: Session, case_id: int) -> list[str]:
    """The descriptions of the doorbraken in the case's plan."""
    return list(
        session.scalars(
            select(Breakthrough.description)
            .join(BreakthroughPlan, BreakthroughPlan.id == Breakthrough.plan_id)
            .where(BreakthroughPlan.case_id == case_id)
        )
    )
