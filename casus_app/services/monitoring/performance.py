"""Prestaties: addresses tackled, lead times, families in begeleiding, doorbraken by type and partner.

`adressen_aangepakt`, `gezinnen_in_begeleiding`, `doorbraken_naar_type` and `doorbraken_naar_partner`
are counts about households: they go through the same small-number protection as the nine
(`count_tables`). `doorlooptijd_dagen` is a median, not a count: it is published only for a group
of at least k cases and is `x` otherwise (`lead_time_table`). Exact definitions: docs/monitoring.md.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from casus_app.domain.disclosure.tables import TOTAL_ROW, CountTable, ProtectedTable
from casus_app.domain.errors import marked
from casus_app.domain.periods import Period
from casus_app.services.monitoring import addresses
from casus_app.services.monitoring.activities import CANCELLED
from casus_app.services.monitoring.addresses import NEW_ADDRESS, REPEATED
from casus_app.services.monitoring.indicator import Indicator
from casus_app.storage.models import (
    Breakthrough,
    BreakthroughPlan,
    BreakthroughType,
    Case,
    Discussion,
    Meeting,
    Neighbourhood,
    Organisation,
    StubBreakthrough,
    StubCase,
    StubDiscussion,
    StubPlan,
)

TO_DISCUSSION, TO_CLOSE = "aanmelding_tot_bespreking", "start_tot_afsluiting"
WITH_COACH, WITHOUT_COACH = "met_gezinscoach", "zonder_gezinscoach"
NO_PARTNER = "geen_partner"
NO_NEIGHBOURHOOD = "onbekend"  # a case without a buurt
FIXED_NAMES = {
    NEW_ADDRESS: marked("Nieuw"),
    REPEATED: marked("Herhaald"),
    TO_DISCUSSION: marked("Aanmelding tot eerste bespreking"),
    TO_CLOSE: marked("Start tot afsluiting"),
    NO_PARTNER: marked("Geen partner"),
    NO_NEIGHBOURHOOD: marked("Onbekend"),
}
# Tables whose row totals are the same numbers: the same addresses by nieuw or herhaald and by
# buurt; the same doorbraken by type and by partner (DEFAULT_LINKED in domain/disclosure/tables.py).
LINKED = (
    ("adressen_aangepakt", "adressen_aangepakt_buurt"),
    ("doorbraken_naar_type", "doorbraken_naar_partner"),
)

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
        "adressen_aangepakt_buurt",
        marked("Aangepakte adressen per buurt"),
        marked(
            "Dezelfde adressen als bij adressen_aangepakt, nieuw en herhaald samen, naar buurt: de buurt van "
            "de casussen die er in de periode een afspraak of bespreking hadden (hebben die verschillende "
            "buurten, dan de eerste op alfabet). Onbekend als bij geen van die casussen een buurt is "
            "ingevuld. De rijtotalen zijn dezelfde getallen als die van adressen_aangepakt."
        ),
        marked("buurt"),
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
    tackled = addresses.tackled_addresses(session, period, areas)
    # Every buurt of the reference list, retired ones too (older cases keep theirs), by name.
    neighbourhoods = tuple(sorted(set(session.scalars(select(Neighbourhood.name)))))
    known = set(neighbourhoods)
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
        _counted(
            "adressen_aangepakt",
            rows,
            (NEW_ADDRESS, REPEATED),
            ((found.area, found.status) for found in tackled),
        ),
        _counted(
            "adressen_aangepakt_buurt",
            rows,
            (*neighbourhoods, NO_NEIGHBOURHOOD),
            (
                (found.area, found.neighbourhood if found.neighbourhood in known else NO_NEIGHBOURHOOD)
                for found in tackled
            ),
        ),
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
