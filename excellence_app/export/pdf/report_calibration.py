"""评分校准: the trainees' percents against the team's consensus, item by item and per trainee,
and the items the class disagrees on most. The deviations are core.calibration's."""

from __future__ import annotations

from reportlab.platypus import Flowable

from excellence_app.core import analyses
from excellence_app.core.calibration import Calibration
from excellence_app.export.package_text import sub_numeral
from excellence_app.export.pdf import report_parts as parts
from excellence_app.export.pdf.charts import score_chart
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.report_marks import DASH, number, percent, signed
from excellence_app.export.pdf.tables import data_table

NAMES = Where("学员姓名", "a trainee name")
TITLES = Where("评分项标题", "an item title")
DISPUTED = 5


def calibration_part(ctx: BuildContext) -> list[Flowable]:
    cal = analyses.calibration(ctx.data)
    if cal is None:  # the section is only chosen when there are trainees and a consensus
        return []
    s = ctx.styles
    threshold = ctx.snap.project.spread_threshold
    out: list[Flowable] = [
        ctx.para(
            f"以评价组的共识得分率为参考分，对照 {len(cal.trainees)} 名学员对 {len(cal.items)} 个已形成"
            f"共识的评分项的评分。偏差为学员评分减去参考分，正数表示评分偏高，负数表示偏低；平均绝对偏差"
            f"越小，学员的判断越接近参考分。全班平均绝对偏差为 {number(cal.mean_abs_deviation)} 个百分点。",
            s.body,
            parts.NONE,
        )
    ]
    out += parts.sub_heading(ctx, f"{sub_numeral(1)}各学员的总体偏差")
    out.append(_trainee_table(ctx, cal))
    names = [t.name for t in cal.trainees if t.items_scored]
    if names:
        scored = [t for t in cal.trainees if t.items_scored]
        chart = score_chart(
            ctx,
            names,
            [
                ("平均绝对偏差", [t.mean_abs_deviation or 0.0 for t in scored]),
                ("平均偏差（偏向）", [t.bias or 0.0 for t in scored]),
            ],
            "百分点",
            NAMES,
            bars=True,
        )
        out.append(parts.figure(ctx, chart, "各学员的平均绝对偏差与偏向"))
    out += parts.sub_heading(ctx, f"{sub_numeral(2)}逐项对照")
    out.append(
        ctx.para(
            f"每格为学员评分，括号内为与参考分的偏差；偏差不小于 {threshold} 个百分点（本项目的分歧阈值）"
            "的以红色标出。",
            s.note,
            parts.NONE,
        )
    )
    out.append(_item_table(ctx, cal, threshold))
    out += parts.sub_heading(ctx, f"{sub_numeral(3)}全班分歧最大的评分项")
    out += _disputed_table(ctx, cal)
    return out


def _trainee_table(ctx: BuildContext, cal: Calibration) -> Flowable:
    s = ctx.styles
    head = ["学员", "已评分项", "平均绝对偏差", "平均偏差（偏向）", "总体倾向"]
    rows: list[list[Flowable]] = [[ctx.para(t, s.cell_head, parts.NONE) for t in head]]
    for t in cal.trainees:
        if t.bias is None:
            lean = "尚未评分"
        else:
            lean = "偏高" if t.bias > 0 else "偏低" if t.bias < 0 else "无明显偏向"
        rows.append(
            [
                ctx.para(t.name, s.cell, NAMES),
                ctx.para(str(t.items_scored), s.cell_center, parts.NONE),
                ctx.para(number(t.mean_abs_deviation), s.cell_center, parts.NONE),
                ctx.para(signed(t.bias), s.cell_center, parts.NONE),
                ctx.para(lean, s.cell_center, parts.NONE),
            ]
        )
    return data_table(rows, [120, 70, 90, 100, 80], zebra=True)


def _item_table(ctx: BuildContext, cal: Calibration, threshold: int) -> Flowable:
    s = ctx.styles
    names = [t.name for t in cal.trainees]
    titles = {i.id: i.title for i in ctx.framework.items()}
    head = [ctx.para(t, s.cell_head, NAMES) for t in ("评分项", "参考分", *names, "全班极差", "平均绝对偏差")]
    rows: list[list[Flowable]] = [head]
    for item in cal.items:
        ctx.check_cancelled()
        cells = []
        for name in names:
            if name not in item.percents:
                cells.append(ctx.para(DASH, s.cell_center, parts.NONE))
                continue
            dev = item.deviations[name]
            style = s.cell_alert if abs(dev) >= threshold else s.cell_center
            cells.append(ctx.para(f"{percent(item.percents[name])}（{signed(dev)}）", style, parts.NONE))
        rows.append(
            [
                ctx.para(f"{item.item_id} {titles.get(item.item_id, '')}", s.cell, TITLES),
                ctx.para(percent(item.reference), s.cell_center, parts.NONE),
                *cells,
                ctx.para(number(item.class_spread), s.cell_center, parts.NONE),
                ctx.para(number(item.mean_abs_deviation), s.cell_center, parts.NONE),
            ]
        )
    return data_table(rows, [140, 44, *([62] * len(names)), 44, 54], zebra=True)


def _disputed_table(ctx: BuildContext, cal: Calibration) -> list[Flowable]:
    s = ctx.styles
    disputed = cal.most_disputed(DISPUTED)
    if not disputed:
        return [ctx.para("学员尚未对已形成共识的评分项评分。", s.note, parts.NONE)]
    titles = {i.id: i.title for i in ctx.framework.items()}
    head = ["评分项", "参考分", "学员评分", "全班极差", "平均绝对偏差"]
    rows: list[list[Flowable]] = [[ctx.para(t, s.cell_head, parts.NONE) for t in head]]
    for item in disputed:
        given = "、".join(f"{n} {percent(p)}" for n, p in item.percents.items())
        rows.append(
            [
                ctx.para(f"{item.item_id} {titles.get(item.item_id, '')}", s.cell, TITLES),
                ctx.para(percent(item.reference), s.cell_center, parts.NONE),
                ctx.para(given, s.cell, NAMES),
                ctx.para(number(item.class_spread), s.cell_center, parts.NONE),
                ctx.para(number(item.mean_abs_deviation), s.cell_center, parts.NONE),
            ]
        )
    return [data_table(rows, [150, 50, 150, 55, 65], zebra=True)]
