"""The results figures as pictures, drawn by the PDF's own chart code.

A chart (and its legend) is drawn onto a one-page PDF of exactly its size with the bundled
fonts embedded, and that page is rasterised by PDFium (pypdfium2, wheels for Linux, Windows
and macOS, nothing to install besides) at print resolution: the picture is the PDF's chart,
every Chinese label in the bundled fonts.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from excellence_app.core.snapshots import Indicator
from excellence_app.export.captions import Where
from excellence_app.export.docx.document import WordContext
from excellence_app.export.docx.styles import SOURCE
from excellence_app.export.package_text import figure_caption, figure_source
from excellence_app.export.pdf.charts import indicator_chart
from excellence_app.export.pdf.styles import FRAME_WIDTH

DPI = 220  # print resolution, with room above the 200 dpi a printed figure needs
GAP = 4.0  # points between a chart and its legend


def render_png(parts: Sequence[Flowable], width: float = FRAME_WIDTH, dpi: int = DPI) -> bytes:
    """Flowables stacked top to bottom, rasterised on white at ``dpi``: a PNG."""
    import pypdfium2
    from PIL import Image

    sizes = [part.wrap(width, 10_000) for part in parts]
    height = sum(h for _, h in sizes) + GAP * (len(parts) - 1)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    y = height
    for part, (w, h) in zip(parts, sizes, strict=True):
        y -= h
        part.drawOn(canvas, (width - w) / 2, y)
        y -= GAP
    canvas.showPage()
    canvas.save()
    pdf = pypdfium2.PdfDocument(buffer.getvalue())
    try:
        bitmap = pdf[0].render(scale=dpi / 72, fill_color=(255, 255, 255, 255))
        image = bitmap.to_pil()
        out = io.BytesIO()
        # the resolution is recorded, so that an image program shows the print size
        # a chart has few colours: as a palette image it is a third the size, and quick to encode
        image = image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        image.save(out, format="PNG", dpi=(dpi, dpi), compress_level=6)
        return out.getvalue()
    finally:
        pdf.close()


def picture(ctx: WordContext, png: bytes, width: float = FRAME_WIDTH) -> None:
    """A centred picture that stays on the page of the caption under it."""
    p = ctx.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.line_spacing = 1.0  # a multiple of the picture's height, never clipped
    p.add_run().add_picture(io.BytesIO(png), width=Pt(width))


def indicator_figure(ctx: WordContext, ind: Indicator, label: str) -> None:
    """The indicator's chart as in the PDF, its numbered caption and its data source."""
    ctx.check_cancelled()
    drawing, legend = indicator_chart(ctx.charts, ind, label)
    picture(ctx, render_png([drawing, legend]))
    where = Where(f"指标“{ind.name}”", f"indicator {ind.name}")
    caption = ctx.para(figure_caption(label, ind), "Caption", where)
    caption.paragraph_format.keep_with_next = True
    ctx.para(figure_source(ctx.snap.project.org_name, ind), SOURCE, where)
