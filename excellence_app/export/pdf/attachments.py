"""附件: the evidence files themselves, appended to the package after the 证实性材料 list.

Images are placed on the page like figures. A PDF's pages are reserved in the layout as
framed, captioned boxes (so the running header, the page numbers, "共 N 页" and the
contents count them) and its pages are drawn into those boxes once the package is written
(:func:`merge_pages`). Files that are neither (Word, Excel, archives) cannot be printed
here: the part says they are handed in separately. A file that cannot be read is named in
the warnings and in the part, never silently left out.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, PageBreak

from excellence_app.core.evidence_list import evidence_list, shown_name
from excellence_app.core.snapshots import Evidence
from excellence_app.export.pdf.context import BuildContext, ForeignPages, Where
from excellence_app.export.pdf.styles import FRAME_HEIGHT, FRAME_WIDTH, GRID

IMAGES = frozenset({"image/png", "image/jpeg"})
PDF = "application/pdf"
# An audited report runs to a hundred pages; past this a package is no longer one document.
MAX_PAGES = 600
CAPTION_ROOM = 18.0


def attachment_key(number: int) -> str:
    """The heading key of 附件〔n〕, so the 证实性材料 list can print the page it starts on."""
    return f"att{number}"


@dataclass(frozen=True)
class Planned:
    evidence: Evidence
    number: int
    kind_name: str | None
    pdf_pages: tuple[tuple[float, float, float, float], ...] = ()  # (x0, y0, width, height)
    image: tuple[int, int] | None = None  # pixel size
    problem: str = ""  # why the file cannot be appended (zh)


def plan(ctx: BuildContext) -> list[Planned]:
    """Every listed file in the list's order, each read once per export to know what it takes."""
    if ctx.foreign.planned is None:
        ctx.foreign.planned = _plan(ctx)
    return ctx.foreign.planned


def _plan(ctx: BuildContext) -> list[Planned]:
    listed = evidence_list(ctx.data.award, ctx.snap.evidence)
    numbers = listed.numbers()
    kind_of = {e.id: s.kind.name for s in listed.required for e in s.files}
    files = [e for s in listed.required for e in s.files] + list(listed.others)
    out: list[Planned] = []
    pages_left = MAX_PAGES
    for e in dict.fromkeys(files):
        planned = _read(ctx, e, numbers[e.id], kind_of.get(e.id), pages_left)
        pages_left -= len(planned.pdf_pages)
        out.append(planned)
    return out


def printed_numbers(ctx: BuildContext) -> dict[int, int]:
    """Evidence id → 〔n〕 for each file the 附件 part prints, read once per export."""
    if "attachments" not in ctx.data.award.parts:
        return {}
    return {p.evidence.id: p.number for p in plan(ctx) if not p.problem}


def _read(ctx: BuildContext, e: Evidence, number: int, kind: str | None, pages_left: int) -> Planned:
    if e.media_type not in IMAGES and e.media_type != PDF:
        return Planned(e, number, kind, problem="电子文件，另行提交")
    try:
        data = ctx.evidence_data(e.sha256) if ctx.evidence_data else b""
        if e.media_type == PDF:
            pages = _pdf_pages(data)
            if len(pages) > pages_left:
                return Planned(e, number, kind, problem=f"共 {len(pages)} 页，超出附件的页数上限，另行提交")
            ctx.foreign.sources[e.id] = data
            return Planned(e, number, kind, pdf_pages=pages)
        width, height = ImageReader(io.BytesIO(data)).getSize()
        return Planned(e, number, kind, image=(int(width), int(height)))
    except Exception:  # a damaged or hostile file: named, never a failed export
        ctx.notes.add(
            f"证实性材料“{e.name}”无法读取，未能附入申报材料，请另行提交",
            f"the evidence file {e.name} cannot be read and is not appended; hand it in separately",
        )
        return Planned(e, number, kind, problem="文件无法读取，另行提交")


def _pdf_pages(data: bytes) -> tuple[tuple[float, float, float, float], ...]:
    from pypdf import PdfReader

    # pypdf logs what it repairs in a damaged file; the user hears of it once, from us.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError("encrypted")
    boxes = []
    for page in reader.pages:
        box = page.cropbox
        width, height = float(box.width), float(box.height)
        if page.rotation % 180:
            width, height = height, width
        if width <= 0 or height <= 0:
            raise ValueError("empty page")
        boxes.append((float(box.left), float(box.bottom), width, height))
    if not boxes:
        raise ValueError("no pages")
    return tuple(boxes)


def attachments_part(ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    planned = plan(ctx)
    if not planned:
        return [ctx.para("本评价周期尚未登记证实性材料。", s.note, Where("", ""))]
    out: list[Flowable] = []
    separate = [p for p in planned if p.problem]
    for p in planned:
        if p.problem:
            continue
        ctx.check_cancelled()
        where = Where(f"附件“{p.evidence.name}”", f"attachment {p.evidence.name}")
        if out:
            out.append(PageBreak())
        title = (
            f"附件〔{p.number}〕　{p.kind_name + '：' if p.kind_name else ''}{shown_name(p.evidence.name)}"
        )
        out += ctx.heading(title, s.h3, where, outline=1, toc=1, key=attachment_key(p.number))
        if p.image is not None:
            out.append(_image(ctx, p))
        for index, box in enumerate(p.pdf_pages):
            if index:
                out.append(PageBreak())  # one attached page a printed page, however small
            caption = f"附件〔{p.number}〕第 {index + 1} 页，共 {len(p.pdf_pages)} 页"
            out.append(
                ReservedPage(ctx.foreign, p.evidence.id, index, box, ctx.para(caption, s.legend, where))
            )
    if separate:
        if out:
            out.append(PageBreak())
        where = Where("附件", "the attachments")
        out.append(ctx.para("以下材料不能印入本册，随申报材料另行提交：", s.body_flat, where))
        out += [
            ctx.para(f"〔{p.number}〕{shown_name(p.evidence.name)}（{p.problem}）", s.body_flat, where)
            for p in separate
        ]
    return out


def _image(ctx: BuildContext, p: Planned) -> Flowable:
    assert p.image is not None and ctx.evidence_data is not None
    width, height = p.image
    image = Image(io.BytesIO(ctx.evidence_data(p.evidence.sha256)), width=width, height=height)
    image._restrictSize(FRAME_WIDTH, FRAME_HEIGHT * 0.85)
    return image


class ReservedPage(Flowable):
    """A box the size of one page of an attached PDF, scaled to the room the frame gives."""

    def __init__(
        self,
        registry: ForeignPages,
        evidence_id: int,
        index: int,
        box: tuple[float, float, float, float],
        caption: Flowable,
    ) -> None:
        super().__init__()
        self.registry, self.evidence_id, self.index, self.box = registry, evidence_id, index, box
        self.caption = caption
        self.scale = 1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        full = frame._height if frame is not None else availHeight
        # Below the first page's heading there is room enough; anywhere else a box smaller than
        # most of a page would make the page unreadable, so ask for a new one.
        room = availHeight if availHeight > full * 0.6 else full
        _, _, w, h = self.box
        self.scale = min(availWidth / w, (room - CAPTION_ROOM) / h, 1.5)
        self.width, self.height = w * self.scale, h * self.scale + CAPTION_ROOM
        return availWidth, self.height

    def draw(self) -> None:
        canv = self.canv
        _, _, w, h = self.box
        width, height = w * self.scale, h * self.scale
        left = (self._frame_width() - width) / 2
        canv.saveState()
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.5)
        canv.rect(left, CAPTION_ROOM, width, height)
        canv.restoreState()
        # Absolute position of the box's lower left corner, for merge_pages.
        x0, y0 = canv.absolutePosition(left, CAPTION_ROOM)
        page = canv.getPageNumber()
        self.registry.boxes.append((page, self.evidence_id, self.index, x0, y0, self.scale))
        self.caption.wrap(width, CAPTION_ROOM)
        self.caption.drawOn(canv, left, 2)

    def _frame_width(self) -> float:
        frame = self._doctemplateAttr("frame")
        return frame._width if frame is not None else self.width


def merge_pages(out: Path, foreign: ForeignPages, note: Callable[[str, str], None]) -> None:
    """Draw the attached PDFs' pages into their boxes."""
    if not foreign.boxes:
        return
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=str(out))
    sources: dict[int, Any] = {}
    for page_number, evidence_id, index, x0, y0, scale in foreign.boxes:
        try:
            source = sources.get(evidence_id)
            if source is None:
                reader = PdfReader(io.BytesIO(foreign.sources[evidence_id]))
                if reader.is_encrypted:
                    reader.decrypt("")
                # A page of a writer can have its /Rotate turned into its content; a reader's cannot.
                source = sources[evidence_id] = PdfWriter(clone_from=reader)
            page = source.pages[index]
            if page.rotation % 360:
                page.transfer_rotation_to_content()
            box = page.cropbox
            move = (
                Transformation()
                .translate(-float(box.left), -float(box.bottom))
                .scale(scale)
                .translate(x0, y0)
            )
            writer.pages[page_number - 1].merge_transformed_page(page, move)
        except Exception:  # one page that will not draw keeps its framed, captioned box
            note(
                f"附件第 {page_number} 页的内容无法并入，该页只留有边框和说明",
                f"the content of attachment page {page_number} could not be merged; the page keeps its frame",
            )
    # ``out`` is already the export's own temporary file (renamed only when all is done, and
    # cleaned up if the program is killed): write the merged document over it, no second file.
    merged = io.BytesIO()
    writer.write(merged)
    out.write_bytes(merged.getbuffer())
