"""评审差异: the assessors' percentages side by side; a spread at or above the threshold is marked.
The assessors' factor bands and reasons on the flagged items are on 分歧详情 (spread_detail_sheet)."""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.export.xlsx.book import BookContext
from excellence_app.export.xlsx.cells import Formula
from excellence_app.export.xlsx.labels import ROLES

TITLE = "评审差异"
HEADER_ROW = 4
THRESHOLD_CELL = "$B$2"
CENTRE = Alignment(horizontal="center")


def write(ws: Worksheet, ctx: BookContext) -> None:
    data = ctx.data
    summary, snap = data.summary, data.snapshot
    g = ctx.grid(ws)
    names = [a.name for a in snap.team]
    g.title(f"{summary.organisation} · {summary.cycle} · 评审差异")
    g.put(2, 1, "分歧阈值", "说明", measure=False)
    g.put(2, 2, snap.project.spread_threshold, "百分比", measure=False)
    g.note(
        2,
        3,
        "极差（最高 − 最低）不小于阈值、且有两位以上评审员评分的评分项标为红色，"
        "需讨论形成共识。改动阈值，标记随之更新。",
    )
    roles = {a.name: ROLES.get(a.role, a.role) for a in snap.team}
    for i, name in enumerate(names):
        g.put(HEADER_ROW - 1, 3 + i, roles[name], "说明", measure=False).alignment = CENTRE
    g.header(HEADER_ROW, ["编号", "评分项", *names, "最低", "最高", "极差", "平均", "共识"])
    first_a, last_a = 3, 2 + len(names)
    c_min = last_a + 1
    c_max, c_spread, c_mean, c_cons = c_min + 1, c_min + 2, c_min + 3, c_min + 4
    row = HEADER_ROW
    for item in summary.items:
        row += 1
        g.row(row, [item.id, item.title])
        for i, name in enumerate(names):
            g.put(row, first_a + i, item.assessor_percents.get(name), "百分比", measure=False)
        g.put(row, c_cons, item.consensus_percent, "百分比", measure=False)
        if not names:
            for c in (c_min, c_max, c_spread, c_mean):
                g.put(row, c, None)
            continue
        span = f"{get_column_letter(first_a)}{row}:{get_column_letter(last_a)}{row}"
        none = f'COUNT({span})=0,""'
        g.put(row, c_min, Formula(f"=IF({none},MIN({span}))"), "百分比")
        g.put(row, c_max, Formula(f"=IF({none},MAX({span}))"), "百分比")
        g.put(row, c_spread, Formula(f"=IF({none},MAX({span})-MIN({span}))"), "百分比")
        g.put(row, c_mean, Formula(f"=IF({none},ROUND(AVERAGE({span}),2))"), "得分")
    last = row
    if names:
        spread = f"${get_column_letter(c_spread)}{HEADER_ROW + 1}"
        count = (
            f"COUNT(${get_column_letter(first_a)}{HEADER_ROW + 1}:"
            f"${get_column_letter(last_a)}{HEADER_ROW + 1})"
        )
        rule = FormulaRule(
            formula=[f"AND({count}>1,{spread}>={THRESHOLD_CELL})"],
            fill=PatternFill("solid", fgColor="F8CBAD", bgColor="F8CBAD"),
            font=Font(bold=True, color="9C0006"),
        )
        ws.conditional_formatting.add(f"A{HEADER_ROW + 1}:{get_column_letter(c_cons)}{last}", rule)
    else:
        g.put(last + 2, 1, "（本周期尚无评审员）", "说明", measure=False)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)
    g.fit(
        fixed={
            1: 8,
            2: 28,
            **{c: 7 for c in range(c_min, c_cons + 1)},
            **{first_a + i: max(7, min(14, len(n) * 2.2 + 2)) for i, n in enumerate(names)},
        }
    )
    ctx.setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
