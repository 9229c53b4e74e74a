"""评分一致性: every assessor's percent per item beside the consensus and the spread, and, for
each item whose spread reached the threshold, the assessors' factor judgements and reasons.

Spread and flag are the core Summary's; the grid only lays them out.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from excellence_app.core.report import ReportInput
from excellence_app.core.summary import ItemSummary
from excellence_app.export.package_text import sub_numeral
from excellence_app.export.pdf import report_parts as parts
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.report_marks import DASH, percent
from excellence_app.export.pdf.styles import HEAD_FILL
from excellence_app.export.pdf.tables import data_table

NAMES = Where("评审员姓名", "an assessor name")


def has_assessors(data: ReportInput) -> bool:
    return bool(data.snapshot.team)


def consensus_part(ctx: BuildContext) -> list[Flowable]:
    snap = ctx.snap
    threshold = snap.project.spread_threshold
    team = "、".join(f"{a.name}（{parts.ROLES.get(a.role, a.role)}）" for a in snap.team)
    out: list[Flowable] = [
        ctx.para(f"评价组：{team}。", ctx.styles.body_flat, NAMES),
        ctx.para(
            f"极差为同一评分项上最高与最低评分之差。极差不小于 {threshold} 个百分点（本项目的分歧阈值）"
            "的评分项以红色底纹标出，需由评价组讨论后形成共识。",
            ctx.styles.note,
            parts.NONE,
        ),
    ]
    out += parts.sub_heading(ctx, f"{sub_numeral(1)}各评分项的评分与共识")
    out.append(_grid(ctx))
    out += parts.sub_heading(ctx, f"{sub_numeral(2)}分歧评分项的要素判断与评分理由")
    flagged = [ctx.summary.item(i) for i in ctx.summary.flagged_items]
    if not flagged:
        out.append(ctx.para("各评分项评审员之间的分歧均在阈值之内。", ctx.styles.note, parts.NONE))
    for item in flagged:
        ctx.check_cancelled()
        out += _side_by_side(ctx, item, threshold)
    return out


def _grid(ctx: BuildContext) -> Flowable:
    s = ctx.styles
    names = [a.name for a in ctx.snap.team]
    rows: list[list[Flowable]] = [
        [ctx.para(t, s.cell_head, NAMES) for t in ("评分项", *names, "共识", "极差")]
    ]
    alert: list[int] = []
    for n, item in enumerate(ctx.summary.items):
        where = Where(f"评分项 {item.id} 的标题", f"the title of item {item.id}")
        if item.consensus_percent is not None:
            agreed = percent(item.consensus_percent)
        else:
            agreed = "未达成" if item.percent is not None else DASH
        spread = DASH if item.spread is None else str(item.spread)
        rows.append(
            [
                ctx.para(f"{item.id} {item.title}", s.cell, where),
                *(
                    ctx.para(percent(item.assessor_percents.get(name)), s.cell_center, NAMES)
                    for name in names
                ),
                ctx.para(agreed, s.cell_center, parts.NONE),
                ctx.para(spread, s.cell_alert if item.flagged else s.cell_center, parts.NONE),
            ]
        )
        if item.flagged:
            alert.append(n)
    # the item column keeps room for its title however many assessors there are
    return data_table(rows, [150, *([44] * len(names)), 46, 38], zebra=True, alert_rows=alert)


def _side_by_side(ctx: BuildContext, item: ItemSummary, threshold: int) -> list[Flowable]:
    s, fw = ctx.styles, ctx.framework
    scores = ctx.snap.scores_for_item(item.id)
    factors = fw.factors_for(item.kind)
    where = Where(f"评分项 {item.id} 的评分理由", f"a rationale on item {item.id}")
    head = ctx.para(
        f"{item.id} {item.title}：极差 {item.spread} 个百分点（阈值 {threshold}）", s.h4, parts.NONE
    )
    rows: list[list[Flowable]] = [
        [ctx.para("", s.cell_head, parts.NONE), *(ctx.para(n, s.cell_head, NAMES) for n in scores)],
        [
            ctx.para("评分", s.cell_head, parts.NONE),
            *(ctx.para(percent(sc.percent), s.cell_center, NAMES) for sc in scores.values()),
        ],
    ]
    for f in factors:
        rows.append(
            [
                ctx.para(f.title, s.cell_head, parts.NONE),
                *(
                    ctx.para(
                        fw.bands[b - 1].label if (b := sc.factors.get(f.key)) else DASH, s.cell_center, NAMES
                    )
                    for sc in scores.values()
                ),
            ]
        )
    rows.append(
        [
            ctx.para("评分理由", s.cell_head, parts.NONE),
            *(
                ctx.para(sc.rationale.strip(), s.cell, where)
                if sc.rationale.strip()
                else ctx.para(DASH, s.cell_center, NAMES)
                for sc in scores.values()
            ),
        ]
    )
    table = data_table(rows, [58, *([100] * len(scores))])
    table.setStyle([("BACKGROUND", (0, 1), (0, -1), HEAD_FILL), ("VALIGN", (1, -1), (-1, -1), "TOP")])
    agreed = ctx.snap.consensus.get(item.id)
    after = (
        f"共识得分率：{agreed.percent}%。"
        if agreed
        else f"尚未形成共识（暂按评审员评分的中位数 {percent(item.percent)} 计分）。"
    )
    return [
        KeepTogether([head, table]),
        ctx.para(after, s.small, parts.NONE),
        Spacer(1, 6),
    ]
