"""附件: when the award asks for them, the evidence files are printed into the package after the
证实性材料 list. Each attached PDF page lands in a framed box on a page of its own that the page
numbers and "共 N 页" count; images sit on the page like figures; files that cannot be printed
(a workbook, a damaged or password-protected PDF) are named as handed in separately, never
silently dropped, and the export still succeeds."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from builders import new_project
from pdfs import export
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from excellence_app.core.awards import AwardProfile, EvidenceKind
from excellence_app.core.snapshots import EvidenceLink
from excellence_app.services.project import ProjectService

OFFICE = AwardProfile(
    id="bound",
    name="某市政府质量奖",
    parts=("cover", "toc", "report", "evidence", "attachments"),
    evidence_kinds=(EvidenceKind(key="licence", name="营业执照"),),
)


def pdf_of(*pages: tuple[str, tuple[float, float], int]) -> bytes:
    """A PDF whose pages say the given words, in the given size and /Rotate."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for words, size, _ in pages:
        canvas.setPageSize(size)
        canvas.setFont("Helvetica", 28)
        canvas.drawString(72, size[1] / 2, words)
        canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    for page, (_, _, rotate) in zip(writer.pages, pages, strict=True):
        if rotate:
            page.rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def png_of(width: int, height: int) -> bytes:
    rows = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def locked_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_of(("SECRET", A4, 0)))))
    writer.encrypt("only-the-owner-knows")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def svc(tmp_path: Path):
    with new_project(tmp_path / "p.exa") as svc:
        svc.save_award_profile(OFFICE)
        cycle = svc.cycles.all()[0].id
        svc.cycles.set_cycle_award(cycle, "bound")
        svc.content.set_response(cycle, "4.1.2a", "董事长主持制定使命和愿景。", status="done")
        add = svc.evidence.attach_evidence
        add(cycle, "营业执照（副本）.pdf", pdf_of(("LICENCE-PAGE", A4, 0)), kind="licence")
        pages = (("MANUAL-ONE", A4, 0), ("MANUAL-WIDE", landscape(A4), 0), ("MANUAL-TURNED", A4, 90))
        add(cycle, "质量手册.pdf", pdf_of(*pages), links=[EvidenceLink("4.1.2", "4.1.2a")])
        add(cycle, "组织机构图.png", png_of(40, 24))
        add(cycle, "指标台账.xlsx", b"PK\x03\x04 not printed")
        add(cycle, "损坏的报告.pdf", b"%PDF-1.7 truncated")
        add(cycle, "加密的证书.pdf", locked_pdf())
        yield svc


def test_attached_pages_are_numbered_with_the_package_and_carry_their_content(
    svc: ProjectService, tmp_path: Path
) -> None:
    pdf, _ = export(svc, tmp_path / "p.pdf")
    words = ("LICENCE-PAGE", "MANUAL-ONE", "MANUAL-WIDE", "MANUAL-TURNED")
    where = {word: n for word in words for n, text in enumerate(pdf.pages, 1) if word in text}
    assert len(where) == 4, "every attached page's own content is in the package"
    assert where["LICENCE-PAGE"] < where["MANUAL-ONE"] < where["MANUAL-WIDE"] < where["MANUAL-TURNED"]
    total = len(pdf.pages)
    for word, page in where.items():
        assert f"第 {page} 页" in pdf.layout[page - 1] and f"共 {total} 页" in pdf.layout[page - 1], word
    assert "附件〔2〕第 3 页，共 3 页" in pdf.layout[where["MANUAL-TURNED"] - 1]
    # The list of 证实性材料 points at the page each attachment starts on.
    listing = pdf.layout[pdf.page_of("二、证实性材料") - 1]
    manual = next(line for line in listing.splitlines() if "附件" in line and line.split()[-1].isdigit())
    assert int(manual.split()[-1]) in where.values()
    # Beside the open project (and its lock and journal) only the package itself.
    assert {p.name for p in tmp_path.iterdir() if not p.name.startswith("p.exa")} == {"p.pdf"}


def test_what_cannot_be_printed_is_named_as_handed_in_separately(svc: ProjectService, tmp_path: Path) -> None:
    pdf, warnings = export(svc, tmp_path / "p.pdf")
    last = pdf.text
    assert "以下材料不能印入本册" in last
    for name, why in (("指标台账", "电子文件"), ("损坏的报告", "无法读取"), ("加密的证书", "无法读取")):
        assert any(name in line and why in line for line in last.splitlines()), name
    said = " ".join(zh for zh, _ in warnings)
    assert "损坏的报告.pdf" in said and "加密的证书.pdf" in said
    assert "SECRET" not in last


def test_without_the_part_the_package_prints_no_attachment(svc: ProjectService, tmp_path: Path) -> None:
    svc.save_award_profile(replace(OFFICE, parts=("cover", "report", "evidence")))
    pdf, _ = export(svc, tmp_path / "p.pdf")
    assert "MANUAL-ONE" not in pdf.text
    assert "附件〔" not in pdf.text
