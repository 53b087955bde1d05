"""The Dutch names of the codes: one for every member of every enum, all in the one context."""

from __future__ import annotations

import pytest

from casus_app.domain import labels
from casus_app.domain.enums import (
    AuditAction,
    BreakthroughStatus,
    CaseKind,
    Escalation,
    MandateLevel,
    MeetingKind,
    PlanStatus,
    Role,
)


@pytest.mark.parametrize(
    ("enum", "names"),
    [
        (CaseKind, labels.CASE_KIND_NAMES),
        (MeetingKind, labels.MEETING_KIND_NAMES),
        (Escalation, labels.ESCALATION_NAMES),
        (Role, labels.ROLE_NAMES),
        (PlanStatus, labels.PLAN_STATUS_NAMES),
        (MandateLevel, labels.MANDATE_NAMES),
        (BreakthroughStatus, labels.BREAKTHROUGH_STATUS_NAMES),
        (AuditAction, labels.AUDIT_ACTION_NAMES),
    ],
)
def test_every_code_has_a_dutch_name(enum, names):
    assert list(names) == list(enum)
    assert all(name.strip() for name in names.values())


def test_a_code_without_a_name_is_shown_as_it_is():
    assert labels.name_of(labels.CASE_KIND_NAMES, "casuistiek") == "Casuïstiek"
    assert labels.name_of(labels.CASE_KIND_NAMES, "onbekend") == "onbekend"


def test_a_name_in_another_context_is_refused():
    # The interface translates every name in labels.CONTEXT; a name marked for another context
    # would stay Dutch in the English interface.
    with pytest.raises(ValueError, match="context"):
        labels.QT_TRANSLATE_NOOP("Other", "tekst")
