"""A measurement: on one day, a score from 1 to 5 for the leefgebieden looked at with the household."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from casus_app.domain import clock
from casus_app.domain.errors import InvalidInput
from casus_app.services.plans.plans import PlanChoices, ScoreView
from casus_app.ui.plans.plan_form import PlanFormDialog, date_edit
from casus_app.ui.plans.plan_labels import score_label
from casus_app.ui.widgets.dates import picked_date
from casus_app.ui.widgets.labels import date_text

Measurement = tuple[dt.date, dict[int, int]]


class MeasurementDialog(PlanFormDialog):
    """One combo box per leefgebied; 'niet gemeten' leaves a leefgebied out of this measurement."""

    def __init__(
        self,
        choices: PlanChoices,
        previous: tuple[ScoreView, ...],
        submit: Callable[[Measurement], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Meting toevoegen"), submit, parent)
        latest: dict[int, ScoreView] = {}
        for measured in previous:  # oldest first: the last one seen per leefgebied is the latest
            latest[measured.life_domain_id] = measured
        self.date_edit = date_edit(clock.today())
        self.date_edit.setToolTip(self.tr("De dag waarop u de scores samen met het gezin heeft bepaald"))
        intro = QLabel(
            self.tr(
                "Kies per leefgebied (zelfredzaamheid) hoe zelfredzaam het gezin nu is. Laat op 'niet "
                "gemeten' staan wat u "
                "deze keer niet heeft besproken."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Datum:"), self.date_edit)
        self.combos: dict[int, QComboBox] = {}
        for domain_id, name in choices.life_domains:
            combo = QComboBox()
            combo.addItem(self.tr("niet gemeten"), None)
            for score in range(1, 6):
                combo.addItem(score_label(score), score)
            before = latest.get(domain_id)
            last_time = QLabel(
                self.tr("vorige keer: %1 (%2)")
                .replace("%1", str(before.score))
                .replace("%2", date_text(before.measured_on))
                if before is not None
                else self.tr("nog niet gemeten")
            )
            last_time.setObjectName("muted")
            # One width for every row, so the score boxes line up.
            last_time.setFixedWidth(
                last_time.fontMetrics().horizontalAdvance("vorige keer: 5 (31-12-2026)") + 24
            )
            combo.setAccessibleName(name)
            combo.setAccessibleDescription(last_time.text())
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(last_time)
            self.combos[domain_id] = combo
            self.form.addRow(name + ":", row)
        self.setMinimumWidth(680)

    def value(self) -> Measurement:
        scores = {
            d: combo.currentData() for d, combo in self.combos.items() if combo.currentData() is not None
        }
        if not scores:
            raise InvalidInput(self.tr("Kies voor minstens één leefgebied een score."))
        return picked_date(self.date_edit), scores
