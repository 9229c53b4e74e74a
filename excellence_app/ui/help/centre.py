"""Help menu: 使用手册 (F1, at the section of the page shown), 评分方法说明, 键盘快捷键 and
关于. ``HelpCentre.install(window)`` adds them; the window keeps the returned object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from excellence_app.ui.help import sections
from excellence_app.ui.shell import i18n

if TYPE_CHECKING:
    # The help window and About load when first asked for, not before the first frame
    # (About reads the installed packages' metadata).
    from excellence_app.ui.help.about import AboutDialog
    from excellence_app.ui.help.window import HelpWindow


class HelpCentre(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.help: HelpWindow | None = None
        self.about: AboutDialog | None = None
        self.manual_action = QAction(self.tr("使用手册"), window)
        self.manual_action.setShortcut(QKeySequence("F1"))
        self.manual_action.triggered.connect(self.open_for_page)
        self.method_action = QAction(self.tr("评分方法说明"), window)
        self.method_action.triggered.connect(lambda: self.open(sections.SCORING_METHOD))
        self.keys_action = QAction(self.tr("键盘快捷键"), window)
        self.keys_action.triggered.connect(lambda: self.open(sections.SHORTCUTS))

    @classmethod
    def install(cls, window: Any) -> HelpCentre:
        """Put the manual's actions into the Help menu, before 关于; F1 works on every page."""
        centre = cls(window)
        menu = window.ui.menuHelp
        before = window.ui.actionAbout
        for action in (centre.manual_action, centre.method_action, centre.keys_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        window.languageChanged.connect(centre.set_language)
        return centre

    def page_section(self) -> str:
        page = self.window.current_page()
        return sections.section_for_page(page.spec.name if page is not None else None)

    def open_for_page(self) -> HelpWindow:
        return self.open(self.page_section())

    def open(self, name: str) -> HelpWindow:
        if self.help is None:
            from excellence_app.ui.help.shortcuts import shortcuts_markdown
            from excellence_app.ui.help.window import HelpWindow

            self.help = HelpWindow(i18n.language(), self.window)
            # Made when shown, from the actions the window has then: it cannot drift.
            self.help.appendices[sections.SHORTCUTS] = lambda: shortcuts_markdown(self.window)
        self.help.show_section(name)
        self.help.show()
        self.help.raise_()
        self.help.activateWindow()
        return self.help

    def set_language(self, language: str) -> None:
        if self.help is not None:
            self.help.set_language(language)

    def show_about(self) -> AboutDialog:
        from excellence_app.ui.help.about import AboutDialog

        dialog = AboutDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about = dialog
        dialog.destroyed.connect(self._forget_about)
        dialog.open()
        return dialog

    def _forget_about(self) -> None:
        self.about = None
