"""The award application package (申报材料): profile, self-assessment report, evidence index."""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from excellence_app.core.evidence_list import evidence_list, shown_name
from excellence_app.core.framework import Category, Item, ProfileSection
from excellence_app.export import package_text
from excellence_app.export.package_text import PART_TITLES, PROFILE_GROUPS, UNFILLED
from excellence_app.export.pdf.attachments import attachments_part
from excellence_app.export.pdf.charts import indicator_figure
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.evidence_list import package_list
from excellence_app.export.pdf.front_matter import FRONT
from excellence_app.export.pdf.markdown_flow import markdown_flowables
from excellence_app.export.pdf.sections import Section, compose
from excellence_app.export.pdf.tables import data_table


def document_title(ctx: BuildContext) -> str:
    return package_text.document_title(ctx.data)


def build_package(ctx: BuildContext) -> list[Flowable]:
    """The parts the award asks for, in its order: front pages, contents, numbered parts."""
    parts = ctx.data.award.parts
    front: list[Flowable] = []
    for name in (p for p in parts if p in FRONT):
        if front:
            front.append(PageBreak())
        front += FRONT[name](ctx)
        if name == "cover":  # every page after the cover has the running header and its number
            front.append(NextPageTemplate("body"))
    sections = [PACKAGE_SECTIONS[p] for p in parts if p in PACKAGE_SECTIONS]
    return compose(ctx, front, sections, toc="toc" in parts)


def unfilled(ctx: BuildContext) -> Flowable:
    return ctx.para(f"（{UNFILLED}）", ctx.styles.note, Where("", ""))


# --- 组织概述 -----------------------------------------------------------------------------
def profile_part(ctx: BuildContext) -> list[Flowable]:
    out: list[Flowable] = []
    sections = ctx.framework.profile_sections
    if not sections:
        return [ctx.para("本评价框架没有规定组织概述的章节。", ctx.styles.note, Where("", ""))]
    group_seen: set[str] = set()
    for section in sections:
        group = section.id.rsplit(".", 1)[0]
        level = 1
        if group in PROFILE_GROUPS:
            level = 2
            if group not in group_seen:
                group_seen.add(group)
                out += ctx.heading(
                    f"{group} {PROFILE_GROUPS[group]}", ctx.styles.h1, Where("", ""), outline=1, toc=1
                )
        out += _profile_section(ctx, section, level)
    return out


def _profile_section(ctx: BuildContext, section: ProfileSection, level: int) -> list[Flowable]:
    where = Where(f"组织概述 {section.id}", f"profile section {section.id}")
    style = ctx.styles.h2 if level == 2 else ctx.styles.h1
    out = ctx.heading(f"{section.id} {section.title}", style, where, outline=level, toc=level)
    text = ctx.snap.profile.get(section.id, "")
    out += markdown_flowables(ctx, text, where) if text.strip() else [unfilled(ctx)]
    return out


# --- 自我评价报告 --------------------------------------------------------------------------
def self_assessment_part(ctx: BuildContext) -> list[Flowable]:
    out: list[Flowable] = []
    if ctx.include_scores:
        out += _score_overview(ctx)
    evidence_numbers = evidence_list(ctx.data.award, ctx.snap.evidence).numbers()
    for i, category in enumerate(ctx.framework.categories):
        if i or ctx.include_scores:
            out.append(PageBreak())
        out += _category(ctx, category, evidence_numbers)
    return out


def _category(ctx: BuildContext, category: Category, evidence_numbers: dict[int, int]) -> list[Flowable]:
    where = Where(f"类目 {category.id} 的标题", f"the title of category {category.id}")
    out = ctx.heading(f"{category.id} {category.title}", ctx.styles.h1, where, outline=1, toc=1)
    for item in category.items:
        ctx.check_cancelled()
        out += _item(ctx, item, evidence_numbers)
    return out


def _item(ctx: BuildContext, item: Item, evidence_numbers: dict[int, int]) -> list[Flowable]:
    styles = ctx.styles
    where = Where(f"评分项 {item.id} 的标题", f"the title of item {item.id}")
    out = ctx.heading(f"{item.id} {item.title}", styles.h2, where, outline=2, toc=2)
    if ctx.include_scores:
        out.append(_score_line(ctx, item))
    for clause in item.clauses:
        where = Where(f"条款 {clause.label} 的回答", f"the response to clause {clause.label}")
        out += ctx.heading(clause.heading, styles.h3, where, outline=3)
        response = ctx.snap.responses.get(clause.id)
        text = response.text if response else ""
        out += markdown_flowables(ctx, text, where) if text.strip() else [unfilled(ctx)]
    indicators = ctx.snap.indicators_for(item.id)
    if indicators:
        out.append(Spacer(1, 6))
        for ind in indicators:
            out.append(indicator_figure(ctx, ind, ctx.figure_labels[ind.id]))
    linked = ctx.snap.evidence_for(item.id)
    if linked:
        refs = "；".join(f"〔{evidence_numbers[e.id]}〕{shown_name(e.name)}" for e in linked)
        out.append(
            ctx.para_parts(
                [("证实性材料：", "heading"), (refs, "body")],
                styles.small,
                Where(f"评分项 {item.id} 的证实性材料", f"evidence of item {item.id}"),
            )
        )
    return out


def _score_line(ctx: BuildContext, item: Item) -> Flowable:
    text = package_text.score_line(ctx.summary, item)
    return ctx.para_parts([("自评得分：", "heading"), (text, "body")], ctx.styles.body_flat, Where("", ""))


def _score_overview(ctx: BuildContext) -> list[Flowable]:
    styles = ctx.styles
    where = Where("自评得分汇总表", "the self-score table")
    cells = package_text.score_overview_rows(ctx.summary)
    rows = [
        [
            ctx.para(t, styles.cell_head if r == 0 else (styles.cell if c == 0 else styles.cell_right), where)
            for c, t in enumerate(row)
        ]
        for r, row in enumerate(cells)
    ]
    return [
        ctx.para(package_text.SCORE_OVERVIEW_TITLE, styles.h4, where),
        data_table(rows, [200, 70, 90, 90]),
        Spacer(1, 8),
    ]


PACKAGE_SECTIONS = {
    "profile": Section(PART_TITLES["profile"], profile_part),
    "report": Section(PART_TITLES["report"], self_assessment_part),
    "evidence": Section(PART_TITLES["evidence"], package_list),
    "attachments": Section("附件", attachments_part),
}
