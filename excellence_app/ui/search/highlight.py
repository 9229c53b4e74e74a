"""Marking a search's matches in the texts a page shows, from outside the page.

Every match in a QTextEdit or QPlainTextEdit is marked with an extra selection; the current one
in a stronger colour, scrolled into view through every scroll area around it. The selections
are tagged, so that a widget's own extra selections stay as they are and ours come off alone.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QScrollArea, QTextEdit, QWidget
from shiboken6 import isValid

from excellence_app.core.search import find_spans

Editor = QTextEdit | QPlainTextEdit
TAG = QTextFormat.Property.UserProperty + 0x5EA  # marks the selections that are ours
MATCH_COLOR = QColor("#fde68a")  # every match: a soft amber that black text reads on
CURRENT_COLOR = QColor("#f59e0b")  # the match F3 is on


def editors(root: QWidget) -> list[Editor]:
    """The text widgets under ``root`` that are on screen, in the order they were made."""
    found = [w for w in root.findChildren(QWidget) if isinstance(w, QTextEdit | QPlainTextEdit)]
    return [w for w in found if w.isVisible()]


def spans_in(editor: Editor, query: str) -> list[tuple[int, int]]:
    """Where ``query`` occurs in what the editor shows (its document's plain text)."""
    return find_spans(editor.document().toPlainText(), query)


class Marks:
    """The widgets this search has marked, so that it can take its marks off again."""

    def __init__(self) -> None:
        self._marked: list[Editor] = []

    def mark(self, editor: Editor, query: str, current: int | None = None) -> int:
        """Mark every match of ``query`` in ``editor``, the ``current``-th more strongly and
        scrolled into view; the number of matches."""
        spans = spans_in(editor, query)
        theirs = [s for s in editor.extraSelections() if not s.format.hasProperty(TAG)]
        ours = []
        for n, (start, end) in enumerate(spans):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_COLOR if n == current else MATCH_COLOR)
            fmt.setProperty(TAG, True)
            selection.format = fmt
            ours.append(selection)
        editor.setExtraSelections(theirs + ours)
        if editor not in self._marked:
            self._marked.append(editor)
        if current is not None and 0 <= current < len(spans):
            start, end = spans[current]
            reveal(editor, start, end)
            # A page just shown lays its cards out on the next turn of the event loop, and the
            # response editors take their height then: the match is placed again after it.
            cursor = QTextCursor(editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            QTimer.singleShot(
                0, editor, lambda: reveal(editor, cursor.selectionStart(), cursor.selectionEnd())
            )
        return len(spans)

    def clear(self) -> None:
        for editor in self._marked:
            if isValid(editor):  # a page may have gone with its editors
                editor.setExtraSelections(
                    [s for s in editor.extraSelections() if not s.format.hasProperty(TAG)]
                )
        self._marked.clear()

    def forget_others(self, keep: list[Editor]) -> None:
        """Take the marks off the editors not in ``keep`` (another page is shown now)."""
        for editor in [e for e in self._marked if e not in keep]:
            if isValid(editor):
                editor.setExtraSelections(
                    [s for s in editor.extraSelections() if not s.format.hasProperty(TAG)]
                )
            self._marked.remove(editor)


def reveal(editor: Editor, start: int, end: int) -> None:
    """Scroll the match into view: inside the editor, then every scroll area around it (the
    response editors grow with their text and scroll with the page)."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    for area in _scroll_areas(editor):
        layout = area.widget().layout()
        if layout is not None:
            layout.activate()
    rect = editor.cursorRect(cursor)
    bar = editor.verticalScrollBar()
    if bar.maximum() > 0 and not editor.viewport().rect().contains(rect):
        bar.setValue(bar.value() + rect.center().y() - editor.viewport().height() // 2)
        rect = editor.cursorRect(cursor)
    for area in _scroll_areas(editor):  # innermost first: each maps the match where it is now
        inner = editor.viewport().mapTo(area.widget(), rect.center())
        area.ensureVisible(inner.x(), inner.y(), 40, 80)


def _scroll_areas(widget: QWidget) -> list[QScrollArea]:
    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        if (
            isinstance(parent, QScrollArea)
            and parent.widget() is not None
            and parent.widget().isAncestorOf(widget)
        ):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas


def select_row(view: QAbstractItemView, value: object, role: int) -> bool:
    """Select the row of ``view`` whose first column holds ``value`` under ``role``."""
    model = view.model()
    if model is None:
        return False
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(role) == value:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            view.selectionModel().setCurrentIndex(index, flags)
            view.scrollTo(index)
            _reveal_widget(view)
            return True
    view.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
    return False


def _reveal_widget(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is on screen."""
    for area in _scroll_areas(widget):
        area.ensureWidgetVisible(widget, 40, 40)
