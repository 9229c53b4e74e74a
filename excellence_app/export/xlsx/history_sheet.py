"""年度对比: this cycle beside the one before it, and the totals of every cycle, with charts.

Last cycle's figures are core.compare's; this cycle's scores point at '评分汇总', so a consensus
typed in there moves the comparison too, and the change is the same rounded difference the core
takes.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core import analyses
from excellence_app.core.compare import CycleComparison
from excellence_app.core.report import ReportInput
from excellence_app.export.xlsx.book import BookContext
from excellence_app.export.xlsx.cells import Formula, Grid, chart_title
from excellence_app.export.xlsx.results_sheet import ROWS_PER_PAGE

TITLE = "年度对比"
CHANGE = "+0.00;-0.00;0.00"
GOOD, BAD = "38761D", "C00000"
CHART_ROWS = 13  # rows of the default height a chart and its gap take
CHART_H = 6.0  # cm
WIDTHS = {1: 8, 2: 30, 3: 7, 4: 13, 5: 13, 6: 10, 7: 10, 8: 9}


def wanted(data: ReportInput) -> bool:
    return analyses.has_previous(data)


def write(ws: Worksheet, ctx: BookContext) -> None:
    cmp = ctx.comparison
    if cmp is None:
        return
    g = ctx.grid(ws)
    g.title(
        f"{ctx.data.summary.organisation} · {cmp.new_cycle}与{cmp.old_cycle}对比",
        f"上期数值取自{cmp.old_cycle}；本期得分链接“评分汇总”工作表。变化 = 本期 − 上期，"
        "绿色为提高，红色为下降。",
    )
    change_cells: list[str] = []
    row, cat_first, cat_last = _categories(g, ctx, cmp, 4, change_cells)
    row, totals_first, totals_last = _totals(g, ctx, row + 2)
    charts_row = row + 2
    if charts_row + CHART_ROWS - 1 > ROWS_PER_PAGE:  # never cut a chart in two
        _page_break(ws, charts_row)
    row = _items(g, ctx, cmp, charts_row + CHART_ROWS, change_cells)
    _page_break(ws, charts_row + CHART_ROWS)  # the items' table starts a page of its own
    for cells in change_cells:
        ws.conditional_formatting.add(
            cells, CellIsRule(operator="greaterThan", formula=["0"], font=Font(color=GOOD))
        )
        ws.conditional_formatting.add(
            cells, CellIsRule(operator="lessThan", formula=["0"], font=Font(color=BAD))
        )
    g.fit(fixed=WIDTHS)
    # One row down, so no edge of a chart shows above a page break.
    ws.add_chart(_totals_chart(ws, totals_first, totals_last), f"A{charts_row + 1}")
    ws.add_chart(_category_chart(ws, cmp, cat_first, cat_last), f"D{charts_row + 1}")
    ctx.setup(ws, None)


def _page_break(ws: Worksheet, row: int) -> None:
    ws.row_breaks.append(Break(id=row - 1))  # the break falls below row - 1


def _change(g: Grid, row: int, old_col: int, style: str = "得分") -> None:
    """In the column after the new value: new − old, rounded as the core rounds it."""
    old, new = f"{letter(old_col)}{row}", f"{letter(old_col + 1)}{row}"
    g.put(row, old_col + 2, Formula(f"=ROUND({new}-{old},2)"), style).number_format = CHANGE


def _categories(
    g: Grid, ctx: BookContext, cmp: CycleComparison, row: int, changes: list[str]
) -> tuple[int, int, int]:
    g.put(row, 1, "一、总分与各类目得分", "小节", measure=False)
    g.header(row + 1, ["编号", "类目", "分值", cmp.old_cycle, cmp.new_cycle, "变化"])
    first = row + 2
    row = first
    for c in cmp.categories:
        g.row(row, [c.id, c.title, c.points])
        g.put(row, 4, c.old_score, "得分")
        g.put(row, 5, ctx.linked(f"category:{c.id}", c.new_score), "得分")
        _change(g, row, 4)
        row += 1
    g.row(row, ["", "总分", ctx.data.summary.total_max], "合计")
    g.put(row, 4, cmp.old_total, "合计得分")
    g.put(row, 5, ctx.linked("total", cmp.new_total), "合计得分")
    _change(g, row, 4, "合计得分")
    changes.append(f"F{first}:F{row}")
    return row, first, row - 1


def _totals(g: Grid, ctx: BookContext, row: int) -> tuple[int, int, int]:
    g.put(row, 1, "二、历次评价总分", "小节", measure=False)
    g.header(row + 1, ["序号", "评价周期", "总分"])
    first = row + 2
    here = ctx.data.snapshot.cycle.id
    for n, h in enumerate(ctx.data.history, start=1):
        row = first + n - 1
        total = ctx.linked("total", h.summary.total) if h.snapshot.cycle.id == here else h.summary.total
        g.row(row, [n, h.snapshot.cycle.name])
        g.put(row, 3, total, "得分")
    return row, first, row


def _items(g: Grid, ctx: BookContext, cmp: CycleComparison, row: int, changes: list[str]) -> int:
    g.put(row, 1, "三、各评分项得分", "小节", measure=False)
    g.header(row + 1, ["编号", "评分项", "分值", "上期得分率", "本期得分率", "上期得分", "本期得分", "变化"])
    first = row + 2
    row = first
    for c in cmp.items:
        g.row(row, [c.id, c.title, c.points])
        g.put(row, 4, c.old_percent, "百分比")
        g.put(row, 5, ctx.linked(f"percent:{c.id}", c.new_percent), "百分比")
        g.put(row, 6, c.old_score, "得分")
        g.put(row, 7, ctx.linked(f"item:{c.id}", c.new_score), "得分")
        _change(g, row, 6)
        row += 1
    changes.append(f"H{first}:H{row - 1}")
    g.put(
        row,
        1,
        "本期得分率为“评分汇总”中采用的百分比：尚未形成共识的评分项暂按评审员评分的中位数。",
        "说明",
        measure=False,
    )
    return row


def _totals_chart(ws: Worksheet, first: int, last: int) -> BarChart | LineChart:
    """Bars for two cycles, a line for more: the same choice as the report's figure."""
    chart: BarChart | LineChart
    if last - first < 2:
        chart = BarChart()
        chart.type = "col"
    else:
        chart = LineChart()
    chart.title = chart_title("历次评价总分")
    chart.add_data(Reference(ws, min_col=3, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
    series = chart.series[0]
    if isinstance(chart, LineChart):
        series.smooth = False
        series.marker.symbol = "circle"
        series.graphicalProperties.line.solidFill = "1F4E79"
    else:
        series.graphicalProperties.solidFill = "1F4E79"
    chart.y_axis.scaling.min = 0
    chart.y_axis.title = "分"
    chart.y_axis.number_format = "0"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.width, chart.height = 8.6, CHART_H
    return chart


def _category_chart(ws: Worksheet, cmp: CycleComparison, first: int, last: int) -> BarChart:
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = chart_title("各类目得分对比")
    chart.add_data(
        Reference(ws, min_col=4, max_col=5, min_row=first - 1, max_row=last), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.series[0].graphicalProperties.solidFill = "1F4E79"
    chart.series[1].graphicalProperties.solidFill = "C55A11"
    chart.y_axis.scaling.min = 0
    chart.y_axis.title = "分"
    chart.y_axis.number_format = "0"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.width, chart.height = 10.0, CHART_H
    return chart
