"""The front pages in Word: cover, 申报表, 承诺书 and 推荐意见, each on its own page, with the
words and values of the PDF's (package_text, core.organisation.application_rows)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from excellence_app.core.organisation import application_rows
from excellence_app.export.captions import Where
from excellence_app.export.docx.document import WordContext
from excellence_app.export.docx.styles import (
    BODY,
    CELL,
    CELL_HEAD,
    COVER_FACT,
    COVER_SUBTITLE,
    COVER_TITLE,
    HEAD_FILL,
    HEI,
    PAGE_TITLE,
    set_fonts,
)
from excellence_app.export.docx.tables import Cell, Line, add_table, shade, underline
from excellence_app.export.package_text import chinese_date, form_total, package_cover, pledge_lines
from excellence_app.export.pdf.styles import ACCENT

FORM = Where("申报表", "the application form")
PLEDGE = Where("承诺书", "the letter of commitment")
COVER = Where("封面", "the cover")
DATE_BLANK = "　　　　年　　月　　日"  # room to write the date by hand


def award_cover(ctx: WordContext) -> None:
    lines, facts = package_cover(ctx.data)
    first = True
    for text, kind in lines:
        p = ctx.para(text, COVER_TITLE if kind == "title" else COVER_SUBTITLE, COVER)
        if first:
            p.paragraph_format.space_before = Mm(42)
            first = False
        p.paragraph_format.space_after = Mm(6 if kind == "title" else 3)
    ctx.add(COVER_FACT).paragraph_format.space_before = Mm(24)
    table = ctx.doc.add_table(rows=len(facts), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Mm(50), Mm(84)
    for row, (label, value) in zip(table.rows, facts, strict=True):
        left, right = row.cells
        left.width, right.width = Mm(50), Mm(84)
        row.height = Mm(10)
        left.vertical_alignment = right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        head = left.paragraphs[0]
        ctx.restyle(head, COVER_FACT)
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_fonts(head.add_run(f"{label}：")._r, HEI)
        cell = right.paragraphs[0]
        ctx.restyle(cell, COVER_FACT)
        cell.alignment = WD_ALIGN_PARAGRAPH.LEFT
        cell.add_run(ctx.checked(value, COVER))
        underline(right, ACCENT.hexval()[2:])


def application_form(ctx: WordContext) -> None:
    ctx.para(f"{ctx.data.award.printed_name}申报表", PAGE_TITLE, FORM)
    org = ctx.snap.project.details
    pairs = application_rows(ctx.snap.project.org_name, org, form_total(ctx.data, ctx.include_scores))
    rows: list[list[Cell]] = []
    spans: list[tuple[int, int, int, int]] = []
    heads: list[int] = []
    for r, (label, value, label2, value2) in enumerate(pairs):
        row: list[Cell] = [
            Line(((label, False),), CELL_HEAD, where=FORM),
            Line(((value, False),), CELL, where=FORM),
        ]
        if label2 is None:
            row += ["", ""]
            spans.append((r, 1, r, 3))
        else:
            row += [
                Line(((label2, False),), CELL_HEAD, where=FORM),
                Line(((value2 or "", False),), CELL, where=FORM),
            ]
            heads.append(r)
        rows.append(row)
    seal = _signature(ctx.snap.cycle.submitted_on)
    rows.append([Line((("申报单位意见", False),), CELL_HEAD), seal, "", ""])
    spans.append((len(rows) - 1, 1, len(rows) - 1, 3))
    # 统一社会信用代码 on one line, as in the PDF
    # In mm of the 163 mm text width, with Word's cell padding: 统一社会信用代码, its 18
    # characters and 上年营业收入 each on one line at 小四.
    table = add_table(ctx, rows, [38.5, 46.5, 30, 48], header_rows=0, spans=spans, head_columns=(0,))
    for r in heads:
        shade(table.rows[r].cells[2], HEAD_FILL)
    for row in table.rows:
        row.height = Pt(24)
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    table.rows[-1].height = Mm(40)


def _signature(
    day: date | None, *, signer: str = "法定代表人", seal: str = "申报单位", org: str = ""
) -> list[Line]:
    """Lines to sign and seal on, and the date: the 申报日期 when set, else to write by hand."""
    right = WD_ALIGN_PARAGRAPH.RIGHT
    return [
        Line((("", False),), CELL),
        Line(((f"{signer}（签字）：" + "　" * 10, False),), CELL, right),
        Line(((f"{seal}（盖章）：" + (org or "　" * 10), False),), CELL, right),
        Line(((chinese_date(day) if day else DATE_BLANK, False),), CELL, right),
    ]


def pledge(ctx: WordContext) -> None:
    title = ctx.para("承　诺　书", PAGE_TITLE, PLEDGE)
    title.paragraph_format.space_before = Mm(12)
    for line in pledge_lines(ctx.data):
        ctx.para(line, BODY, PLEDGE)
    org = ctx.snap.project.org_name
    for n, line in enumerate(_signature(ctx.snap.cycle.submitted_on, org=org)[1:]):
        p = ctx.spans(ctx.add(BODY), line.spans, PLEDGE)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.first_line_indent = Pt(0)
        if n == 0:
            p.paragraph_format.space_before = Mm(24)


def recommendation(ctx: WordContext) -> None:
    where = Where("推荐意见", "the recommendation")
    ctx.para("推 荐 意 见", PAGE_TITLE, where)
    rows: list[list[Cell]] = [
        [Line((("推荐单位名称", False),), CELL_HEAD), ""],
        [Line((("推荐意见", False),), CELL_HEAD), ""],
        ["", _signature(None, signer="负责人", seal="推荐单位")],
    ]
    table = add_table(ctx, rows, [30, 133], header_rows=0, head_columns=(0,))
    table.rows[0].height = Mm(12)
    table.rows[1].height = Mm(95)
    table.rows[1].cells[0].merge(table.rows[2].cells[0])


# The front pages an award may ask for, by the part names of core.awards.PARTS.
FRONT: dict[str, Callable[[WordContext], None]] = {
    "cover": award_cover,
    "form": application_form,
    "pledge": pledge,
    "recommendation": recommendation,
}
