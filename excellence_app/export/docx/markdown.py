"""A response's Markdown (core.markdown blocks) as Word paragraphs, lists and tables.

Bold stays bold; a list is a Word list (列表项目符号, or 列表编号 starting at the list's own
first number); a table is a Word table with its caption above it, numbered as the PDF numbers
it (captions.Captions), "表：标题" just above the table giving the caption its title.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.text.paragraph import Paragraph

from excellence_app.core import markdown as md
from excellence_app.export.captions import CAPTION_GAP, Where, is_number, table_title
from excellence_app.export.docx.document import WordContext
from excellence_app.export.docx.styles import BODY, CELL, CELL_HEAD, HEADINGS
from excellence_app.export.docx.tables import Line, add_table
from excellence_app.export.pdf.tables import fit_widths, natural_widths


def write_markdown(ctx: WordContext, text: str, where: Where) -> None:
    """Paragraphs, headings, lists and tables of a Markdown text."""
    ctx.numbers.note_citations(text, where)
    blocks = md.parse(text)
    title = ""
    for i, block in enumerate(blocks):
        if isinstance(block, md.Paragraph):
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            found = table_title(md.inline_text(block.spans)) if isinstance(following, md.Table) else None
            if found:
                title = found
                continue
            ctx.inline(ctx.add(BODY), block.spans, where)
        elif isinstance(block, md.Heading):
            ctx.inline(ctx.add(HEADINGS[3]), block.spans, where)
        elif isinstance(block, md.ListBlock):
            _list(ctx, block, where)
        else:
            label = ctx.numbers.next_table()
            caption = ctx.para(f"{label}{CAPTION_GAP}{title}" if title else label, "Caption", where)
            caption.paragraph_format.keep_with_next = True
            _table(ctx, block, where)
            title = ""


def _list(ctx: WordContext, block: md.ListBlock, where: Where) -> None:
    style = "List Number" if block.ordered else "List Bullet"
    num_id = _numbering(ctx, block.start) if block.ordered else None
    for spans in block.items:
        p = ctx.inline(ctx.add(style), spans, where)
        if num_id is not None:
            _number(p, num_id)


def _numbering(ctx: WordContext, start: int) -> int:
    """A numbering of its own for one ordered list, starting at ``start``: Word would otherwise
    count on from the list before."""
    numbering = ctx.doc.part.numbering_part.element
    style = ctx.doc.styles["List Number"].element
    base = int(style.pPr.numPr.numId.val)
    abstract = numbering.num_having_numId(base).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(start)
    return int(num.numId)


def _number(paragraph: Paragraph, num_id: int) -> None:
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def _table(ctx: WordContext, block: md.Table, where: Where) -> None:
    texts = [[md.inline_text(c) for c in block.header]]
    texts += [[md.inline_text(c) for c in row] for row in block.rows]
    # the PDF's own column widths: what is wide there is wide here
    widths = fit_widths(natural_widths(texts, ctx.charts.styles.cell.fontSize))
    head = [Line([(s.text, s.bold) for s in c], CELL_HEAD, where=where) for c in block.header]
    body = []
    for row in block.rows:
        line = []
        for cell in row:
            numeric = is_number(md.inline_text(cell))
            align = WD_ALIGN_PARAGRAPH.RIGHT if numeric else None
            line.append(Line([(s.text, s.bold) for s in cell], CELL, align, where=where))
        body.append(line)
    add_table(ctx, [head, *body], widths, zebra=True)
