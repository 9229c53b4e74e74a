"""The internal assessment report (自评报告): scores, judgements, themes and action plans.

The report is the cover plus REPORT_SECTIONS. A later part is one more
:class:`~excellence_app.export.pdf.sections.Section` in that tuple; a part only some
projects have (the year-on-year comparison needs an earlier cycle, the calibration needs
trainees) says so with ``wanted`` and is left out, numbering and all, where it does not apply.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from excellence_app.core import analyses
from excellence_app.core.framework import Category, Item
from excellence_app.export.package_text import chinese_date, sub_numeral
from excellence_app.export.pdf import report_parts as parts
from excellence_app.export.pdf.chartkit import SERIES_COLORS
from excellence_app.export.pdf.charts import category_bars, radar_chart
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.evidence_list import internal_index
from excellence_app.export.pdf.report_calibration import calibration_part
from excellence_app.export.pdf.report_consensus import consensus_part, has_assessors
from excellence_app.export.pdf.report_history import history_part
from excellence_app.export.pdf.sections import Section, compose, cover

DOCUMENT_TITLE = "卓越绩效自评报告"


def build_report(ctx: BuildContext, sections: tuple[Section, ...] | None = None) -> list[Flowable]:
    snap = ctx.snap
    team = "、".join(a.name for a in snap.team) or "—"
    front = cover(
        ctx,
        [("卓越绩效自我评价", "subtitle"), ("自 评 报 告", "title"), (snap.project.org_name, "subtitle")],
        [
            ("评价周期", snap.cycle.name),
            ("依据标准", ctx.framework.title),
            ("评价组", team),
            ("编制日期", chinese_date(ctx.data.generated_on)),
            ("资料性质", "内部资料，注意保密"),
        ],
    )
    return compose(ctx, front, REPORT_SECTIONS if sections is None else sections)


# --- 一、总体评价 --------------------------------------------------------------------------
def overview_part(ctx: BuildContext) -> list[Flowable]:
    styles, summary, fw = ctx.styles, ctx.summary, ctx.framework
    band = fw.bands[summary.band - 1]
    facts = [
        ("总分", f"{summary.total:g} / {summary.total_max}（得分率 {summary.total_percent:.1f}%）"),
        ("总体分数段", f"第 {band.number} 段（{band.label}）"),
        ("过程类得分", f"{summary.process_total:g} / {summary.process_max}"),
        ("结果类得分", f"{summary.results_total:g} / {summary.results_max}"),
        ("已评分项", f"{summary.items_scored} / {len(summary.items)}"),
        ("已达成共识", f"{summary.items_agreed} / {len(summary.items)}"),
        ("评审员", f"{len(ctx.snap.team)} 人"),
        ("分歧较大的评分项", f"{len(summary.flagged_items)} 项"),
    ]
    out: list[Flowable] = [parts.fact_table(ctx, facts), Spacer(1, 8)]
    out.append(
        ctx.para_parts(
            [("分数段的确定：", "heading"), (summary.band_rule[0], "body")],
            styles.body_flat,
            Where("总体评价", "the overview"),
        )
    )
    out.append(
        ctx.para_parts(
            [("分数段说明：", "heading"), (band.summary, "body")],
            styles.body_flat,
            Where("评分指南", "the scoring guidelines"),
        )
    )
    if summary.items_scored < len(summary.items):
        out.append(ctx.para("尚未评分的评分项按 0 分计入总分。", styles.note, Where("", "")))
    out += parts.sub_heading(ctx, f"{sub_numeral(1)}各类目得分")
    out.append(parts.category_table(ctx))
    labels = [f"{c.id} {c.title}" for c in summary.categories]
    where = Where("类目名称", "a category title")
    radar = radar_chart(
        ctx, labels, [("得分率", [c.percent for c in summary.categories], SERIES_COLORS[0])], where
    )
    out.append(parts.figure(ctx, radar, "各类目得分率"))
    bars = category_bars(ctx, [(f"{c.id} {c.title}", c.score, c.points) for c in summary.categories], where)
    out.append(parts.figure(ctx, bars, "各类目得分与分值（深色为得分，浅色为分值）"))
    out += parts.sub_heading(ctx, f"{sub_numeral(2)}篇幅")
    out.append(parts.length_table(ctx))
    return out


# --- 二、评分项评价 ------------------------------------------------------------------------
def items_part(ctx: BuildContext) -> list[Flowable]:
    out: list[Flowable] = []
    for category in ctx.framework.categories:
        out += _category(ctx, category)
    return out


def _category(ctx: BuildContext, category: Category) -> list[Flowable]:
    s = next(c for c in ctx.summary.categories if c.id == category.id)
    where = Where(f"类目 {category.id} 的标题", f"the title of category {category.id}")
    out = ctx.heading(
        f"{category.id} {category.title}（{s.score:g} / {category.points} 分）",
        ctx.styles.h1,
        where,
        outline=1,
        toc=1,
    )
    for item in category.items:
        ctx.check_cancelled()
        out += _item(ctx, item)
    return out


def _item(ctx: BuildContext, item: Item) -> list[Flowable]:
    where = Where(f"评分项 {item.id} 的标题", f"the title of item {item.id}")
    out = ctx.heading(f"{item.id} {item.title}（{item.points} 分）", ctx.styles.h2, where, outline=2, toc=2)
    out.append(parts.item_score_table(ctx, item))
    out.append(Spacer(1, 6))
    out += parts.assessor_table(ctx, item)
    out += parts.consensus_note(ctx, item)
    out += parts.comment_list(ctx, item, "strength", "优势")
    out += parts.comment_list(ctx, item, "ofi", "改进机会")
    return out


# --- 三、关键主题 --------------------------------------------------------------------------
def themes_part(ctx: BuildContext) -> list[Flowable]:
    out = parts.sub_heading(ctx, f"{sub_numeral(1)}改进潜力最大的评分项")
    out.append(parts.top_open_table(ctx))
    out += parts.sub_heading(ctx, f"{sub_numeral(2)}评分分歧较大的评分项")
    out += parts.flagged_items(ctx)
    out += parts.sub_heading(ctx, f"{sub_numeral(3)}各评价要素的优势与改进机会")
    out.append(parts.factor_table(ctx))
    out += parts.sub_heading(ctx, f"{sub_numeral(4)}重要的改进机会")
    out += parts.key_ofis(ctx)
    return out


# --- 四、改进计划 --------------------------------------------------------------------------
def actions_part(ctx: BuildContext) -> list[Flowable]:
    return parts.action_plans(ctx)


REPORT_SECTIONS = (
    Section("总体评价", overview_part),
    Section("评分项评价", items_part),
    Section("关键主题", themes_part),
    Section("改进计划", actions_part),
    Section("历年对比", history_part, wanted=analyses.has_previous),
    Section("评分一致性", consensus_part, wanted=has_assessors),
    Section("学员评分校准", calibration_part, wanted=analyses.has_calibration),
    # The checksums and sizes the package leaves out, each file checked against its bytes.
    Section("证实性材料清单", internal_index, wanted=lambda data: bool(data.snapshot.evidence)),
)
