"""Bewaartermijnen: the periods from the convenant, the closed cases past them, and their removal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.enums import CaseKind
from casus_app.domain.errors import CasusError
from casus_app.services.privacy import retention
from casus_app.services.privacy.retention import RetentionCandidate
from casus_app.services.workspace import Workspace
from casus_app.ui.shell.tasks import Task
from casus_app.ui.widgets.errors import error_text
from casus_app.ui.widgets.labels import date_text, kind_label
from casus_app.ui.widgets.page_header import page_header


class RetentionView(QWidget):
    """Emits `changed` after periods are saved or cases removed, so reminders can be refreshed."""

    changed = Signal()
    closed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._candidates: list[RetentionCandidate] = []
        self._task = Task(self)
        self._task.succeeded.connect(self._on_purged)
        self._task.failed.connect(self._on_failed)

        title_row, self.back_button = page_header(self, self.tr("Bewaartermijnen"), self.closed.emit)
        intro = QLabel(
            self.tr(
                "Het convenant bepaalt hoe lang casussen na afsluiting bewaard blijven; er is geen landelijke termijn. "
                "Vul per soort de termijn uit het convenant in. Zolang een termijn ontbreekt, verwijdert Casus van die "
                "soort niets en herinnert Casus u eraan."
            )
        )
        intro.setWordWrap(True)

        group = QGroupBox(self.tr("Termijn na de afsluitdatum"))
        form = QFormLayout(group)
        self.period_spins: dict[CaseKind, QSpinBox] = {}
        for kind in CaseKind:
            spin = QSpinBox()
            spin.setRange(0, retention.MAX_MONTHS)
            spin.setSpecialValueText(self.tr("niet ingesteld"))
            spin.setSuffix(self.tr(" maanden"))
            spin.setAccessibleName(kind_label(kind))
            spin.setToolTip(self.tr("Aantal maanden na de afsluitdatum; 24 maanden is 2 jaar"))
            self.period_spins[kind] = spin
            form.addRow(kind_label(kind), spin)
        self.save_button = QPushButton(self.tr("Termijnen op&slaan"))
        self.save_button.setToolTip(
            self.tr("De termijnen gelden voor het hele register; de wijziging komt in het auditlog")
        )
        form.addRow("", self.save_button)

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Casus"),
                self.tr("Soort"),
                self.tr("Gebied"),
                self.tr("Afgesloten"),
                self.tr("Termijn verstreken"),
                self.tr("Betrokkenen"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Casussen over de bewaartermijn"))
        self.table.setToolTip(
            self.tr(
                "Vink elke casus aan die weg mag; een casus zonder vinkje blijft, bijvoorbeeld bij een lopende procedure"
            )
        )
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.all_button = QPushButton(self.tr("&Alles aanvinken"))
        self.none_button = QPushButton(self.tr("&Niets aanvinken"))
        self.purge_button = QPushButton(self.tr("Aangevinkte casussen &verwijderen…"))
        self.purge_button.setToolTip(
            self.tr("Voorgoed: de casus met betrokkenen, afspraken, besprekingen en plan")
        )
        # What stays of a removed case: the monitoring figures are counted from anonymous stubs.
        self.figures_label = QLabel(
            self.tr(
                "De monitoringcijfers blijven gelijk: Casus bewaart van een verwijderde casus alleen anonieme "
                "telgegevens (data, gebied, buurt, soort, categorie en afsluitreden), zonder namen, adressen of "
                "vrije tekst."
            )
        )
        self.figures_label.setTextFormat(Qt.TextFormat.PlainText)
        self.figures_label.setWordWrap(True)
        self.figures_label.setObjectName("hint")
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("hint")
        self.message_label.setProperty("ok", True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        review = QGroupBox(self.tr("Over de termijn: beoordelen en verwijderen"))
        review_layout = QVBoxLayout(review)
        review_layout.addWidget(self.status_label)
        review_layout.addWidget(self.table, 1)
        review_layout.addWidget(self.figures_label)
        review_layout.addLayout(buttons)
        top = QHBoxLayout()
        top.addWidget(group)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(review, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)

        self.save_button.clicked.connect(self.save_periods)
        # Bound methods, not lambdas holding self: PySide then deletes the view cleanly.
        self.all_button.clicked.connect(self.check_all)
        self.none_button.clicked.connect(self.check_none)
        self.purge_button.clicked.connect(self._purge_clicked)
        self.table.itemChanged.connect(self._update_buttons)

    def load(self) -> None:
        """Read the periods and the cases past them; called when the page is shown."""
        for kind, months in retention.retention_periods(self._ws).items():
            self.period_spins[kind].setValue(months or 0)
        self._candidates = retention.cases_past_retention(self._ws)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._candidates))
        for row, c in enumerate(self._candidates):
            values = [
                c.ref,
                kind_label(c.kind),
                c.area_name,
                date_text(c.end_date),
                date_text(c.due_on),
                str(c.persons),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    # Nothing is chosen beforehand: the beheerder ticks every case that may go.
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        missing = [kind_label(k) for k, spin in self.period_spins.items() if spin.value() == 0]
        if not self._candidates:
            status = self.tr("Er zijn geen afgesloten casussen over de bewaartermijn.")
        elif len(self._candidates) == 1:
            status = self.tr("1 afgesloten casus is over de bewaartermijn.")
        else:
            status = self.tr("%1 afgesloten casussen zijn over de bewaartermijn.").replace(
                "%1", str(len(self._candidates))
            )
        if missing:
            status += " " + self.tr("Nog niet ingesteld: %1; daarvan wordt niets verwijderd.").replace(
                "%1", ", ".join(missing)
            )
        self.status_label.setText(status)
        self.table.setVisible(bool(self._candidates))
        self._update_buttons()

    def checked_ids(self) -> list[int]:
        return [
            c.case_id
            for row, c in enumerate(self._candidates)
            if self._check_item(row).checkState() == Qt.CheckState.Checked
        ]

    def check_all(self) -> None:
        self._check_all(True)

    def check_none(self) -> None:
        self._check_all(False)

    def _purge_clicked(self) -> None:
        self.purge_checked()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self._check_item(row).setCheckState(state)

    def _check_item(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        assert item is not None  # every row has its check box (load)
        return item

    def _update_buttons(self, *_args: object) -> None:
        chosen = len(self.checked_ids()) if self._candidates else 0
        busy = self._task.running
        self.purge_button.setEnabled(chosen > 0 and not busy)
        self.purge_button.setText(
            self.tr("%1 casussen &verwijderen…").replace("%1", str(chosen))
            if chosen != 1
            else self.tr("1 casus &verwijderen…")
        )
        for widget in (self.all_button, self.none_button):
            widget.setEnabled(bool(self._candidates) and not busy)

    def save_periods(self) -> None:
        self.error_label.hide()
        try:
            current = retention.retention_periods(self._ws)
            for kind, spin in self.period_spins.items():
                if spin.value() and spin.value() != current[kind]:
                    retention.set_retention_period(self._ws, kind, spin.value())
        except CasusError as exc:
            self._show_error(error_text(exc))
            return
        self.load()
        unset = [kind for kind, spin in self.period_spins.items() if spin.value() == 0]
        self.message_label.setText(
            self.tr("De termijnen zijn opgeslagen.")
            + (" " + self.tr("Een ingestelde termijn kunt u wijzigen, niet wissen.") if unset else "")
        )
        self.changed.emit()

    def purge_checked(self, *, confirmed: bool = False) -> None:
        ids = self.checked_ids()
        if not ids or self._task.running:
            return
        if not confirmed and not self._confirm(len(ids)):
            return
        self.error_label.hide()
        self.message_label.setText(self.tr("Bezig met verwijderen…"))
        today = clock.today()
        self._task.start(lambda: retention.purge(self._ws, ids, today=today))
        self._update_buttons()

    def _confirm(self, count: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Voorgoed verwijderen"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "%1 casussen worden voorgoed verwijderd, met hun betrokkenen, afspraken, besprekingen en plannen. "
                "Dit kan niet ongedaan worden gemaakt. Het auditlog houdt alleen bij dat u %1 casussen verwijderde. "
                "De monitoringcijfers blijven gelijk: alleen anonieme telgegevens blijven bewaard."
            ).replace("%1", str(count))
        )
        yes = box.addButton(self.tr("Voorgoed &verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _on_purged(self, result: retention.PurgeResult) -> None:
        self.load()
        self.message_label.setText(
            self.tr("Verwijderd: %1 casussen met %2 betrokkenen, %3 afspraken en %4 besprekingen.")
            .replace("%1", str(result.cases))
            .replace("%2", str(result.persons))
            .replace("%3", str(result.actions))
            .replace("%4", str(result.discussions))
        )
        self.changed.emit()

    def _on_failed(self, exc: CasusError) -> None:
        self.message_label.clear()
        self._show_error(error_text(exc))
        self.load()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
