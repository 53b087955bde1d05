"""Choosing the period of the monitoring: a quarter, a half year or a year and which one, a range of
dates, or everything since the start up to a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from casus_app.domain.periods import MAX_YEAR, PROGRAMME_START, Period, PeriodKind
from casus_app.ui.widgets.dates import date_edit, picked_date, qdate

SINCE_START = "S"  # the kind combo's data for "sinds de start": a range from PROGRAMME_START


def default_period(today: dt.date) -> Period:
    """The last whole quarter: what a coordinator reports on."""
    return Period.quarter_of(today).previous_quarter()


class PeriodPicker(QWidget):
    """Kind (kwartaal, halfjaar, jaar, van datum tot datum, sinds de start), then year and part or
    the dates; `changed` carries the chosen Period."""

    changed = Signal(object)

    def __init__(self, initial: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Kwartaal"), PeriodKind.QUARTER)
        self.kind_combo.addItem(self.tr("Halfjaar"), PeriodKind.HALF)
        self.kind_combo.addItem(self.tr("Jaar"), PeriodKind.YEAR)
        self.kind_combo.addItem(self.tr("Van datum tot datum"), PeriodKind.RANGE)
        self.kind_combo.addItem(self.tr("Sinds de start"), SINCE_START)
        self.kind_combo.setToolTip(
            self.tr(
                "Tel over een kwartaal, een half jaar, een heel jaar, van datum tot datum of alles sinds "
                "de start tot en met een datum"
            )
        )
        self.kind_combo.setAccessibleName(self.tr("Soort periode"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setToolTip(self.tr("Het jaar van de periode"))
        self.year_spin.setAccessibleName(self.tr("Jaar"))
        self.part_combo = QComboBox()
        self.part_combo.setToolTip(self.tr("Welk kwartaal of welk halfjaar"))
        self.part_combo.setAccessibleName(self.tr("Deel van het jaar"))
        self.from_edit = date_edit(initial.begin)
        self.from_edit.setToolTip(self.tr("De eerste dag van de periode"))
        self.from_edit.setAccessibleName(self.tr("Vanaf"))
        self.until_label = QLabel(self.tr("t/m"))
        self.to_edit = date_edit(initial.end)
        self.to_edit.setToolTip(self.tr("De laatste dag van de periode; voorraden worden op deze dag geteld"))
        self.to_edit.setAccessibleName(self.tr("Tot en met"))
        last_day = qdate(dt.date(MAX_YEAR, 12, 31))
        self.from_edit.setDateRange(qdate(PROGRAMME_START), last_day)
        self.to_edit.setDateRange(qdate(PROGRAMME_START), last_day)
        label = QLabel(self.tr("&Periode"))
        label.setBuddy(self.kind_combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.part_combo)
        layout.addWidget(self.year_spin)
        layout.addWidget(self.from_edit)
        layout.addWidget(self.until_label)
        layout.addWidget(self.to_edit)
        QWidget.setTabOrder(self.kind_combo, self.part_combo)
        QWidget.setTabOrder(self.part_combo, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.from_edit)
        QWidget.setTabOrder(self.from_edit, self.to_edit)

        self._updating = True
        self._last = initial
        self._show(initial)
        self._updating = False
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.part_combo.currentIndexChanged.connect(self._emit)
        self.year_spin.valueChanged.connect(self._emit)
        self.from_edit.dateChanged.connect(self._from_changed)
        self.to_edit.dateChanged.connect(self._emit)

    def period(self) -> Period:
        data = self.kind_combo.currentData()
        if data == SINCE_START:
            return Period.since_start(picked_date(self.to_edit))
        kind = self.kind()
        if kind is PeriodKind.RANGE:
            return Period.between(picked_date(self.from_edit), picked_date(self.to_edit))
        number = self.part_combo.currentData() if kind is not PeriodKind.YEAR else 1
        return Period(self.year_spin.value(), kind, number)

    def kind(self) -> PeriodKind:
        # Qt hands the enum back as its plain string value; "sinds de start" is a range.
        data = self.kind_combo.currentData()
        return PeriodKind.RANGE if data == SINCE_START else PeriodKind(data)

    def set_period(self, period: Period) -> None:
        self._updating = True
        self._last = period
        self._show(period)
        self._updating = False
        self._emit()

    def _show(self, period: Period) -> None:
        data = SINCE_START if period.since_the_start else period.kind
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(data))
        self._fill_parts(period.kind, period.number)
        self.year_spin.setValue(period.year)
        self.from_edit.setDate(qdate(period.begin))
        self.to_edit.setMinimumDate(
            qdate(period.begin if period.kind is PeriodKind.RANGE else PROGRAMME_START)
        )
        self.to_edit.setDate(qdate(period.end))
        self._show_fields()

    def _show_fields(self) -> None:
        """Year and part for a quarter, half year or year; the dates for a range."""
        since = self.kind_combo.currentData() == SINCE_START
        ranged = self.kind() is PeriodKind.RANGE
        self.year_spin.setVisible(not ranged)
        self.from_edit.setVisible(ranged and not since)
        self.until_label.setVisible(ranged)
        self.to_edit.setVisible(ranged)

    def _kind_changed(self) -> None:
        # Also called while set_period shows a period: then it must not emit half a change.
        was_updating, self._updating = self._updating, True
        self._fill_parts(self.kind(), 1)
        if self.kind() is PeriodKind.RANGE and self._last.kind is not PeriodKind.RANGE:
            # From a quarter, half year or year to dates: start from the dates it had.
            self.to_edit.setMinimumDate(qdate(PROGRAMME_START))
            self.from_edit.setDate(qdate(self._last.begin))
            self.to_edit.setDate(qdate(self._last.end))
        if self.kind_combo.currentData() == SINCE_START:
            self.to_edit.setMinimumDate(qdate(PROGRAMME_START))
        elif self.kind() is PeriodKind.RANGE:
            self.to_edit.setMinimumDate(self.from_edit.date())
        self._show_fields()
        self._updating = was_updating
        self._emit()

    def _from_changed(self) -> None:
        # The last day never lies before the first: a range the picker offers is always valid.
        self.to_edit.setMinimumDate(self.from_edit.date())
        self._emit()

    def _fill_parts(self, kind: PeriodKind, number: int) -> None:
        self.part_combo.clear()
        if kind is PeriodKind.QUARTER:
            for n in range(1, 5):
                self.part_combo.addItem(self.tr("%1e kwartaal").replace("%1", str(n)), n)
        elif kind is PeriodKind.HALF:
            for n in range(1, 3):
                self.part_combo.addItem(self.tr("%1e halfjaar").replace("%1", str(n)), n)
        self.part_combo.setVisible(kind in (PeriodKind.QUARTER, PeriodKind.HALF))
        index = self.part_combo.findData(number)
        self.part_combo.setCurrentIndex(max(index, 0))

    def _emit(self) -> None:
        if not self._updating:
            self._last = self.period()
            self.changed.emit(self._last)
