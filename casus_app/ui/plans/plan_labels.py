"""Dutch display texts of the doorbraakplan's codes, and amounts typed by a user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casus_app.domain import amounts, labels
from casus_app.domain.enums import PlanStatus
from casus_app.domain.plan_rules import euro
from casus_app.ui.widgets.labels import translated


def plan_status_label(status: str | None) -> str:
    if status is None:
        return QCoreApplication.translate("PlanLabels", "nog geen plan")
    return translated(labels.PLAN_STATUS_NAMES, status)


# Every text is spelled out in its own translate() call: the translation tools look for exactly that.
def status_step_label(target: str, correction: bool) -> str:
    """The text of the button that moves a plan to `target`."""
    names: dict[str, str]
    if correction:
        names = {
            PlanStatus.DRAFT: QCoreApplication.translate("PlanLabels", "Terug naar concept"),
            PlanStatus.DECIDED: QCoreApplication.translate("PlanLabels", "Terug naar besloten"),
        }
    else:
        names = {
            PlanStatus.FOR_DECISION: QCoreApplication.translate("PlanLabels", "Ter besluit voorleggen"),
            PlanStatus.DECIDED: QCoreApplication.translate("PlanLabels", "Besluit is genomen"),
            PlanStatus.REALISED: QCoreApplication.translate("PlanLabels", "Gerealiseerd"),
            PlanStatus.NOT_REALISED: QCoreApplication.translate("PlanLabels", "Niet gerealiseerd"),
            PlanStatus.EVALUATED: QCoreApplication.translate("PlanLabels", "Evaluatie afronden"),
        }
    return names.get(target, target)


def mandate_label(level: str | None) -> str:
    return translated(labels.MANDATE_NAMES, level) if level is not None else ""


def breakthrough_status_label(status: str) -> str:
    return translated(labels.BREAKTHROUGH_STATUS_NAMES, status)


def score_label(score: int) -> str:
    names = {
        1: QCoreApplication.translate("PlanLabels", "1 – acuut probleem"),
        2: QCoreApplication.translate("PlanLabels", "2 – niet zelfredzaam"),
        3: QCoreApplication.translate("PlanLabels", "3 – beperkt zelfredzaam"),
        4: QCoreApplication.translate("PlanLabels", "4 – voldoende zelfredzaam"),
        5: QCoreApplication.translate("PlanLabels", "5 – volledig zelfredzaam"),
    }
    return names.get(score, str(score))


def yes_no_label(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("PlanLabels", "nog niet beoordeeld")
    return (
        QCoreApplication.translate("PlanLabels", "ja")
        if value
        else QCoreApplication.translate("PlanLabels", "nee")
    )


def amount_text(value: float | None) -> str:
    return euro(value) if value is not None else QCoreApplication.translate("PlanLabels", "onbekend")


def amount_edit_text(value: float | None) -> str:
    """An amount as a user would type it: 1850 or 1850,50; empty when unknown."""
    if value is None:
        return ""
    return f"{value:.2f}".replace(".", ",").removesuffix(",00")


def parse_amount(text: str, what: str) -> float | None:
    """'€ 9.000,-', '9000', '9.000', '9000,50' or '€9.000,00' → the amount; empty → None (unknown).

    The rules and the Dutch refusal are the domain's (domain/amounts.py), so every screen reads an
    amount the same way."""
    return amounts.parse_amount(text, what)


def contact_kind_label(kind: str) -> str:
    """huisbezoek, telefoon or overleg, as the contact log shows it."""
    return translated(labels.CONTACT_KIND_NAMES, kind)
