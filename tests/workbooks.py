"""Workbooks as people and Excel handle them: cell look-ups, an assessor typing into their
workbook, and every formula recalculated as Excel would.

Assessors' workbooks are made with the real export and filled in with openpyxl, as a
person would fill them in Excel.
"""

from __future__ import annotations

import re
from pathlib import Path

import formulas
import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from excellence_app.export.xlsx import assessor_layout as L
from excellence_app.services import exports
from excellence_app.services.project import ProjectService


def find_row(ws: Worksheet, col: int, value: str, start: int = 1) -> int:
    for row in range(start, ws.max_row + 1):
        if ws.cell(row, col).value == value:
            return row
    raise AssertionError(f"{value!r} not found in column {col} of {ws.title}")


def header_columns(ws: Worksheet, row: int) -> dict[str, int]:
    return {ws.cell(row, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(row, c).value}


def type_into(cell, value: object) -> None:
    """As typed in Excel: a leading apostrophe keeps a text that starts with = as text."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
        cell.quotePrefix = True


def fill_in(
    path: Path,
    percents: dict[str, int],
    bands: dict[str, list[str]] | None = None,
    rationale: dict[str, str] | None = None,
    comments: list[tuple[str, str, str, str, str, str]] = (),
) -> None:
    """Type into the workbook as an assessor does: percents, bands, rationale, comment rows."""
    wb = openpyxl.load_workbook(path)
    ws = wb[L.SCORE_SHEET]
    for item_id, percent in percents.items():
        ws.cell(find_row(ws, 1, item_id), L.COL_PERCENT).value = percent
    for item_id, labels in (bands or {}).items():
        for n, label in enumerate(labels):
            ws.cell(find_row(ws, 1, item_id), L.COL_FIRST_FACTOR + n).value = label
    for item_id, text in (rationale or {}).items():
        type_into(ws.cell(find_row(ws, 1, item_id), L.COL_RATIONALE), text)
    cs = wb[L.COMMENT_SHEET]
    row = L.COMMENT_FIRST_ROW
    for values in comments:
        while cs.cell(row, L.C_ITEM).value or cs.cell(row, L.C_KEY).value:
            row += 1
        for n, value in enumerate(values):
            type_into(cs.cell(row, L.C_ITEM + n), value)
        row += 1
    wb.save(path)


def make_workbook(
    project: Path,
    out: Path,
    assessor: str,
    percents: dict[str, int],
    comments: tuple[tuple[str, str, str], ...] = (),
) -> Path:
    """Export ``assessor``'s workbook, then type percents and (item, 类型, 内容) comment rows."""
    with ProjectService.open(project) as svc:
        exports.export_assessor_workbook(svc, svc.cycles.all()[-1].id, out, assessor)
    wb = openpyxl.load_workbook(out)
    ws = wb[L.SCORE_SHEET]
    for item_id, percent in percents.items():
        ws.cell(find_row(ws, 1, item_id), L.COL_PERCENT).value = percent
    cs = wb[L.COMMENT_SHEET]
    row = L.COMMENT_FIRST_ROW
    for item_id, kind, text in comments:
        while cs.cell(row, L.C_ITEM).value or cs.cell(row, L.C_KEY).value:
            row += 1
        cs.cell(row, L.C_ITEM).value = item_id
        cs.cell(row, L.C_KIND).value = kind
        cs.cell(row, L.C_TEXT).value = text
        row += 1
    wb.save(out)
    return out


_KEY = re.compile(r"^'?\[[^\]]+\](.+?)'?!([A-Z]+[0-9]+)$")


def recalculate(path: Path) -> dict[tuple[str, str], object]:
    """Every formula evaluated as Excel would: (SHEET, A1) → value."""
    solution = formulas.ExcelModel().loads(str(path)).finish().calculate()
    out: dict[tuple[str, str], object] = {}
    for key, ranges in solution.items():
        match = _KEY.match(key)
        if match:
            value = ranges.value[0, 0]
            out[(match[1].upper(), match[2])] = "" if isinstance(value, formulas.XlError) else value
    return out
