"""结果指标: each results item's indicators with periods as columns, and a line chart each.

The charts are numbered 图4.7.2-1 … like the figures in the PDF, so a reader can match them.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.chart import LineChart, Series
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core.snapshots import Indicator
from excellence_app.core.summary import analyse_indicator, figure_labels
from excellence_app.export.xlsx.book import BookContext
from excellence_app.export.xlsx.cells import Formula, Grid, chart_title
from excellence_app.export.xlsx.charts import ChartCopier, ChartTexts
from excellence_app.export.xlsx.labels import BETTER, COMPARISON, DIRECTION

TITLE = "结果指标"
FIRST_VALUE_COL = 6
CHART_W, CHART_H = 12.5, 7.0  # cm
CHART_ROWS = 16  # rows of the default height a chart and its gap take
ROWS_PER_PAGE = 32  # rows of the default height on an A4 landscape page printed at full size
NUMBER_STYLES = ("数值", "数值1", "数值2", "数值3")  # by decimal places
COLOURS = ("1F4E79", "C55A11", "548235", "7F6000", "7030A0", "2E75B6")
# The charts' XML by shape, kept while the program runs: a shape's XML never changes, and
# building one with openpyxl takes as long as a hundred copies (see charts.py).
_CHARTS = ChartCopier(CHART_W, CHART_H)


@dataclass(frozen=True)
class _Plot:
    label: str
    indicator: Indicator
    header_row: int
    series_rows: tuple[tuple[int, str], ...]  # (row, legend name)
    target_row: int | None
    periods: int


def write(ws: Worksheet, ctx: BookContext) -> None:
    data = ctx.data
    fw, snap = data.framework, data.snapshot
    g = ctx.grid(ws)
    g.title(
        f"{data.summary.organisation} · {data.summary.cycle} · 结果指标",
        "每个指标一张折线图，图号与申报材料中的图号一致；虚线为目标值。",
    )
    labels = figure_labels(snap)
    row = page_top = 4
    pending: list[tuple[int, list[_Plot]]] = []  # (top row, the two charts side by side there)
    for item in (i for i in fw.items() if i.kind == "results"):
        if row > 4:  # each results item starts a printed page
            page_top = _page_break(ws, row)
        g.put(row, 1, f"{item.id} {item.title}（{item.points} 分）", "小节", measure=False)
        row += 1
        indicators = snap.indicators_for(item.id)
        if not indicators:
            g.put(row, 1, "（尚无指标数据）", "说明", measure=False)
            row += 2
            continue
        plots: list[_Plot] = []
        for ind in indicators:
            plot, row = _indicator_table(g, row, ind, labels.get(ind.id, ""))
            plots.append(plot)
        for pair in range(0, len(plots), 2):
            if row + CHART_ROWS - page_top > ROWS_PER_PAGE:  # never cut a chart in two
                page_top = _page_break(ws, row)
            pending.append((row, plots[pair : pair + 2]))
            row += CHART_ROWS
        row += 1
    g.fit(minimum=8, maximum=28, fixed={1: 11, 2: 24})
    right_col = _column_at(ws, CHART_W + 0.6)
    for top, pair in pending:
        for col, plot in zip((1, right_col), pair, strict=False):
            texts, target = _chart_texts(ws, plot), plot.target_row is not None
            chart = _CHARTS.chart(texts, target, lambda t: _chart(t, target))  # noqa: B023 (called at once)
            # One row down, so no edge of the chart shows above a page break.
            ws.add_chart(chart, f"{get_column_letter(col)}{top + 1}")
    ctx.setup(ws, None)


def _page_break(ws: Worksheet, row: int) -> int:
    ws.row_breaks.append(Break(id=row - 1))  # the break falls below row - 1
    return row


def _indicator_table(g: Grid, row: int, ind: Indicator, label: str) -> tuple[_Plot, int]:
    analysis = analyse_indicator(ind)
    periods = sorted({p.period for p in ind.values} | {p.period for c in ind.comparisons for p in c.values})
    after = FIRST_VALUE_COL + len(periods)
    g.header(
        row, ["图号", "指标 / 对比对象", "单位", "改进方向", "目标", *periods, "趋势", "目标达成", "数据来源"]
    )
    header_row = row
    row += 1
    number = _number_style(ind)
    g.row(row, [label, ind.name, ind.unit, BETTER.get(ind.better, ind.better)])
    g.put(row, 5, ind.target, number)
    _values(g, row, periods, {p.period: p.value for p in ind.values}, number)
    trend = DIRECTION.get(analysis.direction or "", "数据不足")
    met = "—" if analysis.target_met is None else ("已达成" if analysis.target_met else "未达成")
    g.row(row, [trend, met, ""], first_col=after)
    own_row = row
    series = [(row, ind.name)]
    for comp in ind.comparisons:
        row += 1
        g.row(row, [COMPARISON.get(comp.kind, comp.kind), comp.name, "", "", None])
        _values(g, row, periods, {p.period: p.value for p in comp.values}, number)
        g.row(row, ["", "", comp.source], first_col=after)
        series.append((row, comp.name))
    target_row = None
    if ind.target is not None and periods:
        row += 1
        target_row = row
        g.row(row, ["目标线", "目标值", "", "", None], "说明")
        for i in range(len(periods)):
            g.put(row, FIRST_VALUE_COL + i, Formula(f"=$E${own_row}"), "说明", measure=False)
    if analysis.gaps:
        row += 1
        g.put(row, 1, "分析", "说明", measure=False)
        g.note(row, 2, "；".join(gap.zh for gap in analysis.gaps))
    plot = _Plot(label, ind, header_row, tuple(series), target_row, len(periods))
    return plot, row + 2


def _values(g: Grid, row: int, periods: list[str], values: dict[str, float], style: str) -> None:
    for i, period in enumerate(periods):
        g.put(row, FIRST_VALUE_COL + i, values.get(period), style)


def _number_style(ind: Indicator) -> str:
    """One number format for an indicator's table: as many decimals as its data carry (up to 3)."""
    numbers = [p.value for p in ind.values] + [p.value for c in ind.comparisons for p in c.values]
    if ind.target is not None:
        numbers.append(ind.target)
    places = max((len(f"{v:.10g}".partition(".")[2]) for v in numbers), default=0)
    return NUMBER_STYLES[min(places, len(NUMBER_STYLES) - 1)]


def _chart_texts(ws: Worksheet, plot: _Plot) -> ChartTexts:
    """The chart's title, axis title and ranges: all that differs between charts of one shape."""
    name = plot.indicator.name + (f"（{plot.indicator.unit}）" if plot.indicator.unit else "")
    last_col = FIRST_VALUE_COL + max(plot.periods, 1) - 1

    def cells(row: int) -> str:  # as str(Reference(ws, …)) writes it
        if last_col == FIRST_VALUE_COL:
            return f"{sheet}!${first}${row}"
        return f"{sheet}!${first}${row}:${last}${row}"

    sheet = quote_sheetname(ws.title)
    first, last = get_column_letter(FIRST_VALUE_COL), get_column_letter(last_col)

    rows = list(plot.series_rows)
    if plot.target_row is not None:
        rows.append((plot.target_row, "目标"))
    return ChartTexts(
        title=f"{plot.label} {name}".strip(),
        axis_title=plot.indicator.unit,
        categories=cells(plot.header_row),
        series=tuple((cells(row), title) for row, title in rows),
    )


def _chart(texts: ChartTexts, has_target: bool) -> LineChart:
    """The line chart, built by openpyxl; the last series is the dashed target line if ``has_target``."""
    chart = LineChart()
    chart.title = chart_title(texts.title)
    chart.width, chart.height = CHART_W, CHART_H
    last = len(texts.series) - 1
    for n, (values, title) in enumerate(texts.series):
        s = Series(values, title=title)
        s.smooth = False
        colour = COLOURS[n % len(COLOURS)]
        s.graphicalProperties.line.solidFill = colour
        s.graphicalProperties.line.width = 22_000
        if has_target and n == last:
            s.graphicalProperties.line.solidFill = "A6A6A6"
            s.graphicalProperties.line.dashStyle = "dash"
        else:
            s.marker.symbol = "circle"
            s.marker.size = 5
            s.marker.graphicalProperties.solidFill = colour
            s.marker.graphicalProperties.line.solidFill = colour
        chart.series.append(s)
    chart.set_categories(texts.categories)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.title = texts.axis_title or None
    chart.legend.position = "b"
    return chart


def _column_at(ws: Worksheet, cm: float) -> int:
    """The first column starting at least ``cm`` from the sheet's left edge."""
    left, col = 0.0, 1
    while left < cm and col < 200:
        width = ws.column_dimensions[get_column_letter(col)].width or 8.43
        left += (width * 7 + 5) / 96 * 2.54
        col += 1
    return col
