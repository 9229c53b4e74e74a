"""Reads an assessor's workbook back: every problem found, with its sheet!cell, and the valid rows.

Pure: it opens no database. The services compare what it returns with the project and
apply it (services/score_import.py).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.core import pack_moves, scoring
from excellence_app.core.errors import InvalidValue
from excellence_app.core.framework import Framework
from excellence_app.core.pack_moves import PackMove
from excellence_app.export.xlsx import assessor_layout as L
from excellence_app.export.xlsx.import_model import (
    CommentEntry,
    Identity,
    ParsedWorkbook,
    Problem,
    ScoreEntry,
    check_identity,
    read_identity,
)
from excellence_app.export.xlsx.labels import COMMENT_KIND, SIGNIFICANCE
from excellence_app.export.xlsx.safezip import check_workbook_file

__all__ = [
    "CommentEntry",
    "Identity",
    "ParsedWorkbook",
    "Problem",
    "ScoreEntry",
    "check_identity",
    "read_assessor_workbook",
]

MAX_ROWS = 10_000
_KEY = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")
# ASCII digits only, after NFKC has turned full-width ones (５０％) into them: Python's \d and
# float() would also take Devanagari "५०" or Arabic-Indic "٥٠", which no lead can check by eye.
_NUMBER = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*%?\s*$", re.ASCII)


def read_assessor_workbook(
    path: Path, framework: Framework, *, text_limit: int = L.TEXT_LIMIT
) -> ParsedWorkbook:
    name = Path(path).name
    refused = check_workbook_file(Path(path))
    if refused:
        return ParsedWorkbook(None, problems=tuple(Problem("", name, zh, en, True) for zh, en in refused))
    try:
        wb = openpyxl.load_workbook(path, keep_links=False)
    except Exception as exc:  # any library failure on a hostile or broken file is one clear line
        return ParsedWorkbook(
            None, problems=(Problem("", name, "无法读取工作簿", f"cannot read the workbook ({exc})", True),)
        )
    missing = [s for s in (L.SCORE_SHEET, L.COMMENT_SHEET) if s not in wb.sheetnames]
    problems: list[Problem] = []
    if L.META_SHEET not in wb.sheetnames:
        problems.append(
            Problem(
                "",
                name,
                f"缺少隐藏的标识工作表“{L.META_SHEET}”，无法确认工作簿属于哪个项目",
                f"the hidden sheet {L.META_SHEET} identifying the project is missing",
                True,
            )
        )
    if missing:
        others = [
            s for s in wb.sheetnames if s not in (L.GUIDE_SHEET, L.SCORE_SHEET, L.COMMENT_SHEET, L.META_SHEET)
        ]
        hint = f"（工作簿中另有：{'、'.join(others)}，可能被改了名）" if others else ""
        hint_en = f" (found instead: {', '.join(others)}; renamed?)" if others else ""
        for sheet in missing:
            problems.append(
                Problem("", name, f"缺少工作表“{sheet}”{hint}", f"sheet {sheet} is missing{hint_en}", True)
            )
    if problems:
        return ParsedWorkbook(None, problems=tuple(problems))
    identity, meta_problems = read_identity(wb[L.META_SHEET], framework)
    problems += meta_problems
    for sheet in (L.SCORE_SHEET, L.COMMENT_SHEET):
        if wb[sheet].max_row > MAX_ROWS:  # each row is read cell by cell; keep that bounded
            rows = wb[sheet].max_row
            problems.append(
                Problem(
                    sheet,
                    f"A{rows}",
                    f"工作表行数过多（{rows:,} 行，上限 {MAX_ROWS:,}）",
                    f"too many rows ({rows:,}, limit {MAX_ROWS:,})",
                    True,
                )
            )
    problems += _merged_inputs(wb[L.SCORE_SHEET], L.FIRST_SECTION_ROW, L.COL_RATIONALE)
    problems += _merged_inputs(wb[L.COMMENT_SHEET], L.COMMENT_FIRST_ROW, L.C_KEY)
    if any(p.fatal for p in problems):
        return ParsedWorkbook(identity, problems=tuple(problems))
    scores = _scores(wb[L.SCORE_SHEET], framework, text_limit, problems)
    moves = pack_moves.moves_from(framework.id, identity["framework_version"])
    comments = _comments(wb[L.COMMENT_SHEET], framework, moves, text_limit, identity["token"], problems)
    return ParsedWorkbook(identity, tuple(scores), tuple(comments), tuple(problems))


def _merged_inputs(ws: Worksheet, first_row: int, last_col: int) -> list[Problem]:
    """Merged cells over the table: the merge keeps only the first cell's value, so what the
    assessor sees is not what would be read. Refused, one line per merge, named by its range."""
    return [
        Problem(
            ws.title,
            merged.coord,
            f"单元格 {merged.coord} 被合并了；填写区域不能合并单元格，请取消合并后核对内容再导入",
            f"cells {merged.coord} are merged; cells of the table must not be merged, unmerge them and check",
            True,
        )
        for merged in sorted(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col))
        if merged.max_row >= first_row and merged.min_col <= last_col
    ]


def _is_formula(cell: Cell) -> bool:
    return cell.data_type == "f" or isinstance(cell.value, ArrayFormula | DataTableFormula)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Row:
    """The problems of one row; the row is kept only when it has none."""

    def __init__(self, ws: Worksheet, row: int, problems: list[Problem]) -> None:
        self.ws, self.row, self.problems, self.ok = ws, row, problems, True

    def fail(self, col: int, zh: str, en: str) -> None:
        self.ok = False
        self.problems.append(Problem(self.ws.title, self.ws.cell(self.row, col).coordinate, zh, en))

    def value(self, col: int) -> object:
        cell = self.ws.cell(self.row, col)
        if _is_formula(cell):
            self.fail(col, "此处应填写数值或文字，不能是公式", "a value belongs here, not a formula")
            return None
        return cell.value

    def text(self, col: int, limit: int, what: str, what_en: str) -> str:
        value = self.value(col)
        text = (
            ""
            if value is None
            else (
                value if isinstance(value, str) else f"{value:g}" if isinstance(value, float) else str(value)
            )
        )
        if len(text) > limit:
            self.fail(
                col,
                f"{what}过长：{len(text):,} 个字符，上限 {limit:,}",
                f"{what_en} too long: {len(text):,} characters, limit {limit:,}",
            )
        return text


def _percent(r: _Row, col: int) -> int | None:
    cell = r.ws.cell(r.row, col)
    value = r.value(col)
    if _blank(value):
        return None
    if isinstance(value, str):
        match = _NUMBER.match(unicodedata.normalize("NFKC", value))
        if not match:
            r.fail(col, f"百分比应为数字，收到“{value}”", f"a percentage must be a number, got {value!r}")
            return None
        value = float(match[1])
    elif isinstance(value, float) and "%" in cell.number_format and 0 < value <= 1:
        value = round(value * 100, 6)  # typed as 35 % in a percent-formatted cell
    if isinstance(value, bool) or not isinstance(value, int | float):
        r.fail(col, "百分比应为数字", "a percentage must be a number")
        return None
    try:
        return scoring.check_percent(value)
    except InvalidValue as exc:
        r.fail(col, exc.zh, exc.en)
        return None


def _scores(ws: Worksheet, fw: Framework, limit: int, problems: list[Problem]) -> list[ScoreEntry]:
    layout = {spec.row: spec for spec in L.score_rows(fw)}
    bands = {b.label: b.number for b in fw.bands}
    entries: list[ScoreEntry] = []
    for row in range(L.FIRST_SECTION_ROW, max(ws.max_row, max(layout)) + 1):
        spec = layout.get(row)
        r = _Row(ws, row, problems)
        found = r.value(L.COL_ID)
        if spec is None or spec.item is None:
            if not _blank(found) and isinstance(found, str) and found.strip() not in ("编号", ""):
                r.fail(
                    L.COL_ID,
                    f"未知评分项“{found}”（评分项只能在原有的行中填写）",
                    f"unknown item {found!r} (items are filled in on their own rows only)",
                )
            continue
        item = spec.item
        if str(found).strip() != item.id:
            known = isinstance(found, str) and fw.has_item(found.strip())
            r.fail(
                L.COL_ID,
                f"此行应为评分项 {item.id}，实为“{found}”"
                if known
                else f"未知评分项“{found}”（此行应为 {item.id}）",
                f"this row belongs to item {item.id}, found {found!r}"
                if known
                else f"unknown item {found!r} (this row belongs to {item.id})",
            )
            continue
        percent = _percent(r, L.COL_PERCENT)
        factors: dict[str, int] = {}
        for n, factor in enumerate(fw.factors_for(item.kind)):
            col = L.COL_FIRST_FACTOR + n
            value = r.value(col)
            if _blank(value):
                continue
            band = bands.get(str(value).strip())
            if band is None and type(value) is int and 1 <= value <= len(fw.bands):  # not TRUE
                band = value
            if band is None:
                r.fail(
                    col,
                    f"{factor.title}的分数段无效：“{value}”（可选：{'、'.join(bands)}）",
                    f"invalid band for {factor.title_en}: {value!r} (one of {', '.join(bands)})",
                )
                continue
            factors[factor.key] = band
        rationale = r.text(L.COL_RATIONALE, limit, "评分理由", "rationale")
        if r.ok:
            entries.append(ScoreEntry(row, item.id, percent, factors, rationale))
    return entries


def _comments(
    ws: Worksheet, fw: Framework, moves: list[PackMove], limit: int, token: str, problems: list[Problem]
) -> list[CommentEntry]:
    kinds = {v: k for k, v in COMMENT_KIND.items()}
    significance = {v: k for k, v in SIGNIFICANCE.items()}
    entries: list[CommentEntry] = []
    for row in range(L.COMMENT_FIRST_ROW, ws.max_row + 1):
        r = _Row(ws, row, problems)
        raw = [r.value(c) for c in range(L.C_ITEM, L.C_KEY + 1)]
        if not r.ok or all(_blank(v) for v in raw):
            continue
        key = str(raw[L.C_KEY - 1] or "").strip()
        if key and not _KEY.match(key):
            r.fail(L.C_KEY, "意见的标识被改动过", "the comment's key was altered")
        text = r.text(L.C_TEXT, limit, "意见内容", "comment").strip()
        item_id = str(raw[L.C_ITEM - 1] or "").strip()
        if not text and key:  # the assessor cleared a comment the workbook came with
            if r.ok:
                entries.append(CommentEntry(row, key, item_id, "", "", "medium", None, None))
            continue
        if not text:
            r.fail(L.C_TEXT, "意见内容为空", "the comment is empty")
        if not fw.has_item(item_id):
            r.fail(
                L.C_ITEM,
                f"未知评分项“{item_id}”" if item_id else "未选择评分项",
                f"unknown item {item_id!r}" if item_id else "no item chosen",
            )
            continue
        item = fw.item(item_id)
        kind = kinds.get(str(raw[L.C_KIND - 1] or "").strip())
        if kind is None:
            r.fail(L.C_KIND, "类型应为“优势”或“改进机会”", "the kind must be 优势 or 改进机会")
        sig_text = str(raw[L.C_SIGNIFICANCE - 1] or "").strip()
        sig = significance.get(sig_text, "medium" if not sig_text else None)
        if sig is None:
            r.fail(L.C_SIGNIFICANCE, "重要程度应为 高 / 中 / 低", "significance must be 高, 中 or 低")
        clause_text = str(raw[L.C_CLAUSE - 1] or "").strip()
        for move in moves:  # a workbook of an earlier pack names clauses as that pack did
            clause_text = pack_moves.clause_target(move, clause_text.split(" ")[0]) or clause_text
        clause = item.clause_named(clause_text) if clause_text else None
        clause_id = clause.id if clause else None
        if clause_text and clause is None:
            r.fail(
                L.C_CLAUSE,
                f"条款 {clause_text} 不属于评分项 {item_id}",
                f"clause {clause_text} does not belong to item {item_id}",
            )
        factor_text = str(raw[L.C_FACTOR - 1] or "").strip()
        factor = next((f.key for f in fw.factors_for(item.kind) if f.title == factor_text), None)
        if factor_text and factor is None:
            names = "、".join(f.title for f in fw.factors_for(item.kind))
            r.fail(
                L.C_FACTOR,
                f"评分项 {item_id} 没有要素“{factor_text}”（可选：{names}）",
                f"item {item_id} has no factor {factor_text!r}",
            )
        if r.ok:
            entries.append(
                CommentEntry(
                    row,
                    key or L.comment_key(token, row),
                    item_id,
                    kind or "",
                    text,
                    sig or "medium",
                    clause_id,
                    factor,
                )
            )
    return entries
