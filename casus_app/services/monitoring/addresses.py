"""The addresses tackled in a period (`adressen_aangepakt`): live cases and the stubs of purged ones.

An address is a postcode with a house number and suffix (`statistical_stubs.counted_address`),
counted once per gebied. It is `herhaald` when a case at it, in that gebied, had an afspraak or a
held bespreking before the period, else `nieuw`. Its buurt is that of its cases tackled in the
period (docs/monitoring.md says which one when they differ). Exact definitions: docs/monitoring.md.

Every step reads covering indexes only (migration 0025; tests/services/monitoring/
test_count_plans.py): SQLCipher decrypts every page it reads, and a case row is wide.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, String, and_, column, func, or_, select, text, union
from sqlalchemy.orm import Session, aliased

from casus_app.domain.periods import Period
from casus_app.services.monitoring.activities import CANCELLED
from casus_app.services.privacy import statistical_stubs
from casus_app.storage.models import (
    Action,
    Case,
    Discussion,
    Meeting,
    StubAction,
    StubCase,
    StubDiscussion,
)

NEW_ADDRESS, REPEATED = "nieuw", "herhaald"

# SQLite's planner looks a case up by its rowid in the table, whatever the row's width; named, the
# narrow index gives the postcode and number of a case by its id (as GROUPING_INDEX in rows.py).
ADDRESS_BY_ID_INDEX = "ix_cases_id_address"
# Every case at an address, with what the count needs of it: ix_cases_address covers it.
ADDRESS_INDEX = "ix_cases_address"
_COLUMNS = {
    ADDRESS_BY_ID_INDEX: (Case.id, Case.postcode, Case.house_number, Case.house_suffix),
    ADDRESS_INDEX: (
        Case.id,
        Case.postcode,
        Case.house_number,
        Case.house_suffix,
        Case.area_id,
        Case.neighbourhood,
    ),
}


def _at_addresses(name: str, index: str) -> Any:
    """The cases as `index` holds them (a subquery SQLite flattens into the statement)."""
    columns = _COLUMNS[index]
    listed = ", ".join(column.key for column in columns)
    return aliased(
        Case,
        text(f"SELECT {listed} FROM cases INDEXED BY {index}").columns(*columns).subquery(name),
        adapt_on_names=True,
    )


@dataclass(frozen=True)
class TackledAddress:
    """One address tackled in the period, in one gebied."""

    area: str  # gebied code
    status: str  # NEW_ADDRESS or REPEATED
    neighbourhood: str | None  # the buurt's name as the cases hold it; None when none has one


@dataclass(slots=True)
class _Seen:
    now: bool = False  # tackled in the period
    before: bool = False  # an afspraak or held bespreking at it before the period
    live: bool = False  # its live cases were all looked at (so `before` knows theirs)
    neighbourhoods: set[str] = field(default_factory=set)  # of its cases tackled in the period


def tackled_addresses(session: Session, period: Period, areas: Mapping[int, str]) -> list[TackledAddress]:
    """Every distinct address tackled in the period, once per gebied, in the order of gebied and key.

    Only the cases at an address tackled in the period are looked at for earlier activity, not
    every afspraak ever made. Purged cases count by their stubs, whose address is a keyed hash: the
    live addresses tackled are hashed the same way, so one house is one address whether its cases
    are live or purged. Without a secret no purge has made a stub: no stub is read, nothing hashed."""
    begin, end = period.begin, period.end
    secret = statistical_stubs.existing_secret(session)
    seen: dict[tuple[str, str], _Seen] = {}

    def cell(area: int, key: str | None) -> _Seen | None:
        if key is None:
            return None  # no address to count
        return seen.setdefault((areas[area], key), _Seen())

    hashed = functools.cache(
        lambda address: statistical_stubs.address_key(secret, address) if secret else address
    )
    for area, neighbourhood, address, now, before in _live_cases(session, begin, end):
        found = cell(area, hashed(address))
        if found is not None:
            found.live = True
            found.before = found.before or before
            if now:
                found.now = True
                found.neighbourhoods.add(neighbourhood or "")
    if secret is not None:
        _add_stubs(session, begin, end, seen, cell)
        _add_live_before(session, begin, areas, seen, hashed)
    return [
        TackledAddress(area, REPEATED if found.before else NEW_ADDRESS, _neighbourhood(found.neighbourhoods))
        for (area, _key), found in sorted(seen.items())
        if found.now
    ]


def _neighbourhood(names: Iterable[str]) -> str | None:
    """The buurt of an address from those of its cases tackled in the period: the first by name."""
    return min((name for name in names if name.strip()), default=None)


@functools.cache
def _counted(number: str | None, suffix: str | None, postcode: str | None) -> str | None:
    """The address as counted (`statistical_stubs.counted_address`), None where it does not count.
    Only addresses with a postcode count, and for those street and place do not matter."""
    return statistical_stubs.counted_address(None, number, suffix, postcode, None)


def _ids(values: Iterable[Any]) -> ColumnElement[Any]:
    """A list of values as one parameter (a JSON array), however long: `column.in_(_ids(...))`."""
    return select(column("value")).select_from(func.json_each(json.dumps(sorted(values)))).scalar_subquery()


def _live_cases(
    session: Session, begin: dt.date, end: dt.date
) -> list[tuple[int, str | None, str, bool, bool]]:
    """Live cases at the addresses tackled in the period, grouped by how they are written: gebied,
    buurt, counted address, whether one was tackled in the period, whether one was active before.

    Two narrow reads: the addresses of the cases tackled (by the date indexes); then the cases at
    the same postcode whose house number could be a spelling of one of them (`_spellings`), with
    whether each was tackled in the period or had an afspraak or held bespreking before it, kept
    where their address is one of those tackled (spellings folded: `12 a` is `12A`)."""
    # Overleggen are few: their ids first, then their discussions by `ix_discussions_meeting_case`.
    meetings = select(Meeting.id).where(Meeting.status != CANCELLED, Meeting.date.between(begin, end))
    in_period = union(
        select(Action.case_id).where(Action.agreed_on.between(begin, end)),
        select(Discussion.case_id).where(Discussion.discussed.is_(True), Discussion.meeting_id.in_(meetings)),
    ).subquery()
    tackled = _at_addresses("tackled_case", ADDRESS_BY_ID_INDEX)
    addresses: set[str] = set()
    houses: set[tuple[str, str, str]] = set()  # postcode as stored (1234AB), house numbers from, to
    for number, suffix, postcode in session.execute(
        select(tackled.house_number, tackled.house_suffix, tackled.postcode)
        .where(tackled.id.in_(select(in_period.c.case_id)))
        .distinct()
    ):
        address = _counted(number, suffix, postcode)
        if address is not None and postcode is not None:
            addresses.add(address)
            houses.update((postcode, *numbers) for numbers in _spellings(address))
    if not addresses:
        return []
    same = _at_addresses("same_address", ADDRESS_INDEX)
    house = func.json_each(json.dumps(sorted(houses))).table_valued("value").alias("house")
    postcode_of = func.json_extract(house.c.value, "$[0]", type_=String)
    number_from = func.json_extract(house.c.value, "$[1]", type_=String)
    number_to = func.json_extract(house.c.value, "$[2]", type_=String)
    spelling = (same.area_id, same.neighbourhood, same.house_number, same.house_suffix, same.postcode)
    found = session.execute(
        select(
            *spelling,
            func.max(same.id.in_(select(in_period.c.case_id))),
            func.max(_earlier(same, begin)),
        )
        .select_from(house)
        .join(
            same,
            and_(
                same.postcode == postcode_of, same.house_number >= number_from, same.house_number < number_to
            ),
        )
        .group_by(*spelling)
    )
    return [
        (area, neighbourhood, address, bool(now), bool(before))
        for area, neighbourhood, number, suffix, postcode, now, before in found
        if (address := _counted(number, suffix, postcode)) in addresses
    ]


def _earlier(cases: Any, begin: dt.date) -> ColumnElement[bool]:
    """A live case with an afspraak or a held bespreking before `begin`."""
    # EXISTS of the id, not of *: SQLite then reads the covering index alone.
    return or_(
        select(Action.id).where(Action.case_id == cases.id, Action.agreed_on < begin).exists(),
        select(Discussion.id)
        .where(
            Discussion.case_id == cases.id,
            Discussion.discussed.is_(True),
            Discussion.meeting_id == Meeting.id,
            Meeting.status != CANCELLED,
            Meeting.date < begin,
        )
        .exists(),
    )


# Above every character a house number holds: `n <= number < n + _LAST_CHARACTER` is "begins with n".
_LAST_CHARACTER = "\U0010ffff"


def _spellings(address: str) -> list[tuple[str, str]]:
    """Ranges of stored house numbers (from, to) that hold every spelling of a counted address.

    Number and suffix are written together, so `21` is number 21, or number 2 with suffix 1: the
    number stored is the house's digits or a beginning of them (2 or 21 for 21a), followed by
    nothing, a space or a mark (`2`, `2 a`, `2-a`: from `2` to below `20`) or by a letter (`2a`:
    from `2:`, the character after `9`). Without digits: every number at the postcode."""
    house = address.rsplit("|", 1)[-1]
    digits = house[: len(house) - len(house.lstrip("0123456789"))]
    if not digits:
        return [("", _LAST_CHARACTER)]
    ranges = []
    for end in range(1, len(digits) + 1):
        start = digits[:end]
        ranges += [(start, start + "0"), (start + ":", start + _LAST_CHARACTER)]
    return ranges


def _active_before(session: Session, case_ids: list[int], begin: dt.date) -> set[int]:
    """Those of the cases with an afspraak or a held bespreking before `begin`."""
    if not case_ids:
        return set()
    ids = _ids(case_ids)
    return set(
        session.scalars(
            union(
                select(Action.case_id).where(Action.case_id.in_(ids), Action.agreed_on < begin),
                select(Discussion.case_id).where(
                    Discussion.case_id.in_(ids),
                    Discussion.discussed.is_(True),
                    Discussion.meeting_id == Meeting.id,
                    Meeting.status != CANCELLED,
                    Meeting.date < begin,
                ),
            )
        )
    )


def _add_stubs(
    session: Session,
    begin: dt.date,
    end: dt.date,
    seen: Mapping[tuple[str, str], _Seen],
    cell: Callable[[int, str | None], _Seen | None],
) -> None:
    """The stubs tackled in the period, and the earlier stubs at every address tackled."""
    tackled = union(
        select(StubAction.stub_case_id).where(StubAction.agreed_on.between(begin, end)),
        select(StubDiscussion.stub_case_id).where(
            StubDiscussion.meeting_date.between(begin, end),
            StubDiscussion.discussed.is_(True),
            StubDiscussion.meeting_cancelled.is_(False),
        ),
    ).subquery()
    for area, key, neighbourhood in session.execute(
        select(StubCase.area_id, StubCase.address_key, StubCase.neighbourhood).where(
            StubCase.id.in_(select(tackled.c.stub_case_id)), StubCase.postcode_address.is_(True)
        )
    ):
        found = cell(area, key)
        if found is not None:
            found.now = True
            found.neighbourhoods.add(neighbourhood or "")
    keys = {key for (_area, key), found in seen.items() if found.now}
    for area, key in session.execute(
        select(StubCase.area_id, StubCase.address_key).where(
            StubCase.address_key.in_(_ids(keys)), StubCase.postcode_address.is_(True), _stub_earlier(begin)
        )
    ):
        found = cell(area, key)
        if found is not None:
            found.before = True


def _add_live_before(
    session: Session,
    begin: dt.date,
    areas: Mapping[int, str],
    seen: Mapping[tuple[str, str], _Seen],
    hashed: Callable[[str], str | None],
) -> None:
    """An address tackled only by stubs in the period, not before by a stub: maybe before by a live
    case, which its hash cannot find. The live cases of those gebieden are hashed, and of those at
    such an address the earlier activity is read (nothing when no stub alone tackled an address)."""
    open_cells = {cell for cell, found in seen.items() if found.now and not found.before and not found.live}
    open_areas = {area for area, _key in open_cells}
    if not open_areas:
        return
    cases = _at_addresses("area_case", ADDRESS_INDEX)
    area_ids = [area_id for area_id, code in areas.items() if code in open_areas]
    at_open: dict[int, tuple[str, str]] = {}
    for case_id, area, number, suffix, postcode in session.execute(
        select(cases.id, cases.area_id, cases.house_number, cases.house_suffix, cases.postcode).where(
            cases.postcode.is_not(None), cases.area_id.in_(area_ids)
        )
    ):
        address = _counted(number, suffix, postcode)
        key = hashed(address) if address is not None else None
        if key is not None and (areas[area], key) in open_cells:
            at_open[case_id] = (areas[area], key)
    for case_id in _active_before(session, sorted(at_open), begin):
        seen[at_open[case_id]].before = True


def _stub_earlier(begin: dt.date) -> ColumnElement[bool]:
    """A stub case with an afspraak or a held bespreking before `begin`."""
    # EXISTS of the id, not of *: SQLite then reads the covering index alone.
    return or_(
        select(StubAction.id)
        .where(StubAction.stub_case_id == StubCase.id, StubAction.agreed_on < begin)
        .exists(),
        select(StubDiscussion.id)
        .where(
            StubDiscussion.stub_case_id == StubCase.id,
            StubDiscussion.discussed.is_(True),
            StubDiscussion.meeting_cancelled.is_(False),
            StubDiscussion.meeting_date < begin,
        )
        .exists(),
    )
