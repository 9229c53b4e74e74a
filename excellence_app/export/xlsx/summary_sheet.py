"""评分汇总: one row per item with live score formulas, category subtotals and the total.

The percentages come from the core's Summary; Excel only multiplies and adds, so after
recalculation every score equals the app's. Where the team has not agreed yet, the
"采用" column holds the Summary's provisional percent and the status says 暂定.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as letter
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core.framework import Band
from excellence_app.core.summary import ItemSummary
from excellence_app.export.xlsx.book import BookContext, absolute
from excellence_app.export.xlsx.cells import Formula, Grid
from excellence_app.export.xlsx.labels import KIND, band_lookup

TITLE = "评分汇总"
HEADER_ROW = 3
FIRST_ASSESSOR_COL = 5  # after 编号, 评分项, 分值, 类型
AGREED, PROVISIONAL, UNSCORED = "共识", "暂定", "未评分"
NOTE = (
    "得分 = 采用百分比 × 分值。状态为“暂定”的评分项尚未形成共识，暂按各评审员百分比的中位数"
    "（向下取到 5 的倍数）计分；在“共识”列填入百分比，得分和总分随之更新。"
)


@dataclass(frozen=True)
class _Cols:
    """The columns after the assessors' ones, whose number varies."""

    consensus: int

    @property
    def used(self) -> int:
        return self.consensus + 1

    @property
    def status(self) -> int:
        return self.consensus + 2

    @property
    def score(self) -> int:
        return self.consensus + 3

    @property
    def band(self) -> int:
        return self.consensus + 4


def write(ws: Worksheet, ctx: BookContext) -> None:
    data = ctx.data
    fw, summary = data.framework, data.summary
    g = ctx.grid(ws)
    names = [a.name for a in data.snapshot.team]
    cols = _Cols(FIRST_ASSESSOR_COL + len(names))
    sc = letter(cols.score)
    g.title(
        f"{summary.organisation} · {summary.cycle} · 评分汇总",
        f"{fw.title}；生成于 {data.generated_on:%Y-%m-%d}。{NOTE}",
    )
    g.header(HEADER_ROW, ["编号", "评分项", "分值", "类型", *names, "共识", "采用", "状态", "得分", "分数段"])

    row = HEADER_ROW + 1
    category_rows: list[int] = []
    for category in summary.categories:
        items = [i for i in summary.items if i.category == category.id]
        category_rows.append(row)
        g.row(row, [category.id, category.title, category.points], "类目")
        for c in range(4, cols.band + 1):
            g.put(row, c, None, "类目")
        g.put(row, cols.score, Formula(f"=ROUND(SUM({sc}{row + 1}:{sc}{row + len(items)}),2)"), "类目得分")
        ctx.refs[f"category:{category.id}"] = absolute(ws, f"{sc}{row}")
        for item in items:
            row += 1
            _item_row(g, row, item, names, cols, fw.bands)
            ctx.refs[f"item:{item.id}"] = absolute(ws, f"{sc}{row}")
            ctx.refs[f"percent:{item.id}"] = absolute(ws, f"{letter(cols.used)}{row}")
        row += 1
    first, last = HEADER_ROW + 1, row - 1

    row += 1
    kinds = f"$D${first}:$D${last}"
    scores = f"${sc}${first}:${sc}${last}"
    parts = (
        ("过程类评分项得分", "process", summary.process_max),
        ("结果类评分项得分", "results", summary.results_max),
    )
    for label, key, most in parts:
        g.put(row, 2, label, "合计")
        g.put(row, 3, most, "合计")
        g.put(row, cols.score, Formula(f'=ROUND(SUMIF({kinds},"{KIND[key]}",{scores}),2)'), "合计得分")
        ctx.refs[key] = absolute(ws, f"{sc}{row}")
        row += 1
    g.put(row, 2, "总分", "合计")
    g.put(row, 3, summary.total_max, "合计")
    subtotals = ",".join(f"{sc}{r}" for r in category_rows)
    g.put(row, cols.score, Formula(f"=ROUND(SUM({subtotals}),2)"), "合计得分")
    # The same sum as the core: total ÷ total points × 100, then the band it falls in.
    g.put(row, cols.band, Formula(f"={band_lookup(f'{sc}{row}/C{row}*100', fw.bands)}"), "合计")
    ctx.refs["total"] = absolute(ws, f"{sc}{row}")

    status = f"${letter(cols.status)}{first}"
    ws.conditional_formatting.add(
        f"{letter(cols.used)}{first}:{letter(cols.status)}{last}",
        FormulaRule(formula=[f'{status}="{PROVISIONAL}"'], font=Font(italic=True, color="C55A11")),
    )
    ws.freeze_panes = ws.cell(first, 3)
    widths = {
        1: 8,
        2: 30,
        3: 6,
        4: 6,
        cols.consensus: 7,
        cols.used: 7,
        cols.status: 8,
        cols.score: 9,
        cols.band: 11,
    }
    for i, name in enumerate(names):
        widths[FIRST_ASSESSOR_COL + i] = max(7, min(14, len(name) * 2.2 + 2))
    g.fit(fixed=widths)
    ctx.setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")


def _item_row(
    g: Grid, row: int, item: ItemSummary, names: list[str], cols: _Cols, bands: tuple[Band, ...]
) -> None:
    g.row(row, [item.id, item.title, item.points, KIND.get(item.kind, item.kind)])
    for i, name in enumerate(names):
        g.put(row, FIRST_ASSESSOR_COL + i, item.assessor_percents.get(name), "百分比", measure=False)
    g.put(row, cols.consensus, item.consensus_percent, "百分比", measure=False)
    cons, used = f"{letter(cols.consensus)}{row}", f"{letter(cols.used)}{row}"
    # Without a consensus Excel uses the core's provisional percent, so a consensus typed in
    # later, or one deleted, still gives the score the app would give.
    provisional = item.median_percent
    fallback = '""' if provisional is None else provisional
    g.put(row, cols.used, Formula(f'=IF({cons}="",{fallback},{cons})'), "百分比")
    g.put(row, cols.status, Formula(f'=IF({cons}<>"","{AGREED}",IF({used}="","{UNSCORED}","{PROVISIONAL}"))'))
    g.put(row, cols.score, Formula(f'=IF({used}="",0,{used}*C{row}/100)'), "得分")
    g.put(row, cols.band, Formula(f'=IF({used}="","",{band_lookup(used, bands)})'))
