"""The help at hand: F1 opens the section of the page shown, the search finds and marks,
the shortcut list is the window's own, and About names versions and font licences."""

from __future__ import annotations

from importlib import metadata

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from excellence_app import __version__, paths
from excellence_app.ui.help import sections
from excellence_app.ui.help.about import AboutDialog, bundled_fonts
from excellence_app.ui.help.shortcuts import key_text, shortcuts_markdown
from excellence_app.ui.shell import i18n


@pytest.fixture
def window(window):
    window.show_item("4.1.2")
    return window


def test_f1_on_the_item_page_opens_the_item_page_section(qtbot, window) -> None:
    assert window.current_page() is window.pages["item"]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    centre = window.help_centre
    qtbot.waitUntil(lambda: centre.help is not None and centre.help.isVisible())
    assert centre.help.current == "03-item-page"
    title = sections.load("03-item-page", "zh").title
    assert centre.help.contents.currentItem().text() == title
    assert title in centre.help.browser.toPlainText()


def test_f1_follows_the_page(qtbot, window) -> None:
    window.show_page("consensus")
    window.help_centre.manual_action.trigger()
    assert window.help_centre.help.current == "06-team-and-consensus"


def test_searching_letci_finds_and_highlights_it(qtbot, window) -> None:
    help_window = window.help_centre.open(sections.MANUAL)
    help_window.search.setText("letci")  # case is ignored, as a reader expects
    shown = help_window.visible_sections()
    assert sections.SCORING_METHOD in shown and sections.MANUAL not in shown
    assert help_window.current in shown
    marked = help_window.matches()
    assert marked and all(text == "LeTCI" for text in marked)
    help_window.search.clear()
    assert help_window.matches() == []
    assert len(help_window.visible_sections()) == len(sections.SECTION_NAMES)


def test_a_search_that_finds_nothing_says_so(qtbot, window) -> None:
    help_window = window.help_centre.open(sections.MANUAL)
    help_window.search.setText("没有这个词qzx")
    assert help_window.visible_sections() == []
    assert "没有找到" in help_window.browser.toPlainText()


def test_the_shortcut_list_is_the_windows_own(qtbot, window) -> None:
    table = shortcuts_markdown(window)
    assert "| Ctrl+Z |" in table and "F1" in table and "Ctrl+B" in table
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            assert key_text(sequence) in table, action.text()
    # A shortcut added later is listed the next time the list is shown: it cannot drift.
    extra = QAction("试验命令", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)
    help_window = window.help_centre.open(sections.SHORTCUTS)
    assert "Ctrl+Alt+J" in help_window.browser.toPlainText()
    assert "撤销" in help_window.browser.toPlainText()


def test_the_help_menu_has_the_manual_and_about(window) -> None:
    texts = [a.text() for a in window.ui.menuHelp.actions()]
    assert texts[:3] == ["使用手册", "评分方法说明", "键盘快捷键"]
    assert window.help_centre.manual_action.shortcut() == QKeySequence("F1")
    window.help_centre.method_action.trigger()
    assert window.help_centre.help.current == sections.SCORING_METHOD


def test_about_names_the_versions_and_every_font_licence(qtbot, window) -> None:
    window.ui.actionAbout.trigger()
    dialog = window.help_centre.about
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    cells = {
        dialog.versions.item(r, 0).text(): dialog.versions.item(r, 1).text()
        for r in range(dialog.versions.rowCount())
    }
    assert cells["SQLAlchemy"] == metadata.version("SQLAlchemy")
    assert cells["ReportLab"] == metadata.version("reportlab")
    assert cells["python-docx"] == metadata.version("python-docx")
    assert cells["pydantic"] == metadata.version("pydantic")
    assert cells["openpyxl"] == metadata.version("openpyxl")
    assert {"Python", "Qt", "PySide6"} <= set(cells)
    assert any(__version__ in label.text() for label in dialog.findChildren(QLabel))
    fonts = paths.fonts_dir()
    ttfs = {p.name for p in fonts.glob("*.ttf")}
    assert {f.file for f in bundled_fonts()} == ttfs
    assert all(f.licence and f.licence_files for f in bundled_fonts())
    buttons = {b.text(): b for b in dialog.licence_buttons()}
    licences = {p.name for p in fonts.iterdir() if p.suffix.lower() == ".txt"}
    assert set(buttons) == licences
    buttons["LICENSE-Liberation.txt"].click()
    assert dialog.licence is not None and dialog.licence.isVisible()
    assert "SIL OPEN FONT LICENSE" in dialog.licence.text.toPlainText().upper()


def test_the_help_follows_the_interface_language(qtbot, window) -> None:
    help_window = window.help_centre.open(sections.SCORING_METHOD)
    app = QCoreApplication.instance()
    try:
        i18n.install(app, "en")
        window.languageChanged.emit("en")
        assert help_window.contents.item(0).text() == sections.load(sections.MANUAL, "en").title
        assert "Scoring method" in help_window.browser.toPlainText()
    finally:
        i18n.install(app, "zh")
