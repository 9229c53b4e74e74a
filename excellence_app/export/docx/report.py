"""The internal assessment report (自评报告) in Word: the PDF's own story, set as Word.

The report is many tables and figures over the summary (report_parts, report_consensus,
report_history, report_calibration), each number worked out once for the PDF. Rather than
arrange them a second time, the Word writer walks the story the PDF builds and sets each
piece in its Word form: a heading as 标题 1–4 (with its bookmark and TOC entry), a paragraph
with its runs (黑体 runs bold, colours kept), a ruled table as a Word table with its header
row repeated and its shading, a chart as a picture drawn by the same code. What the report
prints is therefore word for word and number for number the PDF's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph as WordParagraph
from reportlab.lib.colors import Color
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from excellence_app.export.docx.document import WordContext
from excellence_app.export.docx.figures import picture, render_png
from excellence_app.export.docx.styles import (
    BODY,
    CELL,
    CELL_HEAD,
    COVER_FACT,
    COVER_SUBTITLE,
    COVER_TITLE,
    NOTE,
    PAGE_TITLE,
    SMALL,
    SOURCE,
    TABLE,
)
from excellence_app.export.docx.tables import Line, add_table, shade, underline
from excellence_app.export.pdf import report
from excellence_app.export.pdf.flowables import HeadingParagraph, TocLine
from excellence_app.export.pdf.fonts import HEADING_FONT
from excellence_app.export.pdf.styles import FRAME_WIDTH, INK

# The PDF's paragraph styles and the Word style each is set in.
STYLES = {
    "body": BODY,
    "body_flat": BODY,
    "bullet": "List Bullet",
    "numbered": BODY,
    "small": SMALL,
    "note": NOTE,
    "h4": "Heading 4",
    "cell": CELL,
    "cell_center": CELL,
    "cell_right": CELL,
    "cell_head": CELL_HEAD,
    "cell_alert": CELL,
    "caption": "Caption",
    "table_caption": "Caption",
    "source": SOURCE,
    "legend": SOURCE,
    "toc_title": PAGE_TITLE,
    "cover_title": COVER_TITLE,
    "cover_subtitle": COVER_SUBTITLE,
    "cover_label": COVER_FACT,
    "cover_value": COVER_FACT,
}
HEADING_LEVELS = {"part": 0, "h1": 1, "h2": 2, "h3": 3, "h4": 4}
ALIGN = {
    0: WD_ALIGN_PARAGRAPH.LEFT,
    1: WD_ALIGN_PARAGRAPH.CENTER,
    2: WD_ALIGN_PARAGRAPH.RIGHT,
    4: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
INK_HEX = INK.hexval()
SPACE_KEPT = 20.0  # points


def build_report(ctx: WordContext) -> None:
    ctx.running_header(report.DOCUMENT_TITLE)
    story = report.build_report(ctx.charts)
    ctx.count_steps(len(story))
    writer = _Writer(ctx)
    for item in story:
        ctx.step()
        writer.flowable(item)
    writer.flush()
    if writer.contents is not None:
        ctx.fill_contents(writer.contents)


class _Writer:
    def __init__(self, ctx: WordContext) -> None:
        self.ctx = ctx
        self.contents: WordParagraph | None = None
        self._drawings: list[Flowable] = []  # a chart and its legend become one picture
        self._space = 0.0  # the PDF's spacing before what comes next (the cover's white)

    def flowables(self, items: Iterable[Flowable]) -> None:
        for item in items:
            self.ctx.check_cancelled()
            self.flowable(item)

    def flowable(self, item: Flowable) -> None:
        if isinstance(item, KeepTogether):
            self.flowables(item._content)
            return
        if isinstance(item, Spacer):
            self._space += item.height
            return
        if isinstance(item, NextPageTemplate | CondPageBreak | TocLine):
            return  # keeping together is the styles' in Word; the TOC is Word's field
        if isinstance(item, PageBreak):
            self.flush()
            self.ctx.page_break()
            return
        if isinstance(item, Paragraph | Table):
            self.flush()
            if isinstance(item, HeadingParagraph):
                self.heading(item)
            elif isinstance(item, Paragraph):
                self.paragraph(item)
            else:
                self.table(item)
            return
        self._drawings.append(item)  # a chart, a legend: anything else that draws

    def flush(self) -> None:
        if self._drawings:
            width = max(d.wrap(10_000, 10_000)[0] for d in self._drawings)
            picture(self.ctx, render_png(self._drawings, width), width)
            self._drawings = []

    # --- the pieces --------------------------------------------------------------------------
    def heading(self, item: HeadingParagraph) -> None:
        name = item.style.name
        if name == "toc_title":  # 目录: the field, filled in once every heading is known
            self.contents = self.ctx.contents()
            return
        level = HEADING_LEVELS.get(name)
        if level is None:
            self.paragraph(item)
            return
        # checked for the fonts when the PDF's story was built: no second warning
        self.ctx.heading(item.outline_title, level, None, toc=item.outline_level is not None)

    def paragraph(self, item: Paragraph) -> WordParagraph:
        p = self.ctx.add(STYLES.get(item.style.name, BODY))
        self.space(p)
        self.runs(p, item)
        return p

    def space(self, p: WordParagraph) -> None:
        """Large white the PDF leaves (the cover's) before this paragraph; the small spacers
        between blocks are the Word styles' own spacing."""
        if self._space >= SPACE_KEPT:
            p.paragraph_format.space_before = Pt(min(self._space, 500))
        self._space = 0.0

    def runs(self, p: WordParagraph, item: Paragraph) -> None:
        style = item.style
        bullet = getattr(item, "bulletText", None)
        if bullet and style.name == "numbered":
            p.add_run(f"{bullet}\u3000")
        if style.name in ("body_flat", "numbered", "cover_label", "cover_value") or style.name.startswith(
            "cell"
        ):
            p.paragraph_format.first_line_indent = 0
        align = ALIGN.get(style.alignment)
        if align is not None:
            p.alignment = align
        bold_face = style.fontName != HEADING_FONT  # in a 黑体 style, 黑体 is no emphasis
        for frag in item.frags:
            text = getattr(frag, "text", "")
            if not text:
                continue
            run = p.add_run(text)  # checked for the fonts as the PDF set it (same warnings)
            if bold_face and frag.fontName == HEADING_FONT:
                run.bold = True
            color = getattr(frag, "textColor", None)
            if isinstance(color, Color) and color.hexval() not in (INK_HEX, "0x000000"):
                run.font.color.rgb = RGBColor.from_string(color.hexval()[2:].upper())

    def table(self, item: Table) -> None:
        values = item._cellvalues
        n_rows, n_cols = len(values), len(values[0]) if values else 0
        if not n_rows or not n_cols:
            return
        rows = [[self.cell(v) for v in row] for row in values]
        spans = [_box(start, stop, n_rows, n_cols) for _cmd, start, stop in item._spanCmds if start != stop]
        if self._space >= SPACE_KEPT:
            self.space(self.ctx.add(CELL))
        self._space = 0.0
        widths = list(item._colWidths)
        table = add_table(
            self.ctx,
            rows,
            widths,
            header_rows=item.repeatRows or 0,
            spans=spans,
            width=min(sum(widths), FRAME_WIDTH),
            centred=item.hAlign == "CENTER",
        )
        table_cells = [row.cells for row in table.rows]
        for cmd in item._bkgrndcmds:
            _name, start, stop, color = cmd[:4]
            if not isinstance(color, Color):
                continue
            r1, c1, r2, c2 = _box(start, stop, n_rows, n_cols)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    shade(table_cells[r][c], color.hexval()[2:].upper())
        ruled = any(cmd[0] in ("GRID", "INNERGRID", "BOX") for cmd in item._linecmds)
        if not ruled:  # a form without a grid (the cover): only the lines the PDF draws
            table.style = self.ctx.doc.styles["Normal Table"]
            for cmd in item._linecmds:
                if cmd[0] == "LINEBELOW":
                    r1, c1, r2, c2 = _box(cmd[1], cmd[2], n_rows, n_cols)
                    for r in range(r1, r2 + 1):
                        for c in range(c1, c2 + 1):
                            underline(table_cells[r][c], cmd[4].hexval()[2:])
        else:
            table.style = self.ctx.doc.styles[TABLE]

    def cell(self, value: object) -> list[Line]:
        items: Sequence[object] = value if isinstance(value, list | tuple) else [value]
        lines: list[Line] = []
        for v in items:
            if isinstance(v, str):
                lines.append(Line(((v, False),)))
            elif isinstance(v, Paragraph):
                lines.append(self._line(v))
        return lines or [Line((("", False),))]

    def _line(self, item: Paragraph) -> Line:
        """A cell's paragraph; its colour is the first coloured run's (已逾期 in red)."""
        bold_face = item.style.fontName != HEADING_FONT
        spans = [
            (f.text, bold_face and f.fontName == HEADING_FONT) for f in item.frags if getattr(f, "text", "")
        ]
        colors = [
            f.textColor
            for f in item.frags
            if isinstance(getattr(f, "textColor", None), Color) and f.textColor.hexval() != INK_HEX
        ]
        color = RGBColor.from_string(colors[0].hexval()[2:].upper()) if colors else None
        return Line(
            spans or [("", False)],
            STYLES.get(item.style.name, CELL),
            ALIGN.get(item.style.alignment),
            color,
        )


def _box(
    start: tuple[int, int], stop: tuple[int, int], n_rows: int, n_cols: int
) -> tuple[int, int, int, int]:
    """A ReportLab cell range, (col, row) with negative indices from the end, as
    (first row, first column, last row, last column)."""
    c1, r1 = start
    c2, r2 = stop
    return (r1 % n_rows, c1 % n_cols, r2 % n_rows, c2 % n_cols)
