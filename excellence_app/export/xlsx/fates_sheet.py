"""改进机会落实: what became of each improvement opportunity the team raised in the cycle before,
with the action plans raised from it. The verdicts are core.compare's."""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core import analyses
from excellence_app.core.plans import is_overdue
from excellence_app.core.report import ReportInput
from excellence_app.core.snapshots import ActionPlan
from excellence_app.export.xlsx.book import BookContext
from excellence_app.export.xlsx.labels import ACTION_STATUS, SIGNIFICANCE

TITLE = "改进机会落实"
HEADER_ROW = 5
HEADERS = ["序号", "评分项", "上期改进机会", "重要程度", "落实情况", "本期再次提出的改进机会", "相关改进计划"]
TONES = {"closed": "38761D", "open": "C00000", "re-raised": "B45F06"}
OVERDUE = "已逾期"


def wanted(data: ReportInput) -> bool:
    return analyses.has_previous(data)


def write(ws: Worksheet, ctx: BookContext) -> None:
    cmp = ctx.comparison
    if cmp is None:
        return
    g = ctx.grid(ws)
    titles = {i.id: i.title for i in ctx.data.framework.items()}
    g.title(
        f"{ctx.data.summary.organisation} · {cmp.old_cycle}改进机会的落实情况",
        f"{cmp.old_cycle}评价组提出的改进机会：在{cmp.new_cycle}再次提出的为“再次提出”，其余的"
        "改进计划已完成的为“已关闭”，否则为“仍未解决”。改进计划的状态截至"
        f" {ctx.data.generated_on:%Y-%m-%d}。",
    )
    counts = "　".join(f"{analyses.FATES[key]} {n} 项" for key, n in cmp.fate_counts.items())
    g.put(3, 1, f"共 {len(cmp.fates)} 项：{counts}", "说明", measure=False)
    g.header(HEADER_ROW, HEADERS)
    row = HEADER_ROW
    for n, fate in enumerate(cmp.fates, start=1):
        row += 1
        ofi = fate.ofi
        g.row(row, [n, f"{ofi.item_id} {titles.get(ofi.item_id, '')}".strip()])
        g.put(row, 3, ofi.text, "多行", measure=False)
        g.put(row, 4, SIGNIFICANCE.get(ofi.significance, ofi.significance))
        g.put(row, 5, analyses.FATES.get(fate.fate, fate.fate), measure=False)
        again = fate.raised_again_as.text if fate.raised_again_as is not None else ""
        g.put(row, 6, again, "多行", measure=False)
        lines = "\n".join(_action_line(a, ctx) for a in fate.actions) or "未制定改进计划"
        g.put(row, 7, lines, "多行", measure=False)
    if row == HEADER_ROW:
        g.put(row + 1, 1, f"（{cmp.old_cycle}没有登记评价组的改进机会）", "说明", measure=False)
    else:
        for key, colour in TONES.items():
            rule = FormulaRule(
                formula=[f'$E{HEADER_ROW + 1}="{analyses.FATES[key]}"'], font=Font(bold=True, color=colour)
            )
            ws.conditional_formatting.add(f"E{HEADER_ROW + 1}:E{row}", rule)
        ws.auto_filter.ref = f"A{HEADER_ROW}:G{row}"
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    g.fit(fixed={1: 6, 2: 20, 3: 36, 4: 9, 5: 24, 6: 30, 7: 40})
    ctx.setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")


def _action_line(a: ActionPlan, ctx: BookContext) -> str:
    status = OVERDUE if is_overdue(a, ctx.data.generated_on) else ACTION_STATUS.get(a.status, a.status)
    facts = [a.owner, f"{a.due:%Y-%m-%d}" if a.due else "", status]
    return f"{a.title}（{'，'.join(f for f in facts if f)}）"
