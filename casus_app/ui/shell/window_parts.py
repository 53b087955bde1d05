"""What the menu helpers (meetings, beheer, monitoring) use of the main window: all of it, named.

The helpers are handed the main window and add their menus, pages and toolbars to it; this protocol
lists every part they reach for, so mypy checks both sides: the helpers use nothing else, and the
main window (which the helpers never import) still has each part, where it hands itself over.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar, QStackedWidget, QStatusBar, QToolBar, QWidget

    from casus_app.services.workspace import Workspace
    from casus_app.ui.cases.case_list import CaseListView
    from casus_app.ui.cases.case_view import CaseView
    from casus_app.ui.plans.families import FamiliesView
    from casus_app.ui.plans.plan_editor import PlanEditor


class WindowParts(Protocol):
    ws: Workspace
    content: QStackedWidget  # the pages; a helper adds its own and switches between them
    # None for a user who does not see cases (a beheerder without a case role).
    case_list: CaseListView | None
    case_view: CaseView | None
    families_view: FamiliesView | None
    plan_editor: PlanEditor | None
    next_register: Path | None  # the register to sign in to when this window closes (app.run_gui)

    @property
    def locked(self) -> bool: ...

    def lock(self) -> None: ...

    def close_workspace(self) -> None: ...

    def close(self) -> bool: ...

    def open_case(self, case_id: int) -> None: ...

    # Its Qt side, as QMainWindow has it.
    def window(self) -> QWidget:
        """The main window itself: the parent of a helper's actions, dialogs and messages."""
        ...

    def menuBar(self) -> QMenuBar: ...

    def statusBar(self) -> QStatusBar: ...

    def addToolBar(self, toolbar: QToolBar, /) -> None: ...

    def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...
