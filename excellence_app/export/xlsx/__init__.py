"""The scoring workbook (评分工作簿): live formulas, native charts, ready to print on A4.

Its sheets are listed in :data:`SCORING_SHEETS`; a new sheet is one more :class:`SheetSpec`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from excellence_app.core.report import Cancelled, Progress, ReportInput
from excellence_app.export.xlsx import (
    actions_sheet,
    calibration_sheet,
    category_sheet,
    comments_sheet,
    fates_sheet,
    history_sheet,
    results_sheet,
    spread_detail_sheet,
    spread_sheet,
    summary_sheet,
)
from excellence_app.export.xlsx.book import BookContext, SheetSpec, build, save

__all__ = ["SCORING_SHEETS", "BookContext", "SheetSpec", "write_workbook"]

# In this order; the summary comes first because the category sheet links to its subtotals.
SCORING_SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(summary_sheet.TITLE, summary_sheet.write),
    SheetSpec(category_sheet.TITLE, category_sheet.write),
    SheetSpec(comments_sheet.TITLE, comments_sheet.write),
    SheetSpec(results_sheet.TITLE, results_sheet.write),
    SheetSpec(spread_sheet.TITLE, spread_sheet.write),
    SheetSpec(spread_detail_sheet.TITLE, spread_detail_sheet.write, spread_detail_sheet.wanted),
    SheetSpec(actions_sheet.TITLE, actions_sheet.write),
    SheetSpec(history_sheet.TITLE, history_sheet.write, history_sheet.wanted),
    SheetSpec(fates_sheet.TITLE, fates_sheet.write, fates_sheet.wanted),
    SheetSpec(calibration_sheet.TITLE, calibration_sheet.write, calibration_sheet.wanted),
)


def write_workbook(
    data: ReportInput,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    sheets: Sequence[SheetSpec] = SCORING_SHEETS,
) -> list[tuple[str, str]]:
    """Write the scoring workbook to ``out``; returns warnings as (Chinese, English) pairs."""
    wb, warnings = build(data, sheets, progress=progress, cancelled=cancelled)
    save(wb, Path(out), progress=progress, cancelled=cancelled)
    return warnings
