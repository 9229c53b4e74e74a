"""While our PDFs are saved, each font face hands out one copy of a table to all its subsets
(export/pdf/subsets.py) instead of ReportLab copying it out of the font file for each. The
file must be the one ReportLab writes itself, byte for byte, and no face may keep the copies
once the export is done."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from excellence_app.export.pdf import doc
from excellence_app.services import exports


def _faces_holding_tables() -> list[str]:
    fonts = map(pdfmetrics.getFont, pdfmetrics.getRegisteredFontNames())
    return [f.fontName for f in fonts if isinstance(f, TTFont) and "get_table" in vars(f.face)]


@pytest.mark.parametrize("kind", ["package", "report"])
def test_subsets_from_tables_read_once_make_the_same_file(
    sample, tmp_path: Path, monkeypatch, kind: str
) -> None:
    svc, cycle = sample
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date or random id in the file
    once, plain = tmp_path / "once.pdf", tmp_path / "plain.pdf"
    exports.export_pdf(svc, cycle, once, kind=kind)
    assert _faces_holding_tables() == []
    monkeypatch.setattr(doc, "tables_read_once", contextlib.nullcontext)
    exports.export_pdf(svc, cycle, plain, kind=kind)
    assert once.read_bytes() == plain.read_bytes()
