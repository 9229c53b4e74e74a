"""优势与改进机会: every strength and opportunity, the team's agreed list first, then each assessor's."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core.snapshots import Comment, CycleSnapshot
from excellence_app.export.xlsx.book import BookContext
from excellence_app.export.xlsx.labels import COMMENT_KIND, SIGNIFICANCE, factor_title

TITLE = "优势与改进机会"
HEADER_ROW = 3
HEADERS = ["评分项", "评分项名称", "类型", "内容", "条款", "要素", "重要程度", "提出人", "来源"]


def _order(snap: CycleSnapshot, item_order: dict[str, int]):
    assessor_order = {a.id: i for i, a in enumerate(snap.team)}

    def key(c: Comment) -> tuple:
        who = -1 if c.assessor_id is None else assessor_order.get(c.assessor_id, len(assessor_order))
        return (item_order.get(c.item_id, 10_000), who, c.kind != "strength", c.position, c.id)

    return key


def write(ws: Worksheet, ctx: BookContext) -> None:
    data = ctx.data
    fw, snap = data.framework, data.snapshot
    g = ctx.grid(ws)
    g.title(
        f"{data.summary.organisation} · {data.summary.cycle} · 优势与改进机会",
        "来源为“小组共识”的是评审小组商定的意见，其余为各评审员的个人意见。",
    )
    g.header(HEADER_ROW, HEADERS)
    items = {item.id: item for item in fw.items()}
    order = {item_id: i for i, item_id in enumerate(items)}
    clauses = {clause.id: clause for _, clause in fw.clauses()}
    row = HEADER_ROW
    for c in sorted(snap.assessment_comments, key=_order(snap, order)):  # trainees' are practice
        row += 1
        item = items.get(c.item_id)
        clause = clauses.get(c.clause_id or "")
        assessor = snap.assessor(c.assessor_id) if c.assessor_id is not None else None
        g.row(
            row,
            [
                c.item_id,
                item.title if item else "",
                COMMENT_KIND.get(c.kind, c.kind),
            ],
        )
        g.put(row, 4, c.text, "多行", measure=False)
        g.put(row, 5, clause.full_heading if clause else (c.clause_id or ""), "多行", measure=False)
        g.row(
            row,
            [
                factor_title(fw, item.kind, c.factor) if item else (c.factor or ""),
                SIGNIFICANCE.get(c.significance, c.significance),
                c.author,
                "小组共识" if assessor is None else f"评审员 {assessor.name}",
            ],
            first_col=6,
        )
    if row == HEADER_ROW:
        g.put(row + 1, 1, "（尚无优势与改进机会）", "说明", measure=False)
    else:
        ws.auto_filter.ref = f"A{HEADER_ROW}:I{row}"
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    g.fit(maximum=24, fixed={2: 18, 4: 50, 5: 22})
    ctx.setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
