"""Flowables that know about the document's navigation: headings and TOC lines.

Page numbers are only known once everything is laid out, so a TOC line draws
its number as a named form (PDF XObject) that the document defines at the
end. One layout pass is therefore enough, instead of ReportLab's multiBuild.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph

from excellence_app.export.pdf.linebreak import CJKParagraph
from excellence_app.export.pdf.styles import GRID

NUMBER_COLUMN = 36.0  # width kept free for the page number at the right of a TOC line


def page_form(key: str) -> str:
    """The name of the form that shows the page a heading landed on."""
    return f"pn_{key}"


class HeadingParagraph(CJKParagraph):
    """A heading: bookmark target, outline entry and page record where it is drawn."""

    key = ""
    outline_title = ""
    outline_level: int | None = None
    placed: dict[str, int] | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        return []  # a heading never breaks across pages; it moves to the next one whole

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, self.height + 4)
        if self.outline_level is not None:
            canv.addOutlineEntry(
                self.outline_title, self.key, self.outline_level, closed=self.outline_level >= 1
            )
        if self.placed is not None:
            self.placed.setdefault(self.key, canv.getPageNumber())


def heading_paragraph(
    markup: str, style: Any, key: str, outline_title: str, outline_level: int | None, placed: dict[str, int]
) -> HeadingParagraph:
    p = HeadingParagraph(markup, style)
    p.key, p.outline_title, p.outline_level, p.placed = key, outline_title, outline_level, placed
    return p


class TocLine(Flowable):
    """One entry of the table of contents: title, dot leader, page number, all one link."""

    def __init__(self, title: Paragraph, key: str, indent: float, space_before: float) -> None:
        super().__init__()
        self.title = title
        self.key = key
        self.indent = indent
        self.pad = space_before
        self._w = self._h = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._w = availWidth
        _, h = self.title.wrap(availWidth - self.indent - NUMBER_COLUMN - 8, availHeight)
        self._h = h + self.pad
        return availWidth, self._h

    def _last_line(self) -> tuple[float, float]:
        """(x where the title's last line ends, its baseline), relative to the title."""
        style = self.title.style
        lines = self.title.blPara.lines
        n = max(len(lines), 1)
        if not lines:
            return 0.0, self.title.height - style.fontSize
        last = lines[-1]
        # plain lines are (unused width, words); lines of fragments carry extraSpace
        unused = last[0] if isinstance(last, tuple) else last.extraSpace
        width = self.title.width - unused
        baseline = self.title.height - style.fontSize - (n - 1) * style.leading
        return width, baseline

    def draw(self) -> None:
        canv = self.canv
        self.title.drawOn(canv, self.indent, 0)
        end_x, baseline = self._last_line()
        start = self.indent + end_x + 4
        stop = self._w - NUMBER_COLUMN + 4
        canv.saveState()
        if stop > start:
            canv.setStrokeColor(GRID)
            canv.setLineWidth(0.8)
            canv.setLineCap(1)
            canv.setDash(0.1, 3)
            canv.line(start, baseline + 1, stop, baseline + 1)
        canv.translate(self._w, baseline)
        canv.doForm(page_form(self.key))
        canv.restoreState()
        canv.linkRect("", self.key, (0, 0, self._w, self._h - self.pad), relative=1, thickness=0)
