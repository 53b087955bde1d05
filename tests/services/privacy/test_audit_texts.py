"""The audit log's stored wording read back as templates: the same Dutch, now translatable."""

from __future__ import annotations

import re

import pytest

from casus_app.domain.enums import Role
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
