"""Prestaties: addresses tackled, lead times, families in begeleiding, doorbraken by type and partner.

`adressen_aangepakt`, `gezinnen_in_begeleiding`, `doorbraken_naar_type` and `doorbraken_naar_partner`
are counts about households: they go through the same small-number protection as the nine
(`count_tables`). `doorlooptijd_dagen` is a median, not a count: it is published only for a group
of at least k cases and is `x` otherwise (`lead_time_table`). Exact definitions: docs/monitoring.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets
import statistics
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from casus_app.domain.disclosure.tables import TOTAL_ROW, CountTable, ProtectedTable
from casus_app.domain.errors import marked
from casus_app.domain.periods import Period
from casus_app.services.monitoring.activities import CANCELLED
from casus_app.services.monitoring.indicator import Indicator
from casus_app.services.privacy import statistical_stubs
from casus_app.storage.models import (
    Action,
    Breakthrough,
    BreakthroughPlan,
    BreakthroughType,
    Case,
    Discussion,
    Meeting,
    Organisation,
    StubAction,
    StubBreakthrough,
    StubCase,
    StubDiscussion,
    StubPlan,
)

NEW_ADDRESS, REPEATED = "nieuw", "herhaald"
TO_DISCUSSION, TO_CLOSE = "aanmelding_tot_bespreking", "start_tot_afsluiting"
WITH_COACH, WITHOUT_COACH = "met_gezinscoach", "zonder_gezinscoach"
NO_PARTNER = "geen_partner"
FIXED_NAMES = {
    NEW_ADDRESS: marked("Nieuw"),
    REPEATED: marked("Herhaald"),
    TO_DISCUSSION: marked("Aanmelding tot eerste bespreking"),
    TO_CLOSE: marked("Start tot afsluiting"),
    NO_PARTNER: marked("Geen partner"),
}
# Tables whose row totals are the same numbers (the same doorbraken, by type and by partner).
LINKED = (("doorbraken_naar_type", "doorbraken_naar_partner"),)

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "adressen_aangepakt",
        marked("Aangepakte adressen"),
        marked(
            "Verschillende adressen (postcode, huisnummer en toevoeging) van casussen met een afspraak "
            "('afgesproken op') of een bespreking in een gehouden overleg in de periode, in het gebied van "
            "de casus. Herhaald als er op hetzelfde adres in hetzelfde gebied al vóór de periode een "
            "afspraak of bespreking was, anders nieuw. Casussen zonder postcode of huisnummer tellen niet mee."
        ),
        marked("nieuw of herhaald"),
    ),
    Indicator(
        "doorlooptijd_dagen",
        marked("Doorlooptijd in dagen (mediaan)"),
        marked(
            "Mediaan van het aantal dagen van aanmelding (startdatum) tot de eerste bespreking in een "
            "gehouden overleg, voor casussen waarvan die eerste bespreking in de periode ligt; en van "
            "startdatum tot einddatum, voor casussen die in de periode zijn afgesloten. Bij een even aantal "
            "de lagere van de twee middelste waarden. Alleen getoond voor een groep van minstens k "
            "casussen, anders 'x'. Geen aantallen: er is geen totaalkolom."
        ),
        marked("doorlooptijd"),
    ),
    Indicator(
        "gezinnen_in_begeleiding",
        marked("Gezinnen in begeleiding aan het eind van de periode"),
        marked(
            "Casussen met een doorbraakplan dat op of vóór de laatste dag van de periode is opgesteld en die "
            "op die dag lopen (startdatum op of vóór die dag, geen einddatum of een einddatum erna). Met "
            "gezinscoach als er nu een gezinscoach bij het plan is ingevuld."
        ),
        marked("gezinscoach"),
    ),
    Indicator(
        "doorbraken_naar_type",
        marked("Behaalde doorbraken sinds de start, naar type"),
        marked(
            "Doorbraken waarvan de datum 'behaald op' op of vóór de laatste dag van de periode ligt (sinds "
            "de start van het programma), naar doorbraaktype, in het gebied van de casus."
        ),
        marked("doorbraaktype"),
    ),
    Indicator(
        "doorbraken_naar_partner",
        marked("Behaalde doorbraken sinds de start, naar partner"),
        marked(
            "Dezelfde doorbraken als bij doorbraken_naar_type, naar de partnerorganisatie die de doorbraak "
            "mogelijk maakte (geen partner als die niet is ingevuld). De rijtotalen zijn dezelfde getallen "
            "als die van doorbraken_naar_type."
        ),
        marked("partner"),
    ),
)


def count_tables(session: Session, period: Period, areas: Mapping[int, str]) -> list[CountTable]:
    """The tables of counts about households, to be protected with the nine."""
    rows = tuple(areas.values())
    breakthrough_types = dict(session.execute(select(BreakthroughType.id, BreakthroughType.code)).all())
    organisations = dict(session.execute(select(Organisation.id, Organisation.code)).all())
    reached = session.execute(
        select(Case.area_id, Breakthrough.type_id, Breakthrough.partner_id)
        .select_from(Breakthrough)
        .join(BreakthroughPlan, Breakthrough.plan_id == BreakthroughPlan.id)
        .join(Case, BreakthroughPlan.case_id == Case.id)
        .where(Breakthrough.reached_on <= period.end)
    ).all()
    # The doorbraken of purged cases, from their stubs: a purge changes no figure.
    reached = [
        *reached,
        *session.execute(
            select(StubCase.area_id, StubBreakthrough.type_id, StubBreakthrough.partner_id)
            .select_from(StubBreakthrough)
            .join(StubPlan, StubBreakthrough.stub_plan_id == StubPlan.id)
            .join(StubCase, StubPlan.stub_case_id == StubCase.id)
            .where(StubBreakthrough.reached_on <= period.end)
        ).all(),
    ]
    return [
        _counted("adressen_aangepakt", rows, (NEW_ADDRESS, REPEATED), _addresses(session, period, areas)),
        _counted(
            "gezinnen_in_begeleiding", rows, (WITH_COACH, WITHOUT_COACH), _families(session, period, areas)
        ),
        _counted(
            "doorbraken_naar_type",
            rows,
            tuple(sorted(breakthrough_types.values())),
            ((areas[a], breakthrough_types[t]) for a, t, _p in reached),
        ),
        _counted(
            "doorbraken_naar_partner",
            rows,
            (*sorted(organisations.values()), NO_PARTNER),
            ((areas[a], organisations[p] if p is not None else NO_PARTNER) for a, _t, p in reached),
        ),
    ]


def lead_time_table(session: Session, period: Period, areas: Mapping[int, str], k: int) -> ProtectedTable:
    """`doorlooptijd_dagen`: the medians per gebied and over all gebieden, `x` below k cases."""
    first = (
        select(Discussion.case_id, func.min(Meeting.date).label("day"))
        .join(Meeting, Discussion.meeting_id == Meeting.id)
        .join(Case, Discussion.case_id == Case.id)
        .where(Discussion.discussed.is_(True), Meeting.status != CANCELLED, Meeting.date >= Case.start_date)
        .group_by(Discussion.case_id)
        .subquery()
    )
    to_discussion = session.execute(
        select(Case.area_id, Case.start_date, first.c.day)
        .join(first, first.c.case_id == Case.id)
        .where(first.c.day.between(period.begin, period.end))
    ).all()
    to_close = session.execute(
        select(Case.area_id, Case.start_date, Case.end_date).where(
            Case.end_date.between(period.begin, period.end)
        )
    ).all()
    # The same spans of purged cases, from their stubs (a stub keeps its overleggen's dates).
    stub_first = (
        select(StubDiscussion.stub_case_id, func.min(StubDiscussion.meeting_date).label("day"))
        .join(StubCase, StubDiscussion.stub_case_id == StubCase.id)
        .where(
            StubDiscussion.discussed.is_(True),
            StubDiscussion.meeting_cancelled.is_(False),
            StubDiscussion.meeting_date >= StubCase.start_date,
        )
        .group_by(StubDiscussion.stub_case_id)
        .subquery()
    )
    to_discussion = [
        *to_discussion,
        *session.execute(
            select(StubCase.area_id, StubCase.start_date, stub_first.c.day)
            .join(stub_first, stub_first.c.stub_case_id == StubCase.id)
            .where(stub_first.c.day.between(period.begin, period.end))
        ).all(),
    ]
    to_close = [
        *to_close,
        *session.execute(
            select(StubCase.area_id, StubCase.start_date, StubCase.end_date).where(
                StubCase.end_date.between(period.begin, period.end)
            )
        ).all(),
    ]
    rows, columns = (*areas.values(), TOTAL_ROW), (TO_DISCUSSION, TO_CLOSE)
    days: dict[tuple[str, str], list[int]] = {(row, column): [] for row in rows for column in columns}
    spans: list[tuple[str, int, dt.date, dt.date]] = [(TO_DISCUSSION, *row) for row in to_discussion]
    spans += [(TO_CLOSE, area, begin, end) for area, begin, end in to_close if end is not None]
    for column, area, begin, end in spans:
        for row in (areas[area], TOTAL_ROW):
            days[(row, column)].append((end - begin).days)
    values = {cell: statistics.median_low(group) if group else 0 for cell, group in days.items()}
    hidden = frozenset(cell for cell, group in days.items() if len(group) < k)
    return ProtectedTable("doorlooptijd_dagen", rows, columns, values, hidden, hidden)


def _counted(
    indicator: str, rows: tuple[str, ...], columns: tuple[str, ...], items: Iterable[tuple[str, str]]
) -> CountTable:
    cells = {(row, column): 0 for row in rows for column in columns}
    for cell in items:
        cells[cell] += 1
    return CountTable(indicator, rows, columns, cells)


def _addresses(session: Session, period: Period, areas: Mapping[int, str]) -> list[tuple[str, str]]:
    """(gebied, nieuw or herhaald) once for every distinct address tackled in the period.

    Only the cases at an address tackled in the period are looked at for earlier activity: the
    cases of the period by the date indexes, the others at their addresses by `ix_cases_address`
    (postcodes are stored as 1234AB), not every afspraak ever made. Purged cases count by their
    stubs, whose address is a keyed hash: the live addresses in play are hashed the same way
    (statistical_stubs), so one house is one address whether its cases are live or purged."""
    begin, end = period.begin, period.end
    # Without a secret no purge has happened: no stub to match, any key tells live addresses apart.
    secret = statistical_stubs.existing_secret(session) or secrets.token_bytes(32)
    key_of = _address_keys(secret)
    # Per (gebied, address hash): whether it was tackled in the period, and whether it was already before.
    seen: dict[tuple[str, str], tuple[bool, bool]] = {}

    def note(area: int, key: str | None, now: bool, before: bool) -> None:
        if key is None:
            return  # no address to count
        cell = (areas[area], key)
        was_now, was_before = seen.get(cell, (False, False))
        seen[cell] = (was_now or now, was_before or before)

    for area, *address, now, before in _live_addresses(session, begin, end):
        note(area, key_of(*address), bool(now), bool(before))
    # Stubs tackled in the period, and the stubs with earlier activity at the same hashes.
    stub_activity = _stub_activity(begin, end)
    for area, key in session.execute(
        select(StubCase.area_id, StubCase.address_key).where(
            StubCase.postcode_address.is_(True), stub_activity
        )
    ):
        note(area, key, True, False)
    keys = sorted({key for _area, key in seen})
    for start in range(0, len(keys), _CHUNK):
        for area, key in session.execute(
            select(StubCase.area_id, StubCase.address_key).where(
                StubCase.address_key.in_(keys[start : start + _CHUNK]),
                StubCase.postcode_address.is_(True),
                _stub_activity(None, begin - dt.timedelta(days=1)),
            )
        ):
            note(area, key, False, True)
    # A stub's address tackled now, not before by a stub: maybe before by a live case. Only the
    # live cases of those gebieden with activity before the period are hashed (few for the old
    # periods whose cases were purged; none when no stub was tackled in the period).
    open_areas = {area for (area, _key), (now, before) in seen.items() if now and not before}
    if open_areas:
        area_ids = [area_id for area_id, code in areas.items() if code in open_areas]
        for area, *address in session.execute(
            select(
                Case.area_id, Case.street, Case.house_number, Case.house_suffix, Case.postcode, Case.city
            ).where(Case.area_id.in_(area_ids), Case.postcode.is_not(None), _earlier(Case, begin))
        ):
            cell = (areas[area], key_of(*address))
            if cell in seen:
                seen[cell] = (seen[cell][0], True)
    return [
        (area, REPEATED if before else NEW_ADDRESS) for (area, _key), (now, before) in seen.items() if now
    ]


_CHUNK = 500  # hashes per IN list


def _address_keys(secret: bytes) -> Callable[..., str | None]:
    """The keyed hash of a live address as the stubs hold it (None where it does not count), once per address."""

    @functools.cache
    def key_of(
        street: str | None, number: str | None, suffix: str | None, postcode: str | None, city: str | None
    ) -> str | None:
        counted = statistical_stubs.counted_address(street, number, suffix, postcode, city)
        return statistical_stubs.address_key(secret, counted)

    return key_of


def _live_addresses(session: Session, begin: dt.date, end: dt.date) -> list[Any]:
    """Live cases at the addresses tackled in the period: gebied, address, tackled now, active before."""
    # Overleggen are few: their ids first, then their discussions by `ix_discussions_meeting`.
    meetings = select(Meeting.id).where(Meeting.status != CANCELLED, Meeting.date.between(begin, end))
    in_period = union(
        select(Action.case_id).where(Action.agreed_on.between(begin, end)),
        select(Discussion.case_id).where(Discussion.discussed.is_(True), Discussion.meeting_id.in_(meetings)),
    ).subquery()
    tackled = aliased(Case)
    same = aliased(Case)
    return list(
        session.execute(
            select(
                same.area_id,
                same.street,
                same.house_number,
                same.house_suffix,
                same.postcode,
                same.city,
                same.id.in_(select(in_period.c.case_id)),
                _earlier(same, begin),
            )
            .select_from(tackled)
            .join(same, and_(same.postcode == tackled.postcode, same.house_number == tackled.house_number))
            .where(tackled.id.in_(select(in_period.c.case_id)))
            .distinct()
        ).all()
    )


def _earlier(cases: Any, begin: dt.date) -> ColumnElement[bool]:
    """A live case with an afspraak or a held bespreking before `begin`."""
    return or_(
        exists().where(Action.case_id == cases.id, Action.agreed_on < begin),
        exists().where(
            Discussion.case_id == cases.id, Discussion.meeting_id == Meeting.id, _held(), Meeting.date < begin
        ),
    )


def _stub_activity(begin: dt.date | None, end: dt.date) -> ColumnElement[bool]:
    """A stub case with an afspraak or a held bespreking from `begin` (None: ever) to `end`."""

    def within(day: Any) -> ColumnElement[bool]:
        return day <= end if begin is None else day.between(begin, end)

    return or_(
        exists().where(StubAction.stub_case_id == StubCase.id, within(StubAction.agreed_on)),
        exists().where(
            StubDiscussion.stub_case_id == StubCase.id,
            StubDiscussion.discussed.is_(True),
            StubDiscussion.meeting_cancelled.is_(False),
            within(StubDiscussion.meeting_date),
        ),
    )


def _held() -> ColumnElement[bool]:
    """A discussion that took place: discussed, at an overleg that was not cancelled."""
    return and_(Discussion.discussed.is_(True), Meeting.status != CANCELLED)


def _families(session: Session, period: Period, areas: Mapping[int, str]) -> list[tuple[str, str]]:
    """(gebied, met or zonder gezinscoach) for every case in begeleiding at the period's end."""
    end = period.end
    found = session.execute(
        select(Case.area_id, BreakthroughPlan.family_coach)
        .join(BreakthroughPlan, BreakthroughPlan.case_id == Case.id)
        .where(
            BreakthroughPlan.drawn_up_on <= end,
            and_(Case.start_date <= end, or_(Case.end_date.is_(None), Case.end_date > end)),
        )
    ).all()
    families = [
        (areas[area], WITH_COACH if (coach or "").strip() else WITHOUT_COACH) for area, coach in found
    ]
    # Purged cases, from their stubs (a stub plan keeps whether a gezinscoach was named, not who).
    stubs = session.execute(
        select(StubCase.area_id, StubPlan.with_coach)
        .join(StubPlan, StubPlan.stub_case_id == StubCase.id)
        .where(
            StubPlan.drawn_up_on <= end,
            and_(StubCase.start_date <= end, or_(StubCase.end_date.is_(None), StubCase.end_date > end)),
        )
    ).all()
    return families + [(areas[area], WITH_COACH if coach else WITHOUT_COACH) for area, coach in stubs]
