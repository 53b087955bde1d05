"""Showing the recovery key once, and insisting it is written down."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class RecoveryKeyDialog(QDialog):
    """OK is enabled only after the user confirms the key is written down; Escape does not close it.

    The key is selectable text (the user may copy it); Casus never puts it on the clipboard itself.
    """

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

        self.confirm_box = QCheckBox(self.tr("Ik heb de herstelsleutel veilig opgeschreven"))
        self.confirm_box.setToolTip(self.tr("Pas daarna kunt u verder"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Verder"))
        self.ok_button.setEnabled(False)
        self.confirm_box.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.key_edit)
        layout.addSpacing(8)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.buttons)
        self.confirm_box.setFocus()

    def accept(self) -> None:
        if self.confirm_box.isChecked():
            super().accept()

    def reject(self) -> None:
        # Escape or the close button: the key must not slip away unconfirmed.
        if self.confirm_box.isChecked():
            super().accept()
