"""The pages an award office puts before the 组织概述: the cover, the 申报表, the 承诺书 and,
when the award asks for one, a page for the recommending body's opinion (推荐意见).

They are filled from the organisation's particulars (core.organisation) entered once on the
profile page; what is not entered stays a blank line to fill in by hand, never a placeholder.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from excellence_app.core.organisation import application_rows
from excellence_app.export.package_text import chinese_date, form_total, package_cover, pledge_lines
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.fonts import BODY_FONT
from excellence_app.export.pdf.sections import cover
from excellence_app.export.pdf.styles import FRAME_WIDTH, GRID, HEAD_FILL

FORM = Where("申报表", "the application form")
PLEDGE = Where("承诺书", "the letter of commitment")


def award_cover(ctx: BuildContext) -> list[Flowable]:
    """Award, 申报材料, and who applies: no cycle or profile name, which are ours, not theirs."""
    lines, facts = package_cover(ctx.data)
    return cover(ctx, lines, facts)


def application_form(ctx: BuildContext) -> list[Flowable]:
    s, org = ctx.styles, ctx.snap.project.details
    title = ctx.para(f"{ctx.data.award.printed_name}申报表", s.toc_title, FORM)
    pairs = application_rows(ctx.snap.project.org_name, org, form_total(ctx.data, ctx.include_scores))
    rows: list[list[object]] = []
    spans: list[tuple[int, int, int, int]] = []
    for r, (label, value, label2, value2) in enumerate(pairs):
        cells: list[object] = [ctx.para(label, s.cell_head, FORM), ctx.para(value, s.cell, FORM)]
        if label2 is None:
            cells += ["", ""]
            spans.append((1, r, 3, r))
        else:
            cells += [ctx.para(label2, s.cell_head, FORM), ctx.para(value2 or "", s.cell, FORM)]
        rows.append(cells)
    seal = [
        ctx.para("申报单位意见", s.cell_head, FORM),
        [Spacer(1, 18 * mm), _signature(ctx, FORM, s.cell, day=ctx.snap.cycle.submitted_on)],
        "",
        "",
    ]
    rows.append(seal)
    spans.append((1, len(rows) - 1, 3, len(rows) - 1))
    widths = [
        36 * mm,
        FRAME_WIDTH / 2 - 36 * mm,
        31 * mm,
        FRAME_WIDTH / 2 - 31 * mm,
    ]  # 统一社会信用代码 and 上年营业收入 on one line at 小四
    table = Table(rows, colWidths=widths, repeatRows=0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    style += [("BACKGROUND", (2, r), (2, r), HEAD_FILL) for r, p in enumerate(pairs) if p[2] is not None]
    style += [("SPAN", (a, b), (c, d)) for a, b, c, d in spans]
    table.setStyle(TableStyle(style))
    return [Spacer(1, 4 * mm), title, table]


def pledge(ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Spacer(1, 12 * mm), ctx.para("承　诺　书", s.toc_title, PLEDGE)]
    out += [ctx.para(line, s.body, PLEDGE) for line in pledge_lines(ctx.data)]
    day = ctx.snap.cycle.submitted_on
    out += [Spacer(1, 24 * mm), _signature(ctx, PLEDGE, s.body_flat, org=ctx.snap.project.org_name, day=day)]
    return out


def recommendation(ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    where = Where("推荐意见", "the recommendation")
    box = Table(
        [
            [ctx.para("推荐单位名称", s.cell_head, where), ""],
            [ctx.para("推荐意见", s.cell_head, where), [Spacer(1, 95 * mm)]],
            ["", _signature(ctx, where, s.cell, signer="负责人", seal="推荐单位")],
        ],
        colWidths=[30 * mm, FRAME_WIDTH - 30 * mm],
    )
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
                ("GRID", (0, 0), (-1, -1), 0.6, GRID),
                ("SPAN", (0, 1), (0, 2)),
                ("LINEABOVE", (1, 2), (1, 2), 0, GRID),
                ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [Spacer(1, 8 * mm), ctx.para("推 荐 意 见", s.toc_title, where), box]


def _signature(
    ctx: BuildContext,
    where: Where,
    style: ParagraphStyle,
    *,
    signer: str = "法定代表人",
    seal: str = "申报单位",
    org: str = "",
    day: date | None = None,
) -> Flowable:
    """Lines to sign and seal on, and the date: the 申报日期 when it is set, else to write by hand."""
    when = ctx.para(chinese_date(day), style, where) if day else _date_line(ctx, where, style)
    rows = [
        [ctx.para(f"{signer}（签字）：", style, where), ""],
        [ctx.para(f"{seal}（盖章）：", style, where), ctx.para(org, style, where)],
        ["", when],
    ]
    table = Table(rows, colWidths=[48 * mm, 62 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),  # empty cells too: no Helvetica
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, GRID),
            ]
        )
    )
    return table


def _date_line(ctx: BuildContext, where: Where, style: ParagraphStyle) -> Flowable:
    """年　月　日 with room to write the numbers (a paragraph would close up the spaces)."""
    cells = [[ctx.para(unit, style, where) for unit in ("年", "月", "日")]]
    line = Table(cells, colWidths=[16 * mm] * 3, hAlign="RIGHT")
    line.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return line


# The front pages an award may ask for, by the part names of core.awards.PARTS.
FRONT: dict[str, Callable[[BuildContext], list[Flowable]]] = {
    "cover": award_cover,
    "form": application_form,
    "pledge": pledge,
    "recommendation": recommendation,
}
