"""历年对比: this cycle beside the one before it, the totals of every cycle, and what became of
last cycle's improvement opportunities. The numbers are core.compare's."""

from __future__ import annotations

from reportlab.platypus import Flowable

from excellence_app.core import analyses
from excellence_app.core.compare import CycleComparison, OfiFate
from excellence_app.core.plans import is_overdue
from excellence_app.core.snapshots import ActionPlan
from excellence_app.export.package_text import sub_numeral
from excellence_app.export.pdf import report_parts as parts
from excellence_app.export.pdf.charts import score_chart
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.report_marks import DASH, change_style, number, percent, signed, tone_style
from excellence_app.export.pdf.tables import data_table

CYCLES = Where("评价周期名称", "a cycle name")
FATE_TONES = {"closed": "good", "open": "bad", "re-raised": "warn"}


def history_part(ctx: BuildContext) -> list[Flowable]:
    cmp = analyses.comparison(ctx.data)
    if cmp is None:  # the section is only chosen when there is an earlier cycle
        return []
    s = ctx.styles
    out: list[Flowable] = [
        ctx.para(
            f"本部分将{cmp.new_cycle}与上一评价周期{cmp.old_cycle}逐项对比。总分由 {number(cmp.old_total)} 分"
            f"变为 {number(cmp.new_total)} 分（{signed(cmp.delta)}）。变化栏中绿色为提高，红色为下降。",
            s.body,
            CYCLES,
        )
    ]
    out += parts.sub_heading(ctx, f"{sub_numeral(1)}总分与各类目得分")
    out.append(_category_table(ctx, cmp))
    out.append(_totals_chart(ctx))
    labels = [c.id for c in cmp.categories]
    bars = score_chart(
        ctx,
        labels,
        [
            (cmp.old_cycle, [c.old_score for c in cmp.categories]),
            (cmp.new_cycle, [c.new_score for c in cmp.categories]),
        ],
        "分",
        CYCLES,
        bars=True,
    )
    out.append(parts.figure(ctx, bars, "各类目得分对比"))
    out += parts.sub_heading(ctx, f"{sub_numeral(2)}各评分项得分")
    out += _item_table(ctx, cmp)
    out += parts.sub_heading(ctx, f"{sub_numeral(3)}上一周期改进机会的落实情况")
    out += _fates(ctx, cmp)
    return out


def _category_table(ctx: BuildContext, cmp: CycleComparison) -> Flowable:
    s = ctx.styles
    rows: list[list[Flowable]] = [
        [ctx.para(t, s.cell_head, CYCLES) for t in ("类目", "分值", cmp.old_cycle, cmp.new_cycle, "变化")]
    ]
    lines = [(f"{c.id} {c.title}", c.points, c.old_score, c.new_score, c.delta) for c in cmp.categories]
    lines.append(("总分", ctx.summary.total_max, cmp.old_total, cmp.new_total, cmp.delta))
    for label, points, old, new, delta in lines:
        rows.append(
            [
                ctx.para(label, s.cell_head if label == "总分" else s.cell, parts.NONE),
                ctx.para(str(points), s.cell_right, parts.NONE),
                ctx.para(number(old), s.cell_right, parts.NONE),
                ctx.para(number(new), s.cell_right, parts.NONE),
                ctx.para(signed(delta), change_style(ctx, delta), parts.NONE),
            ]
        )
    return data_table(rows, [170, 55, 85, 85, 60], zebra=True)


def _totals_chart(ctx: BuildContext) -> Flowable:
    names = [h.snapshot.cycle.name for h in ctx.data.history]
    totals = [h.summary.total for h in ctx.data.history]
    chart = score_chart(ctx, names, [("总分", totals)], "分", CYCLES, bars=len(names) <= 2)
    return parts.figure(ctx, chart, "历次评价总分")


def _item_table(ctx: BuildContext, cmp: CycleComparison) -> list[Flowable]:
    s = ctx.styles
    before = analyses.previous_cycle(ctx.data)
    old_open = {i.id for i in before.summary.items if i.provisional} if before else set()
    new_open = {i.id for i in ctx.summary.items if i.provisional}
    head = ["评分项", "分值", "上期得分率", "本期得分率", "上期得分", "本期得分", "变化"]
    rows: list[list[Flowable]] = [[ctx.para(t, s.cell_head, parts.NONE) for t in head]]
    for c in cmp.items:
        where = Where(f"评分项 {c.id} 的标题", f"the title of item {c.id}")
        old = percent(c.old_percent) + (" *" if c.id in old_open else "")
        new = percent(c.new_percent) + (" *" if c.id in new_open else "")
        rows.append(
            [
                ctx.para(f"{c.id} {c.title}", s.cell, where),
                ctx.para(str(c.points), s.cell_right, parts.NONE),
                ctx.para(old, s.cell_center, parts.NONE),
                ctx.para(new, s.cell_center, parts.NONE),
                ctx.para(number(c.old_score), s.cell_right, parts.NONE),
                ctx.para(number(c.new_score), s.cell_right, parts.NONE),
                ctx.para(signed(c.delta), change_style(ctx, c.delta), parts.NONE),
            ]
        )
    out: list[Flowable] = [data_table(rows, [150, 40, 58, 58, 55, 55, 45], zebra=True)]
    if old_open or new_open:
        out.append(ctx.para("* 尚未形成共识，暂按评审员评分的中位数计分。", ctx.styles.note, parts.NONE))
    return out


def _fates(ctx: BuildContext, cmp: CycleComparison) -> list[Flowable]:
    s = ctx.styles
    if not cmp.fates:
        return [ctx.para(f"{cmp.old_cycle}没有登记评价组的改进机会。", s.note, CYCLES)]
    counts = "，".join(f"{analyses.FATES[key]} {n} 项" for key, n in cmp.fate_counts.items())
    out: list[Flowable] = [
        ctx.para(f"{cmp.old_cycle}评价组共提出 {len(cmp.fates)} 项改进机会：{counts}。", s.body_flat, CYCLES)
    ]
    head = ["序号", "评分项", "上期改进机会", "落实情况", "相关改进计划"]
    rows: list[list[object]] = [[ctx.para(t, s.cell_head, parts.NONE) for t in head]]
    for n, fate in enumerate(cmp.fates, start=1):
        where = Where(f"评分项 {fate.ofi.item_id} 的改进机会", f"an opportunity on item {fate.ofi.item_id}")
        verdict: list[Flowable] = [
            ctx.para(
                analyses.FATES.get(fate.fate, fate.fate), tone_style(ctx, FATE_TONES[fate.fate]), parts.NONE
            )
        ]
        if fate.raised_again_as is not None:
            verdict.append(ctx.para(f"本期：{fate.raised_again_as.text}", s.legend, where))
        rows.append(
            [
                ctx.para(str(n), s.cell_center, parts.NONE),
                ctx.para(fate.ofi.item_id, s.cell_center, parts.NONE),
                ctx.para(fate.ofi.text, s.cell, where),
                verdict,
                _actions(ctx, fate),
            ]
        )
    table = data_table(rows, [28, 38, 166, 124, 124])
    # Top-aligned: a row split across pages then continues cleanly under the repeated header.
    table.setStyle([("VALIGN", (0, 1), (-1, -1), "TOP")])
    out.append(table)
    return out


def _actions(ctx: BuildContext, fate: OfiFate) -> list[Flowable]:
    if not fate.actions:
        return [ctx.para("未制定改进计划", ctx.styles.note, parts.NONE)]
    return [
        ctx.para(_action_line(ctx, a), ctx.styles.cell, Where(f"改进计划“{a.title}”", a.title))
        for a in fate.actions
    ]


def _action_line(ctx: BuildContext, a: ActionPlan) -> str:
    status = parts.OVERDUE if is_overdue(a, ctx.data.generated_on) else parts.STATUSES.get(a.status, a.status)
    facts = [a.owner, f"{a.due:%Y-%m-%d}" if a.due else "", status]
    return f"{a.title}（{'，'.join(f for f in facts if f) or DASH}）"
