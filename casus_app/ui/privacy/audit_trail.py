"""Audittrail: the beheerder filters the log, checks the chain, sees where it breaks, exports a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock
from casus_app.domain.enums import AuditAction
from casus_app.domain.errors import CasusError
from casus_app.services.privacy import audit_trail
from casus_app.services.privacy.audit_trail import AuditFilter, ChainCheck
from casus_app.services.workspace import Workspace
from casus_app.ui.privacy.audit_table import AuditTableModel, action_label
from casus_app.ui.shell.tasks import Task
from casus_app.ui.widgets.dates import DateEdit, picked_date, qdate
from casus_app.ui.widgets.errors import error_text, said_text
from casus_app.ui.widgets.page_header import page_header

CONTEXT_ROWS = 5  # entries shown above the break when jumping to it


class AuditTrailView(QWidget):
    closed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.check: ChainCheck | None = None
        self.model = AuditTableModel(ws, self)
        self._export_task = Task(self)
        self._export_task.succeeded.connect(self._on_exported)
        self._export_task.failed.connect(self._on_failed)
        # Checking a long chain takes seconds (about 20 s for 500,000 entries): off the UI thread.
        self._verify_task = Task(self)
        self._verify_task.succeeded.connect(self.show_check)
        self._verify_task.failed.connect(self._on_verify_failed)

        title_row, self.back_button = page_header(self, self.tr("Audittrail"), self.closed.emit)
        intro = QLabel(
            self.tr(
                "Wie heeft wat gedaan, wanneer en namens wie. Het auditlog bevat geen inhoud van "
                "casussen; elke regel is met de vorige verbonden, zodat een wijziging opvalt."
            )
        )
        intro.setWordWrap(True)

        self.user_combo = QComboBox()
        self.user_combo.setEditable(True)
        self.user_combo.setToolTip(self.tr("Alleen wat deze gebruiker deed (leeg: iedereen)"))
        self.user_edit = QLineEdit()  # the combo's own line edit, named so it is never None
        self.user_combo.setLineEdit(self.user_edit)
        self.user_edit.setPlaceholderText(self.tr("iedereen"))
        self.user_combo.setMinimumContentsLength(14)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("alle handelingen"), None)
        for action in AuditAction:
            self.action_combo.addItem(action_label(action.value), action.value)
        self.action_combo.setToolTip(self.tr("Alleen deze soort handeling"))
        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("casusnummer of -nr"))
        self.case_edit.setToolTip(
            self.tr("Een casusnummer (zoals 2026-001), of het interne nummer ook van een verwijderde casus")
        )
        self.person_edit = QLineEdit()
        self.person_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.person_edit.setPlaceholderText(self.tr("nummer"))
        self.person_edit.setToolTip(self.tr("Het nummer van een betrokkene (kolom Betrokkene)"))
        self.period_box = QCheckBox(self.tr("&Periode"))
        self.period_box.setToolTip(self.tr("Alleen regels van deze dagen (beide dagen doen mee)"))
        today = qdate(clock.today())
        self.from_edit = self._date_edit(today.addMonths(-1), self.tr("Vanaf deze dag"))
        self.to_edit = self._date_edit(today, self.tr("Tot en met deze dag"))
        self.search_button = QPushButton(self.tr("&Zoeken"))
        self.search_button.setToolTip(self.tr("Toon de regels die aan het filter voldoen (Enter)"))
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Filter &wissen"))
        self.clear_button.setToolTip(self.tr("Alle regels tonen"))

        grid = QGridLayout()
        for column, (label_text, widget) in enumerate(
            (
                (self.tr("Gebr&uiker"), self.user_combo),
                (self.tr("Ha&ndeling"), self.action_combo),
                (self.tr("Ca&sus"), self.case_edit),
                (self.tr("Betrokk&ene"), self.person_edit),
            )
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
        period = QHBoxLayout()
        period.addWidget(self.period_box)
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("t/m")))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        period.addWidget(self.clear_button)
        period.addWidget(self.search_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Auditregels"))
        self._size_columns()

        self.count_label = QLabel()
        self.verify_button = QPushButton(self.tr("&Keten controleren"))
        self.verify_button.setToolTip(
            self.tr("Controleer of geen regel is gewijzigd, ingevoegd of verwijderd")
        )
        # Two labels, each with its own fixed style: a label that changes style keeps its old padding.
        self.chain_ok_label = QLabel()
        self.chain_ok_label.setObjectName("hint")
        self.chain_ok_label.setProperty("ok", True)
        self.chain_error_label = QLabel()
        self.chain_error_label.setObjectName("error")
        for label in (self.chain_ok_label, self.chain_error_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.hide()
        self.jump_button = QPushButton(self.tr("Naar de b&reuk"))
        self.jump_button.setToolTip(self.tr("Toon de regel waar de keten onderbroken is"))
        self.jump_button.hide()
        self.export_button = QPushButton(self.tr("Als PDF e&xporteren…"))
        self.export_button.setToolTip(
            self.tr("De getoonde selectie met de controle van de keten, voor de privacyfunctionaris")
        )
        self.message_label = QLabel()
        self.message_label.setObjectName("muted")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.jump_button)
        actions.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.chain_ok_label)
        layout.addWidget(self.chain_error_label)
        layout.addWidget(self.message_label)
        for first, second in (
            (self.user_combo, self.action_combo),
            (self.action_combo, self.case_edit),
            (self.case_edit, self.person_edit),
            (self.person_edit, self.period_box),
            (self.period_box, self.from_edit),
            (self.from_edit, self.to_edit),
            (self.to_edit, self.clear_button),
            (self.clear_button, self.search_button),
            (self.search_button, self.table),
            (self.table, self.verify_button),
            (self.verify_button, self.jump_button),
            (self.jump_button, self.export_button),
        ):
            QWidget.setTabOrder(first, second)

        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear_filter)
        for edit in (self.case_edit, self.person_edit, self.user_edit):
            edit.returnPressed.connect(self.search)
        self.period_box.toggled.connect(self._update_period)
        self.verify_button.clicked.connect(self.verify)
        self.jump_button.clicked.connect(self.show_break)
        self.export_button.clicked.connect(self._export_clicked)
        self._update_period()

    def _size_columns(self) -> None:
        """Short columns as wide as their header or usual value; the details take the rest."""
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        self.table.ensurePolished()
        header.ensurePolished()
        cell, head = self.table.fontMetrics(), header.fontMetrics()
        samples = (
            "00000",
            "00-00-0000 00:00:00",
            "gebruiker",
            "POLITIE/beheerder",
            "gebruikersbeheer",
            "betrokkene B1",
            "",
            "",
            "overleg",
            "",
        )
        for column, sample in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # The header is bold and padded by the stylesheet: it needs more room than its text.
            width = max(cell.horizontalAdvance(sample) + 18, head.horizontalAdvance(title) * 1.12 + 30)
            self.table.setColumnWidth(column, int(width))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def _date_edit(self, value: QDate, tip: str) -> QDateEdit:
        edit = DateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setToolTip(tip)
        return edit

    def _update_period(self) -> None:
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(self.period_box.isChecked())

    def load(self) -> None:
        """Fill the user list and show the newest entries; called when the page is shown."""
        current = self.user_combo.currentText()
        self.user_combo.clear()
        self.user_combo.addItem("")
        self.user_combo.addItems(audit_trail.user_names(self._ws))
        self.user_combo.setEditText(current)
        self.search()

    def current_filter(self) -> AuditFilter:
        person = self.person_edit.text().strip()
        period = self.period_box.isChecked()
        return AuditFilter(
            user=self.user_combo.currentText().strip() or None,
            person_id=int(person) if person.isdigit() else None,
            case=self.case_edit.text().strip() or None,
            action=self.action_combo.currentData(),
            date_from=picked_date(self.from_edit) if period else None,
            date_to=picked_date(self.to_edit) if period else None,
        )

    def search(self) -> None:
        flt = self.current_filter()
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            self.message_label.setText(self.tr("De begindatum ligt na de einddatum. Pas de periode aan."))
            return
        self.message_label.clear()
        try:
            self.model.set_filter(flt)
        except CasusError as exc:
            self.message_label.setText(error_text(exc))
            return
        self._show_count()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.scrollToTop()

    def clear_filter(self) -> None:
        self.user_combo.setEditText("")
        self.action_combo.setCurrentIndex(0)
        self.case_edit.clear()
        self.person_edit.clear()
        self.period_box.setChecked(False)
        self.search()

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(
            self.tr("1 regel") if total == 1 else self.tr("%1 regels").replace("%1", str(total))
        )

    # -- the chain --------------------------------------------------------------------------
    def verify(self) -> None:
        """Start the chain check; `show_check` shows the outcome."""
        if self._verify_task.running:
            return
        self.verify_button.setEnabled(False)
        self.verify_button.setText(self.tr("Bezig met controleren…"))
        self._verify_task.start(lambda: audit_trail.verify(self._ws))

    def _on_verify_failed(self, exc: CasusError) -> None:
        self._reset_verify_button()
        self.message_label.setText(error_text(exc))

    def _reset_verify_button(self) -> None:
        self.verify_button.setEnabled(True)
        self.verify_button.setText(self.tr("&Keten controleren"))

    def show_check(self, check: ChainCheck) -> None:
        self._reset_verify_button()
        self.check = check
        self.model.set_broken({p.seq for p in self.check.problems})
        self.chain_ok_label.setVisible(self.check.ok)
        self.chain_error_label.setVisible(not self.check.ok)
        if self.check.ok:
            self.chain_ok_label.setText(
                self.tr(
                    "De keten is ongeschonden: alle %1 regels sluiten op elkaar aan en passen bij de kop die buiten "
                    "de database is bewaard."
                ).replace("%1", str(self.check.entries))
            )
            self.jump_button.hide()
        else:
            lines = [said_text(p.message) for p in self.check.problems[:5]]
            more = len(self.check.problems) - 5
            if more > 0:
                lines.append(self.tr("… en nog %1 problemen.").replace("%1", str(more)))
            self.chain_error_label.setText(
                self.tr(
                    "De keten is NIET ongeschonden. Eerste breuk bij regel %1. Meld dit aan de privacyfunctionaris."
                ).replace("%1", str(self.check.first_break))
                + "\n"
                + "\n".join(lines)
            )
            self.jump_button.show()

    def show_break(self) -> None:
        """Show the entries around the first break, with the broken one selected."""
        if self.check is None or self.check.first_break is None:
            return
        seq = self.check.first_break
        self.model.set_filter(AuditFilter(), before_seq=seq + CONTEXT_ROWS + 1)
        self.count_label.setText(self.tr("Regels rond regel %1").replace("%1", str(seq)))
        row = self.model.row_of(seq)
        if row is None:  # a missing entry: select its neighbour below
            row = next((i for i in range(self.model.rowCount()) if self.model.entry(i).seq < seq), 0)
        # Current but not selected: the selection colour would hide the red of the broken entry.
        index = self.model.index(row, 0)
        self.table.clearSelection()
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()

    # -- export -----------------------------------------------------------------------------
    def _export_clicked(self) -> None:
        self.export_pdf()

    def export_pdf(self, path: Path | None = None) -> None:
        if self._export_task.running:
            return
        if path is None:
            suggested = f"auditlog-{clock.today():%Y%m%d}.pdf"
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Auditlog als PDF"), suggested, self.tr("PDF (*.pdf)")
            )
            if not name:
                return
            path = Path(name)
        flt = self.model.filter
        self.export_button.setEnabled(False)
        self.message_label.setText(self.tr("PDF wordt gemaakt…"))
        self._export_task.start(
            lambda: (path, *audit_trail.export_pdf(self._ws, flt, path, _audit_renderer()))
        )

    def _on_exported(self, result) -> None:
        path, count, check = result
        self.export_button.setEnabled(True)
        verdict = self.tr("keten in orde") if check.ok else self.tr("keten NIET in orde")
        self.message_label.setText(
            self.tr("%1 regels geëxporteerd naar %2 (%3).")
            .replace("%1", str(count))
            .replace("%2", str(path))
            .replace("%3", verdict)
        )

    def _on_failed(self, exc: CasusError) -> None:
        self.export_button.setEnabled(True)
        self.message_label.setText(error_text(exc))


def _audit_renderer():
    """The report that renders the selection (services do not import reports); loaded when used."""
    from casus_app.reports.privacy.audit_report import render

    return render
