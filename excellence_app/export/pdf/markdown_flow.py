"""A response's Markdown (core.markdown blocks) as flowables."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from excellence_app.core import markdown as md
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.linebreak import CJKParagraph
from excellence_app.export.pdf.styles import FRAME_WIDTH
from excellence_app.export.pdf.tables import PAD_X, data_table, fit_widths, natural_widths

BULLET = "\u25cf"  # ●, set small by the bullet style


def markdown_flowables(ctx: BuildContext, text: str, where: Where) -> list[Flowable]:
    """Paragraphs, headings, lists and tables of a Markdown text; nothing for a blank text."""
    styles = ctx.styles
    out: list[Flowable] = []
    for block in md.parse(text):
        if isinstance(block, md.Paragraph):
            out.append(CJKParagraph(ctx.inline(block.spans, where, base=styles.body.fontName), styles.body))
        elif isinstance(block, md.Heading):
            out.append(
                CJKParagraph(
                    ctx.inline(block.spans, where, base=styles.h4.fontName, bold_role="heading"), styles.h4
                )
            )
        elif isinstance(block, md.ListBlock):
            out.extend(_list(ctx, block, where))
        else:
            out.append(_table(ctx, block, where))
            out.append(Spacer(1, 6))
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
    texts = [[md.inline_text(c) for c in block.header]]
    texts += [[md.inline_text(c) for c in row] for row in block.rows]
    widths = fit_widths(natural_widths(texts))
    widths = [w * FRAME_WIDTH / sum(widths) for w in widths]
    head = [
        CJKParagraph(ctx.inline(c, where, base=styles.cell_head.fontName), styles.cell_head)
        for c in block.header
    ]
    body: list[list[Flowable | str]] = []
    right: list[tuple[int, int]] = []
    for r, row in enumerate(block.rows, start=1):
        line: list[Flowable | str] = []
        for c, cell in enumerate(row):
            text = md.inline_text(cell)
            numeric = _is_number(text)
            if numeric:
                right.append((c, r))
            if _plain(ctx, cell, text, widths[c]):
                line.append(text)  # drawn as a string: far cheaper than a paragraph
            else:
                style = styles.cell_right if numeric else styles.cell
                line.append(CJKParagraph(ctx.inline(cell, where, base=styles.cell.fontName), style))
        body.append(line)
    table = data_table([head, *body], widths, zebra=True)
    table.setStyle([("ALIGN", at, at, "RIGHT") for at in right])
    return table


def _plain(ctx: BuildContext, cell: md.Inline, text: str, width: float) -> bool:
    """A cell that can be a plain string: one line, no bold, every character in the body font."""
    style = ctx.styles.cell
    return (
        not any(s.bold for s in cell)
        and ctx.fonts.covers(style.fontName, text)
        and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * PAD_X - 1
    )


def _is_number(text: str) -> bool:
    """Numbers line up on the right; words read from the left."""
    try:
        float(text.strip().replace(",", "").replace("%", "").replace("‰", ""))
    except ValueError:
        return False
    return True
