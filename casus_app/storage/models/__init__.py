"""The register's tables, as typed SQLAlchemy models."""

from casus_app.storage.models.base import Base
from casus_app.storage.models.cases import Action, Case, Person, case_categories
from casus_app.storage.models.effects import EffectCount, EffectSeries
from casus_app.storage.models.keys import AuditCheckpoint, KeySlotRecord
from casus_app.storage.models.meetings import (
    Discussion,
    DiscussionDraft,
    Meeting,
    MeetingAttendee,
    meeting_attendance,
)
from casus_app.storage.models.plans import (
    Breakthrough,
    BreakthroughPlan,
    FamilyContact,
    PlanHelper,
    PlanIssue,
    PlanScore,
)
from casus_app.storage.models.reference import (
    Area,
    BreakthroughType,
    Category,
    ClosingReason,
    FocusArea,
    InterventionType,
    LifeDomain,
    Neighbourhood,
    Organisation,
    focus_area_neighbourhoods,
)
from casus_app.storage.models.releases import Release, ReleaseValue
from casus_app.storage.models.security import AuditEntry, RegisterMeta, User, user_areas
from casus_app.storage.models.stubs import (
    StubAction,
    StubBreakthrough,
    StubCase,
    StubDiscussion,
    StubPlan,
)

__all__ = [
    "Action",
    "Area",
    "AuditCheckpoint",
    "AuditEntry",
    "Base",
    "Breakthrough",
    "BreakthroughPlan",
    "BreakthroughType",
    "Case",
    "Category",
    "ClosingReason",
    "Discussion",
    "DiscussionDraft",
    "EffectCount",
    "EffectSeries",
    "FamilyContact",
    "FocusArea",
    "InterventionType",
    "KeySlotRecord",
    "LifeDomain",
    "Meeting",
    "MeetingAttendee",
    "Neighbourhood",
    "Organisation",
    "PlanHelper",
    "PlanIssue",
    "PlanScore",
    "Person",
    "RegisterMeta",
    "Release",
    "ReleaseValue",
    "StubAction",
    "StubBreakthrough",
    "StubCase",
    "StubDiscussion",
    "StubPlan",
    "User",
    "case_categories",
    "focus_area_neighbourhoods",
    "meeting_attendance",
    "user_areas",
]
