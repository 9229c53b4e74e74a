"""Word tables as the PDF rules them: grey grid (网格型), shaded header rows that Word repeats on
every page the table reaches (w:tblHeader), fixed column widths across the text width."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table, _Cell

from excellence_app.export.captions import NOWHERE, Where
from excellence_app.export.docx.document import Spans, WordContext
from excellence_app.export.docx.styles import CELL, CELL_HEAD, HEAD_FILL, TABLE, ZEBRA_FILL
from excellence_app.export.pdf.styles import FRAME_WIDTH


@dataclass(frozen=True)
class Line:
    """One paragraph of a cell: runs of (text, bold), its style, alignment and colour."""

    spans: Spans
    style: str = CELL
    align: WD_ALIGN_PARAGRAPH | None = None
    color: RGBColor | None = None
    where: Where = NOWHERE


Cell = str | Line | Sequence[Line]


def _lines(cell: Cell, head: bool) -> list[Line]:
    if isinstance(cell, str):
        return [Line(((cell, False),), CELL_HEAD if head else CELL)]
    if isinstance(cell, Line):
        return [cell]
    return list(cell)


def shade(cell: _Cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = tcpr.find(qn("w:shd"))
    if shd is None:
        shd = OxmlElement("w:shd")
        tcpr.insert_element_before(
            shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"
        )
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def underline(cell: _Cell, color: str) -> None:
    """A rule under a cell: the line a value stands on, as on a printed form."""
    tcpr = cell._tc.get_or_add_tcPr()
    borders = tcpr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcpr.insert_element_before(
            borders,
            "w:shd",
            "w:noWrap",
            "w:tcMar",
            "w:textDirection",
            "w:tcFitText",
            "w:vAlign",
            "w:hideMark",
        )
    bottom = OxmlElement("w:bottom")
    for attr, value in (("val", "single"), ("sz", "6"), ("space", "0"), ("color", color)):
        bottom.set(qn(f"w:{attr}"), value)
    borders.append(bottom)


def repeat_header(table: Table, rows: int) -> None:
    """Mark the first ``rows`` rows as the header Word repeats after a page break."""
    for row in table.rows[:rows]:
        trpr = row._tr.get_or_add_trPr()
        element = OxmlElement("w:tblHeader")
        element.set(qn("w:val"), "true")
        trpr.append(element)


def fill(ctx: WordContext, cell: _Cell, content: Cell, *, head: bool = False) -> None:
    lines = _lines(content, head)
    first = cell.paragraphs[0]
    for n, line in enumerate(lines):
        p = first if n == 0 else cell.add_paragraph()
        ctx.restyle(p, line.style)
        if line.align is not None:
            p.alignment = line.align
        for text, bold in line.spans:
            run = p.add_run(ctx.checked(text, line.where))
            if bold:
                run.bold = True
            if line.color is not None:
                run.font.color.rgb = line.color


def add_table(
    ctx: WordContext,
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    zebra: bool = False,
    alert_rows: Sequence[int] = (),
    alert_fill: str = "",
    right: Sequence[int] = (),
    spans: Sequence[tuple[int, int, int, int]] = (),
    head_columns: Sequence[int] = (),
    width: float = FRAME_WIDTH,
    centred: bool = False,
) -> Table:
    """A table across the text width (``widths`` are relative); ``spans`` merges cells
    (first row, first column, last row, last column); ``alert_rows`` are body rows tinted ``alert_fill``;
    columns in ``right`` are set flush right (numbers); ``head_columns`` are shaded as labels;
    a table narrower than the text (``width`` points) may stand ``centred``."""
    table = ctx.doc.add_table(rows=len(rows), cols=len(widths))
    table.style = ctx.doc.styles[TABLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER if centred else WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    scale = width / sum(widths)
    points = [Pt(w * scale) for w in widths]
    for column, width in zip(table.columns, points, strict=True):
        column.width = width
    alerts = {header_rows + r for r in alert_rows}
    for r, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
        cells = row.cells
        head = r < header_rows
        for c, (cell, value) in enumerate(zip(cells, values, strict=False)):
            cell.width = points[c]
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            fill(ctx, cell, value, head=head)
            if c in right and not head:
                for p in cell.paragraphs:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if head or c in head_columns:
                shade(cell, HEAD_FILL)
            elif r in alerts and alert_fill:
                shade(cell, alert_fill)
            elif zebra and (r - header_rows) % 2 == 1:
                shade(cell, ZEBRA_FILL)
    for r1, c1, r2, c2 in spans:
        first = table.cell(r1, c1)
        kept = len(first.paragraphs)
        merged = first.merge(table.cell(r2, c2))
        # Word keeps each merged cell's paragraph: the empty ones would push the text up.
        for p in merged.paragraphs[kept:]:
            if not p.text and not p._p.xpath(".//w:drawing"):
                p._p.getparent().remove(p._p)
    if header_rows:
        repeat_header(table, header_rows)
    ctx.add(CELL)  # Word sets two tables apart only by a paragraph
    return table
