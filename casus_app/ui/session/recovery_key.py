"""Showing the recovery key once, and insisting it is written down."""

from __future__ import annotations

import html

from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casus_app.domain import clock


class RecoveryKeyDialog(QDialog):
    """OK is enabled only after the user types back the key's last four characters; Escape does not close it.

    The key is selectable text (the user may copy it); Casus never puts it on the clipboard itself.
    """

    def __init__(self, recovery_key: str, parent: QWidget | None = None, *, register_name: str = "") -> None:
        super().__init__(parent)
        self._last_four = recovery_key.replace("-", "").replace(" ", "")[-4:].upper()
        self._register_name = register_name
        self.setWindowTitle(self.tr("Casus – herstelsleutel"))
        self.setMinimumWidth(620)

        heading = QLabel(self.tr("Schrijf uw herstelsleutel op"))
        heading.setObjectName("heading")
        explanation = QLabel(
            self.tr(
                "Met deze herstelsleutel opent u het register als alle wachtwoorden kwijt zijn. "
                "Casus toont hem maar één keer en kan hem later niet opnieuw laten zien.\n\n"
                "Schrijf hem op papier en bewaar dat op een veilige plek, niet bij de computer. "
                "Wie de sleutel heeft, kan alle gegevens in het register lezen."
            )
        )
        explanation.setWordWrap(True)

        self.key_edit = QLineEdit(recovery_key)
        self.key_edit.setObjectName("recoveryKey")
        self.key_edit.setReadOnly(True)
        self.key_edit.setToolTip(self.tr("De herstelsleutel; u kunt hem selecteren en kopiëren"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(16)
        font.setWeight(QFont.Weight.Bold)
        self.key_edit.setFont(font)

        # Not a tick box: typing the end of the key back shows it was written down, not just seen.
        self.check_edit = QLineEdit()
        self.check_edit.setMaxLength(4)
        self.check_edit.setFixedWidth(90)
        self.check_edit.setFont(font)
        self.check_edit.setToolTip(self.tr("De laatste vier tekens van de herstelsleutel, van uw papier"))
        check_label = QLabel(self.tr("Typ ter controle de &laatste vier tekens over van wat u opschreef:"))
        check_label.setBuddy(self.check_edit)
        check_label.setWordWrap(True)
        self.check_hint = QLabel()
        self.check_hint.setObjectName("muted")
        check_row = QHBoxLayout()
        check_row.addWidget(check_label, 1)
        check_row.addWidget(self.check_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Verder"))
        self.ok_button.setEnabled(False)
        self.print_button = self.buttons.addButton(
            self.tr("&Afdrukken…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setToolTip(
            self.tr("Op papier, rechtstreeks naar een printer (nooit naar een bestand)")
        )
        self.print_button.clicked.connect(self.print_key)
        self.check_edit.textChanged.connect(self._check)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.key_edit)
        layout.addSpacing(8)
        layout.addLayout(check_row)
        layout.addWidget(self.check_hint)
        layout.addWidget(self.buttons)
        self.check_edit.setFocus()

    @property
    def confirmed(self) -> bool:
        return self.check_edit.text().strip().upper() == self._last_four

    def _check(self, text: str) -> None:
        self.ok_button.setEnabled(self.confirmed)
        if len(text.strip()) == 4 and not self.confirmed:
            self.check_hint.setText(self.tr("Dat zijn niet de laatste vier tekens. Kijk op uw papier."))
        else:
            self.check_hint.setText("")

    def print_document(self) -> QTextDocument:
        """What goes on paper: the key, which register it opens, and how to keep it."""
        document = QTextDocument(self)
        document.setHtml(
            self.tr(
                "<h2>Herstelsleutel van Casus</h2><p>Register: %1<br>Gemaakt op: %2</p>"
                "<p style='font-size:20pt; font-family:monospace'><b>%3</b></p>"
                "<p>Met deze sleutel opent u het register als alle wachtwoorden kwijt zijn: aanmeldscherm, "
                "Herstelsleutel gebruiken. Bewaar dit papier op een veilige plek, niet bij de computer. "
                "Wie het heeft, kan alle gegevens in het register lezen.</p>"
            )
            .replace("%1", html.escape(self._register_name))
            .replace("%2", clock.today().strftime("%d-%m-%Y"))
            .replace("%3", html.escape(self.key_edit.text()))
        )
        return document

    def print_key(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        dialog = QPrintDialog(printer, self)
        # Paper only: "print to file" would leave the key in a file on this computer.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if printer.outputFileName():
            self.check_hint.setText(self.tr("Afdrukken naar een bestand kan niet: kies een printer."))
            return False
        self.print_document().print_(printer)
        return True

    def accept(self) -> None:
        if self.confirmed:
            super().accept()

    def reject(self) -> None:
        # Escape or the close button: the key must not slip away unconfirmed.
        if self.confirmed:
            super().accept()
