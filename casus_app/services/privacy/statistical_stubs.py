"""Anonymous statistical stubs: what a retention purge keeps so that no monitoring figure changes.

A purge removes a case with everything hung on it; the monitoring counts of earlier periods would
then drop (a year's new cases from 468 to 112). Before the rows go, `keep_stubs` copies what the
counts group and filter by into the stub tables (storage/models/stubs.py): dates, gebied, buurt,
soort, categorie, afsluitreden, doorbraaktype and partner, whether a plan had a gezinscoach,
whether an overleg was cancelled and whether the address has a postcode and house number.
The address becomes a keyed hash (HMAC-SHA256 with a secret of this register, kept in its
encrypted meta table), so distinct addresses can still be counted while the hash cannot be
checked against a guessed address without that secret. Nothing personal is copied: no names,
no free text, no ids of the removed rows (stubs are numbered in an order of their own).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from casus_app.domain.enums import BreakthroughStatus
from casus_app.domain.plan_outcomes import PlanAmounts, plan_amounts, score_direction
from casus_app.domain.plan_rules import BreakthroughCost, HelperCost, ScoreInput
from casus_app.domain.text_fold import fold, postcode_key
from casus_app.services.access import MEETING_CANCELLED
from casus_app.storage.models import (
    Action,
    Breakthrough,
    BreakthroughPlan,
    Case,
    Discussion,
    LifeDomain,
    Meeting,
    PlanHelper,
    PlanScore,
    RegisterMeta,
    StubAction,
    StubBreakthrough,
    StubCase,
    StubDiscussion,
    StubPlan,
)

SECRET_KEY = "statistics.address_secret"


def existing_secret(session: Session) -> bytes | None:
    """This register's secret for address hashes, or None before the first purge made one (read only)."""
    value = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == SECRET_KEY))
    return bytes.fromhex(value) if value is not None else None


def address_secret(session: Session) -> bytes:
    """This register's secret for address hashes; made (32 random bytes) the first time it is needed."""
    value = session.scalar(select(RegisterMeta.value).where(RegisterMeta.key == SECRET_KEY))
    if value is None:
        value = secrets.token_hex(32)
        session.add(RegisterMeta(key=SECRET_KEY, value=value))
        session.flush()
    return bytes.fromhex(value)


def normalised_address(
    street: str | None,
    house_number: str | None,
    house_suffix: str | None,
    postcode: str | None,
    city: str | None,
) -> str | None:
    """One spelling per house: postcode and number where there is a postcode, else street, number
    and place, folded ('Çelikstraat  12a' is 'celikstraat 12a'); None without a house number."""
    number = "".join(fold((house_number or "") + (house_suffix or "")).split())
    if not number:
        return None
    code = postcode_key(postcode)
    if code:
        return f"pc:{fold(code)}|{number}"
    street_words = " ".join(fold(street or "").split())
    if not street_words:
        return None
    return f"st:{street_words}|{number}|{' '.join(fold(city or '').split())}"


def counted_address(
    street: str | None,
    house_number: str | None,
    house_suffix: str | None,
    postcode: str | None,
    city: str | None,
) -> str | None:
    """The normalised address as `adressen_aangepakt` counts it: only with a postcode and a house
    number (docs/monitoring.md), else None."""
    if not (house_number or "").strip() or not postcode_key(postcode):
        return None
    return normalised_address(street, house_number, house_suffix, postcode, city)


def address_key(secret: bytes, normalised: str | None) -> str | None:
    """The keyed hash of a normalised address (hex), or None without an address."""
    if normalised is None:
        return None
    return hmac.new(secret, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


def keep_stubs(session: Session, case_ids: Sequence[int]) -> int:
    """Copy the counting data of these cases into the stub tables, inside the purge's transaction.

    Returns the number of stub cases made. Cases are taken in the order of their dates and codes,
    not their ids, so a stub's number says nothing about which case it was.
    """
    if not case_ids:
        return 0
    secret = address_secret(session)
    cases = session.execute(
        select(
            Case.id,
            Case.kind,
            Case.area_id,
            Case.neighbourhood,
            Case.main_category_id,
            Case.closing_reason_id,
            Case.start_date,
            Case.end_date,
            Case.street,
            Case.house_number,
            Case.house_suffix,
            Case.postcode,
            Case.city,
        )
        .where(Case.id.in_(case_ids))
        .order_by(
            Case.start_date,
            Case.end_date,
            Case.area_id,
            Case.kind,
            Case.main_category_id,
            func.random(),
        )
    ).all()
    stub_of: dict[int, int] = {}
    for row in cases:
        address = (row.street, row.house_number, row.house_suffix, row.postcode, row.city)
        stub = StubCase(
            kind=row.kind,
            area_id=row.area_id,
            neighbourhood=row.neighbourhood,
            main_category_id=row.main_category_id,
            closing_reason_id=row.closing_reason_id,
            start_date=row.start_date,
            end_date=row.end_date,
            address_key=address_key(secret, normalised_address(*address)),
            postcode_address=counted_address(*address) is not None,
        )
        session.add(stub)
        session.flush()
        stub_of[row.id] = stub.id
    ids = list(stub_of)
    for action in session.execute(
        select(
            Action.case_id,
            Action.agreed_on,
            Action.deadline,
            Action.done_on,
            Action.cancelled_on,
            Action.intervention_type_id,
        )
        .where(Action.case_id.in_(ids))
        .order_by(Action.agreed_on, Action.deadline, func.random())
    ):
        session.add(
            StubAction(
                stub_case_id=stub_of[action.case_id],
                agreed_on=action.agreed_on,
                deadline=action.deadline,
                done_on=action.done_on,
                cancelled_on=action.cancelled_on,
                intervention_type_id=action.intervention_type_id,
            )
        )
    # An overleg held only by the discussion of a removed case stays held (activities.held_in).
    session.execute(
        update(Meeting)
        .where(
            Meeting.id.in_(
                select(Discussion.meeting_id).where(
                    Discussion.case_id.in_(ids), Discussion.discussed.is_(True)
                )
            )
        )
        .values(purged_discussion=True)
    )
    for discussion in session.execute(
        select(Discussion.case_id, Meeting.date, Meeting.kind, Meeting.status, Discussion.discussed)
        .join(Meeting, Meeting.id == Discussion.meeting_id)
        .where(Discussion.case_id.in_(ids))
        .order_by(Meeting.date, func.random())
    ):
        session.add(
            StubDiscussion(
                stub_case_id=stub_of[discussion.case_id],
                meeting_date=discussion.date,
                meeting_kind=discussion.kind,
                discussed=bool(discussion.discussed),
                meeting_cancelled=discussion.status == MEETING_CANCELLED,
            )
        )
    _keep_plans(session, stub_of)
    session.flush()
    return len(stub_of)


def _keep_plans(session: Session, stub_of: dict[int, int]) -> None:
    plans = session.execute(
        select(
            BreakthroughPlan.id,
            BreakthroughPlan.case_id,
            BreakthroughPlan.drawn_up_on,
            BreakthroughPlan.family_coach,
            BreakthroughPlan.goal_reached,
            BreakthroughPlan.cost_years,
        )
        .where(BreakthroughPlan.case_id.in_(list(stub_of)))
        .order_by(BreakthroughPlan.drawn_up_on, func.random())
    ).all()
    outcomes = plan_outcomes(
        session, [plan.id for plan in plans], {plan.id: plan.cost_years for plan in plans}
    )
    stub_plan_of: dict[int, int] = {}
    for plan in plans:
        direction, amounts = outcomes[plan.id]
        stub = StubPlan(
            stub_case_id=stub_of[plan.case_id],
            drawn_up_on=plan.drawn_up_on,
            # As the count decides (services/monitoring/rows.py, SQL's trim): only spaces is no coach.
            with_coach=bool((plan.family_coach or "").strip(" ")),
            goal_reached=plan.goal_reached,
            # Only the results the Effecten and Middelen sections count (domain/plan_outcomes.py).
            score_direction=direction,
            cost_current=float(amounts.current) if amounts is not None else None,
            cost_after=float(amounts.after) if amounts is not None else None,
        )
        session.add(stub)
        session.flush()
        stub_plan_of[plan.id] = stub.id
    complete = {plan_id for plan_id, (_direction, amounts) in outcomes.items() if amounts is not None}
    for reached in session.execute(
        select(
            Breakthrough.plan_id,
            Breakthrough.type_id,
            Breakthrough.partner_id,
            Breakthrough.reached_on,
            Breakthrough.cost_eur,
            Breakthrough.status,
            Breakthrough.payer_id,
        )
        .where(Breakthrough.plan_id.in_(list(stub_plan_of)))
        .order_by(Breakthrough.reached_on, func.random())
    ):
        counted = reached.plan_id in complete and reached.status != BreakthroughStatus.NOT_FEASIBLE
        session.add(
            StubBreakthrough(
                stub_plan_id=stub_plan_of[reached.plan_id],
                type_id=reached.type_id,
                partner_id=reached.partner_id,
                reached_on=reached.reached_on,
                one_off_eur=reached.cost_eur if counted else None,
                payer_id=reached.payer_id,
            )
        )


def plan_outcomes(
    session: Session, plan_ids: Sequence[int], years: dict[int, int]
) -> dict[int, tuple[int | None, PlanAmounts | None]]:
    """Per plan its score direction and its amounts, as the monitoring counts compute them live."""
    result: dict[int, tuple[int | None, PlanAmounts | None]] = {}
    # In parts: a long period holds more plans than SQLite takes parameters in one statement.
    for start in range(0, len(plan_ids), CHUNK):
        result.update(_outcomes(session, plan_ids[start : start + CHUNK], years))
    return result


CHUNK = 5000


def _outcomes(
    session: Session, plan_ids: Sequence[int], years: dict[int, int]
) -> dict[int, tuple[int | None, PlanAmounts | None]]:
    scores: dict[int, list[ScoreInput]] = {plan_id: [] for plan_id in plan_ids}
    helpers: dict[int, list[HelperCost]] = {plan_id: [] for plan_id in plan_ids}
    costs: dict[int, list[tuple[BreakthroughCost, int | None]]] = {plan_id: [] for plan_id in plan_ids}
    for row in session.execute(
        select(
            PlanScore.plan_id,
            PlanScore.life_domain_id,
            LifeDomain.position,
            PlanScore.measured_on,
            PlanScore.score,
        )
        .join(LifeDomain, LifeDomain.id == PlanScore.life_domain_id)
        .where(PlanScore.plan_id.in_(plan_ids))
        .order_by(PlanScore.measured_on, LifeDomain.position, PlanScore.id)
    ):
        scores[row.plan_id].append(
            ScoreInput(row.life_domain_id, "", row.position, row.measured_on, row.score)
        )
    for helper in session.execute(
        select(PlanHelper.plan_id, PlanHelper.cost_per_year, PlanHelper.cost_after_per_year)
        .where(PlanHelper.plan_id.in_(plan_ids))
        .order_by(PlanHelper.id)
    ):
        helpers[helper.plan_id].append(HelperCost(helper.cost_per_year, helper.cost_after_per_year))
    for cost in session.execute(
        select(Breakthrough.plan_id, Breakthrough.cost_eur, Breakthrough.status, Breakthrough.payer_id)
        .where(Breakthrough.plan_id.in_(plan_ids))
        .order_by(Breakthrough.id)
    ):
        costs[cost.plan_id].append((BreakthroughCost(cost.cost_eur, cost.status), cost.payer_id))
    return {
        plan_id: (
            score_direction(scores[plan_id]),
            plan_amounts(helpers[plan_id], costs[plan_id], years[plan_id]),
        )
        for plan_id in plan_ids
    }
