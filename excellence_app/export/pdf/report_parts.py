"""Building blocks of the assessment report: tables, lists and figures over the summary.

Every number comes from core.summary (or core.scoring for the factor check);
these functions only arrange it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer

from excellence_app.core.framework import Item
from excellence_app.core.plans import is_overdue
from excellence_app.core.scoring import outside_factor_span
from excellence_app.core.snapshots import Comment
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.linebreak import CJKParagraph
from excellence_app.export.pdf.markdown_flow import BULLET
from excellence_app.export.pdf.styles import HEAD_FILL
from excellence_app.export.pdf.tables import data_table

ROLES = {"lead": "组长", "member": "评审员", "trainee": "学员"}
SIGNIFICANCE = {"high": "重要", "medium": "一般", "low": "次要"}
STATUSES = {"open": "未开始", "in_progress": "进行中", "done": "已完成", "cancelled": "已取消"}
OVERDUE = "已逾期"
TAG_COLOR = "#666666"
NONE = Where("", "")  # for texts of our own, which the fonts are known to cover


def sub_heading(ctx: BuildContext, text: str) -> list[Flowable]:
    return ctx.heading(text, ctx.styles.h2, NONE, outline=1, toc=1)


def cells(
    ctx: BuildContext,
    rows: Sequence[Sequence[str]],
    where: Where = NONE,
    *,
    right: Sequence[int] = (),
    center: Sequence[int] = (),
) -> list[list[Flowable]]:
    """Paragraph cells: the first row as header, the rest as body text."""
    s = ctx.styles
    out = []
    for r, row in enumerate(rows):
        line = []
        for c, text in enumerate(row):
            style = (
                s.cell_head
                if r == 0
                else (s.cell_right if c in right else s.cell_center if c in center else s.cell)
            )
            line.append(ctx.para(text, style, where))
        out.append(line)
    return out


def figure(ctx: BuildContext, drawing: Flowable | Sequence[Flowable], caption: str) -> Flowable:
    """A numbered figure kept on one page: the drawing (and its legend, if given as a list)."""
    label = f"图{ctx.next_figure()}\u3000{caption}"
    body = [drawing] if isinstance(drawing, Flowable) else list(drawing)
    return KeepTogether([Spacer(1, 6), *body, ctx.para(label, ctx.styles.caption, NONE), Spacer(1, 10)])


def fact_table(ctx: BuildContext, facts: Sequence[tuple[str, str]]) -> Flowable:
    """Key figures, two label–value pairs per row."""
    s = ctx.styles
    rows = []
    for i in range(0, len(facts), 2):
        row: list[Flowable] = []
        for label, value in facts[i : i + 2]:
            row += [ctx.para(label, s.cell_head, NONE), ctx.para(value, s.cell_center, NONE)]
        rows.append(row)
    table = data_table(rows, [95, 131, 95, 131], header_rows=0)
    table.setStyle([("BACKGROUND", (c, 0), (c, -1), HEAD_FILL) for c in (0, 2)])
    return table


def category_table(ctx: BuildContext) -> Flowable:
    summary = ctx.summary
    rows = [["类目", "分值", "得分", "得分率"]]
    rows += [
        [f"{c.id} {c.title}", str(c.points), f"{c.score:g}", f"{c.percent:g}%"] for c in summary.categories
    ]
    rows.append(["合计", str(summary.total_max), f"{summary.total:g}", f"{summary.total_percent:.1f}%"])
    return data_table(cells(ctx, rows, right=(1, 2, 3)), [200, 80, 80, 80], zebra=True)


def length_table(ctx: BuildContext) -> Flowable:
    summary = ctx.summary
    rows = [["部分", "字数", f"{summary.limits.name}的限制", "结论"]]
    for name, count, limit in (
        ("组织概述", summary.profile_chars, summary.limits.profile),
        ("自我评价报告", summary.report_chars, summary.limits.report),
    ):
        verdict = "不限" if limit is None else (f"超出 {count - limit:,} 字" if count > limit else "符合要求")
        rows.append([name, f"{count:,}", "—" if limit is None else f"{limit:,}", verdict])
    over = [i for i, r in enumerate(rows[1:]) if r[3].startswith("超出")]
    return data_table(cells(ctx, rows, right=(1, 2)), [130, 90, 140, 80], alert_rows=over)


def item_score_table(ctx: BuildContext, item: Item) -> Flowable:
    s = ctx.summary.item(item.id)
    fw = ctx.framework
    if s.consensus_percent is not None:
        agreed = f"{s.consensus_percent}%"
    elif s.percent is not None:
        agreed = f"未达成（暂按中位数 {s.percent}%）"
    else:
        agreed = "未评分"
    band = fw.bands[s.band - 1].label if s.band else "—"
    spread = "—" if s.spread is None else f"{s.spread} 个百分点" + ("，需讨论" if s.flagged else "")
    rows = [
        ["共识得分率", "得分", "分数段", "尚未得到的分数", "评审员间分歧"],
        [agreed, f"{s.score:g}", band, f"{s.points_open:g}", spread],
    ]
    flagged = [0] if s.flagged else []
    return data_table(cells(ctx, rows, center=range(5)), [120, 60, 70, 90, 112], alert_rows=flagged)


def assessor_table(ctx: BuildContext, item: Item) -> list[Flowable]:
    scores = ctx.snap.scores_for_item(item.id)
    if not scores:
        return [ctx.para("尚无评审员对本评分项评分。", ctx.styles.note, NONE)]
    fw = ctx.framework
    factors = fw.factors_for(item.kind)
    roles = {a.name: a.role for a in ctx.snap.assessors}
    rows = [["评审员", "评分", *(f.title for f in factors)]]
    odd: list[str] = []
    for name, score in scores.items():
        bands = [score.factors.get(f.key) for f in factors]
        percent = "—" if score.percent is None else f"{score.percent}%"
        if outside_factor_span(score.percent, fw.bands, bands):
            percent += " *"
            odd.append(name)
        rows.append(
            [
                f"{name}（{ROLES.get(roles.get(name, ''), '')}）",
                percent,
                *(fw.bands[b - 1].label if b else "—" for b in bands),
            ]
        )
    where = Where(f"评分项 {item.id} 的评审员姓名", f"an assessor name on item {item.id}")
    out: list[Flowable] = [
        data_table(cells(ctx, rows, where, center=range(1, 6)), [140, 62, 62, 62, 63, 63]),
        Spacer(1, 4),
    ]
    if odd:
        out.append(
            ctx.para(
                f"* 评分不在该评审员要素判断所对应的分数段范围内：{'、'.join(odd)}", ctx.styles.note, where
            )
        )
    for name, score in scores.items():
        if score.rationale.strip():
            out.append(
                ctx.para_parts(
                    [(f"{name}的评分理由：", "heading"), (score.rationale, "body")], ctx.styles.small, where
                )
            )
    out.append(Spacer(1, 4))
    return out


def consensus_note(ctx: BuildContext, item: Item) -> list[Flowable]:
    agreed = ctx.snap.consensus.get(item.id)
    if agreed is None or not agreed.rationale.strip():
        return []
    who = f"（{agreed.agreed_by}，{agreed.agreed_at:%Y-%m-%d}）" if agreed.agreed_by else ""
    where = Where(f"评分项 {item.id} 的共识说明", f"the consensus note on item {item.id}")
    return [
        ctx.para_parts(
            [("共识说明：", "heading"), (agreed.rationale + who, "body")], ctx.styles.body_flat, where
        )
    ]


def _comment_tags(ctx: BuildContext, c: Comment, item: Item) -> str:
    tags = [SIGNIFICANCE.get(c.significance, "")]
    if c.clause_id:
        tags.append(c.clause_id)
    if c.factor:
        tags += [f.title for f in ctx.framework.factors_for(item.kind) if f.key == c.factor]
    return "〔" + " · ".join(t for t in tags if t) + "〕"


def comment_list(ctx: BuildContext, item: Item, kind: str, title: str) -> list[Flowable]:
    comments = [c for c in ctx.snap.comments_for(item.id) if c.kind == kind]
    where = Where(f"评分项 {item.id} 的评语", f"a comment on item {item.id}")
    head = ctx.para(title, ctx.styles.h4, NONE)
    if not comments:
        return [KeepTogether([head, ctx.para("无", ctx.styles.note, NONE)])]
    style = ctx.styles.bullet
    entries = []
    for c in comments:
        tags = ctx.markup(_comment_tags(ctx, c, item), NONE, base=style.fontName)
        text = ctx.markup(c.text, where, base=style.fontName)
        entries.append(
            CJKParagraph(
                f'{text} <font color="{TAG_COLOR}" size="8.5">{tags}</font>', style, bulletText=BULLET
            )
        )
    return [KeepTogether([head, entries[0]]), *entries[1:]]  # the title never ends a page


def top_open_table(ctx: BuildContext) -> Flowable:
    rows = [["评分项", "分值", "得分", "尚未得到的分数"]]
    rows += [
        [f"{i.id} {i.title}", str(i.points), f"{i.score:g}", f"{i.points_open:g}"]
        for i in ctx.summary.top_open(5)
    ]
    return data_table(cells(ctx, rows, right=(1, 2, 3)), [200, 70, 70, 100], zebra=True)


def flagged_items(ctx: BuildContext) -> list[Flowable]:
    summary = ctx.summary
    if not summary.flagged_items:
        return [ctx.para("各评分项评审员之间的分歧均在阈值之内。", ctx.styles.note, NONE)]
    rows = [["评分项", "各评审员评分", "分歧"]]
    for item_id in summary.flagged_items:
        s = summary.item(item_id)
        given = "、".join(f"{n} {p}%" for n, p in s.assessor_percents.items() if p is not None)
        rows.append([f"{s.id} {s.title}", given, f"{s.spread} 个百分点"])
    where = Where("评审员姓名", "an assessor name")
    return [data_table(cells(ctx, rows, where, center=(2,)), [160, 210, 80], zebra=True)]


def factor_table(ctx: BuildContext) -> Flowable:
    """How often each factor is named in the team's strengths and opportunities."""
    fw = ctx.framework
    kinds = {i.id: i.kind for i in fw.items()}
    rows = [["评分项类型", "要素", "优势", "改进机会", "其中重要"]]
    for kind, label in (("process", "过程"), ("results", "结果")):
        for f in fw.factors_for(kind):
            agreed = [
                c
                for c in ctx.snap.comments
                if c.assessor_id is None and c.factor == f.key and kinds.get(c.item_id) == kind
            ]
            ofis = [c for c in agreed if c.kind == "ofi"]
            rows.append(
                [
                    label,
                    f.title,
                    str(len(agreed) - len(ofis)),
                    str(len(ofis)),
                    str(sum(1 for c in ofis if c.significance == "high")),
                ]
            )
    return data_table(cells(ctx, rows, center=range(5)), [90, 90, 90, 90, 90], zebra=True)


def key_ofis(ctx: BuildContext) -> list[Flowable]:
    ofis = [
        c for c in ctx.snap.comments if c.assessor_id is None and c.kind == "ofi" and c.significance == "high"
    ]
    if not ofis:
        return [ctx.para("暂无标为“重要”的改进机会。", ctx.styles.note, NONE)]
    out: list[Flowable] = []
    for c in ofis:
        where = Where(f"评分项 {c.item_id} 的评语", f"a comment on item {c.item_id}")
        out.append(
            ctx.para_parts(
                [(f"{c.item_id}　", "heading"), (c.text, "body")], ctx.styles.bullet, where, bullet=BULLET
            )
        )
    return out


def action_plans(ctx: BuildContext) -> list[Flowable]:
    actions = sorted(
        ctx.snap.actions, key=lambda a: (a.due is None, a.due or a.created_at.date(), a.item_id, a.id)
    )
    if not actions:
        return [ctx.para("本评价周期尚未制定改进计划。", ctx.styles.note, NONE)]
    s = ctx.styles
    overdue = [n for n, a in enumerate(actions) if is_overdue(a, ctx.data.generated_on)]
    counts = "、".join(
        f"{label} {sum(1 for a in actions if a.status == key)} 项" for key, label in STATUSES.items()
    )
    out: list[Flowable] = [
        ctx.para(
            f"共 {len(actions)} 项改进计划：{counts}；其中已逾期 {len(overdue)} 项（以红色标出）。",
            s.body_flat,
            NONE,
        )
    ]
    head = [
        ctx.para(t, s.cell_head, NONE)
        for t in ("序号", "评分项", "改进措施及预期效果", "负责人", "完成期限", "状态")
    ]
    rows: list[list[object]] = [head]
    for n, a in enumerate(actions, start=1):
        where = Where(f"改进计划“{a.title}”", f"action plan {a.title}")
        what: list[Flowable] = [ctx.para(a.title, s.cell, where)]
        if a.expected_effect.strip():
            what.append(ctx.para(f"预期效果：{a.expected_effect}", s.legend, where))
        late = n - 1 in overdue
        status = OVERDUE if late else STATUSES.get(a.status, a.status)
        rows.append(
            [
                ctx.para(str(n), s.cell_center, NONE),
                ctx.para(a.item_id, s.cell_center, NONE),
                what,
                ctx.para(a.owner or "—", s.cell_center, where),
                ctx.para(f"{a.due:%Y-%m-%d}" if a.due else "—", s.cell_center, NONE),
                ctx.para(status, s.cell_alert if late else s.cell_center, NONE),
            ]
        )
    out.append(data_table(rows, [30, 50, 215, 60, 62, 45], alert_rows=overdue))
    return out
