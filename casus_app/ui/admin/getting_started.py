"""Eerste stappen: the beheerder's checklist for a new register (services/admin/getting_started).

Opened by itself at the start while the register is empty and a step is open, and from
Beheer › Eerste stappen…; each open step has a button that goes where it is done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casus_app.services.admin import getting_started
from casus_app.services.admin.getting_started import Step
from casus_app.services.workspace import Workspace


class GettingStartedDialog(QDialog):
    def __init__(
        self, ws: Workspace, actions: dict[Step, Callable[[], None]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self._actions = actions
        self.setWindowTitle(self.tr("Casus – eerste stappen"))
        self.setMinimumWidth(620)
        heading = QLabel(self.tr("Eerste stappen voor de beheerder"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "Het register werkt al. Deze stappen maken het veilig om op te vertrouwen; Casus vinkt ze "
                "zelf af zodra ze gedaan zijn."
            )
        )
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[Step, tuple[QLabel, QLabel, QPushButton]] = {}
        texts = {
            Step.SECOND_ADMINISTRATOR: (
                self.tr("Een tweede beheerder"),
                self.tr(
                    "Zonder tweede beheerder is één vergeten wachtwoord genoeg om de herstelsleutel nodig te hebben."
                ),
                self.tr("&Gebruikers en rollen"),
            ),
            Step.RETENTION: (
                self.tr("Bewaartermijnen instellen"),
                self.tr("Zonder termijnen bewaart Casus alles voor altijd; het convenant noemt ze."),
                self.tr("&Bewaartermijnen"),
            ),
            Step.BACKUP: (
                self.tr("Een back-up maken"),
                self.tr("Bewaar back-ups op een andere plek dan deze computer."),
                self.tr("Back-up &maken…"),
            ),
            Step.USERS: (
                self.tr("Gebruikers toevoegen"),
                self.tr("Professionals, gezinscoaches en een coördinator, elk met een eigen wachtwoord."),
                self.tr("Gebruikers &toevoegen"),
            ),
        }
        for row, step in enumerate(Step):
            title, why, button_text = texts[step]
            mark = QLabel()
            mark.setAlignment(Qt.AlignmentFlag.AlignTop)
            label = QLabel(f"<b>{title}</b><br>{why}")
            label.setWordWrap(True)
            button = QPushButton(button_text)
            button.clicked.connect(self._go(step))
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(label, row, 1)
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.rows[step] = (mark, label, button)
        close = QPushButton(self.tr("&Sluiten"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.refresh()

    def _go(self, step: Step) -> Callable[[], None]:
        def go() -> None:
            self._actions[step]()

        return go

    def refresh(self) -> None:
        first_open = None
        for state in getting_started.steps(self.ws):
            mark, _label, button = self.rows[state.step]
            mark.setText("✓" if state.done else "○")
            mark.setAccessibleName(self.tr("gedaan") if state.done else self.tr("nog te doen"))
            button.setEnabled(not state.done)
            if not state.done and first_open is None:
                first_open = button
        if first_open is not None:
            first_open.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)
