"""The A4 document: cover and body page templates, running header and footer.

Layout runs once. Whatever depends on the finished layout (the TOC's page
numbers, "共 N 页", the running header) is drawn as a named form, defined once the
layout is done, just before the file is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from excellence_app.export.pdf.compression import quicker_compression
from excellence_app.export.pdf.fasttext import FastTextCanvas
from excellence_app.export.pdf.flowables import NUMBER_COLUMN, link_keeps, page_form
from excellence_app.export.pdf.fonts import BODY_FONT, LATIN_FONT
from excellence_app.export.pdf.styles import (
    FOOTER_Y,
    FRAME_WIDTH,
    HEADER_Y,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)
from excellence_app.export.pdf.subsets import tables_read_once

# ASCII85 makes every compressed stream a quarter larger and costs time to encode; it only
# mattered for 7-bit mail. ReportLab reads this setting each time it writes a stream.
rl_config.useA85 = 0

TOTAL_FORM = "total_pages"
HEADER_FORM = "page_header"
FOOTER_SIZE = 9


class ExportDoc(BaseDocTemplate):
    """One PDF being written; call :meth:`render` once."""

    def __init__(
        self,
        out: Path,
        *,
        title: str,
        author: str,
        subject: str,
        header: tuple[Paragraph, Paragraph],
        placed: dict[str, int],
        after_flowable: Callable[[Flowable], None],
    ) -> None:
        super().__init__(
            str(out),
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator="卓越绩效自评工具",
            initialFontName=BODY_FONT,
            initialFontSize=10.5,
            lang="zh-CN",
            displayDocTitle=True,
        )
        self._header = header
        self._placed = placed
        self._after = after_flowable
        self._doSave = 0  # render() saves, once the forms are defined
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=_no_decoration),
                PageTemplate("body", [frame], onPage=self._decorate),
            ]
        )

    def _decorate(self, canv: Any, doc: Any) -> None:
        """Running header (the same on every page: one form, drawn once) and page number."""
        canv.saveState()
        canv.doForm(HEADER_FORM)
        centre = PAGE_WIDTH / 2
        canv.setFillColor(MUTED)
        _mixed(canv, centre - 2, FOOTER_Y, ["第 ", str(canv.getPageNumber()), " 页"], right=True)
        canv.translate(centre + 2, FOOTER_Y)
        canv.doForm(TOTAL_FORM)
        canv.restoreState()

    def _header_form(self) -> None:
        canv = self.canv
        canv.beginForm(HEADER_FORM)
        left, right = self._header
        half = FRAME_WIDTH / 2 - 6
        for para, x in ((left, MARGIN_LEFT), (right, MARGIN_LEFT + FRAME_WIDTH - half)):
            para.wrap(half, 40)
            para.drawOn(canv, x, HEADER_Y - 2)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_LEFT, HEADER_Y - 5, MARGIN_LEFT + FRAME_WIDTH, HEADER_Y - 5)
        canv.endForm()

    def afterFlowable(self, flowable: Flowable) -> None:
        self._after(flowable)

    def render(self, story: Sequence[Flowable], toc_keys: Sequence[str]) -> int:
        """Lay the story out, fill in the page numbers and write the file; returns the pages."""
        try:
            link_keeps(story)
            self.build(list(story), canvasmaker=FastTextCanvas)
            pages = self.canv.getPageNumber() - 1  # build() has already begun an empty page
            canv = self.canv
            for key in toc_keys:
                _number_form(canv, page_form(key), str(self._placed.get(key, "")), right=True)
            _number_form(canv, TOTAL_FORM, f"共 {pages} 页", right=False)
            self._header_form()
            canv.showOutline()
            # fonts are subset and streams compressed as the file is written
            with quicker_compression(), tables_read_once():
                canv.save()
            return pages
        finally:
            _forget_document(self)


def _no_decoration(canv: Any, doc: Any) -> None:
    """The cover carries no running header or page number."""


def _number_form(canv: Any, name: str, text: str, *, right: bool) -> None:
    canv.beginForm(name, lowerx=-NUMBER_COLUMN - 40, lowery=-4, upperx=NUMBER_COLUMN + 40, uppery=14)
    if right:  # a TOC page number
        canv.setFont(LATIN_FONT, 10.5)
        canv.drawRightString(0, 0, text)
    else:  # 共 N 页
        canv.setFillColor(MUTED)
        head, _, tail = text.partition(" ")
        number, _, unit = tail.partition(" ")
        _mixed(canv, 0, 0, [f"{head} ", number, f" {unit}"], right=False)
    canv.endForm()


def _mixed(canv: Any, x: float, y: float, parts: list[str], *, right: bool) -> None:
    """第 12 页: the words in the body face, the number in the one Latin face of the document."""
    fonts = [LATIN_FONT if p.strip().isdigit() else BODY_FONT for p in parts]
    widths = [stringWidth(p, f, FOOTER_SIZE) for p, f in zip(parts, fonts, strict=True)]
    at = x - sum(widths) if right else x
    for part, font, width in zip(parts, fonts, widths, strict=True):
        canv.setFont(font, FOOTER_SIZE)
        canv.drawString(at, y, part)
        at += width


def _forget_document(doc: ExportDoc) -> None:
    """A TrueType font keeps per-document state until the document is saved; drop it when an
    export stops early so that a cancelled export does not keep its pages in memory."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    canv = getattr(doc, "canv", None)
    if canv is None:
        return
    for name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
        if isinstance(font, TTFont):
            font.state.pop(canv._doc, None)
