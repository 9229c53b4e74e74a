"""A canvas whose text objects write the same text operators as ReportLab's, quicker.

For every piece of text in a TrueType font, ReportLab maps each character to a one-byte code
in a subset of 256 glyphs (``TTFont.splitString``, a Python loop over the characters), then
writes a change of font for every run in another subset (its PDF name looked up, the size
formatted anew) and the run's codes. The package draws some 7,000 pieces, most of a few
characters (a Latin word, a number, a run of Chinese), and about half of them more than
once. A character keeps its code for the rest of the document, so what a piece writes
depends only on the piece, its font and size, and whether the text object is in the piece's
first subset already: the canvas keeps both forms, per piece, the first time it is drawn.
The file is the same byte for byte; a font that is not TrueType and shaped text go through
ReportLab as before.

Only the package's and the report's canvas use it (doc.ExportDoc); ReportLab itself, and
anything else drawing with it in this process (bench/pdf.py's baseline), is left alone.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

# What a text shows, by font, size, leading and text: (the subset it begins in, the subset it
# ends in, the operators when the text object is in another subset, the operators when it is
# already in the first one), or None for an empty text, which shows nothing.
Shown = tuple[int, int, str, str] | None


class FastTextObject(PDFTextObject):
    _canvas: FastTextCanvas

    def _formatText(self, text: Any) -> str:
        if type(text) is not str:
            return super()._formatText(text)  # bytes, or shaped text (a str subclass)
        canv = self._canvas
        key = (self._fontname, self._fontsize, self._leading, text)
        try:
            shown = canv.shown[key]
        except KeyError:
            font = getFont(self._fontname)
            if not isinstance(font, TTFont):
                return super()._formatText(text)  # a Type 1 font: nothing to map
            shown = canv.shown[key] = canv.show(font, self._fontsize, self._leading, text)
        if shown is None:
            return ""
        first, last, switching, staying = shown
        ops = staying if first == self._curSubset else switching
        self._curSubset = last
        return ops


class FastTextCanvas(Canvas):
    """A ReportLab canvas whose text objects are :class:`FastTextObject`; one per document,
    so that what it remembers holds for that document's character codes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.shown: dict[tuple[str, float, float, str], Shown] = {}
        self._names: dict[tuple[str, int], str] = {}
        # "/F1+0 10.5 Tf 15.75 TL", by font, subset, size and leading: most runs are a character
        # or two, so this is written some 20,000 times per package
        self._selects: dict[tuple[str, int, float, float], str] = {}

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:
        return FastTextObject(self, x, y, direction=direction)

    def show(self, font: TTFont, size: float, leading: float, text: str) -> Shown:
        """The operators that show ``text``, as PDFTextObject._formatText writes them: each
        run of characters in one subset, after a change to that subset (except for the first
        run when the text object is in its subset already)."""
        # splitString gives every new character its code, as drawing it would
        runs = font.splitString(text, self._doc)
        if not runs:
            return None
        ops = []
        for subset, codes in runs:
            key = (font.fontName, subset, size, leading)
            select = self._selects.get(key)
            if select is None:
                name = self._subset_name(font, subset)
                select = self._selects[key] = f"{name} {fp_str(size)} Tf {fp_str(leading)} TL"
            ops.append(select)
            ops.append(f"({escapePDF(codes)}) Tj")
        return runs[0][0], runs[-1][0], " ".join(ops), " ".join(ops[1:])

    def _subset_name(self, font: TTFont, subset: int) -> str:
        """The PDF name of a font's subset (/F1+0). ReportLab registers the font with the
        document the first time it names one of its subsets; that happens here at the same
        point, as the subset is either drawn now or was set (and so named) before."""
        key = (font.fontName, subset)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = font.getSubsetInternalName(subset, self._doc)
        return name
