"""The package's numbered parts in Word, in the order and with the content of the PDF's
(export/pdf/package.py): 组织概述 by profile section, 自我评价报告 by category (标题 1), item
(标题 2) and clause (标题 3) with the results figures, and the 证实性材料 list."""

from __future__ import annotations

from collections.abc import Callable

from excellence_app.core.evidence_list import evidence_list, shown_name
from excellence_app.core.framework import Category, Item, ProfileSection
from excellence_app.export import package_text as text
from excellence_app.export.captions import NOWHERE, Where
from excellence_app.export.docx.document import WordContext
from excellence_app.export.docx.evidence import package_list
from excellence_app.export.docx.figures import indicator_figure
from excellence_app.export.docx.markdown import write_markdown
from excellence_app.export.docx.styles import EVIDENCE_REF, HEADINGS, NOTE, SCORE_LINE
from excellence_app.export.docx.tables import add_table

SECTION_TITLE = Where("章节标题", "a section title")


def unfilled(ctx: WordContext) -> None:
    ctx.para(f"（{text.UNFILLED}）", NOTE)


# --- 组织概述 -----------------------------------------------------------------------------
def profile_part(ctx: WordContext) -> None:
    sections = ctx.data.framework.profile_sections
    if not sections:
        ctx.para("本评价框架没有规定组织概述的章节。", NOTE)
        return
    seen: set[str] = set()
    for section in sections:
        group = section.id.rsplit(".", 1)[0]
        level = 1
        if group in text.PROFILE_GROUPS:
            level = 2
            if group not in seen:
                seen.add(group)
                ctx.heading(f"{group} {text.PROFILE_GROUPS[group]}", 1, NOWHERE)
        _profile_section(ctx, section, level)


def _profile_section(ctx: WordContext, section: ProfileSection, level: int) -> None:
    where = Where(f"组织概述 {section.id}", f"profile section {section.id}")
    ctx.heading(f"{section.id} {section.title}", level, where)
    body = ctx.snap.profile.get(section.id, "")
    if body.strip():
        write_markdown(ctx, body, where)
    else:
        unfilled(ctx)


# --- 自我评价报告 --------------------------------------------------------------------------
def self_assessment_part(ctx: WordContext) -> None:
    if ctx.include_scores:
        _score_overview(ctx)
    numbers = evidence_list(ctx.data.award, ctx.snap.evidence).numbers()
    for i, category in enumerate(ctx.data.framework.categories):
        _category(ctx, category, numbers, new_page=bool(i or ctx.include_scores))


def _category(ctx: WordContext, category: Category, numbers: dict[int, int], *, new_page: bool) -> None:
    where = Where(f"类目 {category.id} 的标题", f"the title of category {category.id}")
    ctx.heading(f"{category.id} {category.title}", 1, where, new_page=new_page)
    for item in category.items:
        ctx.step()
        _item(ctx, item, numbers)


def _item(ctx: WordContext, item: Item, numbers: dict[int, int]) -> None:
    ctx.heading(
        f"{item.id} {item.title}", 2, Where(f"评分项 {item.id} 的标题", f"the title of item {item.id}")
    )
    if ctx.include_scores:
        ctx.lead("自评得分：", text.score_line(ctx.data.summary, item), SCORE_LINE, NOWHERE)
    for clause in item.clauses:
        where = Where(f"条款 {clause.label} 的回答", f"the response to clause {clause.label}")
        ctx.heading(clause.heading, 3, where)
        response = ctx.snap.responses.get(clause.id)
        body = response.text if response else ""
        if body.strip():
            write_markdown(ctx, body, where)
        else:
            unfilled(ctx)
    for ind in ctx.snap.indicators_for(item.id):
        indicator_figure(ctx, ind, ctx.charts.figure_labels[ind.id])
    linked = ctx.snap.evidence_for(item.id)
    if linked:
        refs = "；".join(f"〔{numbers[e.id]}〕{shown_name(e.name)}" for e in linked)
        where = Where(f"评分项 {item.id} 的证实性材料", f"evidence of item {item.id}")
        ctx.lead("证实性材料：", refs, EVIDENCE_REF, where)


def _score_overview(ctx: WordContext) -> None:
    ctx.para(text.SCORE_OVERVIEW_TITLE, HEADINGS[3])
    rows = text.score_overview_rows(ctx.data.summary)
    add_table(ctx, rows, [200, 70, 90, 90], right=(1, 2, 3))


# The numbered parts, by the part names of core.awards.PARTS. 附件 are the evidence files
# themselves, which only the PDF binds in.
SECTIONS: dict[str, Callable[[WordContext], None]] = {
    "profile": profile_part,
    "report": self_assessment_part,
    "evidence": package_list,
}


def numbered_parts(ctx: WordContext) -> None:
    chosen = [p for p in ctx.data.award.parts if p in SECTIONS]
    for n, name in enumerate(chosen, start=1):
        ctx.check_cancelled()
        ctx.heading(text.part_title(n, text.PART_TITLES[name]), 0, SECTION_TITLE)
        SECTIONS[name](ctx)
