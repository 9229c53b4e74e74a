"""The application package (申报材料) in Word: the parts the award asks for, in its order."""

from __future__ import annotations

from excellence_app.export.docx.document import WordContext
from excellence_app.export.docx.front_matter import FRONT
from excellence_app.export.docx.parts import numbered_parts
from excellence_app.export.package_text import document_title
from excellence_app.export.pdf import limit_warnings


def build_package(ctx: WordContext) -> None:
    """Front pages, each on its own page; the 目录; the numbered parts. The length limits are
    warned of as for the PDF, and every 图/表 the text cites is checked against the captions."""
    parts = ctx.data.award.parts
    limit_warnings(ctx.charts)
    ctx.running_header(document_title(ctx.data))
    for n, name in enumerate(p for p in parts if p in FRONT):
        if n:
            ctx.page_break()
        FRONT[name](ctx)
    ctx.step()
    anchor = ctx.contents() if "toc" in parts else None
    numbered_parts(ctx)
    if anchor is not None:
        ctx.fill_contents(anchor)
    ctx.numbers.check(ctx.notes)
    if "attachments" in parts and ctx.snap.evidence:
        ctx.notes.add(
            "Word 文档不含附件（证实性材料的原件）：请随 PDF 申报材料一并提交，或单独附上",
            "the Word document does not bind in the attachments (the evidence files themselves): "
            "hand them in with the PDF package or separately",
        )
