"""The audit log's stored wording read back as templates: the same Dutch, now translatable."""

from __future__ import annotations

import re

import pytest

from casus_app.domain.enums import CaseKind, ContactKind, Role
from casus_app.domain.errors import Text
from casus_app.services.privacy import audit_texts, view_log

SAMPLE = {
    "count": "3",
    "rest": "2",
    "hits": "1",
    "weeks": "4",
    "errors": "7",
    "cases": "12",
    "meetings": "2",
    "k": "5",
    "days": "3",
    "people": "4",
    "size": "8",
    "named": "5",
    "organisations": "3",
    "actions": "6",
    "discussions": "1",
    "differences": "2",
    "seq": "17",
    "last_seq": "16",
    "checkpoint": "20",
    "file_epoch": "3",
    "epoch": "4",
    "casekind": "casuïstiek",
    "contact": "huisbezoek",
    "before": "concept",
    "target": "besloten",  # a code whose name is the code itself (ter_besluit is shown as "ter besluit")
}


def _filled(template: str) -> str:
    def value(match: re.Match) -> str:
        return SAMPLE.get(match.group(1), f"x{match.group(1)}")

    return re.sub(r"\{(\w+)(?::\w+)?\}", value, template)


@pytest.mark.parametrize("template", audit_texts.CATALOGUE)
def test_every_template_reads_its_own_wording_back_unchanged(template):
    stored = _filled(template)
    parsed = audit_texts.parse(stored)
    assert isinstance(parsed, Text)
    assert str(parsed) == stored


def test_the_wording_of_the_view_log_is_recognised_with_its_parts():
    stored = (
        "casuslijst; filter: gebied HSN, status lopend; volgorde nieuwste; getoond: "
        + view_log.ref_list(["2026-001", "2026-002"])
    )
    parsed = audit_texts.parse(stored)
    assert parsed is not None and parsed.template == "casuslijst; {filter}; getoond: {shown}"
    assert str(parsed) == stored
    assert parsed.params["shown"] == Text("{count} casussen: {shown}", count="2", shown="2026-001, 2026-002")


def test_a_role_in_the_wording_becomes_its_code():
    parsed = audit_texts.parse("toegevoegd als gezinscoach")
    assert parsed == Text("toegevoegd als {role}", role=Role.FAMILY_COACH)


def test_unknown_wording_stays_as_stored():
    assert audit_texts.parse("iets wat Casus nooit schreef") is None
    assert audit_texts.parse(None) is None


def test_a_purge_is_read_back_with_its_soorten_as_codes():
    stored = (
        "3 casussen (casuïstiek 1, doorbraak 2) met 4 betrokkenen, 5 afspraken en 0 besprekingen verwijderd: "
        "bewaartermijn verstreken"
    )
    parsed = audit_texts.parse(stored)
    assert parsed is not None and str(parsed) == stored
    kinds = parsed.params["per_kind"]
    assert [item.params["casekind"] for item in kinds.items] == [CaseKind.CASEWORK, CaseKind.BREAKTHROUGH]
    assert parsed.params["occasion"] == Text("bewaartermijn verstreken")


def test_the_column_names_of_a_plan_are_read_back_as_names():
    parsed = audit_texts.parse("gewijzigd: perspective, cost_years")
    assert parsed is not None
    assert [item.template for item in parsed.params["fields"].items] == [
        "perspectief",
        "jaren in de kostenvergelijking",
    ]


def test_findings_and_problems_one_after_the_other_are_read_back_each():
    findings = audit_texts.parse(
        "sleutelbestand gecontroleerd: sleutelbestand buiten Casus gewijzigd (het controlegetal klopte niet); "
        "onbekende sleutelplaats 0a1b2c3d (gebruiker) uit het sleutelbestand verwijderd"
    )
    assert findings is not None and len(findings.params["findings"].items) == 2
    problems = audit_texts.parse(
        "auditlog: Auditregel 4 past niet bij de bewaarde kop: de keten is herschreven. De kop van het "
        "auditlog ontbreekt in het sleutelbestand."
    )
    assert problems is not None
    assert [item.template for item in problems.params["problems"].items] == [
        "Auditregel {seq} past niet bij de bewaarde kop: de keten is herschreven.",
        "De kop van het auditlog ontbreekt in het sleutelbestand.",
    ]
    contact = audit_texts.parse("contact toegevoegd: telefoon op 2026-11-02")
    assert contact == Text(
        "contact toegevoegd: {contact} op {day}", contact=ContactKind.PHONE, day="2026-11-02"
    )
