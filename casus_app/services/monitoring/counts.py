"""The nine monitoring indicators of spec/monitoring.md, counted in the database per gebied and code.

Every indicator is one grouped SQL query; the result is a `CountTable` with a row for every
gebied and a column for every code of its breakdown, also where nothing is counted. Margins and
disclosure control are `disclosure.protect`'s job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, case, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from casus_app.domain.disclosure.tables import CountTable
from casus_app.domain.enums import CaseKind, Role
from casus_app.domain.errors import Text, marked
from casus_app.domain.labels import CASE_KIND_NAMES as KIND_NAMES
from casus_app.domain.periods import Period
from casus_app.services.access import require_role
from casus_app.services.admin.reference import CodedModel
from casus_app.services.monitoring import intervention_counts
from casus_app.services.workspace import Workspace
from casus_app.storage.models import (
    Action,
    Area,
    Breakthrough,
    BreakthroughPlan,
    BreakthroughType,
    Case,
    Category,
    ClosingReason,
)

# The counts of afspraken, plans and doorbraken need only the gebied and soort of each one's case.
# Read from the case rows, a quarter's afspraken reach cases all over the table, and SQLCipher
# decrypts every page it reads (at 100,000 cases registered in random order, 130 ms a query);
# read from this narrow index, the same join takes 20 ms. SQLite's planner prefers the rowid
# lookup in the table whatever the row's width, so the index is named (INDEXED BY); the
# subquery is flattened into the join.
GROUPING_INDEX = "ix_cases_grouping"
CaseGroup = aliased(
    Case,
    text(f"SELECT id, area_id, kind FROM cases INDEXED BY {GROUPING_INDEX}")
    .columns(Case.id, Case.area_id, Case.kind)
    .subquery("case_group"),
    adapt_on_names=True,
)


@dataclass(frozen=True)
class Indicator:
    name: str  # as in the spec and the CSV
    # Dutch, as the exports print them; the interface translates them (ui/monitoring/monitoring_texts.py)
    title: str  # heading
    definition: str  # for the Toelichting and the report
    breakdown: str  # name of the columns


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
}


@dataclass(frozen=True)
class CodeNames:
    """Dutch names for the codes in the tables: gebieden (rows) and each indicator's columns."""

    areas: Mapping[str, str]
    columns: Mapping[str, Mapping[str, str]]  # indicator → code → name


def count_tables(ws: Workspace, period: Period) -> list[CountTable]:
    """The nine indicator tables for `period`, in the order of the spec (coordinator or beheerder)."""
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
            for model in (Category, ClosingReason, BreakthroughType)
        }
        interventions = intervention_counts.column_names(session)
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
        intervention_counts.NAME: interventions,
    }
    return CodeNames(areas, columns)


# -- the queries --------------------------------------------------------------------------------
def tables_in(session: Session, period: Period) -> list[CountTable]:
    """The nine tables, read in the caller's session (which has checked the role)."""
    begin, end = period.begin, period.end
    areas = dict(session.execute(select(Area.id, Area.code).order_by(Area.code)).all())
    kinds = tuple(kind.value for kind in CaseKind)
    categories = _codes(session, Category)
    reasons = _codes(session, ClosingReason)
    types = _codes(session, BreakthroughType)

    new = Case.start_date.between(begin, end)
    on_time = case((Action.done_on <= Action.deadline, ON_TIME), else_=LATE)
    coach = case(
        (func.coalesce(func.trim(BreakthroughPlan.family_coach), "") == "", WITHOUT_COACH), else_=WITH_COACH
    )
    plans = (
        select(CaseGroup.area_id)
        .select_from(BreakthroughPlan)
        .join(CaseGroup, BreakthroughPlan.case_id == CaseGroup.id)
    )
    reached = (
        select(CaseGroup.area_id)
        .select_from(Breakthrough)
        .join(BreakthroughPlan, Breakthrough.plan_id == BreakthroughPlan.id)
        .join(CaseGroup, BreakthroughPlan.case_id == CaseGroup.id)
    )

    # (indicator, one or more grouped statements whose counts add up, columns, column id → code)
    specs: list[tuple] = [
        ("casussen_nieuw", _cases(Case.kind, new), kinds, None),
        (
            "casussen_nieuw_categorie",
            _cases(Case.main_category_id, new),
            tuple(categories.values()),
            categories,
        ),
        (
            "casussen_afgesloten",
            _cases(Case.closing_reason_id, Case.end_date.between(begin, end)),
            tuple(reasons.values()),
            reasons,
        ),
        ("casussen_lopend", _cases(Case.kind, open_at(end)), kinds, None),
        ("afspraken_gemaakt", _actions(CaseGroup.kind, Action.agreed_on.between(begin, end)), kinds, None),
        ("afspraken_afgerond", _actions(on_time, Action.done_on.between(begin, end)), (ON_TIME, LATE), None),
        ("afspraken_verlopen", *[_actions(CaseGroup.kind, part) for part in overdue_at(end)], kinds, None),
        (
            "doorbraakplannen_opgesteld",
            _grouped(plans, coach, BreakthroughPlan.drawn_up_on.between(begin, end), CaseGroup.area_id),
            (WITH_COACH, WITHOUT_COACH),
            None,
        ),
        (
            "doorbraken_behaald",
            _grouped(
                reached, Breakthrough.type_id, Breakthrough.reached_on.between(begin, end), CaseGroup.area_id
            ),
            tuple(types.values()),
            types,
        ),
    ]
    tables = []
    for name, *statements, columns, code_of in specs:
        cells = {(row, column): 0 for row in areas.values() for column in columns}
        for statement in statements:
            for area_id, key, count in session.execute(statement):
                column = code_of[key] if code_of is not None else key
                cells[(areas[area_id], column)] += count
        tables.append(CountTable(name, tuple(areas.values()), columns, cells))
    tables.append(intervention_counts.count_table(session, period, areas))
    return tables


def open_at(day: dt.date) -> ColumnElement[bool]:
    """Cases open at the end of `day`: started on or before it, not closed by then."""
    return and_(Case.start_date <= day, or_(Case.end_date.is_(None), Case.end_date > day))


def overdue_at(day: dt.date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """Actions overdue at the end of `day`, as two disjoint conditions whose counts add up.

    Not done by `day` means: never done, or done later. Split in two, each is a range on the
    index that starts with `done_on`, so the count reads a small part of it, not every action.
    """
    rest = and_(
        Action.agreed_on <= day,
        Action.deadline < day,
        or_(Action.cancelled_on.is_(None), Action.cancelled_on > day),
    )
    return and_(Action.done_on.is_(None), rest), and_(Action.done_on > day, rest)


def _codes(session: Session, model: CodedModel) -> dict[int, str]:
    """id → code of a reference list, ordered by code."""
    return dict(session.execute(select(model.id, model.code).order_by(model.code)).all())


def _grouped(
    base: Select,
    key: SQLColumnExpression[Any],
    condition: ColumnElement[bool],
    area: SQLColumnExpression[Any] = Case.area_id,
) -> Select:
    """`base` (which selects the gebied, `area`) counted per gebied and `key`, where `condition` holds."""
    # Grouping by the key first lets SQLite read the covering date index instead of walking the
    # gebied index (which would give the grouping order for free, but read every wide row).
    return base.add_columns(key.label("key"), func.count()).where(condition).group_by(key, area)


def _cases(key: SQLColumnExpression[Any], condition: ColumnElement[bool]) -> Select:
    return _grouped(select(Case.area_id), key, condition)


def _actions(key: SQLColumnExpression[Any], condition: ColumnElement[bool]) -> Select:
    base = select(CaseGroup.area_id).select_from(Action).join(CaseGroup, Action.case_id == CaseGroup.id)
    return _grouped(base, key, condition, CaseGroup.area_id)
