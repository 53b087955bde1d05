"""The warning before a second case is made for the same address or person: add to that case instead?"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casus_app.services.cases.duplicates import DuplicateCandidate
from casus_app.ui.widgets.labels import date_text, kind_label


class CaseDuplicatesDialog(QDialog):
    """Accepted with `chosen_case` set: add the signal to that case; None: make a new case anyway."""

    def __init__(self, candidates: list[DuplicateCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Er loopt al een casus"))
        self.chosen_case: int | None = None
        # Gone once closed: no case data stays behind in a hidden window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        heading = QLabel(self.tr("Er is al een lopende casus voor dit adres of deze persoon"))
        heading.setObjectName("section")
        heading.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Voeg het signaal toe aan die casus (de betrokkenen, categorieën en samenvatting komen erbij "
                "en de casus komt op de agenda), of maak toch een nieuwe casus."
            )
        )
        explanation.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Lopende casussen"))
        for candidate in candidates:
            text = " · ".join(
                p
                for p in (
                    candidate.ref,
                    kind_label(candidate.kind),
                    candidate.neighbourhood,
                    candidate.address,
                    self.tr("sinds %1").replace("%1", date_text(candidate.start_date)),
                )
                if p
            )
            item = QListWidgetItem(f"{text}\n    {', '.join(candidate.reasons)}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.case_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.add_button = QPushButton(self.tr("&Toevoegen aan deze casus"))
        self.add_button.setDefault(True)
        self.add_button.setToolTip(self.tr("Het signaal hoort bij de gekozen casus (Enter)"))
        self.new_button = QPushButton(self.tr("Toch een &nieuwe casus"))
        self.new_button.setToolTip(self.tr("Het gaat om iets anders: maak een aparte casus"))
        self.back_button = QPushButton(self.tr("Terug naar het &formulier"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.resize(720, 360)

        self.add_button.clicked.connect(self._add)
        self.list.itemActivated.connect(lambda _item: self._add())
        self.new_button.clicked.connect(self._new)
        self.back_button.clicked.connect(self.reject)
        self.list.setFocus()

    def _add(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen_case = item.data(Qt.ItemDataRole.UserRole)
            self.accept()

    def _new(self) -> None:
        self.chosen_case = None
        self.accept()
