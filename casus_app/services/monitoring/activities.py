"""Activiteiten: the overleggen held, and the organisations and professionals present at them.

These count the programme's own work, not the people in its cases: an overleg, a partner
organisation and a professional sitting at the table are no resident who could be singled out.
They are therefore published as counted, without small-number protection (docs/monitoring.md).
Organisations and professionals are counted once however often they came (distinct), so their
totals are not the sums of their parts: each total is its own distinct count.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from casus_app.domain.disclosure.tables import TOTAL_COLUMN, TOTAL_ROW, ProtectedTable
from casus_app.domain.enums import MeetingKind
from casus_app.domain.errors import marked
from casus_app.domain.labels import MEETING_KIND_NAMES
from casus_app.domain.periods import Period
from casus_app.services.monitoring.indicator import Indicator
from casus_app.storage.models import Discussion, Meeting, MeetingAttendee, meeting_attendance

CANCELLED = "geannuleerd"
STARTED = ("bezig", "afgerond")
KINDS = tuple(kind.value for kind in MeetingKind)

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "overleggen_gehouden",
        marked("Gehouden overleggen"),
        marked(
            "Overleggen waarvan de datum in de periode ligt en die zijn gehouden: niet geannuleerd, en "
            "begonnen of afgerond, of met minstens één besproken casus. Naar soort overleg, in het gebied "
            "waarvoor het overleg is vastgelegd. Telt het werk van het programma, geen personen: zonder "
            "onderdrukking van kleine aantallen."
        ),
        marked("soort overleg"),
    ),
    Indicator(
        "aanwezige_organisaties",
        marked("Aanwezige organisaties"),
        marked(
            "Verschillende organisaties die aanwezig waren bij minstens één gehouden overleg in de periode; "
            "elke organisatie telt één keer per cel, hoe vaak ze ook aanwezig was. Ook de totalen tellen "
            "elke organisatie één keer en zijn dus geen optelling van de cellen. Zonder onderdrukking van "
            "kleine aantallen: het gaat om partners van het programma, niet om bewoners."
        ),
        marked("soort overleg"),
    ),
    Indicator(
        "aanwezige_professionals",
        marked("Aanwezige professionals"),
        marked(
            "Verschillende professionals (naam en organisatie) die aanwezig waren bij minstens één "
            "gehouden overleg in de periode; elke professional telt één keer per cel. Ook de totalen tellen "
            "elke professional één keer en zijn dus geen optelling van de cellen. Zonder onderdrukking van "
            "kleine aantallen: het gaat om professionals van het programma, niet om bewoners."
        ),
        marked("soort overleg"),
    ),
)


def meeting_kind_names() -> dict[str, str]:
    return {kind.value: name for kind, name in MEETING_KIND_NAMES.items()}


def held_in(period: Period) -> ColumnElement[bool]:
    """Overleggen held in `period`: dated in it, not cancelled, and started or with a case discussed.

    A case discussed there that a retention purge removed still counts (`purged_discussion`), so
    a purge changes no figure here: meetings and attendance themselves are never purged."""
    discussed = exists().where(Discussion.meeting_id == Meeting.id, Discussion.discussed.is_(True))
    return and_(
        Meeting.date.between(period.begin, period.end),
        Meeting.status != CANCELLED,
        or_(Meeting.status.in_(STARTED), Meeting.purged_discussion.is_(True), discussed),
    )


def tables_in(session: Session, period: Period, areas: Mapping[int, str]) -> list[ProtectedTable]:
    """The three tables, published as counted (nothing suppressed)."""
    held = held_in(period)
    meetings = session.execute(select(Meeting.area_id, Meeting.kind).where(held)).all()
    organisations = session.execute(
        select(Meeting.area_id, Meeting.kind, meeting_attendance.c.organisation_id)
        .join(meeting_attendance, meeting_attendance.c.meeting_id == Meeting.id)
        .where(held)
    ).all()
    people = session.execute(
        select(Meeting.area_id, Meeting.kind, MeetingAttendee.name, MeetingAttendee.organisation_id)
        .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
        .where(held)
    ).all()
    rows = tuple(areas.values())
    counted = [(areas[area], kind, None) for area, kind in meetings]
    return [
        _table("overleggen_gehouden", rows, counted, distinct=False),
        _table(
            "aanwezige_organisaties",
            rows,
            [(areas[a], kind, org) for a, kind, org in organisations],
            distinct=True,
        ),
        _table(
            "aanwezige_professionals",
            rows,
            [(areas[a], kind, (" ".join(name.split()).casefold(), org)) for a, kind, name, org in people],
            distinct=True,
        ),
    ]


def _table(indicator: str, rows: tuple[str, ...], items: list[tuple], *, distinct: bool) -> ProtectedTable:
    """A table with margins from (gebied, soort overleg, what) items: every item counts, or every
    distinct `what` once per cell, row total, column total and grand total."""
    all_rows, all_columns = (*rows, TOTAL_ROW), (*KINDS, TOTAL_COLUMN)
    found: dict[tuple[str, str], set | list] = {
        (row, column): (set() if distinct else []) for row in all_rows for column in all_columns
    }
    for row, column, what in items:
        for cell in ((row, column), (row, TOTAL_COLUMN), (TOTAL_ROW, column), (TOTAL_ROW, TOTAL_COLUMN)):
            bucket = found[cell]
            if isinstance(bucket, set):
                bucket.add(what)
            else:
                bucket.append(what)
    values = {cell: len(bucket) for cell, bucket in found.items()}
    return ProtectedTable(indicator, all_rows, all_columns, values, frozenset(), frozenset())
