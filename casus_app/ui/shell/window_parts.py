"""What the menu helpers (meetings, beheer, monitoring) use of the main window besides its QMainWindow side.

The helpers are handed the main window and add their menus and pages to it; this protocol names the
rest of what they reach for, so the main window can change without them breaking unnoticed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from casus_app.services.workspace import Workspace
    from casus_app.ui.cases.case_list import CaseListView
    from casus_app.ui.cases.case_view import CaseView
    from casus_app.ui.plans.families import FamiliesView
    from casus_app.ui.plans.plan_editor import PlanEditor


@runtime_checkable
class WindowParts(Protocol):
    ws: Workspace
    content: QStackedWidget  # the pages; a helper adds its own and switches between them
    # None for a user who does not see cases (a beheerder without a case role).
    case_list: CaseListView | None
    case_view: CaseView | None
    families_view: FamiliesView | None
    plan_editor: PlanEditor | None

    @property
    def locked(self) -> bool: ...

    def lock(self) -> None: ...

    def open_case(self, case_id: int) -> None: ...
