"""The register's tables, as typed SQLAlchemy models."""

from .base import Base
from .cases import Action, Case, Person, case_categories
from .meetings import Discussion, Meeting, meeting_attendance
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
    "AuditEntry",
    "Base",
    "Breakthrough",
    "BreakthroughPlan",
    "BreakthroughType",
    "Case",
    "Category",
    "ClosingReason",
    "Discussion",
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
