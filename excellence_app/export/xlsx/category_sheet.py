"""类目汇总: each category's score against its maximum, with a radar and a bar chart."""

from __future__ import annotations

from openpyxl.chart import BarChart, RadarChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.export.xlsx.book import BookContext
from excellence_app.export.xlsx.cells import Formula, chart_title

TITLE = "类目汇总"
HEADER_ROW = 3


def write(ws: Worksheet, ctx: BookContext) -> None:
    summary = ctx.data.summary
    g = ctx.grid(ws)
    g.title(
        f"{summary.organisation} · {summary.cycle} · 类目汇总",
        "得分取自“评分汇总”工作表；得分率 = 得分 ÷ 分值。",
    )
    g.header(HEADER_ROW, ["编号", "类目", "分值", "得分", "得分率（%）", "未得分"])
    first = HEADER_ROW + 1
    row = first
    for category in summary.categories:
        g.row(row, [category.id, category.title, category.points])
        g.put(row, 4, ctx.linked(f"category:{category.id}", category.score), "得分")
        g.put(row, 5, Formula(f"=ROUND(D{row}/C{row}*100,1)"), "比率")
        g.put(row, 6, Formula(f"=C{row}-D{row}"), "得分")
        row += 1
    last = row - 1
    g.put(row, 2, "合计", "合计")
    g.put(row, 3, Formula(f"=SUM(C{first}:C{last})"), "合计")
    g.put(row, 4, ctx.linked("total", summary.total), "合计得分")
    g.put(row, 5, Formula(f"=ROUND(D{row}/C{row}*100,1)"), "合计得分")
    g.put(row, 6, Formula(f"=C{row}-D{row}"), "合计得分")
    g.put(row, 1, None, "合计")
    ws.freeze_panes = ws.cell(first, 1)
    g.fit(fixed={1: 7, 2: 22, 3: 7, 4: 9, 5: 11, 6: 9})

    labels = Reference(ws, min_col=2, min_row=first, max_row=last)
    radar = RadarChart()
    radar.type = "marker"
    radar.title = chart_title("各类目得分率（%）")
    radar.style = 26
    radar.add_data(Reference(ws, min_col=5, min_row=HEADER_ROW, max_row=last), titles_from_data=True)
    radar.set_categories(labels)
    radar.y_axis.scaling.min = 0
    radar.y_axis.scaling.max = 100
    radar.y_axis.number_format = "0"
    radar.y_axis.delete = False
    radar.x_axis.delete = False
    radar.legend = None
    radar.width, radar.height = 14, 9
    ws.add_chart(radar, "H3")

    bars = BarChart()
    bars.type = "bar"
    bars.grouping = "clustered"
    bars.overlap = 100
    bars.title = chart_title("各类目得分与分值")
    bars.add_data(
        Reference(ws, min_col=3, max_col=4, min_row=HEADER_ROW, max_row=last), titles_from_data=True
    )
    bars.set_categories(labels)
    bars.x_axis.scaling.orientation = "maxMin"  # the first category on top, as in the table
    bars.y_axis.crosses = "max"  # keeps the value axis below the bars
    bars.x_axis.delete = False
    bars.y_axis.delete = False
    bars.y_axis.title = "分"
    bars.legend.position = "b"
    bars.width, bars.height = 14, 9
    bars.series[0].graphicalProperties.solidFill = "D9D9D9"
    bars.series[1].graphicalProperties.solidFill = "1F4E79"
    ws.add_chart(bars, "H22")
    ctx.setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
