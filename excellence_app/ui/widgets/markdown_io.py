"""Between a clause's Markdown text and the editor's QTextDocument, in the subset core reads.

Qt's own ``setMarkdown``/``toMarkdown`` speak CommonMark: the writer wraps lines at
80 columns (which core's parser joins without a space), escapes ``*`` with
backslashes (which core keeps as text) and reads a single ``*`` as italics (which
core does not know, so the marks would vanish on the next save). Both directions
therefore go through :mod:`excellence_app.core.markdown`: what the editor shows is
exactly what the 字数, the PDF and the workbook read.
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrame,
    QTextLength,
    QTextListFormat,
    QTextTable,
    QTextTableFormat,
)

from excellence_app.core.markdown import Block, Heading, Inline, ListBlock, Paragraph, Span, Table, parse

HEADING_SIZES = {1: 1.5, 2: 1.3, 3: 1.15}
BLOCK_GAP = 6.0  # pixels below a paragraph, so paragraphs read apart as in the PDF
LINE_SEPARATOR = "\u2028"


# --- Markdown → document -------------------------------------------------------------------
def _char_format(bold: bool = False, scale: float = 1.0, base: QFont | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if scale != 1.0 and base is not None:
        fmt.setFontPointSize(base.pointSizeF() * scale)
    return fmt


def _insert_spans(
    cursor: QTextCursor, spans: Inline, bold_all: bool = False, scale: float = 1.0, base: QFont | None = None
) -> None:
    for span in spans:
        cursor.insertText(span.text, _char_format(span.bold or bold_all, scale, base))
    cursor.setCharFormat(_char_format())


def _table_format() -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    fmt.setBorder(0.8)
    fmt.setBorderCollapse(True)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setHeaderRowCount(1)
    return fmt


def insert_table(cursor: QTextCursor, header: list[Inline], rows: list[list[Inline]]) -> QTextTable:
    columns = max(1, len(header))
    table = cursor.insertTable(len(rows) + 1, columns, _table_format())
    for c, cell in enumerate(header):
        _insert_spans(table.cellAt(0, c).firstCursorPosition(), cell, bold_all=True)
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(row[:columns]):
            _insert_spans(table.cellAt(r, c).firstCursorPosition(), cell)
    return table


class DocumentFill:
    """A Markdown text going into a document block by block: :meth:`add` puts the next blocks
    in, so a long text may go in over several turns of the event loop (the editor showing
    its first screen while the rest waits). Whatever the steps, the document ends the same as
    one :func:`fill_document`. Nothing else may edit the document until :attr:`done`.

    With ``head``, only the text's first ``head`` characters or so (up to a blank line) are
    parsed at first: a screen's worth costs a fraction of parsing a long text. The whole text
    is parsed when the filling gets past them, and if its first blocks are not the ones put
    in (a block of the parser that would span a blank line), the filling starts again."""

    def __init__(self, doc: QTextDocument, text: str, head: int = 0) -> None:
        self.doc = doc
        self.text = text
        self.whole = True  # self.blocks are the whole text's
        cut = _blank_line_after(text, head) if head else -1
        if cut >= 0:
            self.blocks = parse(text[:cut])
            self.whole = False
        else:
            self.blocks = parse(text)
        self.cursor = QTextCursor(doc)
        self._base = doc.defaultFont()
        self._start()

    def _start(self) -> None:
        self.doc.clear()
        self.next = 0  # index of the first block not in the document yet
        self._first = True  # the document's last block is empty and takes the next block

    @property
    def done(self) -> bool:
        return self.whole and self.next >= len(self.blocks)

    def add(self, count: int | None = None) -> None:
        """Put the next ``count`` blocks (all that are left without it) into the document."""
        if not self.whole and (count is None or self.next + count > len(self.blocks)):
            blocks = parse(self.text)
            if blocks[: self.next] != self.blocks[: self.next]:
                self._start()
            self.blocks, self.whole = blocks, True
        stop = len(self.blocks) if count is None else min(len(self.blocks), self.next + count)
        cursor = self.cursor
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # One edit block: the layout runs once at the end instead of after every insertion.
        cursor.beginEditBlock()
        for block in self.blocks[self.next : stop]:
            self._insert(block)
        cursor.endEditBlock()
        self.next = stop
        self.doc.setModified(False)

    def _new_block(self) -> None:
        cursor = self.cursor
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(BLOCK_GAP)
        if not self._first:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(fmt, _char_format())
        else:
            cursor.setBlockFormat(fmt)
        self._first = False

    def _insert(self, block: Block) -> None:
        cursor = self.cursor
        if isinstance(block, Paragraph):
            self._new_block()
            _insert_spans(cursor, block.spans)
        elif isinstance(block, Heading):
            self._new_block()
            fmt = cursor.blockFormat()
            fmt.setHeadingLevel(block.level)
            cursor.setBlockFormat(fmt)
            scale = HEADING_SIZES.get(block.level, 1.0)
            _insert_spans(cursor, block.spans, bold_all=True, scale=scale, base=self._base)
        elif isinstance(block, ListBlock):
            text_list = None
            for entry in block.items:
                self._new_block()
                if text_list is None:
                    fmt = QTextListFormat()
                    fmt.setStyle(
                        QTextListFormat.Style.ListDecimal if block.ordered else QTextListFormat.Style.ListDisc
                    )
                    if block.ordered:
                        fmt.setStart(block.start)
                    text_list = cursor.createList(fmt)
                else:
                    text_list.add(cursor.block())
                fmt = cursor.blockFormat()
                fmt.setBottomMargin(BLOCK_GAP / 3)
                cursor.setBlockFormat(fmt)
                _insert_spans(cursor, entry)
        elif isinstance(block, Table):
            self._new_block()
            insert_table(cursor, list(block.header), [list(r) for r in block.rows])
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self._first = True  # the empty block Qt leaves after a table is the next block's home


_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


def _blank_line_after(text: str, position: int) -> int:
    """Where the first blank line at or after ``position`` starts, or -1."""
    found = _BLANK_LINE.search(text, position)
    return found.start() if found else -1


def fill_document(doc: QTextDocument, text: str) -> None:
    """Replace the document's content by the Markdown text's blocks."""
    DocumentFill(doc, text).add()


def fragment_from_markdown(text: str, default_font: QFont) -> QTextDocumentFragment:
    scratch = QTextDocument()
    scratch.setDefaultFont(default_font)
    fill_document(scratch, text)
    return QTextDocumentFragment(scratch)


# --- document → Markdown -------------------------------------------------------------------
def _is_bold(fmt: QTextCharFormat) -> bool:
    return fmt.fontWeight() >= QFont.Weight.DemiBold


def _spans(block: QTextBlock) -> list[Span]:
    spans: list[Span] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            text = frag.text().replace(LINE_SEPARATOR, " ").replace("\ufffc", "")
            if text:
                bold = _is_bold(frag.charFormat())
                if spans and spans[-1].bold == bold:
                    spans[-1] = Span(spans[-1].text + text, bold)
                else:
                    spans.append(Span(text, bold))
        it += 1
    return spans


def _inline(spans: list[Span]) -> str:
    out = []
    for span in spans:
        if span.bold and span.text.strip():
            # Keep spaces outside the marks so that "** x**" never appears.
            lead = span.text[: len(span.text) - len(span.text.lstrip())]
            trail = span.text[len(span.text.rstrip()) :]
            out.append(f"{lead}**{span.text.strip()}**{trail}")
        else:
            out.append(span.text)
    return "".join(out).strip()


def _block_texts(it: QTextFrame.iterator) -> list[str]:
    """The inline Markdown of each non-empty block from ``it`` on (a table cell or a frame)."""
    parts = []
    while not it.atEnd():
        block = it.currentBlock()
        if block.isValid():
            text = _inline(_spans(block))
            if text:
                parts.append(text)
        it += 1
    return parts


def _cell_text(table: QTextTable, row: int, col: int) -> str:
    # A pipe would end the cell in Markdown; the full-width bar reads the same.
    return " ".join(_block_texts(table.cellAt(row, col).begin())).replace("|", "｜")


def _table_markdown(table: QTextTable) -> str:
    rows = [[_cell_text(table, r, c) for c in range(table.columns())] for r in range(table.rows())]
    if not rows:
        return ""
    header, body = rows[0], rows[1:]
    header = [
        h.removeprefix("**").removesuffix("**")
        if h.startswith("**") and h.endswith("**") and h.count("**") == 2
        else h
        for h in header
    ]
    lines = [
        "| " + " | ".join(c or " " for c in header) + " |",
        "| " + " | ".join("---" for _ in header) + " |",
    ]
    lines += ["| " + " | ".join(c or " " for c in row) + " |" for row in body]
    return "\n".join(lines)


def to_markdown(doc: QTextDocument) -> str:
    """The document as Markdown in core's subset: blocks separated by one blank line."""
    blocks: list[str] = []
    list_lines: list[str] = []
    current_list = None

    def end_list() -> None:
        nonlocal current_list
        if list_lines:
            blocks.append("\n".join(list_lines))
            list_lines.clear()
        current_list = None

    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        block = it.currentBlock()
        it += 1
        if frame is not None and isinstance(frame, QTextTable):
            end_list()
            blocks.append(_table_markdown(frame))
            continue
        if frame is not None and isinstance(frame, QTextFrame):
            end_list()
            blocks.append(to_markdown_frame(frame))
            continue
        if not block.isValid():
            continue
        text = _inline(_spans(block))
        text_list = block.textList()
        if text_list is not None:
            if current_list is not None and text_list != current_list:
                end_list()
            current_list = text_list
            if not text:
                continue
            fmt = text_list.format()
            if fmt.style() in (
                QTextListFormat.Style.ListDecimal,
                QTextListFormat.Style.ListLowerAlpha,
                QTextListFormat.Style.ListUpperAlpha,
                QTextListFormat.Style.ListLowerRoman,
                QTextListFormat.Style.ListUpperRoman,
            ):
                number = fmt.start() + len(list_lines)
                list_lines.append(f"{number}. {text}")
            else:
                list_lines.append(f"- {text}")
            continue
        end_list()
        if not text:
            continue
        level = block.blockFormat().headingLevel()
        if level > 0:
            blocks.append("#" * min(level, 6) + " " + text.replace("**", ""))
        else:
            blocks.append(text)
    end_list()
    return "\n\n".join(b for b in blocks if b) + ("\n" if blocks else "")


def to_markdown_frame(frame: QTextFrame) -> str:
    """A nested (non-table) frame, as pasted content may bring: its blocks as paragraphs."""
    return "\n\n".join(_block_texts(frame.begin()))
