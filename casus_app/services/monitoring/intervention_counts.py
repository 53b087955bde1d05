"""The indicator `afspraken_naar_type`: afspraken made in the period, per gebied and interventietype.

Kept apart from the nine of `counts` (which registers it): one grouped query over the covering
index `ix_actions_agreed_type` (agreed_on, case_id, intervention_type_id), joined to the case's
gebied, and one over the stubs of purged afspraken (`ix_stub_actions_agreed_type`). An afspraak without a type is counted under `zonder_type`, so that the row totals are
those of `afspraken_gemaakt` and the two tables are protected as linked tables.
"""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from casus_app.domain.disclosure.tables import CountTable
from casus_app.domain.errors import marked
from casus_app.domain.periods import Period
from casus_app.storage.models import Action, Case, InterventionType, StubAction, StubCase

NAME = "afspraken_naar_type"
TITLE = marked("Gemaakte afspraken naar interventietype")
DEFINITION = marked(
    "Dezelfde afspraken als bij afspraken_gemaakt (datum 'afgesproken op' in de periode), naar hun "
    "interventietype; zonder type als er geen is gekozen. De rijtotalen zijn dezelfde getallen als "
    "die van afspraken_gemaakt."
)
BREAKDOWN = marked("interventietype")
WITHOUT_TYPE = "zonder_type"
WITHOUT_TYPE_NAME = marked("Zonder type")
LINKED_TO = "afspraken_gemaakt"
# The gebied of each afspraak's case from the narrow index, as counts.CaseGroup reads it (see there).
_CaseGroup = aliased(
    Case,
    text("SELECT id, area_id, kind FROM cases INDEXED BY ix_cases_grouping")
    .columns(Case.id, Case.area_id, Case.kind)
    .subquery("case_group"),
    adapt_on_names=True,
)


def type_codes(session: Session) -> dict[int, str]:
    """id → code of every interventietype (retired ones too: they still count), ordered by code."""
    rows = session.execute(select(InterventionType.id, InterventionType.code).order_by(InterventionType.code))
    return {type_id: code for type_id, code in rows if code != WITHOUT_TYPE}


def column_names(session: Session) -> dict[str, str]:
    """code → Dutch name of every column."""
    names = dict(session.execute(select(InterventionType.code, InterventionType.name)).all())
    names[WITHOUT_TYPE] = WITHOUT_TYPE_NAME
    return names


def count_table(session: Session, period: Period, areas: dict[int, str]) -> CountTable:
    """The table for `period`; `areas` is gebied id → code in the order of the other tables."""
    codes = type_codes(session)
    columns = (*codes.values(), WITHOUT_TYPE)
    cells = {(area, column): 0 for area in areas.values() for column in columns}
    statement = (
        select(_CaseGroup.area_id, Action.intervention_type_id, func.count())
        .select_from(Action)
        .join(_CaseGroup, Action.case_id == _CaseGroup.id)
        .where(Action.agreed_on.between(period.begin, period.end))
        .group_by(Action.intervention_type_id, _CaseGroup.area_id)
    )
    # The afspraken of purged cases, from their stubs (ix_stub_actions_agreed_type).
    stubs = (
        select(StubCase.area_id, StubAction.intervention_type_id, func.count())
        .select_from(StubAction)
        .join(StubCase, StubAction.stub_case_id == StubCase.id)
        .where(StubAction.agreed_on.between(period.begin, period.end))
        .group_by(StubAction.intervention_type_id, StubCase.area_id)
    )
    for area_id, type_id, count in [*session.execute(statement), *session.execute(stubs)]:
        column = codes.get(type_id, WITHOUT_TYPE) if type_id is not None else WITHOUT_TYPE
        cells[(areas[area_id], column)] += count
    return CountTable(NAME, tuple(areas.values()), columns, cells)
