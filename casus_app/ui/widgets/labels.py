"""The names of the codes the services return, as the user reads them; dates as dd-mm-jjjj.

The Dutch names are domain/labels.py's; here they are translated at run time (the .ts file has
them under domain/labels.CONTEXT).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from casus_app.domain import labels
from casus_app.domain.enums import Role


def translated(names: Mapping[Any, str], code: str) -> str:
    """The translated name of `code` in one of domain/labels.py's tables; the code if it has none."""
    name = names.get(code)
    return code if name is None else QCoreApplication.translate(labels.CONTEXT, name)


def kind_label(kind: str) -> str:
    return translated(labels.CASE_KIND_NAMES, kind)


def escalation_label(level: str) -> str:
    return translated(labels.ESCALATION_NAMES, level)


def meeting_label(kind: str) -> str:
    return translated(labels.MEETING_KIND_NAMES, kind)


def role_label(role: Role) -> str:
    return translated(labels.ROLE_NAMES, str(role))


# Every text is spelled out in its own translate() call: the translation tools look for exactly that.
def status_label(end_date: dt.date | None) -> str:
    return (
        QCoreApplication.translate("Labels", "Lopend")
        if end_date is None
        else QCoreApplication.translate("Labels", "Afgesloten")
    )


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""
