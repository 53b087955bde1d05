"""Presentation mode, for a screen the whole overleg sees. One switch for the whole window, and a
banner while it is on.

Per screen, not per field: every view that listens to the switch shows casusnummers, buurt and
category; betrokkenen as initials without birth dates; no address. Free text (samenvatting,
notitie, besluiten, perspectief, afspraken) is hidden until the chair presses its "Tonen", which is
logged (services/privacy/free_text.py); even then the names, addresses and birth dates of the case's
betrokkenen are masked (services/privacy/masking.py). Forms that would show personal data are not opened.

What a partner may see at all follows the roles of the register (the services decide); this only
keeps the projected screen to what the room needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from casus_app.domain.errors import CasusError
from casus_app.services.cases.queries import CaseDetail, PersonView
from casus_app.services.privacy import free_text, masking
from casus_app.services.workspace import Workspace
from casus_app.ui.widgets.errors import error_text

HIDDEN_ADDRESS = "adres verborgen"


def initials(first_name: str | None, infix: str | None, last_name: str | None) -> str:
    """'Jan van den Berg' → 'J. v.d. B.'; nothing of the name beyond its first letters."""
    parts = []
    if first_name:
        parts.append(f"{first_name.strip()[:1].upper()}.")
    if infix:
        parts.append(".".join(word[:1].lower() for word in infix.split()) + ".")
    if last_name:
        parts.append(f"{last_name.strip()[:1].upper()}.")
    return " ".join(parts) or "?"


def place_text(neighbourhood: str | None, street: str | None = None) -> str:
    """What shows instead of an address: the buurt and the street, never the house number."""
    return ", ".join(p for p in (neighbourhood, street) if p) or HIDDEN_ADDRESS


def masked_detail(detail: CaseDetail) -> CaseDetail:
    """The case as presentation mode shows it: persons as initials without birth dates, the address
    as its street only (the buurt is shown beside it)."""
    persons = [
        PersonView(p.id, p.ref, None, None, initials(p.first_name, p.infix, p.last_name), None, p.role)
        for p in detail.persons
    ]
    # The professionals named in afspraken sit in the room; only betrokkenen are hidden.
    return replace(
        detail,
        street=detail.street or place_text(detail.neighbourhood),
        house_number=None,
        house_suffix=None,
        postcode=None,
        city=None,
        persons=persons,
    )


class Presentation(QObject):
    """The one switch; every view that shows personal data listens to `changed`. With a workspace it
    also knows the betrokkenen to mask and logs each "Tonen" (`problem` carries a refusal)."""

    changed = Signal(bool)
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None, ws: Workspace | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.on = False

    def identifiers(self, case_ids: Iterable[int]) -> dict[int, masking.Identifiers]:
        """Per case the names, addresses and birth dates to mask."""
        ids = [i for i in case_ids if i is not None]
        if self.ws is None or not ids:
            return {}
        return free_text.case_identifiers(self.ws, ids)

    def reveal(self, what: str, case_ids: Iterable[int]) -> bool:
        """The chair asks to see hidden text: logged first; False when that was refused."""
        if self.ws is None:
            return False
        try:
            free_text.record_reveal(self.ws, what, case_ids)
        except CasusError as exc:
            self.problem.emit(error_text(exc))
            return False
        return True

    def set_on(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.changed.emit(on)

    def toggle(self) -> None:
        self.set_on(not self.on)


class PresentationBanner(QLabel):
    """A black-on-yellow bar across the window while presentation mode is on."""

    def __init__(
        self,
        presentation: Presentation,
        shortcut: str = "F11",
        parent: QWidget | None = None,
        *,
        follow: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presentationBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#presentationBanner { background: #ffdd00; color: #0b0c0c; font-size: 14pt; font-weight: 700;"
            " padding: 6px; border-bottom: 3px solid #0b0c0c; }"
        )
        self.setText(
            self.tr(
                "PRESENTATIEMODUS – namen, geboortedatums en huisnummers zijn verborgen (%1 zet dit uit)"
            ).replace("%1", shortcut)
        )
        self.setAccessibleName(self.tr("Presentatiemodus staat aan"))
        if follow:  # else its container (a tool bar) shows and hides it
            self.setVisible(presentation.on)
            presentation.changed.connect(self.setVisible)
