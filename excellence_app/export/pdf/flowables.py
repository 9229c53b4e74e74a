"""Flowables that know about the document's navigation: headings, keeping a heading with its
text, and TOC lines.

Page numbers are only known once everything is laid out, so a TOC line draws
its number as a named form (PDF XObject) that the document defines at the
end. One layout pass is therefore enough, instead of ReportLab's multiBuild.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from excellence_app.export.pdf.linebreak import CJKParagraph
from excellence_app.export.pdf.styles import GRID

NUMBER_COLUMN = 36.0  # width kept free for the page number at the right of a TOC line
# How far ahead a KeepRoom looks: a heading, the headings under it and the text they lead to.
LOOK_AHEAD = 8
LINES_KEPT = 2  # lines of text a heading takes with it onto its page
# With this much room left a heading always fits with its lines (a figure under it included),
# so nothing is measured: measuring wraps what follows once more, a table in full.
ROOM_CAP = 360.0


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


class KeepRoom(CondPageBreak):
    """Placed before a heading (or a table's caption): a new page unless the heading and the
    first lines of what it introduces fit on this one (keep-with-next).

    What follows is only known once the story is complete, so :func:`link_keeps` hands each
    KeepRoom the flowables after it; until then (or inside a group) it asks for ``room``
    points, as a plain CondPageBreak would.
    """

    def __init__(self, room: float) -> None:
        super().__init__(room)
        self.room = room
        self.followers: Sequence[Flowable] = ()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "_atTop", 0):
            return 0, 0  # a fresh page: breaking again would only leave it empty
        if self.followers and availHeight < ROOM_CAP:
            self.height = needed_room(self.followers, self.canv, availWidth, availHeight)
            if frame is not None and self.height > frame._height:
                self.height = 0  # more than a page could ever give: let it fall where it may
        elif self.followers:
            self.height = 0  # half a page or more left: more than any heading needs
        return super().wrap(availWidth, availHeight)


def needed_room(followers: Sequence[Flowable], canv: Any, width: float, height: float) -> float:
    """The height of the first follower (the heading) and any heading right after it, plus
    two lines of the text under them (or all of a short paragraph, a table's head and first
    rows, a figure whole): what must share the page with the heading."""
    total = 0.0
    lines = 0
    for i, f in enumerate(followers):
        if isinstance(f, KeepRoom):
            continue
        if isinstance(f, CondPageBreak | PageBreak):
            break
        if isinstance(f, Spacer):
            total += f.height
            continue
        _, h = f.wrapOn(canv, width, height)
        space = f.getSpaceBefore() + f.getSpaceAfter()
        if i == 0 or isinstance(f, HeadingParagraph) or getattr(f, "keep_with_next", False):
            total += h + space
            continue
        if isinstance(f, Paragraph):
            n = len(f.blPara.lines)
            # allowWidows=0: a paragraph of three lines moves whole rather than leave one
            take = n if n <= LINES_KEPT + 1 else LINES_KEPT
            total += f.getSpaceBefore() + (h if take == n else take * f.style.leading)
            lines += take
        elif isinstance(f, Table):
            rows = getattr(f, "_rowHeights", None) or []
            head = getattr(f, "repeatRows", 0) or 0
            head = head if isinstance(head, int) else len(head)
            total += h if len(rows) <= head + LINES_KEPT + 1 else sum(rows[: head + LINES_KEPT])
            lines += LINES_KEPT
        else:
            total += h + space
            lines += LINES_KEPT
        if lines >= LINES_KEPT:
            break
    return total


def link_keeps(story: Sequence[Flowable]) -> None:
    """Give every KeepRoom of the story the flowables that follow it."""
    for i, f in enumerate(story):
        if isinstance(f, KeepRoom):
            f.followers = story[i + 1 : i + 1 + LOOK_AHEAD]


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
