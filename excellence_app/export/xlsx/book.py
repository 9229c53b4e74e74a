"""A workbook is a list of sheets; each sheet is one function over the report input.

A later sheet (consensus, year-on-year, calibration) is added by writing one function and
putting a :class:`SheetSpec` into the list; nothing else changes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from io import BytesIO
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.functions import tostring

from excellence_app.core import analyses
from excellence_app.core.compare import CycleComparison
from excellence_app.core.report import Cancelled, ExportCancelled, Progress, ReportInput
from excellence_app.export.xlsx.cells import (
    Formula,
    Grid,
    StyleArrays,
    Warning,
    print_setup,
    register_styles,
)
from excellence_app.export.xlsx.charts import QuickDrawing, SavedChart
from excellence_app.export.xlsx.rows import RowWriter


@dataclass
class BookContext:
    """What the sheets of one workbook share while it is being written."""

    data: ReportInput
    styles: StyleArrays
    warnings: list[Warning] = field(default_factory=list)
    # Cells a sheet publishes for later sheets, e.g. "category:4.1" → "'评分汇总'!$J$5".
    refs: dict[str, str] = field(default_factory=dict)

    @cached_property
    def comparison(self) -> CycleComparison | None:
        """This cycle against the one before: computed once, for the sheets that show it."""
        return analyses.comparison(self.data)

    def grid(self, ws: Worksheet) -> Grid:
        return Grid(ws, self.warnings, self.styles)

    def linked(self, key: str, value: float) -> object:
        """A formula pointing at the published cell, or the value when no sheet published it."""
        ref = self.refs.get(key)
        return Formula(f"={ref}") if ref else value

    @property
    def caption(self) -> str:
        s = self.data.summary
        return f"{s.organisation} · {s.cycle}"

    def setup(self, ws: Worksheet, title_rows: str | None, landscape: bool = True) -> None:
        print_setup(ws, title_rows=title_rows, caption=self.caption, landscape=landscape)


SheetWrite = Callable[[Worksheet, BookContext], None]


def _always(_: ReportInput) -> bool:
    return True


@dataclass(frozen=True)
class SheetSpec:
    title: str
    write: SheetWrite
    wanted: Callable[[ReportInput], bool] = _always


def absolute(ws: Worksheet, coordinate: str) -> str:
    """A reference another sheet can use: 'sheet name'!$A$1."""
    col = "".join(c for c in coordinate if c.isalpha())
    row = coordinate[len(col) :]
    title = ws.title.replace("'", "''")
    return f"'{title}'!${col}${row}"


def build(
    data: ReportInput,
    sheets: Sequence[SheetSpec],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[Workbook, list[Warning]]:
    wb = Workbook()
    styles = register_styles(wb)
    wb.remove(wb.active)
    ctx = BookContext(data, styles)
    chosen = [spec for spec in sheets if spec.wanted(data)]
    for done, spec in enumerate(chosen):
        if cancelled is not None and cancelled():
            raise ExportCancelled
        spec.write(wb.create_sheet(spec.title), ctx)
        if progress is not None:
            progress(done + 1, len(chosen) + 1)
    wb.active = 0
    return wb, ctx.warnings


def save(
    wb: Workbook, out: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled
    write_file(out, workbook_bytes(wb))
    if progress is not None:
        total = len(wb.worksheets) + 1
        progress(total, total)


class _MemoryWriter(ExcelWriter):
    """openpyxl's writer (3.1), with each sheet's XML kept in memory instead of a temporary file
    its rows written by :class:`RowWriter` and its drawings by :class:`QuickDrawing`.

    openpyxl writes every sheet to a file in the temp folder and zips straight into the
    output; when the disk fills up, its half-closed generator and zip file fail once more
    as they are garbage-collected ("Exception ignored in …" on stderr). Built in memory,
    the workbook meets the disk only in :func:`write_file`, whose file is always closed.
    """

    def _write_charts(self) -> None:
        """As openpyxl's, with a :class:`SavedChart`'s XML written as it is."""
        if len(self._charts) != len(set(self._charts)):
            raise InvalidFileException("The same chart cannot be used in more than one worksheet")
        for chart in self._charts:
            xml = chart.xml if isinstance(chart, SavedChart) else tostring(chart._write())
            self._archive.writestr(chart.path[1:], xml)
            self.manifest.append(chart)

    def write_worksheet(self, ws: Worksheet) -> None:
        ws._drawing = QuickDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = RowWriter(ws, out=BytesIO())
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


COMPRESS_LEVEL = 3


def workbook_bytes(wb: Workbook) -> bytes:
    """The .xlsx file as bytes (a workbook is a few megabytes at most)."""
    buffer = BytesIO()
    # Deflate level 3 instead of zlib's 6: on the sample 40 % less time for a file 6 % larger,
    # as large as openpyxl's own (which writes the sheets larger, see rows.py).
    with ZipFile(buffer, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=COMPRESS_LEVEL) as archive:
        wb.properties.modified = datetime.now(UTC).replace(tzinfo=None)
        _MemoryWriter(wb, archive).write_data()
    return buffer.getvalue()


def write_file(out: Path, data: bytes) -> None:
    """Write all of ``data``; an OSError (e.g. the disk is full) leaves no open file behind."""
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
