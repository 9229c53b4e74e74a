"""Helpers for the issue-8 GUI tests (consensus, comparison, actions, trainer); no tests here.

Assessors' workbooks are made with the real export and filled in with openpyxl, as a
person would fill them in Excel.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from test_xlsx_helpers import find_row

from excellence_app.export.xlsx import assessor_layout as L
from excellence_app.services import exports
from excellence_app.services.project import ProjectService

JOB_TIMEOUT_MS = 30_000
TEAM = (("周建华", "lead"), ("林芳", "member"), ("许志强", "member"))


def make_team_project(path: Path, *, cycle_name: str = "2026年度自评") -> Path:
    """An empty project whose cycle has the three assessors of TEAM, nothing scored yet."""
    with ProjectService.create(path, "测试精密机械有限公司", cycle_name=cycle_name, actor="tester") as svc:
        cycle = svc.cycles()[0].id
        for name, role in TEAM:
            svc.add_assessor(cycle, name, role)
    return path


def make_workbook(
    project: Path,
    out: Path,
    assessor: str,
    percents: dict[str, int],
    comments: tuple[tuple[str, str, str], ...] = (),
) -> Path:
    """Export ``assessor``'s workbook, then type percents and (item, 类型, 内容) comment rows."""
    with ProjectService.open(project) as svc:
        exports.export_assessor_workbook(svc, svc.cycles()[-1].id, out, assessor)
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


def click_ok(dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def shown(widget) -> bool:
    return widget is not None and widget.isVisible()
