"""The rules of the exchange format `casus-uitwisseling` v1, one record at a time (see exchange.md).

Pure: each check takes a parsed record and the codes known so far, and appends `(place, Dutch message)`
to `out`. Reading the file, the order of passes and the error limit belong to the exchange reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from casus_app.domain.enums import AREA_WIDE_MEETING_KINDS, CaseKind, MeetingKind, Risk
from casus_app.domain.exchange import case_parts as parts
from casus_app.domain.exchange import fields as f
from casus_app.domain.exchange.fields import Errors, quote, unknown_code

FORMAT_NAME = "casus-uitwisseling"
SUPPORTED_VERSION = 1
REFERENCE_KEYS = ("gebieden", "organisaties", "categorieen", "afsluitredenen", "doorbraaktypen")

CASE_KINDS = frozenset(k.value for k in CaseKind)
RISKS = frozenset(r.value for r in Risk)
# The kinds the format knows; a Jeugd Preventie Platform is left out of an export.
MEETING_KINDS = frozenset(
    k.value for k in (MeetingKind.LIVEABILITY, MeetingKind.CASEWORK, MeetingKind.BREAKTHROUGH_TEAM)
)


@dataclass
class CodeBook:
    """The codes a record may use: the file's reference lists merged with what the database holds,
    and, when given, today's date as ISO text (no one is born after it)."""

    gebieden: dict[str, set[str]] = field(default_factory=dict)
    organisaties: set[str] = field(default_factory=set)
    categorieen: set[str] = field(default_factory=set)
    afsluitredenen: set[str] = field(default_factory=set)
    doorbraaktypen: set[str] = field(default_factory=set)
    category_kinds: dict[str, str] = field(default_factory=dict)  # category code -> its case kind
    today: str | None = None

    def add(self, list_key: str, item: dict) -> None:
        """Take one item of a reference list of the file; a gebied's buurten join the known ones."""
        code = item.get("code")
        if type(code) is not str:
            return
        if list_key == "gebieden":
            buurten = self.gebieden.setdefault(code, set())
            listed = item.get("buurten")
            if type(listed) is list:
                buurten.update(b for b in listed if type(b) is str)
        else:
            getattr(self, list_key).add(code)
            # As the import merges it: the file's soort replaces the register's, none keeps it.
            if list_key == "categorieen" and type(item.get("soort")) is str and item["soort"] in CASE_KINDS:
                self.category_kinds[code] = item["soort"]


@dataclass
class RefRegistry:
    """Case and meeting refs: those of the database, those met so far in the file, and (when a first
    pass has collected them) all case refs of the file."""

    known_cases: set[str] = field(default_factory=set)
    known_meetings: set[str] = field(default_factory=set)
    cases: dict[str, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)
    all_cases: set[str] | frozenset[str] = frozenset()
    # gebied code per case ref, of the register's cases and the file's (a meeting discusses only
    # cases of its own gebied)
    case_areas: dict[str, str] = field(default_factory=dict)


# --- top level -------------------------------------------------------------------------------------


def check_format(value: Any, out: Errors) -> None:
    if value != FORMAT_NAME:
        out.append(
            (
                "formaat",
                f"dit is geen uitwisselbestand van Casus: formaat moet '{FORMAT_NAME}' zijn, "
                f"maar is {f.describe(value)}",
            )
        )


def version_problem(value: Any) -> tuple[str, bool] | None:
    """(message, fatal) when `versie` is not 1; an other version number is fatal: nothing else can be read."""
    if type(value) in (int, float) and value == SUPPORTED_VERSION:
        return None
    if type(value) in (int, float):
        shown = int(value) if type(value) is float and value.is_integer() else value
        return (
            f"Versie {shown} van het uitwisselformaat wordt niet ondersteund; "
            f"deze versie van Casus leest versie {SUPPORTED_VERSION}.",
            True,
        )
    return f"versie moet het getal {SUPPORTED_VERSION} zijn, maar is {f.describe(value)}", False


def check_reference_list(list_key: str, value: Any, out: Errors) -> list[dict]:
    """Check one reference list (`gebieden`, `organisaties`, …); returns its items that are objects."""
    if type(value) is not list:
        out.append((list_key, f"moet een lijst zijn, maar is {f.describe(value)}"))
        return []
    items: list[dict] = []
    first: dict[str, int] = {}
    for i, item in enumerate(value):
        place = f"{list_key}[{i}]"
        if not f.is_record(item, place, out):
            continue
        items.append(item)
        code = f.code(item, "code", place, out, required=True)
        if code is not None:
            if code in first:
                out.append(
                    (
                        f"{place}.code",
                        f"code {quote(code)} komt al eerder voor in '{list_key}' ({list_key}[{first[code]}]); "
                        "elke code mag maar één keer voorkomen",
                    )
                )
            else:
                first[code] = i
        f.text(item, "naam", place, out, required=True, min_len=1)
        if list_key == "gebieden":
            buurten = f.array(item, "buurten", place, out)
            for k, buurt in enumerate(buurten or ()):
                problem = f.text_problem(buurt, 1, f.NAME_MAX, False)
                if problem is not None:
                    out.append((f"{place}.buurten[{k}]", problem))
        elif list_key == "categorieen":
            f.choice(item, "soort", place, out, CASE_KINDS)
    return items


# --- casussen --------------------------------------------------------------------------------------


def check_case(case: Any, index: int, codes: CodeBook, refs: RefRegistry, out: Errors) -> None:
    """Check `casussen[index]` and remember its ref."""
    base = f"casussen[{index}]"
    if not f.is_record(case, base, out):
        return
    ref = f.req_code(case, "ref", base, out)
    if ref is not None:
        if ref in refs.known_cases:
            out.append(
                (f"{base}.ref", f"casus {quote(ref)} bestaat al in het register; kies een ander casusnummer")
            )
        elif ref in refs.cases:
            out.append(
                (
                    f"{base}.ref",
                    f"casusnummer {quote(ref)} komt al eerder voor in dit bestand (casussen[{refs.cases[ref]}])",
                )
            )
    soort = f.choice(case, "soort", base, out, CASE_KINDS, required=True)
    gebied = _check_place(case, base, codes, out)
    if ref is not None and ref not in refs.cases:
        refs.cases[ref] = index
        if gebied is not None:
            refs.case_areas.setdefault(ref, gebied)

    main = f.req_code(case, "hoofdcategorie", base, out)
    if main is not None and main not in codes.categorieen:
        out.append((f"{base}.hoofdcategorie", unknown_code("categorieen", main)))
    else:
        _check_category_kind(main, soort, f"{base}.hoofdcategorie", codes, out)
    categories = f.array(case, "categorieen", base, out)
    if categories:
        # Further categories may be of another kind (a casuistiek case can also be about litter);
        # the hoofdcategorie may not, for a case is counted under it per soort (monitoring.md).
        f.code_list(categories, f"{base}.categorieen", codes.categorieen, "categorieen", out)
    organisations = codes.organisaties
    reporter = f.req_code(case, "aangemeld_door", base, out)
    if reporter is not None and reporter not in organisations:
        out.append((f"{base}.aangemeld_door", unknown_code("organisaties", reporter)))
    lead = f.opt_code(case, "regie", base, out)
    if lead is not None and lead not in organisations:
        out.append((f"{base}.regie", unknown_code("organisaties", lead)))

    start = f.req_date(case, "startdatum", base, out)
    end = f.opt_date(case, "einddatum", base, out)
    f.not_before(
        end, start, f"{base}.einddatum", "einddatum ({later}) ligt vóór de startdatum ({earlier})", out
    )
    reason = f.opt_code(case, "afsluitreden", base, out)
    if reason is not None and reason not in codes.afsluitredenen:
        out.append((f"{base}.afsluitreden", unknown_code("afsluitredenen", reason)))
    if end is not None and case.get("afsluitreden") is None:
        out.append(
            (
                f"{base}.afsluitreden",
                f"afsluitreden ontbreekt: de casus is afgesloten (einddatum {end}) en heeft dan een afsluitreden nodig",
            )
        )
    elif case.get("einddatum") is None and case.get("afsluitreden") is not None:
        out.append(
            (
                f"{base}.afsluitreden",
                "afsluitreden is ingevuld, maar de casus heeft geen einddatum; "
                "vul die alleen in bij een afgesloten casus",
            )
        )
    f.free_text(case, "samenvatting", base, out)
    if case.get("risico") is not None:
        f.choice(case, "risico", base, out, RISKS)

    people = f.array(case, "betrokkenen", base, out)
    if people:
        parts.check_people(people, f"{base}.betrokkenen", codes.today, out)
    actions = f.array(case, "afspraken", base, out)
    if actions:
        parts.check_actions(actions, f"{base}.afspraken", codes, out)
    plan = f.mapping(case, "doorbraakplan", base, out, nullable=True)
    if plan is not None:
        parts.check_plan(plan, f"{base}.doorbraakplan", soort, start, codes, out)


def _check_category_kind(
    code: str | None, soort: str | None, place: str, codes: CodeBook, out: Errors
) -> None:
    """The hoofdcategorie belongs to the case's own kind, when the category names one."""
    kind = codes.category_kinds.get(code) if code is not None else None
    if kind is not None and soort is not None and kind != soort:
        out.append(
            (
                place,
                f"hoofdcategorie {quote(code)} hoort bij casussen van soort '{kind}'; deze casus is van "
                f"soort '{soort}'. Kies een hoofdcategorie van soort '{soort}'",
            )
        )


def _check_place(case: dict, base: str, codes: CodeBook, out: Errors) -> str | None:
    """gebied, buurt (one of the gebied's buurten) and adres; returns the gebied code when usable."""
    gebied = f.req_code(case, "gebied", base, out)
    buurten = codes.gebieden.get(gebied) if gebied is not None else None
    if gebied is not None and buurten is None:
        out.append((f"{base}.gebied", unknown_code("gebieden", gebied)))
    buurt = f.opt_text(case, "buurt", base, out)
    if buurt is not None and buurten is not None and buurt not in buurten:
        if buurten:
            shown = ", ".join(f.printable(b) for b in sorted(buurten)[:20])
            message = (
                f"buurt {quote(buurt)} hoort niet bij gebied {quote(gebied)}; buurten van dit gebied: {shown}"
            )
        else:
            message = (
                f"buurt {quote(buurt)} hoort niet bij gebied {quote(gebied)}: er zijn geen buurten bekend; "
                "voeg de buurt toe aan 'buurten' van het gebied of laat 'buurt' weg"
            )
        out.append((f"{base}.buurt", message))
    address = f.mapping(case, "adres", base, out, nullable=True)
    if address is not None:
        place = f"{base}.adres"
        f.req_text(address, "straat", place, out)
        f.req_text(address, "huisnummer", place, out, f.HOUSE_MAX)
        f.opt_text(address, "toevoeging", place, out, f.HOUSE_MAX)
        f.postcode(address, "postcode", place, out)
        f.opt_text(address, "plaats", place, out)
    return gebied


# --- overleggen ------------------------------------------------------------------------------------


def check_meeting(meeting: Any, index: int, codes: CodeBook, refs: RefRegistry, out: Errors) -> None:
    """Check `overleggen[index]` and remember its ref."""
    base = f"overleggen[{index}]"
    if not f.is_record(meeting, base, out):
        return
    ref = f.req_text(meeting, "ref", base, out, f.REF_MAX)
    if ref is not None:
        if ref in refs.known_meetings:
            out.append((f"{base}.ref", f"overleg {quote(ref)} bestaat al in het register"))
        elif ref in refs.meetings:
            out.append(
                (
                    f"{base}.ref",
                    f"overleg {quote(ref)} komt al eerder voor in dit bestand (overleggen[{refs.meetings[ref]}])",
                )
            )
        if ref not in refs.meetings:
            refs.meetings[ref] = index
    f.choice(meeting, "soort", base, out, MEETING_KINDS, required=True)
    gebied = f.req_code(meeting, "gebied", base, out)
    if gebied is not None and gebied not in codes.gebieden:
        out.append((f"{base}.gebied", unknown_code("gebieden", gebied)))
    f.req_date(meeting, "datum", base, out)
    present = f.array(meeting, "aanwezig", base, out)
    if present:
        f.code_list(present, f"{base}.aanwezig", codes.organisaties, "organisaties", out)
    for j, item in enumerate(f.array(meeting, "besproken", base, out) or ()):
        place = f"{base}.besproken[{j}]"
        if not f.is_record(item, place, out):
            continue
        case_ref = f.text(item, "casus", place, out, required=True, max_len=f.CODE_MAX)
        if case_ref is not None and not (
            case_ref in refs.cases or case_ref in refs.all_cases or case_ref in refs.known_cases
        ):
            out.append(
                (
                    f"{place}.casus",
                    f"onbekende casus {quote(case_ref)}: die staat niet in dit bestand en ook niet in het register",
                )
            )
        elif (
            case_ref is not None
            and gebied is not None
            and gebied in codes.gebieden
            # the doorbraakteam: every gebied (a soort of the wrong type is reported elsewhere)
            and not (isinstance(meeting.get("soort"), str) and meeting["soort"] in AREA_WIDE_MEETING_KINDS)
        ):
            area = refs.case_areas.get(case_ref)
            if area is not None and area != gebied:
                out.append(
                    (
                        f"{place}.casus",
                        f"casus {quote(case_ref)} hoort bij gebied {quote(area)}, dit overleg bij gebied "
                        f"{quote(gebied)}: een overleg bespreekt alleen casussen van zijn eigen gebied, "
                        "behalve het doorbraakteam",
                    )
                )
        f.free_text(item, "notitie", place, out)
