"""The first start: no register yet. Create an empty one or a demo register with fictitious data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain.errors import CasusError
from casus_app.services.auth.login import MIN_PASSWORD_LENGTH, create_register, register_exists
from casus_app.services.demo.demo import demo_path
from casus_app.services.workspace import Workspace
from casus_app.ui.session.recovery_key import RecoveryKeyDialog
from casus_app.ui.shell.tasks import Task
from casus_app.ui.widgets.errors import error_text

DEMO_CASES = 2000


def password_feedback(password: str, repeat: str) -> tuple[bool, str]:
    """Whether the pair is acceptable, and a Dutch hint saying what is still missing."""
    # Spelled out in full each time: the translation tools look for exactly this call.
    minimum = str(MIN_PASSWORD_LENGTH)
    if not password:
        hint = QCoreApplication.translate(
            "FirstRunDialog",
            "Kies een wachtwoord van minstens %1 tekens; een korte zin is sterk en goed te onthouden.",
        )
        return False, hint.replace("%1", minimum)
    missing = MIN_PASSWORD_LENGTH - len(password)
    if missing > 0:
        hint = QCoreApplication.translate("FirstRunDialog", "Nog %1 teken(s) nodig: minstens %2 in totaal.")
        return False, hint.replace("%1", str(missing)).replace("%2", minimum)
    if not repeat:
        return False, QCoreApplication.translate(
            "FirstRunDialog", "Lang genoeg. Herhaal het wachtwoord hieronder."
        )
    if repeat != password:
        return False, QCoreApplication.translate("FirstRunDialog", "De twee wachtwoorden zijn niet gelijk.")
    return True, QCoreApplication.translate(
        "FirstRunDialog", "Het wachtwoord is lang genoeg en beide zijn gelijk."
    )


class FirstRunDialog(QDialog):
    """On success `workspace` holds the new register, already opened for its beheerder."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.workspace: Workspace | None = None
        self._progress: QProgressDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self._task = Task(self)
        self._task.progress.connect(self._on_progress)
        self._task.succeeded.connect(self._on_created)
        self._task.failed.connect(self._on_failed)
        self.setWindowTitle(self.tr("Casus – eerste start"))
        self.setMinimumWidth(720)

        heading = QLabel(self.tr("Welkom bij Casus"))
        heading.setObjectName("heading")
        about = QLabel(
            self.tr(
                "Casus is het casusregister van Sociaal Veilig en de Doorbraakmethode in Heerlen-Noord.\n"
                "Casussen, besprekingen en afspraken blijven versleuteld op deze computer."
            )
        )
        about.setWordWrap(True)

        self.empty_radio = QRadioButton(self.tr("&Nieuw, leeg register"))
        self.empty_radio.setToolTip(
            self.tr("Voor het echte werk: u wordt de beheerder van een leeg register")
        )
        self.demo_radio = QRadioButton(self.tr("&Proberen met een demoregister (fictieve gegevens)"))
        self.demo_radio.setToolTip(
            self.tr("Een register met %1 verzonnen casussen om Casus te leren kennen").replace(
                "%1", str(DEMO_CASES)
            )
        )
        self.empty_radio.setChecked(True)
        self._mode = QButtonGroup(self)
        for radio in (self.empty_radio, self.demo_radio):
            self._mode.addButton(radio)
        mode_box = QGroupBox(self.tr("Wat wilt u doen?"))
        mode_layout = QVBoxLayout(mode_box)
        mode_layout.addWidget(self.empty_radio)
        mode_layout.addWidget(self.demo_radio)

        self.name_edit = QLineEdit()
        self.name_edit.setToolTip(self.tr("De naam waarmee u zich aanmeldt, bijvoorbeeld j.jansen"))
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setToolTip(
            self.tr("Uw volledige naam, zoals anderen die zien (mag leeg blijven)")
        )
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setToolTip(
            self.tr("Minstens %1 tekens; een zin van een paar woorden is sterk").replace(
                "%1", str(MIN_PASSWORD_LENGTH)
            )
        )
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setToolTip(self.tr("Typ hetzelfde wachtwoord nog een keer"))
        form = QFormLayout()
        form.addRow(self.tr("&Gebruikersnaam"), self.name_edit)
        form.addRow(self.tr("Naa&m (optioneel)"), self.display_name_edit)
        form.addRow(self.tr("&Wachtwoord"), self.password_edit)
        form.addRow(self.tr("&Herhaal wachtwoord"), self.repeat_edit)

        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.path_label = QLabel()
        self.path_label.setObjectName("muted")
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setWordWrap(True)
        # A demo already made at an earlier start: opened instead of made again (app.open_workspace).
        self.existing_demo: Path | None = None

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("Register &aanmaken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Casus sluiten zonder een register te maken"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (heading, about, mode_box):
            layout.addWidget(widget)
        layout.addLayout(form)
        for below in (self.hint_label, self.error_label, self.path_label, self.buttons):
            layout.addWidget(below)

        for edit in (self.name_edit, self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self._update_state)
        self._mode.buttonToggled.connect(self._update_state)
        self._update_state()
        self.name_edit.setFocus()

    @property
    def demo(self) -> bool:
        return self.demo_radio.isChecked()

    @property
    def target(self) -> Path:
        """A demo never takes the real register's place: it is a file of its own beside it."""
        return demo_path(self.db_path) if self.demo else self.db_path

    def _update_state(self, *_args: object) -> None:
        ok, hint = password_feedback(self.password_edit.text(), self.repeat_edit.text())
        self.hint_label.setText(hint)
        self.hint_label.setProperty("ok", ok)
        self.hint_label.style().unpolish(self.hint_label)
        self.hint_label.style().polish(self.hint_label)
        # The demo service takes no display name; the field stays visible but is not used.
        self.display_name_edit.setEnabled(not self.demo)
        self.path_label.setText(
            self.tr("Het oefenregister komt op: %1 (apart van het echte register)").replace(
                "%1", str(self.target)
            )
            if self.demo
            else self.tr("Het register komt op: %1").replace("%1", str(self.target))
        )
        ready = ok and bool(self.name_edit.text().strip())
        self.create_button.setEnabled(ready)
        self.create_button.setToolTip(
            self.tr("Maak het register aan")
            if ready
            else self.tr("Vul eerst een gebruikersnaam en twee gelijke wachtwoorden in")
        )

    def submit(self) -> None:
        if self._task.running or not self.create_button.isEnabled():
            return
        path = self.target
        if self.demo and register_exists(path):
            self.existing_demo = path
            self.accept()
            return
        name = self.name_edit.text().strip()
        password = self.password_edit.text()
        display_name = self.display_name_edit.text().strip() or None
        self.error_label.hide()
        self._set_busy(True)
        if self.demo:
            self._show_progress(self.tr("Demoregister met fictieve casussen wordt gemaakt…"), DEMO_CASES)
            report = self._task.report_progress

            def call():
                # Imported here: the generator is only needed for this one choice.
                from casus_app.services.demo.demo import create_demo_register

                return create_demo_register(path, name, password, n_cases=DEMO_CASES, progress=report)

        else:
            self._show_progress(self.tr("Register wordt aangemaakt en versleuteld…"), 0)

            def call():
                return create_register(path, name, password, display_name=display_name)

        self._task.start(call)

    def reject(self) -> None:
        # Busy, or the register exists and its recovery key is on screen: there is no way back.
        if not self._task.running and self.workspace is None:
            super().reject()

    def _show_progress(self, label: str, maximum: int) -> None:
        progress = QProgressDialog(label, "", 0, maximum, self)
        progress.setWindowTitle(self.tr("Casus – even geduld"))
        progress.setCancelButton(None)  # a half-built register is worse than waiting
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setMinimumWidth(460)
        progress.setValue(0)
        progress.show()
        self._progress = progress

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _on_created(self, result: tuple[Workspace, str]) -> None:
        self._close_progress()
        self._set_busy(False)
        workspace, recovery_key = result
        self.workspace = workspace
        self.recovery_dialog = RecoveryKeyDialog(
            recovery_key, self, register_name=str(workspace.register.path)
        )
        self.recovery_dialog.finished.connect(self.accept)
        self.recovery_dialog.open()

    def _on_failed(self, exc: CasusError) -> None:
        self._close_progress()
        self._set_busy(False)
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.empty_radio,
            self.demo_radio,
            self.name_edit,
            self.password_edit,
            self.repeat_edit,
        ):
            widget.setEnabled(not busy)
        self.display_name_edit.setEnabled(not busy and not self.demo)
        self.buttons.setEnabled(not busy)
