"""A response's Markdown (core.markdown blocks) as flowables.

Tables are numbered like the figures, per item or profile section (表4.1.2-1), with the
caption above them; a paragraph "表：标题" right before a table gives the caption its title.
Headings and captions keep their first lines of text with them (flowables.KeepRoom).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from excellence_app.core import markdown as md
from excellence_app.export.captions import CAPTION_GAP, is_number, table_title
from excellence_app.export.pdf.context import DEFAULT_ROOM, BuildContext, Where
from excellence_app.export.pdf.flowables import KeepRoom
from excellence_app.export.pdf.fonts import LATIN_FONT
from excellence_app.export.pdf.linebreak import CJKParagraph
from excellence_app.export.pdf.styles import FRAME_WIDTH
from excellence_app.export.pdf.tables import PAD_X, data_table, fit_widths, natural_widths

BULLET = "\u25cf"  # ●, set small by the bullet style


def markdown_flowables(ctx: BuildContext, text: str, where: Where) -> list[Flowable]:
    """Paragraphs, headings, lists and tables of a Markdown text; nothing for a blank text."""
    styles = ctx.styles
    ctx.note_citations(text, where)
    blocks = md.parse(text)
    out: list[Flowable] = []
    title = ""
    for i, block in enumerate(blocks):
        if isinstance(block, md.Paragraph):
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            found = table_title(md.inline_text(block.spans)) if isinstance(following, md.Table) else None
            if found:
                title = found
                continue
            out.append(CJKParagraph(ctx.inline(block.spans, where, base=styles.body.fontName), styles.body))
        elif isinstance(block, md.Heading):
            markup = ctx.inline(block.spans, where, base=styles.h4.fontName, bold_role="heading")
            out += [KeepRoom(DEFAULT_ROOM), CJKParagraph(markup, styles.h4)]
        elif isinstance(block, md.ListBlock):
            out.extend(_list(ctx, block, where))
        else:
            label = ctx.next_table()
            caption = ctx.para(
                f"{label}{CAPTION_GAP}{title}" if title else label, styles.table_caption, where
            )
            caption.keep_with_next = True  # type: ignore[attr-defined]
            out += [KeepRoom(DEFAULT_ROOM), caption, _table(ctx, block, where), Spacer(1, 6)]
            title = ""
    return out


def _list(ctx: BuildContext, block: md.ListBlock, where: Where) -> list[Flowable]:
    style = ctx.styles.numbered if block.ordered else ctx.styles.bullet
    items = []
    for n, spans in enumerate(block.items, start=block.start):
        mark = f"{n}." if block.ordered else BULLET
        items.append(CJKParagraph(ctx.inline(spans, where, base=style.fontName), style, bulletText=mark))
    return items


def _table(ctx: BuildContext, block: md.Table, where: Where) -> Flowable:
    styles = ctx.styles
    size = styles.cell.fontSize
    texts = [[md.inline_text(c) for c in block.header]]
    texts += [[md.inline_text(c) for c in row] for row in block.rows]
    widths = fit_widths(natural_widths(texts, size))
    widths = [w * FRAME_WIDTH / sum(widths) for w in widths]
    head = [
        CJKParagraph(ctx.inline(c, where, base=styles.cell_head.fontName), styles.cell_head)
        for c in block.header
    ]
    body: list[list[Flowable | str]] = []
    right: list[tuple[int, int]] = []
    latin: list[tuple[int, int]] = []
    for r, row in enumerate(block.rows, start=1):
        line: list[Flowable | str] = []
        for c, cell in enumerate(row):
            text = md.inline_text(cell)
            numeric = is_number(text)
            if numeric:
                right.append((c, r))
            font = _plain_font(ctx, cell, text, widths[c])
            if font is not None:
                line.append(text)  # drawn as a string: far cheaper than a paragraph
                if font == LATIN_FONT:
                    latin.append((c, r))
            else:
                style = styles.cell_right if numeric else styles.cell
                line.append(CJKParagraph(ctx.inline(cell, where, base=styles.cell.fontName), style))
        body.append(line)
    table = data_table([head, *body], widths, zebra=True, size=size)
    table.setStyle([("ALIGN", at, at, "RIGHT") for at in right])
    # numbers and Latin words in the document's one Latin face, as in the text around them
    table.setStyle([("FONTNAME", at, at, LATIN_FONT) for at in latin])
    return table


def _plain_font(ctx: BuildContext, cell: md.Inline, text: str, width: float) -> str | None:
    """The font a cell can be drawn in as a plain string (one line, no bold, one face: all Latin
    and digits, or all Chinese), or None when it needs a paragraph."""
    if any(s.bold for s in cell):
        return None
    fonts, style = ctx.fonts, ctx.styles.cell
    if fonts.covers(LATIN_FONT, text):
        font = LATIN_FONT
    elif fonts.covers(style.fontName, text) and not fonts.has_latin(text):
        font = style.fontName
    else:
        return None
    return font if stringWidth(text, font, style.fontSize) <= width - 2 * PAD_X - 1 else None
