"""Choosing the period of the monitoring: a quarter, a half year or a year, and which one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from casus_app.domain.periods import Period, PeriodKind


def default_period(today: dt.date) -> Period:
    """The last whole quarter: what a coordinator reports on."""
    return Period.quarter_of(today).previous_quarter()


class PeriodPicker(QWidget):
    """Kind (kwartaal, halfjaar, jaar), year and part; `changed` carries the chosen Period."""

    changed = Signal(object)

    def __init__(self, initial: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Kwartaal"), PeriodKind.QUARTER)
        self.kind_combo.addItem(self.tr("Halfjaar"), PeriodKind.HALF)
        self.kind_combo.addItem(self.tr("Jaar"), PeriodKind.YEAR)
        self.kind_combo.setToolTip(self.tr("Tel over een kwartaal, een half jaar of een heel jaar"))
        self.kind_combo.setAccessibleName(self.tr("Soort periode"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setToolTip(self.tr("Het jaar van de periode"))
        self.year_spin.setAccessibleName(self.tr("Jaar"))
        self.part_combo = QComboBox()
        self.part_combo.setToolTip(self.tr("Welk kwartaal of welk halfjaar"))
        self.part_combo.setAccessibleName(self.tr("Deel van het jaar"))
        label = QLabel(self.tr("&Periode"))
        label.setBuddy(self.kind_combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.part_combo)
        layout.addWidget(self.year_spin)
        QWidget.setTabOrder(self.kind_combo, self.part_combo)
        QWidget.setTabOrder(self.part_combo, self.year_spin)

        self._updating = True
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(initial.kind))
        self._fill_parts(initial.kind, initial.number)
        self.year_spin.setValue(initial.year)
        self._updating = False
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.part_combo.currentIndexChanged.connect(self._emit)
        self.year_spin.valueChanged.connect(self._emit)

    def period(self) -> Period:
        kind = self.kind()
        number = self.part_combo.currentData() if kind is not PeriodKind.YEAR else 1
        return Period(self.year_spin.value(), kind, number)

    def kind(self) -> PeriodKind:
        # Qt hands the enum back as its plain string value.
        return PeriodKind(self.kind_combo.currentData())

    def set_period(self, period: Period) -> None:
        self._updating = True
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(period.kind))
        self._fill_parts(period.kind, period.number)
        self.year_spin.setValue(period.year)
        self._updating = False
        self._emit()

    def _kind_changed(self) -> None:
        self._updating = True
        self._fill_parts(self.kind(), 1)
        self._updating = False
        self._emit()

    def _fill_parts(self, kind: PeriodKind, number: int) -> None:
        self.part_combo.clear()
        if kind is PeriodKind.QUARTER:
            for n in range(1, 5):
                self.part_combo.addItem(self.tr("%1e kwartaal").replace("%1", str(n)), n)
        elif kind is PeriodKind.HALF:
            for n in range(1, 3):
                self.part_combo.addItem(self.tr("%1e halfjaar").replace("%1", str(n)), n)
        self.part_combo.setVisible(kind is not PeriodKind.YEAR)
        index = self.part_combo.findData(number)
        self.part_combo.setCurrentIndex(max(index, 0))

    def _emit(self) -> None:
        if not self._updating:
            self.changed.emit(self.period())
