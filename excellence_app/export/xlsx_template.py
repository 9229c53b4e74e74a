"""The assessor's workbook (评审员评分工作簿): filled in by hand on any laptop, read back in.

Only the input cells are unlocked; each has a drop-down or a length check. A very hidden
sheet names the project, cycle, framework and assessor, so the import can refuse a workbook
that belongs elsewhere. What the assessor already entered in the app is filled in, so the
workbook is a round trip: importing it unchanged changes nothing.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from excellence_app.core.framework import Framework
from excellence_app.core.report import ReportInput
from excellence_app.core.snapshots import Assessor
from excellence_app.export.xlsx import assessor_layout as L
from excellence_app.export.xlsx.book import save
from excellence_app.export.xlsx.cells import Grid, Warning, print_setup, register_styles
from excellence_app.export.xlsx.labels import COMMENT_KIND, KIND, SIGNIFICANCE, factor_title

# Characters of a list written into its validation ("a,b,c"), commas included: Excel keeps no
# more, and on opening a longer one reports the file as damaged and drops the drop-downs
# (XlsxWriter's and excelize's documentation say so); nothing says WPS takes more. A longer
# list, or one whose entries hold a comma or a quote (which would split or end it), goes to a
# range on _meta, as the items and clauses always are.
INLINE_LIST_LIMIT = 255


def write_assessor_workbook(data: ReportInput, out: Path, assessor: str, key: bytes) -> list[Warning]:
    """Write ``assessor``'s workbook; the assessor need not exist in the cycle yet.

    ``key`` is the project file's secret that signs the identity sheet (see identity_signature).
    """
    wb = Workbook()
    styles = register_styles(wb)
    wb.remove(wb.active)
    warnings: list[Warning] = []
    known = next((a for a in data.snapshot.assessors if a.name == assessor), None)
    token = secrets.token_hex(6)
    caption = f"{data.summary.organisation} · {data.summary.cycle} · 评审员 {assessor}"

    sheets = {
        name: wb.create_sheet(name) for name in (L.GUIDE_SHEET, L.SCORE_SHEET, L.COMMENT_SHEET, L.META_SHEET)
    }
    meta = Grid(sheets[L.META_SHEET], warnings, styles)
    lists = _Lists(meta)
    _guide(Grid(sheets[L.GUIDE_SHEET], warnings, styles), data, assessor)
    _scores(Grid(sheets[L.SCORE_SHEET], warnings, styles), data, known, caption, lists)
    _comments(Grid(sheets[L.COMMENT_SHEET], warnings, styles), data, known, caption, lists)
    _meta(meta, data, assessor, token, key)
    for name, ws in sheets.items():
        ws.protection.sheet = True
        ws.protection.formatColumns = False  # the assessor may widen columns and rows
        ws.protection.formatRows = False
        if name != L.META_SHEET:
            print_setup(ws, title_rows=None, caption=caption)
    sheets[L.META_SHEET].sheet_state = "veryHidden"
    wb.security = WorkbookProtection(lockStructure=True)  # no renaming, moving or unhiding
    wb.active = 1
    save(wb, out)
    return warnings


def _guide(g: Grid, data: ReportInput, assessor: str) -> None:
    fw = data.framework
    g.title(f"评审员评分工作簿 · {assessor}")
    lines = [
        f"组织：{data.summary.organisation}　评价周期：{data.summary.cycle}　评价框架：{fw.title}",
        "1. 在“评分”工作表中为每个评分项选择百分比（0–100，5 的倍数），并为各要素选择分数段、填写评分理由。",
        "2. 在“优势与改进机会”工作表中逐行填写意见：选择评分项和类型，写出内容，可选条款、要素和重要程度。",
        "3. 只有浅黄色单元格可以填写；请勿改动工作表名称，也不要在单元格中输入公式。",
        "4. 填好后把文件交回，由项目负责人用“导入评分”读入；同一文件重复导入不会产生重复内容。",
        "How to fill in: choose a percentage and factor bands per item on 评分, write strengths and "
        "opportunities on 优势与改进机会; only the light yellow cells take input.",
    ]
    for n, line in enumerate(lines, start=2):
        g.note(n, 1, line)
    row = len(lines) + 3
    g.put(row, 1, "分数段", "小节", measure=False)
    g.header(row + 1, ["分数段", "总体描述"])
    row += 2
    for band in fw.bands:
        g.put(row, 1, band.label)
        g.put(row, 2, band.summary, "多行", measure=False)
        row += 1
    row += 1
    for kind in ("process", "results"):
        g.put(row, 1, f"{KIND[kind]}类评分项的要素", "小节", measure=False)
        g.header(row + 1, ["要素", "看什么"])
        row += 2
        for factor in fw.factors_for(kind):
            g.put(row, 1, factor.title)
            g.put(row, 2, factor.description, "多行", measure=False)
            row += 1
        row += 1
    g.fit(fixed={1: 12, 2: 100})


def _scores(g: Grid, data: ReportInput, assessor: Assessor | None, caption: str, lists: _Lists) -> None:
    fw, snap = data.framework, data.snapshot
    ws = g.ws
    g.title(
        f"{caption} · 评分",
        f"百分比和分数段请从下拉列表中选择；评分理由不超过 {L.TEXT_LIMIT} 字。得分由项目负责人导入后计算。",
    )
    percent_dv = _list_validation(
        lists.source([str(p) for p in L.PERCENTS]), "百分比", "请选择 0–100 之间 5 的倍数"
    )
    band_dv = _list_validation(lists.source([b.label for b in fw.bands]), "分数段", "请从列表中选择分数段")
    text_dv = DataValidation(
        type="textLength",
        operator="lessThanOrEqual",
        formula1=str(L.TEXT_LIMIT),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="评分理由过长",
        error=f"评分理由不能超过 {L.TEXT_LIMIT} 字",
    )
    for dv in (percent_dv, band_dv, text_dv):
        ws.add_data_validation(dv)
    labels = {b.number: b.label for b in fw.bands}
    for spec in L.score_rows(fw):
        if spec.item is None:
            factors = [f.title for f in fw.factors_for(spec.kind)]
            g.header(spec.row, ["编号", f"{KIND[spec.kind]}类评分项", "分值", "百分比", *factors, "评分理由"])
            continue
        item = spec.item
        score = snap.score(assessor.id, item.id) if assessor else None
        g.row(spec.row, [item.id, item.title, item.points])
        g.put(spec.row, L.COL_PERCENT, score.percent if score else None, "填写")
        percent_dv.add(g.ws.cell(spec.row, L.COL_PERCENT))
        for n, factor in enumerate(fw.factors_for(item.kind)):
            band = score.factors.get(factor.key) if score else None
            cell = g.put(
                spec.row, L.COL_FIRST_FACTOR + n, labels.get(band) if band else None, "填写", measure=False
            )
            band_dv.add(cell)
        cell = g.put(spec.row, L.COL_RATIONALE, score.rationale if score else "", "填写多行", measure=False)
        text_dv.add(cell)
    ws.freeze_panes = ws.cell(L.FIRST_SECTION_ROW + 1, L.COL_PERCENT)
    g.fit(
        fixed={
            L.COL_ID: 8,
            L.COL_TITLE: 24,
            L.COL_POINTS: 6,
            L.COL_PERCENT: 8,
            **{L.COL_FIRST_FACTOR + n: 9 for n in range(4)},
            L.COL_RATIONALE: 60,
        }
    )


def _comments(g: Grid, data: ReportInput, assessor: Assessor | None, caption: str, lists: _Lists) -> None:
    fw, snap = data.framework, data.snapshot
    ws = g.ws
    g.title(f"{caption} · 优势与改进机会", "每行一条意见。清空一行已有意见的“内容”即删除该意见。")
    g.header(L.COMMENT_HEADER_ROW, ["评分项", "类型", "内容", "条款", "要素", "重要程度", "标识"])
    items = list(fw.items())
    clauses = [c for _, c in fw.clauses()]
    meta = f"'{L.META_SHEET}'"
    item_dv = _list_validation(f"{meta}!$D$1:$D${len(items)}", "评分项", "请从列表中选择评分项编号")
    clause_dv = _list_validation(f"{meta}!$E$1:$E${len(clauses)}", "条款", "请从列表中选择条款编号")
    kind_dv = _list_validation(lists.source(list(COMMENT_KIND.values())), "类型", "请选择“优势”或“改进机会”")
    factors = dict.fromkeys(f.title for kind in ("process", "results") for f in fw.factors_for(kind))
    factor_dv = _list_validation(lists.source(list(factors)), "要素", "请从列表中选择要素")
    sig_dv = _list_validation(lists.source(list(SIGNIFICANCE.values())), "重要程度", "请选择 高 / 中 / 低")
    text_dv = DataValidation(
        type="textLength",
        operator="lessThanOrEqual",
        formula1=str(L.TEXT_LIMIT),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="内容过长",
        error=f"每条意见不能超过 {L.TEXT_LIMIT} 字",
    )
    for dv in (item_dv, clause_dv, kind_dv, factor_dv, sig_dv, text_dv):
        ws.add_data_validation(dv)
    own = [c for c in snap.comments if assessor is not None and c.assessor_id == assessor.id]
    kinds = {item.id: item.kind for item in items}
    row = L.COMMENT_FIRST_ROW
    for c in own:
        values = [
            c.item_id,
            COMMENT_KIND.get(c.kind, c.kind),
            c.text,
            c.clause_id or "",
            factor_title(fw, kinds.get(c.item_id, "process"), c.factor),
            SIGNIFICANCE.get(c.significance, c.significance),
        ]
        _comment_row(g, row, values)
        g.put(row, L.C_KEY, c.key, "正文", measure=False)
        row += 1
    last = row + L.BLANK_COMMENT_ROWS - 1
    for r in range(row, last + 1):
        _comment_row(g, r, [None] * 6)
    for dv, col in (
        (item_dv, "A"),
        (kind_dv, "B"),
        (text_dv, "C"),
        (clause_dv, "D"),
        (factor_dv, "E"),
        (sig_dv, "F"),
    ):
        dv.add(f"{col}{L.COMMENT_FIRST_ROW}:{col}{last}")
    ws.freeze_panes = ws.cell(L.COMMENT_FIRST_ROW, 1)
    ws.column_dimensions["G"].hidden = True  # the key that makes a second import find the row
    g.fit(fixed={1: 9, 2: 11, 3: 60, 4: 11, 5: 8, 6: 9, 7: 14})


def _comment_row(g: Grid, row: int, values: list[object]) -> None:
    for n, value in enumerate(values):
        g.put(row, L.C_ITEM + n, value, "填写多行" if n == 2 else "填写", measure=False)


def _meta(g: Grid, data: ReportInput, assessor: str, token: str, key: bytes) -> None:
    snap = data.snapshot
    values = {
        "format": L.FORMAT,
        "format_version": L.FORMAT_VERSION,
        "organisation": snap.project.org_name,
        "project_created": snap.project.created_at.isoformat(),
        "cycle_id": str(snap.cycle.id),
        "cycle_name": snap.cycle.name,
        "cycle_created": snap.cycle.created_at.isoformat(),
        "framework_id": data.framework.id,
        "framework_version": data.framework.version,
        "assessor": assessor,
        "token": token,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
    }
    for row, name in enumerate(L.META_KEYS, start=1):
        g.put(row, 1, name, measure=False)
        g.put(row, 2, values[name], measure=False)
    # Signed as the cells hold the values (the writer cleans text), which is what the import reads.
    written = {name: str(g.ws.cell(row, 2).value or "") for row, name in enumerate(L.META_KEYS, start=1)}
    row = len(L.META_KEYS) + 1
    g.put(row, 1, L.SIGNATURE, measure=False)
    g.put(row, 2, L.identity_signature(written, key), measure=False)
    _lists(g, data.framework)


def _lists(g: Grid, fw: Framework) -> None:
    for row, item in enumerate(fw.items(), start=1):
        g.put(row, L.LIST_ITEMS_COL, item.id, measure=False)
    for row, (_, clause) in enumerate(fw.clauses(), start=1):
        g.put(row, L.LIST_CLAUSES_COL, clause.label, measure=False)


@dataclass
class _Lists:
    """Where each drop-down's entries are written: inline in the validation while it fits
    (:data:`INLINE_LIST_LIMIT`), else in a column of the very hidden _meta sheet, as the items
    and clauses always are."""

    meta: Grid
    next_col: int = L.LIST_OVERFLOW_COL

    def source(self, values: Sequence[str]) -> str:
        """The validation's formula: "a,b,c", or the range on _meta that holds the entries."""
        inline = ",".join(values)
        if len(inline) <= INLINE_LIST_LIMIT and not any("," in v or '"' in v for v in values):
            return f'"{inline}"'
        col = get_column_letter(self.next_col)
        for row, value in enumerate(values, start=1):
            self.meta.put(row, self.next_col, value, measure=False)
        self.next_col += 1
        return f"'{L.META_SHEET}'!${col}$1:${col}${len(values)}"


def _list_validation(formula: str, title: str, error: str) -> DataValidation:
    """A drop-down over ``formula``: an inline list "a,b,c" or a range."""
    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=f"{title}无效",
        error=error,
        showDropDown=False,
    )
