"""The nine monitoring indicators of spec/monitoring.md, counted in the database per gebied and code.

Every indicator is one grouped SQL query; the result is a `CountTable` with a row for every
gebied and a column for every code of its breakdown, also where nothing is counted. Margins and
disclosure control are `disclosure.protect`'s job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, Subquery, and_, case, func, or_, select
from sqlalchemy.orm import Session

from casus_app.domain.disclosure.tables import CountTable, ProtectedTable
from casus_app.domain.enums import CaseKind, Role
from casus_app.domain.errors import Text, marked
from casus_app.domain.labels import CASE_KIND_NAMES as KIND_NAMES
from casus_app.domain.periods import Period
from casus_app.services.access import require_role
from casus_app.services.admin.reference import CodedModel
from casus_app.services.monitoring import activities, intervention_counts, middelen, performance, plan_effects
from casus_app.services.monitoring.indicator import Indicator
from casus_app.services.monitoring.rows import SOURCES, Rows
from casus_app.services.workspace import Workspace
from casus_app.storage.models import (
    Action,
    Area,
    BreakthroughType,
    Case,
    Category,
    ClosingReason,
    Neighbourhood,
    Organisation,
)

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "casussen_nieuw",
        marked("Nieuwe casussen"),
        marked("Casussen waarvan de startdatum in de periode ligt."),
        marked("soort"),
    ),
    Indicator(
        "casussen_nieuw_categorie",
        marked("Nieuwe casussen naar hoofdcategorie"),
        marked(
            "Dezelfde casussen als bij casussen_nieuw, naar hun hoofdcategorie. De rijtotalen zijn "
            "dezelfde getallen als die van casussen_nieuw."
        ),
        marked("hoofdcategorie"),
    ),
    Indicator(
        "casussen_afgesloten",
        marked("Afgesloten casussen"),
        marked("Casussen waarvan de einddatum in de periode ligt, naar afsluitreden."),
        marked("afsluitreden"),
    ),
    Indicator(
        "casussen_lopend",
        marked("Lopende casussen aan het eind van de periode"),
        marked(
            "Casussen met een startdatum op of vóór de laatste dag van de periode en zonder einddatum "
            "of met een einddatum ná die dag."
        ),
        marked("soort"),
    ),
    Indicator(
        "afspraken_gemaakt",
        marked("Gemaakte afspraken"),
        marked(
            "Afspraken waarvan de datum 'afgesproken op' in de periode ligt, naar de soort van hun casus."
        ),
        marked("soort van de casus"),
    ),
    Indicator(
        "afspraken_afgerond",
        marked("Afgeronde afspraken"),
        marked(
            "Afspraken waarvan de datum 'afgerond op' in de periode ligt: op tijd als ze uiterlijk op de "
            "deadline zijn afgerond, anders te laat."
        ),
        marked("op tijd of te laat"),
    ),
    Indicator(
        "afspraken_verlopen",
        marked("Verlopen afspraken aan het eind van de periode"),
        marked(
            "Afspraken die op de laatste dag van de periode over hun deadline zijn: afgesproken op of "
            "vóór die dag, deadline vóór die dag, op die dag nog niet afgerond en niet vervallen. Naar "
            "de soort van hun casus."
        ),
        marked("soort van de casus"),
    ),
    Indicator(
        "doorbraakplannen_opgesteld",
        marked("Opgestelde doorbraakplannen"),
        marked(
            "Doorbraakplannen waarvan de datum 'opgesteld op' in de periode ligt; zonder gezinscoach als "
            "er (nog) geen gezinscoach is ingevuld."
        ),
        marked("gezinscoach"),
    ),
    Indicator(
        "doorbraken_behaald",
        marked("Behaalde doorbraken"),
        marked("Doorbraken waarvan de datum 'behaald op' in de periode ligt, naar doorbraaktype."),
        marked("doorbraaktype"),
    ),
    # The indicators added for the programme report (issue 13), in their own modules.
    *activities.INDICATORS,
    *performance.INDICATORS,
    *plan_effects.INDICATORS,
    Indicator(
        intervention_counts.NAME,
        intervention_counts.TITLE,
        intervention_counts.DEFINITION,
        intervention_counts.BREAKDOWN,
    ),
)
INDICATOR_NAMES = tuple(indicator.name for indicator in INDICATORS)
BY_NAME: Mapping[str, Indicator] = {indicator.name: indicator for indicator in INDICATORS}

ON_TIME, LATE = "op_tijd", "te_laat"
WITH_COACH, WITHOUT_COACH = "met_gezinscoach", "zonder_gezinscoach"
FIXED_NAMES = {
    ON_TIME: marked("Op tijd"),
    LATE: marked("Te laat"),
    WITH_COACH: marked("Met gezinscoach"),
    WITHOUT_COACH: marked("Zonder gezinscoach"),
    **performance.FIXED_NAMES,
}


@dataclass(frozen=True)
class CodeNames:
    """Dutch names for the codes in the tables: gebieden (rows) and each indicator's columns."""

    areas: Mapping[str, str]
    columns: Mapping[str, Mapping[str, str]]  # indicator → code → name


def count_tables(ws: Workspace, period: Period) -> list[CountTable]:
    """The indicator tables to protect (the nine and the added counts) for `period`, in the order of the spec (coordinator or beheerder)."""
    require_role(ws.actor, Role.COORDINATOR, Role.ADMINISTRATOR, doing=Text("monitoringcijfers opvragen"))
    with ws.register.read_session() as session:
        return tables_in(session, period)


def code_names(ws: Workspace) -> CodeNames:
    """The names belonging to the codes of the tables; reference data, no case content."""
    require_role(ws.actor, Role.COORDINATOR, Role.ADMINISTRATOR, doing=Text("monitoringcijfers opvragen"))
    with ws.register.read_session() as session:
        areas = dict(session.execute(select(Area.code, Area.name).order_by(Area.code)).all())
        reference = {
            model: dict(session.execute(select(model.code, model.name)).all())
            for model in (Category, ClosingReason, BreakthroughType, Organisation)
        }
        interventions = intervention_counts.column_names(session)
        neighbourhoods = sorted(set(session.scalars(select(Neighbourhood.name))))
    kinds = {kind.value: name for kind, name in KIND_NAMES.items()}
    columns = {
        "casussen_nieuw": kinds,
        "casussen_nieuw_categorie": reference[Category],
        "casussen_afgesloten": reference[ClosingReason],
        "casussen_lopend": kinds,
        "afspraken_gemaakt": kinds,
        "afspraken_afgerond": {code: FIXED_NAMES[code] for code in (ON_TIME, LATE)},
        "afspraken_verlopen": kinds,
        "doorbraakplannen_opgesteld": {code: FIXED_NAMES[code] for code in (WITH_COACH, WITHOUT_COACH)},
        "doorbraken_behaald": reference[BreakthroughType],
        **added_code_names(reference[BreakthroughType], reference[Organisation], neighbourhoods),
        plan_effects.SCORES: plan_effects.DIRECTION_NAMES,
        plan_effects.GOALS: {code: FIXED_NAMES[code] for code in (WITH_COACH, WITHOUT_COACH)},
        middelen.COSTS: {code: middelen.FIXED_NAMES[code] for code in middelen.COST_COLUMNS},
        middelen.ONE_OFF: {
            **reference[Organisation],
            middelen.NO_PAYER: middelen.FIXED_NAMES[middelen.NO_PAYER],
        },
        intervention_counts.NAME: interventions,
    }
    return CodeNames(areas, columns)


def added_code_names(
    types: Mapping[str, str], organisations: Mapping[str, str], neighbourhoods: Sequence[str] = ()
) -> dict[str, Mapping[str, str]]:
    """The column names of the indicators added for the programme report."""
    meetings = activities.meeting_kind_names()
    fixed = {code: FIXED_NAMES[code] for code in performance.FIXED_NAMES}
    return {
        "overleggen_gehouden": meetings,
        "aanwezige_organisaties": meetings,
        "aanwezige_professionals": meetings,
        "adressen_aangepakt": fixed,
        # A buurt's code in the tables is its name.
        "adressen_aangepakt_buurt": {
            **{name: name for name in neighbourhoods},
            performance.NO_NEIGHBOURHOOD: fixed[performance.NO_NEIGHBOURHOOD],
        },
        "doorlooptijd_dagen": fixed,
        "gezinnen_in_begeleiding": {code: FIXED_NAMES[code] for code in (WITH_COACH, WITHOUT_COACH)},
        "doorbraken_naar_type": types,
        "doorbraken_naar_partner": {**organisations, performance.NO_PARTNER: fixed[performance.NO_PARTNER]},
    }


# Tables outside small-number protection: the programme's own work and the medians (their modules say why).
PUBLISHED_AS_COUNTED = (
    "overleggen_gehouden",
    "aanwezige_organisaties",
    "aanwezige_professionals",
    "doorlooptijd_dagen",
)


def published_as_counted(session: Session, period: Period, k: int) -> list[ProtectedTable]:
    """The tables that small-number protection does not handle: the programme's own work
    (published as counted) and the medians (published for groups of at least k)."""
    areas = dict(session.execute(select(Area.id, Area.code).order_by(Area.code)).all())
    return [
        *activities.tables_in(session, period, areas),
        performance.lead_time_table(session, period, areas, k),
    ]


def in_order(tables: Iterable[ProtectedTable]) -> tuple[ProtectedTable, ...]:
    """The tables in the order of INDICATORS."""
    return tuple(sorted(tables, key=lambda table: INDICATOR_NAMES.index(table.indicator)))


# -- the queries --------------------------------------------------------------------------------
def tables_in(session: Session, period: Period, sources: Sequence[Rows] = SOURCES) -> list[CountTable]:
    """The tables to protect: the nine, then the added counts about households (`performance`);
    read in the caller's session (which has checked the role).

    The nine are counted over every source of rows (the live tables and the stubs kept by
    retention purges), whose counts add up: a purge changes none of their figures. The added
    counts read both too, each in its own way (`performance`).
    """
    begin, end = period.begin, period.end
    areas = dict(session.execute(select(Area.id, Area.code).order_by(Area.code)).all())
    kinds = tuple(kind.value for kind in CaseKind)
    categories = _codes(session, Category)
    reasons = _codes(session, ClosingReason)
    types = _codes(session, BreakthroughType)

    # (indicator, columns, column id → code)
    layouts: list[tuple[str, tuple[str, ...], Mapping[Any, str] | None]] = [
        ("casussen_nieuw", kinds, None),
        ("casussen_nieuw_categorie", tuple(categories.values()), categories),
        ("casussen_afgesloten", tuple(reasons.values()), reasons),
        ("casussen_lopend", kinds, None),
        ("afspraken_gemaakt", kinds, None),
        ("afspraken_afgerond", (ON_TIME, LATE), None),
        ("afspraken_verlopen", kinds, None),
        ("doorbraakplannen_opgesteld", (WITH_COACH, WITHOUT_COACH), None),
        ("doorbraken_behaald", tuple(types.values()), types),
    ]
    statements = [_statements(rows, begin, end) for rows in sources]
    tables = []
    for name, columns, code_of in layouts:
        cells = {(row, column): 0 for row in areas.values() for column in columns}
        for by_name in statements:
            for statement in by_name[name]:
                for area_id, key, count in session.execute(statement):
                    column = code_of[key] if code_of is not None else key
                    cells[(areas[area_id], column)] += count
        tables.append(CountTable(name, tuple(areas.values()), columns, cells))
    tables.extend(performance.count_tables(session, period, areas))
    tables.extend(plan_effects.count_tables(session, period, areas, sources))
    tables.append(intervention_counts.count_table(session, period, areas))
    return tables


def _statements(rows: Rows, begin: dt.date, end: dt.date) -> dict[str, list[Select]]:
    """Per indicator, one or more grouped statements over `rows` whose counts add up."""
    cases, actions, plans, reached = rows.cases.c, rows.actions.c, rows.plans.c, rows.breakthroughs.c
    new = cases.start_date.between(begin, end)
    on_time = case((actions.done_on <= actions.deadline, ON_TIME), else_=LATE)
    coach = case((plans.with_coach == 1, WITH_COACH), else_=WITHOUT_COACH)
    return {
        "casussen_nieuw": [_grouped(rows.cases, cases.kind, new)],
        "casussen_nieuw_categorie": [_grouped(rows.cases, cases.category_id, new)],
        "casussen_afgesloten": [_grouped(rows.cases, cases.reason_id, cases.end_date.between(begin, end))],
        "casussen_lopend": [_grouped(rows.cases, cases.kind, open_at(end, cases))],
        "afspraken_gemaakt": [_grouped(rows.actions, actions.kind, actions.agreed_on.between(begin, end))],
        "afspraken_afgerond": [_grouped(rows.actions, on_time, actions.done_on.between(begin, end))],
        "afspraken_verlopen": [
            _grouped(rows.actions, actions.kind, part) for part in overdue_at(end, actions)
        ],
        "doorbraakplannen_opgesteld": [_grouped(rows.plans, coach, plans.drawn_up_on.between(begin, end))],
        "doorbraken_behaald": [
            _grouped(rows.breakthroughs, reached.type_id, reached.reached_on.between(begin, end))
        ],
    }


def open_at(day: dt.date, cases: Any = Case) -> ColumnElement[bool]:
    """Cases open at the end of `day`: started on or before it, not closed by then.

    `cases` has the columns `start_date` and `end_date`: the model, or a source's `rows.cases.c`.
    """
    return and_(cases.start_date <= day, or_(cases.end_date.is_(None), cases.end_date > day))


def overdue_at(day: dt.date, actions: Any = Action) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """Actions overdue at the end of `day`, as two disjoint conditions whose counts add up.

    Not done by `day` means: never done, or done later. Split in two, each is a range on the
    index that starts with `done_on`, so the count reads a small part of it, not every action.
    `actions` is the model or a source's `rows.actions.c`.
    """
    rest = and_(
        actions.agreed_on <= day,
        actions.deadline < day,
        or_(actions.cancelled_on.is_(None), actions.cancelled_on > day),
    )
    return and_(actions.done_on.is_(None), rest), and_(actions.done_on > day, rest)


def _codes(session: Session, model: CodedModel) -> dict[int, str]:
    """id → code of a reference list, ordered by code."""
    return dict(session.execute(select(model.id, model.code).order_by(model.code)).all())


def _grouped(rows: Subquery, key: SQLColumnExpression[Any], condition: ColumnElement[bool]) -> Select:
    """`rows` counted per gebied and `key`, where `condition` holds."""
    # Grouping by the key first lets SQLite read the covering date index instead of walking the
    # gebied index (which would give the grouping order for free, but read every wide row).
    area = rows.c.area_id
    return select(area, key.label("key"), func.count()).select_from(rows).where(condition).group_by(key, area)
