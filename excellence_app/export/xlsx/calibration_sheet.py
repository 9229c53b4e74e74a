"""培训校准: each trainee's percents against the team's consensus (the reference), item by item,
the deviation per trainee, and the items the class disagrees on most. All from core.calibration."""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter as letter
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core import analyses
from excellence_app.core.calibration import Calibration
from excellence_app.core.report import ReportInput
from excellence_app.export.xlsx.book import BookContext
from excellence_app.export.xlsx.cells import Grid

TITLE = "培训校准"
THRESHOLD_CELL = "$C$3"
DEVIATION = "+0;-0;0"
DISPUTED = 5


def wanted(data: ReportInput) -> bool:
    return analyses.has_calibration(data)


def write(ws: Worksheet, ctx: BookContext) -> None:
    cal = analyses.calibration(ctx.data)
    if cal is None:
        return
    g = ctx.grid(ws)
    g.title(
        f"{ctx.data.summary.organisation} · {ctx.data.summary.cycle} · 培训校准",
        "参考分为评价组的共识得分率；偏差 = 学员评分 − 参考分，正数表示偏高，负数表示偏低。"
        "与参考分相差不小于分歧阈值的偏差以红色标出；改动阈值，标记随之更新。",
    )
    g.put(3, 2, "分歧阈值", "说明", measure=False)
    g.put(3, 3, ctx.data.snapshot.project.spread_threshold, "百分比", measure=False)
    row = _trainees(g, cal, 5)
    row = _items(g, ctx, cal, row + 2)
    _disputed(g, ctx, cal, row + 2)
    names = len(cal.trainees)
    g.fit(fixed={1: 8, 2: 28, 3: 10, **{c: 10 for c in range(4, 4 + 2 * names + 3)}})
    ctx.setup(ws, None)


def _trainees(g: Grid, cal: Calibration, row: int) -> int:
    g.put(row, 1, "一、各学员的总体偏差", "小节", measure=False)
    g.header(row + 1, ["序号", "学员", "已评分项", "平均绝对偏差", "平均偏差", "总体倾向"])
    row += 1
    for n, t in enumerate(cal.trainees, start=1):
        row += 1
        if t.bias is None:
            lean = "尚未评分"
        else:
            lean = "偏高" if t.bias > 0 else "偏低" if t.bias < 0 else "无明显偏向"
        g.row(row, [n, t.name, t.items_scored])
        g.put(row, 4, t.mean_abs_deviation, "数值2")
        g.put(row, 5, t.bias, "数值2").number_format = "+0.00;-0.00;0.00"
        g.put(row, 6, lean)
    row += 1
    g.row(row, ["", "全班", ""], "合计")
    g.put(row, 4, cal.mean_abs_deviation, "合计得分")
    g.put(row, 5, None, "合计")
    g.put(row, 6, None, "合计")
    return row


def _items(g: Grid, ctx: BookContext, cal: Calibration, row: int) -> int:
    names = [t.name for t in cal.trainees]
    titles = {i.id: i.title for i in ctx.data.framework.items()}
    g.put(row, 1, "二、逐项对照", "小节", measure=False)
    heads = [h for name in names for h in (name, "偏差")]
    g.header(row + 1, ["编号", "评分项", "参考分", *heads, "全班平均", "全班极差", "平均绝对偏差"])
    first = row + 2
    row = first - 1
    after = 4 + 2 * len(names)
    for item in cal.items:
        row += 1
        g.row(row, [item.item_id, titles.get(item.item_id, "")])
        g.put(row, 3, item.reference, "百分比")
        for i, name in enumerate(names):
            g.put(row, 4 + 2 * i, item.percents.get(name), "百分比")
            g.put(row, 5 + 2 * i, item.deviations.get(name)).number_format = DEVIATION
        g.put(row, after, item.class_mean, "数值2")
        g.put(row, after + 1, item.class_spread)
        g.put(row, after + 2, item.mean_abs_deviation, "数值2")
    fill = PatternFill("solid", fgColor="F8CBAD", bgColor="F8CBAD")
    for i in range(len(names) if row >= first else 0):
        col = letter(5 + 2 * i)
        far = f"AND(ISNUMBER({col}{first}),ABS({col}{first})>={THRESHOLD_CELL})"
        rule = FormulaRule(formula=[far], fill=fill, font=Font(bold=True, color="9C0006"))
        g.ws.conditional_formatting.add(f"{col}{first}:{col}{row}", rule)
    return row


def _disputed(g: Grid, ctx: BookContext, cal: Calibration, row: int) -> None:
    titles = {i.id: i.title for i in ctx.data.framework.items()}
    g.put(row, 1, "三、全班分歧最大的评分项", "小节", measure=False)
    g.header(row + 1, ["编号", "评分项", "参考分", "全班平均", "全班极差", "平均绝对偏差"])
    row += 1
    for item in cal.most_disputed(DISPUTED):
        row += 1
        g.row(row, [item.item_id, titles.get(item.item_id, "")])
        g.put(row, 3, item.reference, "百分比")
        g.put(row, 4, item.class_mean, "数值2")
        g.put(row, 5, item.class_spread)
        g.put(row, 6, item.mean_abs_deviation, "数值2")
