"""Our PDFs compress their streams at a quicker zlib level (export/pdf/compression.py) by giving
ReportLab's one Flate filter another ``encode``. Outside our exports that filter must write
exactly what ReportLab's own does, and a package written at the quicker level must hold the
same objects and, decompressed, the same streams as one written at ReportLab's level."""

from __future__ import annotations

import contextlib
import re
import threading
import zlib
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc

from excellence_app.export.pdf import compression, doc
from excellence_app.services import exports

SAMPLE = ("BT /F1+0 10.5 Tf 15.75 TL (\\001\\002) Tj ET\n" * 200).encode("latin-1") + bytes(range(256))


def reportlab_encode(data: bytes) -> bytes:
    return pdfdoc.PDFStreamFilterZCompress.encode(pdfdoc.PDFZCompress, data)


def test_outside_our_exports_the_filter_is_reportlabs() -> None:
    assert pdfdoc.PDFZCompress.encode(SAMPLE) == reportlab_encode(SAMPLE)
    assert pdfdoc.PDFZCompress.encode(SAMPLE.decode("latin-1")) == reportlab_encode(SAMPLE.decode("latin-1"))


def test_inside_only_this_thread_compresses_quicker() -> None:
    other: list[bytes] = []
    with compression.quicker_compression():
        ours = pdfdoc.PDFZCompress.encode(SAMPLE)
        worker = threading.Thread(target=lambda: other.append(pdfdoc.PDFZCompress.encode(SAMPLE)))
        worker.start()
        worker.join()
    assert ours == zlib.compress(SAMPLE, compression.LEVEL)
    assert zlib.decompress(ours) == SAMPLE
    assert other == [reportlab_encode(SAMPLE)]
    assert pdfdoc.PDFZCompress.encode(SAMPLE) == reportlab_encode(SAMPLE)  # and after it


def _objects(path: Path) -> list[tuple[bytes, ...]]:
    """Every object of a file as written, streams decompressed and their /Length left out."""
    out: list[tuple[bytes, ...]] = []
    for match in re.finditer(rb"(\d+) 0 obj\r?\n(.*?)endobj", path.read_bytes(), re.S):
        body = match.group(2)
        start = re.search(rb"\bstream\r?\n", body)
        if start is None:
            out.append((match.group(1), body))
            continue
        head, data = body[: start.start()], body[start.end() : body.rfind(b"endstream")]
        if b"FlateDecode" in head:
            inflate = zlib.decompressobj()
            data = inflate.decompress(data)
            assert inflate.eof
        out.append((match.group(1), re.sub(rb"/Length \d+", b"", head), data))
    return out


def test_the_quicker_file_holds_the_same_streams(sample, tmp_path: Path, monkeypatch) -> None:
    svc, cycle = sample
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date or random id in the file
    quick, plain = tmp_path / "quick.pdf", tmp_path / "plain.pdf"
    exports.export_pdf(svc, cycle, quick, kind="package")
    monkeypatch.setattr(doc, "quicker_compression", contextlib.nullcontext)
    exports.export_pdf(svc, cycle, plain, kind="package")
    assert quick.read_bytes() != plain.read_bytes()  # the level did change
    quick_objects, plain_objects = _objects(quick), _objects(plain)
    assert sum(len(o) == 3 for o in plain_objects) > 50  # pages, fonts, forms
    assert quick_objects == plain_objects
