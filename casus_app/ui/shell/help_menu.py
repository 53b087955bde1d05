"""The Help menu: the user guide's chapter for the user's role (F1), the start chapter, "Over Casus".

The guide ships with Casus (docs/handleiding, in the bundle too) and is shown in the application,
so it works without a browser or a network: Qt renders its Markdown and screenshots.
"""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from casus_app import __version__
from casus_app.domain.enums import Role
from casus_app.paths import guide_dir
from casus_app.ui.shell.window_parts import WindowParts

CHAPTERS = {
    Role.ADMINISTRATOR: "beheerder.md",
    Role.COORDINATOR: "coordinator.md",
    Role.PROFESSIONAL: "professional.md",
    Role.FAMILY_COACH: "gezinscoach.md",
}
START_CHAPTER = "README.md"


class GuideWindow(QDialog):
    """One chapter of the user guide; its links lead to the other chapters."""

    def __init__(self, chapter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casus – handleiding"))
        self.resize(920, 760)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # a guide link never leaves Casus
        self.browser.sourceChanged.connect(self._fit_images)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_dir() / chapter)))
        close = QPushButton(self.tr("&Sluiten"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(close)
        self.browser.setFocus()

    def chapter(self) -> str:
        return self.browser.source().fileName()

    def _fit_images(self) -> None:
        """Screenshots wider than the page are shown at its width (Markdown has no image size)."""
        document = self.browser.document()
        width = max(self.browser.viewport().width(), 600) - 24
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if fragment.charFormat().isImageFormat():
                    image = document.resource(
                        QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
                    )
                    if isinstance(image, QImage | QPixmap) and image.width() > width:
                        image_format.setWidth(width)
                        image_format.setHeight(image.height() * width / image.width())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.setCharFormat(image_format)
                fragments += 1
            block = block.next()


class HelpMenu:
    def __init__(self, window: WindowParts) -> None:
        self.window = window
        self.guide: GuideWindow | None = None
        self.widget = window.window()
        menu = window.menuBar().addMenu(
            window.tr("Help")
        )  # no Alt-letter: H, E, L and P are taken on the screens below; F1 opens it
        self.guide_action = QAction(window.tr("&Handleiding"), self.widget)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.guide_action.setStatusTip(window.tr("De handleiding bij uw rol"))
        self.guide_action.triggered.connect(self.show_guide)
        self.start_action = QAction(window.tr("&Aan de slag"), self.widget)
        self.start_action.setStatusTip(
            window.tr("Het begin van de handleiding: aanmelden, rollen, de herstelsleutel")
        )
        self.start_action.triggered.connect(lambda: self.show_guide(START_CHAPTER))
        self.about_action = QAction(window.tr("&Over Casus"), self.widget)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.guide_action)
        menu.addAction(self.start_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def show_guide(self, chapter: str | None = None) -> GuideWindow:
        chapter = chapter or CHAPTERS.get(self.window.ws.actor.role, START_CHAPTER)
        if self.guide is None:
            self.guide = GuideWindow(chapter, self.widget)
        else:
            self.guide.browser.setSource(QUrl.fromLocalFile(str(guide_dir() / chapter)))
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def about_text(self) -> str:
        return (
            self.window.tr(
                "<h3>Casus %1</h3><p>Casusregister voor Sociaal Veilig en de Doorbraakmethode in "
                "Heerlen-Noord.</p><p>Register: %2</p><p>Python %3, Qt for Python %4</p>"
            )
            .replace("%1", __version__)
            .replace("%2", html.escape(str(self.window.ws.register.path)))
            .replace("%3", platform.python_version())
            .replace("%4", pyside_version)
        )

    def show_about(self) -> None:
        QMessageBox.about(self.widget, self.window.tr("Over Casus"), self.about_text())
