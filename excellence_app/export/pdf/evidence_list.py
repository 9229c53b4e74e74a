"""证实性材料 in the two documents.

The package lists what the office asks for: each required kind with its files, the clauses
that cite them and the pages those clauses are on, missing kinds flagged; then every other
file. Names without extensions, no checksums: those belong to the internal report, whose
index also verifies each stored file against its recorded SHA-256.
"""

from __future__ import annotations

import re

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from excellence_app.core.evidence_list import citing, evidence_list, file_problem, file_size, shown_name
from excellence_app.core.framework import clause_label
from excellence_app.core.snapshots import Evidence
from excellence_app.export.pdf.attachments import attachment_key, printed_numbers
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.flowables import page_form
from excellence_app.export.pdf.tables import data_table


class PageRefs(Flowable):
    """Lines of "4.1.2 …… 8": an item and the page its heading is on (filled in after layout)."""

    def __init__(self, refs: list[tuple[Paragraph, str]]) -> None:
        super().__init__()
        self.refs = refs
        self._w = 0.0
        self._line = 13.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._w = availWidth
        return availWidth, self._line * len(self.refs)

    def draw(self) -> None:
        for n, (label, key) in enumerate(reversed(self.refs)):
            y = n * self._line
            label.wrap(self._w, self._line)
            label.drawOn(self.canv, 0, y)
            self.canv.saveState()
            self.canv.translate(self._w, y + 2)
            self.canv.scale(0.85, 0.85)
            self.canv.doForm(page_form(key))
            self.canv.restoreState()


def _item_keys(ctx: BuildContext) -> dict[str, str]:
    """Item id → the key of its heading, whose page the document fills in after layout."""
    keys: dict[str, str] = {}
    for entry in ctx.toc:
        text = re.sub(r"<[^>]+>", "", entry.markup).strip()
        keys.setdefault(text.split(" ", 1)[0], entry.key)
    return keys


def package_list(ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    listed = evidence_list(ctx.data.award, ctx.snap.evidence)
    if not listed.required and not listed.others:
        return [ctx.para("本评价周期尚未登记证实性材料。", s.note, Where("", ""))]
    keys = _item_keys(ctx)
    numbers = listed.numbers()
    for e in ctx.snap.evidence:  # no checksum is printed here, but a damaged file is still said
        _verify(ctx, e)
    # Files carry the number 〔n〕 the report cites them by; a required kind heads its files.
    head = [ctx.para(t, s.cell_head, Where("", "")) for t in ("材料", "关联条款", "页码")]
    rows: list[list[object]] = [head]
    alerts: list[int] = []
    for status in listed.required:
        where = Where(f"证实性材料“{status.kind.name}”", f"evidence {status.kind.name}")
        cell: list[Flowable] = [ctx.para_parts([(status.kind.name, "heading")], s.cell, where)]
        cell += [ctx.para(f"〔{numbers[e.id]}〕{shown_name(e.name)}", s.cell, where) for e in status.files]
        if status.missing:
            alert = ParagraphStyle("missing", parent=s.cell_alert, alignment=TA_LEFT)
            cell.append(ctx.para(status.missing_text(), alert, where))
            alerts.append(len(rows))
        rows.append(_row(ctx, status.files, cell, keys, where))
    for e in listed.others:
        where = Where(f"证实性材料“{e.name}”", f"evidence {e.name}")
        cell = [ctx.para(f"〔{numbers[e.id]}〕{shown_name(e.name)}", s.cell, where)]
        if e.description.strip():
            cell.append(ctx.para(e.description, s.legend, where))
        rows.append(_row(ctx, (e,), cell, keys, where))
    return [data_table(rows, [260, 110, 80], alert_rows=alerts)]


def _row(
    ctx: BuildContext,
    files: tuple[Evidence, ...],
    cell: list[Flowable],
    keys: dict[str, str],
    where: Where,
) -> list[object]:
    s = ctx.styles
    clauses, items = citing(files)
    refs = [(ctx.para(i, s.legend, where), keys[i]) for i in items if i in keys]
    printed = printed_numbers(ctx)
    refs += [
        (ctx.para("附件", s.legend, where), attachment_key(printed[e.id])) for e in files if e.id in printed
    ]
    return [
        cell,
        ctx.para(clauses or "—", s.cell, where),
        PageRefs(refs) if refs else ctx.para("—", s.cell_center, where),
    ]


def internal_index(ctx: BuildContext) -> list[Flowable]:
    """Every stored file with its size and checksum, each checked against the stored bytes."""
    styles = ctx.styles
    evidence = ctx.snap.evidence
    if not evidence:
        return [ctx.para("本评价周期尚未登记证实性材料。", styles.note, Where("", ""))]
    head = [
        ctx.para(t, styles.cell_head, Where("", ""))
        for t in ("序号", "材料名称及说明", "关联条款", "大小", "SHA-256（前 12 位）")
    ]
    rows: list[list[object]] = [head]
    for n, e in enumerate(evidence, start=1):
        ctx.check_cancelled()
        _verify(ctx, e)
        where = Where(f"证实性材料“{e.name}”", f"evidence {e.name}")
        name: list[Flowable] = [ctx.para(e.name, styles.cell, where)]
        if e.description.strip():
            name.append(ctx.para(e.description, styles.legend, where))
        links = (
            "、".join(sorted({clause_label(k.clause_id) if k.clause_id else k.item_id for k in e.links}))
            or "—"
        )
        rows.append(
            [
                ctx.para(str(n), styles.cell_center, where),
                name,
                ctx.para(links, styles.cell, where),
                ctx.para(file_size(e.size), styles.cell_right, where),
                ctx.para(e.sha256[:12], styles.cell_center, where),
            ]
        )
    return [data_table(rows, [30, 205, 90, 52, 82], zebra=True)]


def _verify(ctx: BuildContext, e: Evidence) -> None:
    """The index prints each file's checksum, so make sure the stored file still matches it."""
    problem = file_problem(e, ctx.evidence_data) if ctx.evidence_data is not None else None
    if problem is not None:
        ctx.notes.add(*problem)
