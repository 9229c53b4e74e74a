"""How long the scoring workbook takes, against plain openpyxl writing the same cells.

The baseline writes exactly the cells (values and formula text) the export wrote, without
styles, charts, validation or print set-up, in the same run; the ratio says what the
workbook's finish costs.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

from excellence_app.core.report import ReportInput
from excellence_app.export.xlsx import write_workbook

REPEAT = 3


def _seconds(run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _cells(path: Path) -> dict[str, list[tuple[int, int, object]]]:
    wb = openpyxl.load_workbook(path)
    return {
        ws.title: [(c.row, c.column, c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        for ws in wb
    }


def _raw_write(cells: dict[str, list[tuple[int, int, object]]], out: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, values in cells.items():
        ws = wb.create_sheet(title)
        for row, col, value in values:
            ws.cell(row=row, column=col, value=value)
    wb.save(out)


def bench_xlsx(data: ReportInput, repeat: int = REPEAT) -> dict[str, float]:
    """Seconds (best of ``repeat``) for the export and for raw openpyxl, and their ratio.

    The two alternate, so a busy machine slows both alike.
    """
    with tempfile.TemporaryDirectory(prefix="xlsx-bench-") as tmp:
        ours, raw = Path(tmp) / "export.xlsx", Path(tmp) / "raw.xlsx"
        write_workbook(data, ours)
        cells = _cells(ours)
        export_s = raw_s = float("inf")
        for _ in range(repeat):
            export_s = min(export_s, _seconds(lambda: write_workbook(data, ours)))
            raw_s = min(raw_s, _seconds(lambda: _raw_write(cells, raw)))
    return {
        "xlsx_export_s": round(export_s, 4),
        "raw_openpyxl_s": round(raw_s, 4),
        "ratio": round(export_s / raw_s, 2) if raw_s else 0.0,
        "cells": float(sum(len(v) for v in cells.values())),
    }
