"""External effect series: monthly counts per buurt from a partner, reported per focusbuurt.

A partner (the police, say) delivers a spreadsheet saved as CSV: `;`-separated, UTF-8 or
Windows-1252 (what Dutch Excel writes), a header `buurt;maand;aantal` and a line per buurt and
month. The import checks every line first and stores nothing when one is wrong, naming each bad
line by its number; a good file replaces the series' figures for the buurten and months it holds.

The report compares a period with a peiljaar per focusbuurt: the average per month over the
months of the period for which the series has figures, against the same average over the
peiljaar, as a percentage change. These are a partner's own counts about whole buurten, not data
from the register, so they are published as they are (no minimum count applies).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import Role
from casus_app.domain.errors import InvalidInput, Text, Texts
from casus_app.domain.periods import Period
from casus_app.domain.text_fold import fold
from casus_app.services import audit_events
from casus_app.services.access import require_role
from casus_app.services.workspace import Workspace
from casus_app.storage import audit
from casus_app.storage.models import Area, EffectCount, EffectSeries, FocusArea, Neighbourhood

DEFAULT_BASE_YEAR = 2020
FIRST_YEAR, LAST_YEAR = 1990, 2100
HEADER = ("buurt", "maand", "aantal")
MAX_SERIES_NAME = 64
MAX_FILE_BYTES = 20_000_000
MAX_SHOWN_ERRORS = 20
_SERIES_NAME = re.compile(r"^[\w][\w .\-]*$")
_MONTH_PATTERNS = (
    (re.compile(r"^(\d{4})[-/](\d{1,2})$"), 1, 2),  # 2020-01, 2020/1
    (re.compile(r"^(\d{1,2})[-/](\d{4})$"), 2, 1),  # 01-2020, 1/2020
    (re.compile(r"^(\d{4})-(\d{2})-01$"), 1, 2),  # 2020-01-01: the month's first day
)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportResult:
    series: str
    rows: int
    buurten: int
    months: int


@dataclass(frozen=True)
class EffectFigure:
    """One focusbuurt: the totals of the peiljaar and the period, over the months with figures."""

    focus_area: str  # code
    name: str
    base_total: int
    base_months: int
    period_total: int
    period_months: int

    @property
    def change(self) -> float | None:
        """The change of the average per month in percent (one decimal); None when not comparable."""
        if not self.base_months or not self.period_months or not self.base_total:
            return None
        base = self.base_total / self.base_months
        now = self.period_total / self.period_months
        return round((now / base - 1) * 100, 1)


@dataclass(frozen=True)
class EffectReport:
    series: str
    base_year: int
    period: Period
    figures: tuple[EffectFigure, ...]


# -- the import -------------------------------------------------------------------------------------
def import_series(
    ws: Workspace, series: str, path: Path, *, progress: Progress | None = None
) -> ImportResult:
    """Import the effect series `series` from the CSV at `path`: all lines or none; audited."""
    require_role(ws.actor, Role.COORDINATOR, Role.ADMINISTRATOR, doing=Text("een effectreeks inlezen"))
    series = _series_name(series)
    text = _decode(_read(Path(path)))
    with ws.register.read_session() as session:
        buurten = _buurten(session)
    rows, errors = parse_rows(text, buurten, progress)
    if errors:
        with ws.register.session() as session:
            audit.append(session, audit_events.effect_import_refused(ws, series, len(errors)))
        shown = errors[:MAX_SHOWN_ERRORS]
        if len(errors) > MAX_SHOWN_ERRORS:
            shown.append(Text("en nog {count} fout(en)", count=len(errors) - MAX_SHOWN_ERRORS))
        raise InvalidInput(
            "Het bestand is niet ingelezen; er is niets opgeslagen. {errors}.", errors=Texts(shown)
        )
    with ws.register.session() as session:
        row = session.scalar(select(EffectSeries).where(EffectSeries.name == series))
        if row is None:
            row = EffectSeries(name=series, imported_on=clock.today())
            session.add(row)
            session.flush()
        else:
            row.imported_on = clock.today()
        # The file's buurten and months replace what was there; other months stay.
        for (buurt_id, month), count in rows.items():
            session.execute(
                delete(EffectCount).where(
                    EffectCount.series_id == row.id,
                    EffectCount.neighbourhood_id == buurt_id,
                    EffectCount.month == month,
                )
            )
            session.add(EffectCount(series_id=row.id, neighbourhood_id=buurt_id, month=month, count=count))
        audit.append(session, audit_events.effect_series_imported(ws, series, len(rows)))
    return ImportResult(series, len(rows), len({b for b, _m in rows}), len({m for _b, m in rows}))


def parse_rows(
    text: str, buurten: dict[str, list[int]], progress: Progress | None = None
) -> tuple[dict[tuple[int, dt.date], int], list[Text]]:
    """(buurt id, month) → count, and the errors, each naming its line (1 is the header)."""
    lines = text.splitlines()
    errors: list[Text] = []
    rows: dict[tuple[int, dt.date], int] = {}
    first_line: dict[tuple[int, dt.date], int] = {}
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if progress is not None and number % 500 == 0:
            progress(number, len(lines))
        if not line.strip():
            continue
        fields = [field.strip().strip('"').strip() for field in line.split(";")]
        if not header_seen:
            header_seen = True
            if tuple(f.lower() for f in fields) != HEADER:
                errors.append(Text("regel {line}: de kopregel moet 'buurt;maand;aantal' zijn", line=number))
            continue
        if len(fields) != 3:
            errors.append(
                Text(
                    "regel {line}: verwacht 3 kolommen gescheiden door ';' (buurt;maand;aantal), "
                    "gevonden {count}",
                    line=number,
                    count=len(fields),
                )
            )
            continue
        buurt, month_text, count_text = fields
        ids = buurten.get(_key(buurt), [])
        month = parse_month(month_text)
        problems = []
        if not ids:
            problems.append(Text("buurt '{name}' is onbekend", name=buurt[:60]))
        elif len(ids) > 1:
            problems.append(Text("buurt '{name}' komt in meer gebieden voor", name=buurt[:60]))
        if month is None:
            problems.append(
                Text("maand '{value}' is geen maand als 2020-01 of 01-2020", value=month_text[:20])
            )
        if not count_text.isdigit() or not count_text.isascii():
            problems.append(
                Text("aantal '{value}' is geen geheel getal van 0 of meer", value=count_text[:20])
            )
        if problems:
            errors.append(Text("regel {line}: {problems}", line=number, problems=Texts(problems, ", ")))
            continue
        assert month is not None
        key = (ids[0], month)
        if key in rows:
            errors.append(
                Text(
                    "regel {line}: buurt '{name}' en maand {month} staan al op regel {earlier}",
                    line=number,
                    name=buurt[:60],
                    month=month_text,
                    earlier=first_line[key],
                )
            )
            continue
        rows[key] = int(count_text)
        first_line[key] = number
    if not header_seen:
        errors.append(Text("het bestand is leeg"))
    elif not rows and not errors:
        errors.append(Text("het bestand heeft geen regels onder de kopregel"))
    if progress is not None:
        progress(len(lines), len(lines))
    return rows, errors


def parse_month(text: str) -> dt.date | None:
    for pattern, year_group, month_group in _MONTH_PATTERNS:
        found = pattern.match(text.strip())
        if found:
            year, month = int(found.group(year_group)), int(found.group(month_group))
            if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12:
                return dt.date(year, month, 1)
            return None
    return None


def series_names(ws: Workspace) -> list[str]:
    require_role(ws.actor, Role.COORDINATOR, Role.ADMINISTRATOR, doing=Text("monitoringcijfers opvragen"))
    with ws.register.read_session() as session:
        return list(session.scalars(select(EffectSeries.name).order_by(EffectSeries.name)))


# -- the report -------------------------------------------------------------------------------------
def effect_reports(
    ws: Workspace, period: Period, base_year: int = DEFAULT_BASE_YEAR
) -> tuple[EffectReport, ...]:
    """Every series, per focusbuurt, the period against the peiljaar (coordinator or beheerder)."""
    require_role(ws.actor, Role.COORDINATOR, Role.ADMINISTRATOR, doing=Text("monitoringcijfers opvragen"))
    check_base_year(base_year, period)
    with ws.register.read_session() as session:
        return reports_in(session, period, base_year)


def check_base_year(base_year: int, _period: Period) -> None:
    """A peiljaar is any year Casus can hold figures for: a period before it is compared with it
    just the same (an export of 2019 with the default peiljaar 2020 is not refused)."""
    if (
        isinstance(base_year, bool)
        or not isinstance(base_year, int)
        or not FIRST_YEAR <= base_year <= LAST_YEAR
    ):
        raise InvalidInput(
            "Het peiljaar moet een jaartal van {first} tot en met {last} zijn.",
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )


def reports_in(session: Session, period: Period, base_year: int) -> tuple[EffectReport, ...]:
    """The reports, read in the caller's session (which has checked the role)."""
    base = (dt.date(base_year, 1, 1), dt.date(base_year, 12, 1))
    first, last = _whole_months(period)
    focus = [
        (row.code, row.name, [n.id for n in row.neighbourhoods])
        for row in session.scalars(
            select(FocusArea).where(FocusArea.retired.is_(False)).order_by(FocusArea.name)
        )
    ]
    reports = []
    for series_id, series in session.execute(
        select(EffectSeries.id, EffectSeries.name).order_by(EffectSeries.name)
    ):
        months = set(
            session.scalars(select(EffectCount.month).where(EffectCount.series_id == series_id).distinct())
        )
        base_months = sum(base[0] <= m <= base[1] for m in months)
        period_months = sum(first <= m <= last for m in months) if first <= last else 0
        figures = []
        for code, name, members in focus:
            figures.append(
                EffectFigure(
                    code,
                    name,
                    _total(session, series_id, members, *base),
                    base_months,
                    _total(session, series_id, members, first, last) if period_months else 0,
                    period_months,
                )
            )
        reports.append(EffectReport(series, base_year, period, tuple(figures)))
    return tuple(reports)


def _whole_months(period: Period) -> tuple[dt.date, dt.date]:
    """The first days of the first and last calendar months that lie wholly in the period."""
    begin, end = period.begin, period.end
    first = begin if begin.day == 1 else _next_month(begin)
    following = end + dt.timedelta(days=1)
    last_start = end.replace(day=1) if following.day == 1 else _previous_month(end.replace(day=1))
    return first, last_start


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _previous_month(first: dt.date) -> dt.date:
    return dt.date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)


def _total(session: Session, series_id: int, members: list[int], first: dt.date, last: dt.date) -> int:
    if not members:
        return 0
    return int(
        session.scalar(
            select(func.coalesce(func.sum(EffectCount.count), 0)).where(
                EffectCount.series_id == series_id,
                EffectCount.neighbourhood_id.in_(members),
                EffectCount.month.between(first, last),
            )
        )
        or 0
    )


# -- helpers ----------------------------------------------------------------------------------------
def _series_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > MAX_SERIES_NAME or not _SERIES_NAME.match(name):
        raise InvalidInput(
            "Geef de reeks een naam van 1 tot {most} letters, cijfers, spaties, '.', '_' of '-', "
            "bijvoorbeeld 'politie-meldingen'.",
            most=MAX_SERIES_NAME,
        )
    return name


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InvalidInput("Het bestand {name} is te groot voor een effectreeks.", name=path.name)
        return path.read_bytes()
    except OSError:
        raise InvalidInput("Het bestand {name} is niet te lezen.", name=path.name) from None


def _decode(data: bytes) -> str:
    """UTF-8 (with or without the mark Excel writes), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InvalidInput(
            "Het bestand is geen tekst in UTF-8 of Windows-1252. Sla het in Excel op als CSV."
        ) from None


def _key(name: str) -> str:
    return " ".join(fold(name).split())


def _buurten(session: Session) -> dict[str, list[int]]:
    """Folded buurt name → the ids of the buurten of that name (one, unless gebieden share a name)."""
    found: dict[str, list[int]] = {}
    for buurt_id, name in session.execute(
        select(Neighbourhood.id, Neighbourhood.name).join(Area, Area.id == Neighbourhood.area_id)
    ):
        found.setdefault(_key(name), []).append(buurt_id)
    return found


# -- how the exports say it (Dutch by contract) ------------------------------------------------------
NOT_COMPARABLE = "–"


def percent_text(change: float | None) -> str:
    """`-17,3 %`, `+4,0 %`, or `–` when there is nothing to compare (the exports' Dutch)."""
    if change is None:
        return NOT_COMPARABLE
    sign = "+" if change > 0 else ""
    return f"{sign}{change:.1f} %".replace(".", ",")


def explanation(base_year: int) -> list[str]:
    """What the Effecten section and sheet say about the figures."""
    return [
        "Externe effectreeksen zijn maandcijfers per buurt van een partner (bijvoorbeeld meldingen bij "
        "de politie), ingelezen in Casus. Per focusbuurt staan de buurten van die focusbuurt opgeteld.",
        f"De verandering vergelijkt het gemiddelde per maand in de periode met het gemiddelde per maand "
        f"in het peiljaar {base_year}, telkens over de maanden waarvoor de reeks cijfers heeft. Een "
        f"'{NOT_COMPARABLE}' betekent dat er niets te vergelijken is (geen cijfers in de periode of in "
        "het peiljaar).",
        "Deze cijfers komen niet uit het casusregister en gaan over hele buurten; het minimumaantal k "
        "geldt er niet voor.",
    ]
