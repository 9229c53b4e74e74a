"""The workbook's short cuts through openpyxl (issue 16) write what openpyxl writes: rows as text
(export/xlsx/rows.py), charts copied from one built per shape and drawings' anchors
(export/xlsx/charts.py). Each part of the file, read as XML, equals the part openpyxl itself
writes for the same workbook; an openpyxl release that changes its output fails here."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._writer import WorksheetWriter

from excellence_app.export.xlsx import book, results_sheet
from excellence_app.services import exports
from excellence_app.services.interchange import write_sample


class _BuildEachChart:
    """A chart copier that copies nothing: every chart built by openpyxl."""

    def chart(self, texts, shape, build):
        return build(texts)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        out = {}
        for name in z.namelist():
            data = z.read(name)
            if name.endswith((".xml", ".rels")) and name != "docProps/core.xml":  # core: the time
                data = etree.tostring(etree.fromstring(data), method="c14n")
            out[name] = data
        return out


@pytest.mark.parametrize("kind", ["scoring", "submission"])
def test_every_part_equals_what_openpyxl_writes(tmp_path: Path, monkeypatch, kind: str) -> None:
    svc = write_sample(tmp_path / "s.exa")
    try:
        cycle = svc.cycles.all()[-1].id
        ours, theirs = tmp_path / "ours.xlsx", tmp_path / "theirs.xlsx"
        exports.export_xlsx(svc, cycle, ours, kind=kind)
        monkeypatch.setattr(book, "RowWriter", WorksheetWriter)
        monkeypatch.setattr(book, "QuickDrawing", SpreadsheetDrawing)
        monkeypatch.setattr(results_sheet, "_CHARTS", _BuildEachChart())
        exports.export_xlsx(svc, cycle, theirs, kind=kind)
    finally:
        svc.close()
    mine, openpyxls = _parts(ours), _parts(theirs)
    assert sorted(mine) == sorted(openpyxls)
    differing = [name for name in mine if name != "docProps/core.xml" and mine[name] != openpyxls[name]]
    assert differing == []


def test_the_short_cuts_are_taken(tmp_path: Path) -> None:
    svc = write_sample(tmp_path / "s.exa")
    try:
        exports.export_xlsx(svc, svc.cycles.all()[-1].id, tmp_path / "w.xlsx")
    finally:
        svc.close()
    with zipfile.ZipFile(tmp_path / "w.xlsx") as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    # rows.py writes UTF-8 text; openpyxl's writer would have written "&#" references
    assert "评".encode() in sheet and b"&#" not in sheet
