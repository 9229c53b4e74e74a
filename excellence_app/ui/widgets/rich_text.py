"""The response editor: a QTextEdit that keeps to what a clause response may hold
(paragraphs, lists, bold, tables) and grows with its text instead of scrolling.

Undo belongs to the window's undo stack, so the editor's own is off and Ctrl+Z,
Ctrl+↑ and Ctrl+↓ reach the window's actions.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from excellence_app.ui.widgets import markdown_io

MIN_HEIGHT = 110
WINDOW_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_window_key(event: QKeyEvent) -> bool:
    if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
    ):
        return True
    return any(event.matches(key) for key in WINDOW_KEYS) or (
        event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_Y
    )


class RichTextEdit(QTextEdit):
    filesDropped = Signal(list)  # local file paths dropped onto the editor
    focusLeft = Signal()
    focusEntered = Signal()  # before the editor takes the focus: a card not yet filled fills now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document().setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self._filling = False
        self._fill: markdown_io.DocumentFill | None = None  # a text still going in
        self._fill_height = 0.0  # how high the part put in must reach, while a text goes in
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.setMinimumHeight(MIN_HEIGHT)

    # --- content -----------------------------------------------------------------------------
    def set_markdown_text(self, text: str) -> None:
        """Show the whole Markdown text."""
        self.begin_markdown_text(text)
        self.add_markdown()

    def begin_markdown_text(self, text: str, head: int = 0) -> None:
        """Empty the editor to show ``text``, put in by :meth:`add_markdown` (in one go or a
        screen at a time; ``head``: about how many characters the first step shows, see
        :class:`markdown_io.DocumentFill`). Until it is all in, nothing else may change the
        document."""
        # The clearing would shrink the editor to its minimum and the filling grow it back: two
        # resizes, each relaying the scroll area out. The height is fitted once, after.
        self._filling = True
        try:
            self._fill = markdown_io.DocumentFill(self.document(), text, head)
            self._fill_height = 0.0
        finally:
            self._filling = False

    def add_markdown(self, height: float = math.inf, deadline: float = math.inf) -> bool:
        """Put in the next blocks of the text begun: all of them, or until the text is ``height``
        pixels high or ``time.perf_counter()`` passes ``deadline``. Whether it is all in."""
        fill = self._fill
        if fill is None:
            return True
        if height != math.inf:
            self._fill_height = height
        self._filling = True
        try:
            if height == math.inf and deadline == math.inf:
                fill.add()
            # Each step is laid out at its end (only what it added): one block at a time
            # stops close to ``height``; against a deadline the steps grow a little, as
            # each layout has a cost of its own.
            step = 1
            while not fill.done:
                fill.add(step)
                if self.document().size().height() >= height or time.perf_counter() >= deadline:
                    break
                if height == math.inf:
                    step = min(step * 2, 8)  # a table may cost a millisecond or two
        finally:
            self._filling = False
        if fill.done:
            self._fill = None
        self._fit_height()
        return fill.done

    def markdown_complete(self) -> bool:
        """Whether the whole text begun is in the editor."""
        return self._fill is None

    def markdown_text(self) -> str:
        return markdown_io.to_markdown(self.document())

    # --- height follows the text -------------------------------------------------------------
    def _fit_height(self, *_args: object) -> None:
        if self._filling:
            return
        doc_height = self.document().size().height()
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        wanted = max(MIN_HEIGHT, int(doc_height) + margins + 6)
        if wanted != self.height():
            self.setFixedHeight(wanted)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        if self._fill is not None and self.document().size().height() < self._fill_height:
            # A part put in at another width (the editor's layout had not run yet, or the
            # window was made wider) no longer reaches as far as it must: more goes in.
            self.add_markdown(height=self._fill_height)
        else:
            self._fit_height()

    # --- keys --------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_window_key(event):
            event.ignore()  # let the window's action have it
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QEvent) -> None:
        self.focusEntered.emit()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QEvent) -> None:
        super().focusOutEvent(event)
        self.focusLeft.emit()

    # --- formatting --------------------------------------------------------------------------
    def is_bold(self) -> bool:
        return self.currentCharFormat().fontWeight() >= QFont.Weight.DemiBold

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if self.is_bold() else QFont.Weight.Bold)
        self.mergeCurrentCharFormat(fmt)

    def list_style(self) -> QTextListFormat.Style | None:
        cursor = self.textCursor()
        if cursor.block().blockFormat().objectIndex() < 0:
            return None
        current = cursor.currentList()
        return current.format().style() if current is not None else None

    def toggle_list(self, ordered: bool) -> None:
        style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
        cursor = self.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList() if self.list_style() is not None else None
        if current is not None and current.format().style() == style:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            block = self.document().findBlock(start)
            while block.isValid() and block.position() <= end:
                if block.blockFormat().objectIndex() >= 0:
                    current.remove(block)
                    fmt = block.blockFormat()
                    fmt.setIndent(0)
                    QTextCursor(block).setBlockFormat(fmt)
                block = block.next()
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(style)
            current.setFormat(fmt)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cursor.createList(fmt)
        cursor.endEditBlock()

    def in_table(self) -> bool:
        return self.textCursor().currentTable() is not None

    def insert_table(self, columns: int = 3, body_rows: int = 2) -> None:
        cursor = self.textCursor()
        if cursor.block().length() > 1:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock()
        empty_row = [() for _ in range(columns)]
        table = markdown_io.insert_table(cursor, empty_row, [empty_row] * body_rows)
        self.setTextCursor(table.cellAt(0, 0).firstCursorPosition())

    def table_edit(self, action: str) -> None:
        table = self.textCursor().currentTable()
        if table is None:
            return
        cell = table.cellAt(self.textCursor())
        row, col = cell.row(), cell.column()
        if action == "add_row":
            table.insertRows(row + 1, 1)
        elif action == "add_column":
            table.insertColumns(col + 1, 1)
        elif action == "remove_row" and table.rows() > 1:
            table.removeRows(row, 1)
        elif action == "remove_column" and table.columns() > 1:
            table.removeColumns(col, 1)

    # --- paste and drop: keep to the Markdown subset ------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasUrls() or source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = [Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()] if source.hasUrls() else []
        if files:
            self.filesDropped.emit(files)
            return
        if source.hasHtml():
            scratch = QTextDocument()
            scratch.setHtml(source.html())
            text = markdown_io.to_markdown(scratch)
            self.textCursor().insertFragment(
                markdown_io.fragment_from_markdown(text, self.document().defaultFont())
            )
            return
        if source.hasText():
            self.textCursor().insertText(source.text())
