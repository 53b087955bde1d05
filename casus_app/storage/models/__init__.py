"""The register's tables, as typed SQLAlchemy models."""

from .base import Base
from .cases import Action, Case, Person, case_categories
from .keys import AuditCheckpoint, KeySlotRecord
from .meetings import Discussion, DiscussionDraft, Meeting, meeting_attendance
from .plans import Breakthrough, BreakthroughPlan, PlanHelper, PlanIssue, PlanScore
from .reference import (
    Area,
    BreakthroughType,
    Category,
    ClosingReason,
    LifeDomain,
    Neighbourhood,
    Organisation,
)
from .security import AuditEntry, RegisterMeta, User, user_areas

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
    "KeySlotRecord",
    "LifeDomain",
    "Meeting",
    "Neighbourhood",
    "Organisation",
    "PlanHelper",
    "PlanIssue",
    "PlanScore",
    "Person",
    "RegisterMeta",
    "User",
    "case_categories",
    "meeting_attendance",
    "user_areas",
]
