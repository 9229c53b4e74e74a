"""分歧详情: for each item whose spread reached the threshold (as the core's Summary flags it),
every assessor's percent, the band each factor sits in, and the reason, one row per assessor."""

from __future__ import annotations

from itertools import zip_longest

from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core.report import ReportInput
from excellence_app.export.xlsx.book import BookContext
from excellence_app.export.xlsx.labels import ROLES

TITLE = "分歧详情"
HEADER_ROW = 3


def wanted(data: ReportInput) -> bool:
    return bool(data.summary.flagged_items)


def write(ws: Worksheet, ctx: BookContext) -> None:
    summary, snap, fw = ctx.data.summary, ctx.data.snapshot, ctx.data.framework
    g = ctx.grid(ws)
    g.title(
        f"{summary.organisation} · {summary.cycle} · 分歧评分项的要素判断与评分理由",
        f"极差不小于分歧阈值（{snap.project.spread_threshold} 个百分点）的评分项：各评审员的评分、"
        "各评价要素所在的分数段和评分理由，供评价组讨论形成共识。",
    )
    # Process and results items name their four factors differently; the columns carry both names.
    process, results = fw.factors_for("process"), fw.factors_for("results")
    factor_heads = [
        "/".join(dict.fromkeys(f.title for f in pair if f is not None))
        for pair in zip_longest(process, results)
    ]
    g.header(HEADER_ROW, ["编号", "评分项", "极差", "评审员", "角色", "评分", *factor_heads, "评分理由"])
    roles = {a.name: ROLES.get(a.role, a.role) for a in snap.team}
    reason_col = 7 + len(factor_heads)
    row = HEADER_ROW
    for item_id in summary.flagged_items:
        item = summary.item(item_id)
        for name, score in snap.scores_for_item(item_id).items():
            row += 1
            g.row(row, [item.id, item.title, item.spread, name, roles.get(name, "")])
            g.put(row, 6, score.percent, "百分比")
            for i, f in enumerate(fw.factors_for(item.kind)):
                band = score.factors.get(f.key)
                g.put(row, 7 + i, fw.bands[band - 1].label if band else "")
            g.put(row, reason_col, score.rationale.strip(), "多行", measure=False)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{ws.cell(HEADER_ROW, reason_col).column_letter}{row}"
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 5)
    g.fit(
        fixed={
            1: 8,
            2: 18,
            3: 6,
            4: 10,
            5: 8,
            6: 7,
            **{7 + i: 10 for i in range(len(factor_heads))},
            reason_col: 60,
        }
    )
    ctx.setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
