"""证实性材料 in the Word package: what the office asks for, as the PDF lists it (core's
evidence_list and citing): each required kind with its files numbered 〔n〕, missing files
flagged, then every other file; the clauses citing them; and the pages of those items as
PAGEREF fields to the item headings, which Word and LibreOffice fill in when they lay out."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import _Cell

from excellence_app.core.evidence_list import citing, evidence_list, file_problem, shown_name
from excellence_app.core.snapshots import Evidence
from excellence_app.export.captions import Where
from excellence_app.export.docx import fields
from excellence_app.export.docx.document import WordContext
from excellence_app.export.docx.styles import ALERT, ALERT_FILL, CELL, NOTE, SOURCE
from excellence_app.export.docx.tables import Cell, Line, add_table


def package_list(ctx: WordContext) -> None:
    listed = evidence_list(ctx.data.award, ctx.snap.evidence)
    if not listed.required and not listed.others:
        ctx.para("本评价周期尚未登记证实性材料。", NOTE)
        return
    numbers = listed.numbers()
    data_of = ctx.charts.evidence_data
    for e in ctx.snap.evidence:  # no checksum is printed, but a damaged file is still said
        problem = file_problem(e, data_of) if data_of is not None else None
        if problem is not None:
            ctx.notes.add(*problem)
    rows: list[list[Cell]] = [["材料", "关联条款", "页码"]]
    pages: list[tuple[str, ...]] = [()]
    alerts: list[int] = []
    for status in listed.required:
        where = Where(f"证实性材料“{status.kind.name}”", f"evidence {status.kind.name}")
        cell = [Line(((status.kind.name, True),), where=where)]
        cell += [
            Line(((f"〔{numbers[e.id]}〕{shown_name(e.name)}", False),), where=where) for e in status.files
        ]
        if status.missing:
            cell.append(Line(((status.missing_text(), True),), color=ALERT, where=where))
            alerts.append(len(rows) - 1)
        rows.append(_row(cell, status.files, where, pages))
    for e in listed.others:
        where = Where(f"证实性材料“{e.name}”", f"evidence {e.name}")
        cell = [Line(((f"〔{numbers[e.id]}〕{shown_name(e.name)}", False),), where=where)]
        if e.description.strip():
            cell.append(Line(((e.description, False),), SOURCE, WD_ALIGN_PARAGRAPH.LEFT, where=where))
        rows.append(_row(cell, (e,), where, pages))
    table = add_table(ctx, rows, [260, 110, 80], alert_rows=alerts, alert_fill=ALERT_FILL)
    for row, items in zip(table.rows[1:], pages[1:], strict=True):
        _page_refs(ctx, row.cells[2], items)


def _row(
    cell: list[Line], files: tuple[Evidence, ...], where: Where, pages: list[tuple[str, ...]]
) -> list[Cell]:
    clauses, items = citing(files)
    pages.append(items)
    return [cell, Line(((clauses or "—", False),), CELL, where=where), ""]


def _page_refs(ctx: WordContext, cell: _Cell, items: tuple[str, ...]) -> None:
    """ "4.1.2　第 8 页" per citing item, the page a field that follows the heading."""
    shown = [i for i in items if i in ctx.bookmarks]
    first = cell.paragraphs[0]
    if not shown:
        first.add_run("—")
        first.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return
    for n, item in enumerate(shown):
        p = first if n == 0 else ctx.add(CELL, cell)
        p.add_run(f"{item}　")
        fields.add_field(p, f"PAGEREF {ctx.bookmarks[item]} \\h")
