"""The manual window: a search field and the contents on the left, the section on the
right, rendered from Markdown by Qt. Typing in the search field keeps only the sections
that contain the words and marks every match in the section shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from excellence_app.ui.help import sections

MATCH_BACK = QColor("#ffe36e")
NAME_ROLE = Qt.ItemDataRole.UserRole


class HelpWindow(QWidget):
    """A window of its own beside the main window (it stays open while the user works)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.language = language
        # Text added to a section when it is shown (the shortcut table made from the window).
        self.appendices: dict[str, Callable[[], str]] = {}
        self.current: str = sections.MANUAL
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.contents = QListWidget(self)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # links between sections are ours to follow
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setDocumentMargin(14)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.contents, 1)
        column.addWidget(self.count)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._filter)
        self.contents.currentItemChanged.connect(self._chosen)
        self.resize(1040, 720)
        self._retranslate()
        self._fill()

    # --- what shows --------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self._retranslate()
            self._fill()

    def show_section(self, name: str) -> None:
        """Show one section; a search that hides it is cleared first."""
        self.current = name if name in sections.SECTION_NAMES else sections.MANUAL
        if self._item(self.current).isHidden():
            self.search.clear()
        self.contents.blockSignals(True)
        self.contents.setCurrentItem(self._item(self.current))
        self.contents.blockSignals(False)
        self._render()

    def text_of(self, name: str) -> str:
        """A section's Markdown with its appendix: what is shown and what is searched."""
        text = sections.load(name, self.language).text
        extra = self.appendices.get(name)
        return text + "\n" + extra() if extra is not None else text

    def matches(self) -> list[str]:
        """The texts marked as matches in the section shown, in order."""
        return [s.cursor.selectedText() for s in self.browser.extraSelections()]

    def visible_sections(self) -> list[str]:
        items = (self.contents.item(i) for i in range(self.contents.count()))
        return [item.data(NAME_ROLE) for item in items if not item.isHidden()]

    # --- inside ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("使用手册 — 卓越绩效自评"))
        self.search.setPlaceholderText(self.tr("搜索手册，例如：共识、LeTCI、字数"))

    def _fill(self) -> None:
        self.contents.blockSignals(True)
        self.contents.clear()
        for section in sections.sections(self.language):
            item = QListWidgetItem(section.title)
            item.setData(NAME_ROLE, section.name)
            self.contents.addItem(item)
        self.contents.blockSignals(False)
        self._filter(self.search.text())

    def _item(self, name: str) -> QListWidgetItem:
        return self.contents.item(sections.SECTION_NAMES.index(name))

    def _filter(self, query: str) -> None:
        words = query.strip().casefold()
        for i, name in enumerate(sections.SECTION_NAMES):
            hidden = bool(words) and words not in self.text_of(name).casefold()
            self.contents.item(i).setHidden(hidden)
        shown = self.visible_sections()
        if words:
            self.count.setText(self.tr("{0} 节含有“{1}”").format(len(shown), query.strip()))
        else:
            self.count.clear()
        if shown and self.current not in shown:
            self.current = shown[0]
        self.contents.blockSignals(True)
        self.contents.setCurrentItem(self._item(self.current) if self.current in shown else None)
        self.contents.blockSignals(False)
        self._render()

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.current = item.data(NAME_ROLE)
            self._render()

    def _render(self) -> None:
        if self.search.text().strip() and self.current not in self.visible_sections():
            self.browser.setMarkdown(self.tr("没有找到含有“{0}”的章节。").format(self.search.text().strip()))
            return
        self.browser.setMarkdown(self.text_of(self.current))
        self._highlight(self.search.text().strip())

    def _highlight(self, words: str) -> None:
        """Mark every match (case ignored, as the filter) and bring the first into view."""
        found: list[QTextEdit.ExtraSelection] = []
        if words:
            marked = QTextCharFormat()
            marked.setBackground(MATCH_BACK)
            document = self.browser.document()
            cursor = document.find(words, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[misc]
                selection.format = marked  # type: ignore[misc]
                found.append(selection)
                cursor = document.find(words, cursor, QTextDocument.FindFlag(0))
        self.browser.setExtraSelections(found)
        if found:
            first = QTextCursor(found[0].cursor)
            first.clearSelection()
            self.browser.setTextCursor(first)
            self.browser.ensureCursorVisible()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        name = url.path().rsplit("/", 1)[-1].removesuffix(".md")
        if name in sections.SECTION_NAMES:
            self.show_section(name)
