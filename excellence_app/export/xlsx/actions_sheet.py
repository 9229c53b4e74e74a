"""改进计划: the action plans raised from the improvement opportunities."""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core.plans import is_overdue
from excellence_app.export.xlsx.book import BookContext
from excellence_app.export.xlsx.labels import ACTION_STATUS

TITLE = "改进计划"
HEADER_ROW = 3
HEADERS = [
    "序号",
    "评分项",
    "改进事项",
    "针对的改进机会",
    "负责人",
    "完成期限",
    "状态",
    "预期效果",
    "提出日期",
    "是否逾期",
]
OVERDUE = "已逾期"


def write(ws: Worksheet, ctx: BookContext) -> None:
    data = ctx.data
    fw, snap = data.framework, data.snapshot
    g = ctx.grid(ws)
    g.title(
        f"{data.summary.organisation} · {data.summary.cycle} · 改进计划",
        f"截至 {data.generated_on:%Y-%m-%d}（导出日）已过完成期限而未完成的改进事项标为“{OVERDUE}”，"
        "整行以红字标出。",
    )
    g.header(HEADER_ROW, HEADERS)
    comments = {c.id: c for c in snap.comments}
    titles = {item.id: item.title for item in fw.items()}
    order = {item_id: i for i, item_id in enumerate(titles)}
    row = HEADER_ROW
    actions = sorted(snap.actions, key=lambda a: (order.get(a.item_id, 10_000), a.id))
    for n, action in enumerate(actions, start=1):
        row += 1
        source = comments.get(action.comment_id) if action.comment_id is not None else None
        g.put(row, 1, n)
        g.put(row, 2, f"{action.item_id} {titles.get(action.item_id, '')}".strip(), "多行")
        g.put(row, 3, action.title, "多行", measure=False)
        g.put(row, 4, source.text if source else "", "多行", measure=False)
        g.put(row, 5, action.owner)
        g.put(row, 6, action.due, "日期")
        g.put(row, 7, ACTION_STATUS.get(action.status, action.status))
        g.put(row, 8, action.expected_effect, "多行", measure=False)
        g.put(row, 9, action.created_at.date(), "日期")
        g.put(row, 10, OVERDUE if is_overdue(action, data.generated_on) else "")
    if row == HEADER_ROW:
        g.put(row + 1, 1, "（尚无改进计划）", "说明", measure=False)
    else:
        overdue = f'$J{HEADER_ROW + 1}="{OVERDUE}"'
        ws.conditional_formatting.add(
            f"A{HEADER_ROW + 1}:J{row}", FormulaRule(formula=[overdue], font=Font(color="C00000"))
        )
        ws.auto_filter.ref = f"A{HEADER_ROW}:J{row}"
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    g.fit(maximum=20, fixed={1: 6, 2: 18, 3: 28, 4: 28, 6: 11, 8: 24, 9: 11, 10: 9})
    ctx.setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
