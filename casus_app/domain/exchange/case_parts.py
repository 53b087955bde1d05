"""Rules for the parts of a case in the exchange format: betrokkenen, afspraken and the doorbraakplan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from casus_app.domain.enums import BreakthroughStatus, CaseKind
from casus_app.domain.exchange import fields as f
from casus_app.domain.exchange.fields import Errors, quote, unknown_code

if TYPE_CHECKING:
    from casus_app.domain.exchange.rules import CodeBook

STATUSES = frozenset(s.value for s in BreakthroughStatus)
REACHED = BreakthroughStatus.REACHED.value
BREAKTHROUGH = CaseKind.BREAKTHROUGH.value
_MADE = "ligt vóór de datum waarop de afspraak is gemaakt ({earlier})"


def _unique(ref: str | None, j: int, first: dict[str, int], place: str, message: str, out: Errors) -> None:
    if ref is None:
        return
    if ref in first:
        out.append((f"{place}.ref", message.format(ref=quote(ref), first=first[ref])))
    else:
        first[ref] = j


def check_people(people: list, base: str, today: str | None, out: Errors) -> None:
    """`betrokkenen`: refs unique within the case; nobody born after `today` (ISO), when given."""
    first: dict[str, int] = {}
    repeated = "betrokkene {ref} komt al eerder voor in deze casus (" + base + "[{first}])"
    for j, person in enumerate(people):
        place = f"{base}[{j}]"
        if not f.is_record(person, place, out):
            continue
        _unique(f.req_text(person, "ref", place, out, f.REF_MAX), j, first, place, repeated, out)
        f.opt_text(person, "voornaam", place, out)
        f.opt_text(person, "tussenvoegsel", place, out)
        f.req_text(person, "achternaam", place, out)
        born = f.opt_date(person, "geboortedatum", place, out)
        if born is not None and today is not None and born > today:
            out.append(
                (f"{place}.geboortedatum", f"geboortedatum ({born}) ligt in de toekomst (vandaag is {today})")
            )
        f.req_text(person, "rol", place, out, f.ROLE_MAX)


def check_actions(actions: list, base: str, codes: CodeBook, out: Errors) -> None:
    """`afspraken`: who does what by when; dates not before the day it was agreed."""
    first: dict[str, int] = {}
    repeated = "afspraak {ref} komt al eerder voor in deze casus (" + base + "[{first}])"
    organisations = codes.organisaties
    for j, action in enumerate(actions):
        place = f"{base}[{j}]"
        if not f.is_record(action, place, out):
            continue
        _unique(f.req_text(action, "ref", place, out, f.REF_MAX), j, first, place, repeated, out)
        f.text(
            action,
            "omschrijving",
            place,
            out,
            required=True,
            min_len=1,
            not_blank=True,
            max_len=f.DESCRIPTION_MAX,
            free=True,
        )
        owner = f.req_code(action, "eigenaar", place, out)
        if owner is not None and owner not in organisations:
            out.append((f"{place}.eigenaar", unknown_code("organisaties", owner)))
        agreed = f.req_date(action, "afgesproken_op", place, out)
        deadline = f.req_date(action, "deadline", place, out)
        done = f.opt_date(action, "afgerond_op", place, out)
        cancelled = f.opt_date(action, "vervallen_op", place, out)
        if agreed is not None:
            f.not_before(deadline, agreed, f"{place}.deadline", "deadline ({later}) " + _MADE, out)
            f.not_before(done, agreed, f"{place}.afgerond_op", "afgerond_op ({later}) " + _MADE, out)
            f.not_before(cancelled, agreed, f"{place}.vervallen_op", "vervallen_op ({later}) " + _MADE, out)
        if action.get("afgerond_op") is not None and action.get("vervallen_op") is not None:
            out.append(
                (
                    f"{place}.vervallen_op",
                    "een afspraak is afgerond óf vervallen, niet allebei: vul alleen afgerond_op of vervallen_op in",
                )
            )


def check_plan(
    plan: dict, base: str, soort: str | None, start: str | None, codes: CodeBook, out: Errors
) -> None:
    """`doorbraakplan`: only for a doorbraak case, drawn up on or after its start."""
    if soort is not None and soort != BREAKTHROUGH:
        out.append(
            (
                base,
                f"een doorbraakplan hoort alleen bij een casus van soort '{BREAKTHROUGH}'; "
                f"deze casus is van soort '{soort}'",
            )
        )
    drawn_up = f.req_date(plan, "opgesteld_op", base, out)
    f.not_before(
        drawn_up,
        start,
        f"{base}.opgesteld_op",
        "opgesteld_op ({later}) ligt vóór de startdatum van de casus ({earlier})",
        out,
    )
    f.opt_text(plan, "gezinscoach", base, out)
    f.free_text(plan, "perspectief", base, out)
    for j, item in enumerate(f.array(plan, "scores", base, out) or ()):
        place = f"{base}.scores[{j}]"
        if f.is_record(item, place, out):
            # leefgebieden are not checked against a list: the importer adds new ones
            f.req_code(item, "leefgebied", place, out)
            f.score(item, "score", place, out)
            f.req_date(item, "datum", place, out)
    breakthroughs = f.array(plan, "doorbraken", base, out)
    if breakthroughs:
        _check_breakthroughs(breakthroughs, f"{base}.doorbraken", codes, out)


def _check_breakthroughs(items: list, base: str, codes: CodeBook, out: Errors) -> None:
    first: dict[str, int] = {}
    repeated = "doorbraak {ref} komt al eerder voor in dit plan (" + base + "[{first}])"
    for j, item in enumerate(items):
        place = f"{base}[{j}]"
        if not f.is_record(item, place, out):
            continue
        _unique(f.req_text(item, "ref", place, out, f.REF_MAX), j, first, place, repeated, out)
        f.text(
            item,
            "omschrijving",
            place,
            out,
            required=True,
            min_len=1,
            not_blank=True,
            max_len=f.DESCRIPTION_MAX,
            free=True,
        )
        kind = f.req_code(item, "type", place, out)
        if kind is not None and kind not in codes.doorbraaktypen:
            out.append((f"{place}.type", unknown_code("doorbraaktypen", kind)))
        partner = f.opt_code(item, "partner", place, out)
        if partner is not None and partner not in codes.organisaties:
            out.append((f"{place}.partner", unknown_code("organisaties", partner)))
        f.amount(item, "kosten_eur", place, out)
        status = f.choice(item, "status", place, out, STATUSES, required=True)
        f.opt_date(item, "behaald_op", place, out)
        if status == REACHED and item.get("behaald_op") is None:
            out.append(
                (
                    f"{place}.behaald_op",
                    "behaald_op ontbreekt: een behaalde doorbraak heeft de datum nodig waarop die is behaald",
                )
            )
        elif status is not None and status != REACHED and item.get("behaald_op") is not None:
            out.append(
                (
                    f"{place}.behaald_op",
                    f"behaald_op is ingevuld, maar de status is '{status}'; vul die alleen in bij status '{REACHED}'",
                )
            )
