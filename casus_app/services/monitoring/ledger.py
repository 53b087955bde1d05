"""The release ledger: what every monitoring export published, so that later exports agree with it.

A reader may hold every export ever made (spec/monitoring.md rule 5). So each export records its
period, k, a data version (an HMAC over the unprotected counts, keyed with a secret of this
register), when, by whom, its format and
every number it published (storage/models/releases.py). A later export of the same period:
- keeps the k of the period's first release (another k is refused, naming that release);
- publishes exactly the numbers of that release, also when the data changed since (the export
  then says so: "ongewijzigd t.o.v. release van <datum>"; the new numbers of that period are not
  published, so nothing can be learnt from the difference).
An export of a period that overlaps earlier releases is protected together with them
(`joint.py`). The ledger is in the register, so it is encrypted as the register is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.disclosure.tables import SUPPRESSED, ProtectedTable
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, Text
from casus_app.domain.periods import Period, dutch_date
from casus_app.services.access import require_role
from casus_app.services.workspace import Workspace
from casus_app.storage.models import RegisterMeta, Release, ReleaseValue, User

Key = tuple[str, str, str]  # (indicator, gebied, uitsplitsing)
Published = int | str  # a number or `x`
# The data version is keyed: a plain hash of the raw counts would let whoever can read the ledger
# but not the cases try the few possible values of each hidden cell against it.
SECRET_KEY = "statistics.release_secret"


@dataclass(frozen=True)
class ReleaseRecord:
    """A release as the ledger keeps it, with the numbers it published."""

    id: int
    period: str
    begin: dt.date
    end: dt.date
    k: int
    data_version: str
    released_at: dt.datetime
    released_by: str
    format: str
    values: Mapping[Key, Published]

    @property
    def day(self) -> dt.date:
        return local_day(self.released_at)


@dataclass(frozen=True)
class LedgerRow:
    """One line of the ledger as the coordinator sees it: no numbers, no personal data but a name."""

    period: str
    released_at: dt.datetime
    k: int
    released_by: str
    format: str
    changed_data: bool  # the data of the period had changed since the period's first release


def local_time(at: dt.datetime) -> dt.datetime:
    """The local time of a stored time (stored as UTC; SQLite gives it back without a zone)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    return aware.astimezone().replace(tzinfo=None)


def local_day(at: dt.datetime) -> dt.date:
    return local_time(at).date()


def data_version(tables: Iterable[ProtectedTable], secret: bytes) -> str:
    """HMAC-SHA256, keyed with `secret`, over the unprotected counts of the tables (every
    position, in a fixed order)."""
    digest = hmac.new(secret, digestmod=hashlib.sha256)
    for table in sorted(tables, key=lambda t: t.indicator):
        for row in table.rows:
            for column in table.columns:
                digest.update(f"{table.indicator};{row};{column};{table.values[(row, column)]}\n".encode())
    return digest.hexdigest()


def existing_secret(session: Session) -> bytes | None:
    """The key of the data versions, or None before the first release made one (read only)."""
    value = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == SECRET_KEY))
    return bytes.fromhex(value) if value is not None else None


def release_secret(session: Session) -> bytes:
    """The key of the data versions; made (32 random bytes) by the first release."""
    secret = existing_secret(session)
    if secret is None:
        secret = secrets.token_bytes(32)
        session.add(RegisterMeta(key=SECRET_KEY, value=secret.hex()))
        session.flush()
    return secret


def published_values(tables: Iterable[ProtectedTable]) -> dict[Key, Published]:
    return {
        (table.indicator, row, column): table.published(row, column)
        for table in tables
        for row in table.rows
        for column in table.columns
    }


def first_release(session: Session, period: str) -> ReleaseRecord | None:
    """The first release of `period` (its text form), which fixes its k and its numbers."""
    release_id = session.scalar(
        select(Release.id).where(Release.period == period).order_by(Release.released_at, Release.id).limit(1)
    )
    return None if release_id is None else _record(session, release_id)


def first_releases(session: Session, wanted: Callable[[str], bool]) -> list[ReleaseRecord]:
    """The first release of every period (text form) `wanted` names, oldest first."""
    first: dict[str, int] = {}
    for release_id, period in session.execute(
        select(Release.id, Release.period).order_by(Release.released_at, Release.id)
    ):
        if period not in first and wanted(period):
            first[period] = release_id
    return [_record(session, release_id) for release_id in first.values()]


def fixed_k(session: Session, period: Period, asked: int | None) -> int | None:
    """The k of the period's first release, or None; refuses an explicit other k."""
    first = session.execute(
        select(Release.k, Release.released_at)
        .where(Release.period == period.code)
        .order_by(Release.released_at, Release.id)
        .limit(1)
    ).first()
    if first is None:
        return None
    k, at = first
    if asked is not None and asked != k:
        raise InvalidInput(
            "De periode {period} is op {date} al uitgebracht met minimumaantal k = {k}. Een export van "
            "dezelfde periode met een andere k ({asked}) zou kleine aantallen herleidbaar maken. "
            "Exporteer deze periode opnieuw met k = {k}.",
            period=period.code,
            date=dutch_date(local_day(at)),
            k=k,
            asked=asked,
        )
    return int(k)


def as_released(tables: Iterable[ProtectedTable], release: ReleaseRecord) -> tuple[ProtectedTable, ...]:
    """The tables with exactly the numbers `release` published; a position it did not publish is `x`.

    A hidden position keeps its present value (never published), so totals of hidden numbers
    may not add up with the published ones when the data changed: nobody reads them."""
    result = []
    for table in tables:
        values = dict(table.values)
        suppressed = set()
        for row in table.rows:
            for column in table.columns:
                released = release.values.get((table.indicator, row, column), SUPPRESSED)
                if released == SUPPRESSED:
                    suppressed.add((row, column))
                else:
                    values[(row, column)] = int(released)
        result.append(
            replace(
                table,
                values=MappingProxyType(values),
                suppressed=frozenset(suppressed),
                primary=frozenset(cell for cell in suppressed if values[cell] < release.k),
            )
        )
    return tuple(result)


def unchanged_note(release: ReleaseRecord) -> str:
    """The export's explanation when it repeats a release whose data changed since (Dutch by contract)."""
    day = dutch_date(release.day)
    return (
        f"Ongewijzigd t.o.v. release van {day}: de gegevens van deze periode zijn sindsdien veranderd. "
        f"Om te voorkomen dat uit het verschil tussen twee exports kleine aantallen zijn af te leiden, "
        f"staan hier de cijfers zoals ze op {day} zijn uitgebracht (minimumaantal k = {release.k}); "
        "nieuwere cijfers van deze periode worden niet gepubliceerd."
    )


def repeated_note(release: ReleaseRecord) -> str:
    """The explanation of a repeated release whose numbers the ledger, not today's protection, gives."""
    return (
        f"Dezelfde getallen als de eerste export van deze periode, uitgebracht op {dutch_date(release.day)} "
        f"met minimumaantal k = {release.k}: een periode wordt altijd met dezelfde getallen uitgebracht, "
        "zodat uit twee exports naast elkaar niets extra is af te leiden."
    )


def record(
    session: Session,
    period: Period,
    k: int,
    counted: Iterable[ProtectedTable],
    fmt: str,
    user_id: int,
    values: Mapping[Key, Published],
) -> None:
    """Add a release and every number it published, in the caller's transaction; `counted` are
    the tables as counted (their data version is recorded)."""
    version = data_version(counted, release_secret(session))
    release = Release(
        period=period.code,
        begin=period.begin,
        end=period.end,
        k=k,
        data_version=version,
        released_at=clock.now(),
        released_by=user_id,
        format=fmt,
    )
    session.add(release)
    session.flush()
    session.add_all(
        ReleaseValue(release_id=release.id, indicator=i, area=a, breakdown=b, value=str(v))
        for (i, a, b), v in sorted(values.items())
    )


def ledger(ws: Workspace) -> list[LedgerRow]:
    """Every release, newest first: which period when, with which k, by whom, in which format."""
    require_role(
        ws.actor, Role.COORDINATOR, Role.ADMINISTRATOR, doing=Text("de releases van de monitoring bekijken")
    )
    with ws.register.read_session() as session:
        rows = session.execute(
            select(
                Release.period,
                Release.released_at,
                Release.k,
                User.display_name,
                User.name,
                Release.format,
                Release.data_version,
            )
            .join(User, User.id == Release.released_by)
            .order_by(Release.released_at, Release.id)
        ).all()
    first_version: dict[str, str] = {}
    result = []
    for period, at, k, display_name, name, fmt, version in rows:
        first_version.setdefault(period, version)
        result.append(LedgerRow(period, at, k, display_name or name, fmt, version != first_version[period]))
    return list(reversed(result))


def _record(session: Session, release_id: int) -> ReleaseRecord:
    release = session.get_one(Release, release_id)
    user = session.get_one(User, release.released_by)
    values: dict[Key, Published] = {}
    for value in session.scalars(select(ReleaseValue).where(ReleaseValue.release_id == release_id)):
        text = value.value
        values[(value.indicator, value.area, value.breakdown)] = text if text == SUPPRESSED else int(text)
    return ReleaseRecord(
        release.id,
        release.period,
        release.begin,
        release.end,
        release.k,
        release.data_version,
        release.released_at,
        user.display_name or user.name,
        release.format,
        MappingProxyType(values),
    )
