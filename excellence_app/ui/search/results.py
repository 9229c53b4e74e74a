"""The search's hits as a tree: a row per place with its count, under it a row per text with
its snippet, the matches in bold, wrapped to the dock's width."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from excellence_app.core.search import Results

HIT_ROLE = Qt.ItemDataRole.UserRole  # the hit's index in Results.hits (a group: its first hit's)
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the snippet as rich text, matches in bold
Index = QModelIndex | QPersistentModelIndex


class SnippetDelegate(QStyledItemDelegate):
    """Draws a hit's snippet as rich text wrapped to the column (a group row as Qt draws it)."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(index.data(HTML_ROLE))
        doc.setTextWidth(max(40, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        if isinstance(view, QTreeWidget):  # the width the row has: the column less the indent
            opt.rect.setWidth(view.viewport().width() - view.indentation() - 4)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


def snippet_html(snippet: str, marks: tuple[tuple[int, int], ...]) -> str:
    out, at = [], 0
    for start, end in marks:
        out.append(html.escape(snippet[at:start]))
        out.append(f"<b>{html.escape(snippet[start:end])}</b>")
        at = end
    out.append(html.escape(snippet[at:]))
    return "".join(out)


class ResultsTree(QTreeWidget):
    hitChosen = Signal(int)  # the index in Results.hits

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(SnippetDelegate(self))
        self.rows: list[QTreeWidgetItem] = []  # the hit rows, by their index in Results.hits
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def show_results(self, results: Results, english: bool) -> None:
        self.clear()
        self.rows = []
        index = 0
        for group in results.groups:
            label = group.label_en if english else group.label
            head = QTreeWidgetItem([f"{label}（{group.count}）"])
            head.setData(0, HIT_ROLE, index)
            head.setToolTip(0, label)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.addTopLevelItem(head)
            for hit in group.hits:
                row = QTreeWidgetItem([hit.snippet])
                row.setData(0, HIT_ROLE, index)
                row.setData(0, HTML_ROLE, snippet_html(hit.snippet, hit.marks))
                head.addChild(row)
                self.rows.append(row)
                index += 1
            head.setExpanded(True)

    def select_hit(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.blockSignals(True)  # selecting is not choosing: nothing opens again
            self.setCurrentItem(self.rows[index])
            self.blockSignals(False)
            self.scrollToItem(self.rows[index])

    def _chosen(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        index = row.data(0, HIT_ROLE)
        if index is not None:
            self.hitChosen.emit(int(index))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the snippets wrap again at the new width
