"""F1 opens the user guide at the chapter for the user's role; "Over Casus" names the version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from casus_app import __version__
from casus_app.paths import guide_dir
from casus_app.ui.shell.help_menu import CHAPTERS


def test_f1_opens_the_chapter_for_the_users_role(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    guide = main_window.help_menu.guide
    assert guide is not None and guide.isVisible()
    assert guide.chapter() == CHAPTERS[main_window.ws.actor.role] == "beheerder.md"
    text = guide.browser.toPlainText()
    assert "Beheer" in text and "# " not in text.splitlines()[0]  # rendered, not Markdown source
    main_window.help_menu.show_guide("README.md")  # Help › Aan de slag
    assert guide.chapter() == "README.md"
    guide.close()


def test_the_guide_shows_its_screenshots(qtbot, main_window, tmp_path):
    guide = main_window.help_menu.show_guide("professional.md")
    qtbot.waitExposed(guide)
    guide.grab().save(str(tmp_path / "guide.png"))
    document = guide.browser.document()
    image = document.resource(
        document.ResourceType.ImageResource,
        guide.browser.source().resolved(
            guide.browser.source().fromUserInput("../screenshots/case_list.png", str(guide_dir()))
        ),
    )
    assert image is not None and not image.isNull()
    guide.close()


def test_every_chapter_and_every_screenshot_it_shows_is_shipped():
    import re

    for chapter in {*CHAPTERS.values(), "README.md"}:
        text = (guide_dir() / chapter).read_text(encoding="utf-8")
        for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
            assert (guide_dir() / image).resolve().exists(), (chapter, image)


def test_the_help_menu_is_last_and_about_names_the_version(main_window):
    menus = [a.menu() for a in main_window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert menus[-1].title() == "Help"
    assert f"Casus {__version__}" in main_window.help_menu.about_text()
    assert str(main_window.ws.register.path.name) in main_window.help_menu.about_text()
