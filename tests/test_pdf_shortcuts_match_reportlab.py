"""The package's two short cuts through ReportLab (issue 16) make exactly what ReportLab makes:
fragments cut from our own markup without its XML parser (export/pdf/paraparse.py) equal its
parser's, and the canvas that remembers text operators (export/pdf/fasttext.py) writes the same
file byte for byte. A ReportLab release that changes either inside fails here, not in print."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.paraparser import ParaParser

from excellence_app.export.pdf import doc, linebreak, paraparse
from excellence_app.services import exports


@pytest.fixture
def invariant(monkeypatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date or random id in the file


def test_fragments_from_our_markup_equal_reportlabs_parser(sample, tmp_path: Path, monkeypatch) -> None:
    svc, cycle = sample
    seen: list[tuple[str, object, list]] = []
    real = paraparse.fast_frags

    def recording(markup, style):
        frags = real(markup, style)
        if frags is not None:
            seen.append((markup, style, frags))
        return frags

    monkeypatch.setattr(linebreak, "fast_frags", recording)
    exports.export_pdf(svc, cycle, tmp_path / "p.pdf", kind="package", include_scores=True)
    assert len(seen) > 1000  # the short cut is taken for most paragraphs
    for markup, style, frags in seen:
        _, expected, _ = ParaParser().parse(markup, style)
        assert [f.__dict__ for f in frags] == [f.__dict__ for f in expected], markup


@pytest.mark.parametrize("kind", ["package", "report"])
def test_the_remembering_canvas_writes_the_same_file(
    sample, tmp_path: Path, monkeypatch, invariant, kind
) -> None:
    svc, cycle = sample
    fast, plain = tmp_path / "fast.pdf", tmp_path / "plain.pdf"
    exports.export_pdf(svc, cycle, fast, kind=kind)
    monkeypatch.setattr(doc, "FastTextCanvas", Canvas)
    exports.export_pdf(svc, cycle, plain, kind=kind)
    assert fast.read_bytes() == plain.read_bytes()
