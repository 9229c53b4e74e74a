"""Drawing the lines linebreak.py made, for justified paragraphs of plain text.

ReportLab justifies by widening spaces, which Chinese text has none of: here the space a
line lacks goes between its characters (see :func:`draw_justified`). Paragraphs with
anything but text (links, underlines, images, raised text) are left to ReportLab.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus.paragraph import _drawBullet

_DECORATIONS = ("cbDefn", "link", "us_lines", "backColor", "rise")


def plain_lines(para: Any) -> bool:
    """Lines these rules made, of text alone (no images, links, underlines or raised text)."""
    if para.kind == 0:
        return True
    # plain loops: this runs for every paragraph drawn, over every word of every line
    for line in para.lines:
        if isinstance(line, tuple) or getattr(line, "lineBreak", False):
            return False
        for w in line.words:
            if not hasattr(w, "text"):
                return False
            for name in _DECORATIONS:
                if getattr(w, name, None):
                    return False
    return True


# Beyond this much added space per gap (in ems) a line stays ragged: only a narrow table cell
# gets there, where letter-spaced text would read worse than an uneven edge.
MAX_STRETCH = 0.5
LATIN_END = 0x2000  # below: Latin, Greek, Cyrillic and their marks, set word by word
_WIDE = re.compile(f"[{chr(LATIN_END)}-{chr(0x10FFFF)}]")  # a character from LATIN_END on


def draw_justified(para: Any) -> None:
    """Draw the paragraph 两端对齐: every line but the last spans the width.

    The space a line lacks goes into the gaps between characters, evenly, except inside a
    Latin word or number, which keeps its letters together (a space counts as a gap on each
    side). A paragraph cut by a page break justifies its last line on the first page, since it
    is not the paragraph's last (ReportLab marks that part with ``_JustifyLast``).
    """
    canv, style, bl = para.canv, para.style, para.blPara
    lines = bl.lines
    if not lines:
        return
    first = lines[0]
    size = bl.fontSize if bl.kind == 0 else first.fontSize
    ascent = getattr(bl if bl.kind == 0 else first, "ascent", size)
    y = para.height - (size if rl_config.paraFontSizeHeightOffset else ascent)
    offset = style.firstLineIndent
    canv.saveState()
    if para.bulletText:
        offset = _drawBullet(canv, offset, y, para.bulletText, style, rtl=False)
    tx = canv.beginText(0, 0)
    last = len(lines) - 1 if not getattr(para, "_JustifyLast", False) else -1
    # font, size, colour, character spacing and cursor of the text object
    state: list[Any] = [None, None, None, 0.0, None]
    for i, line in enumerate(lines):
        if bl.kind == 0 or isinstance(line, tuple):
            extra, words = line[0], line[1]
            pieces = [(bl.fontName, bl.fontSize, bl.textColor, " ".join(words))]
        else:
            extra = line.extraSpace
            pieces = [(w.fontName, w.fontSize, w.textColor, w.text) for w in line.words]
        x = style.leftIndent + (offset if i == 0 else 0.0)
        _draw_line(tx, state, x, y, pieces, extra if i != last else None)
        y -= style.leading
    canv.drawText(tx)
    canv.restoreState()


def _draw_line(
    tx: Any,
    state: list[Any],
    x: float,
    y: float,
    pieces: list[tuple[str, float, Any, str]],
    extra: float | None,
) -> None:
    """One line at (x, y); ``extra`` is the width it lacks (None: set it as it is)."""
    # trailing spaces hang past the edge: the line's last character goes to the edge instead
    while pieces and pieces[-1][3].endswith(" "):
        font, size, color, text = pieces[-1]
        stripped = text.rstrip(" ")
        if extra is not None:
            extra += stringWidth(text[len(stripped) :], font, size)
        pieces = pieces[:-1] + ([(font, size, color, stripped)] if stripped else [])
    # Each run of Chinese takes the added space after every character (PDF character spacing,
    # one text operator); a Latin run keeps its letters together and takes it after each word.
    runs = [(font, size, color, _segments(text)) for font, size, color, text in pieces]
    unit = 0.0
    if extra is not None and extra > 0.01 and runs:
        share = sum(len(segs[0]) if cjk else len(segs) for *_, (cjk, segs) in runs) - 1
        if share > 0 and extra / share <= MAX_STRETCH * pieces[0][1]:
            unit = extra / share
    final = len(runs) - 1
    for r, (font, size, color, (cjk, segs)) in enumerate(runs):
        if state[0] != font or state[1] != size:
            tx.setFont(font, size)
            state[0], state[1] = font, size
        if state[2] != color:
            tx.setFillColor(color)
            state[2] = color
        measure = getFont(font).stringWidth  # what stringWidth() calls, looked up once a run
        end = len(segs) - 1 if r == final else -1
        for s, seg in enumerate(segs):
            if s == end:  # the line's last piece: the next line moves anyway, so no width
                _put(tx, state, x, y, unit if cjk else 0.0, seg, None)
                break
            width = measure(seg, size)
            _put(tx, state, x, y, unit if cjk else 0.0, seg, width)
            x += width + unit * (len(seg) if cjk else 1)


def _segments(text: str) -> tuple[bool, list[str]]:
    """(whether the run is Chinese, its pieces): a Chinese run whole, a Latin run by words."""
    if not text.isascii() and _WIDE.search(text):
        return True, [text]
    words = text.split(" ")
    return False, [w + " " for w in words[:-1]] + ([words[-1]] if words[-1] else [])


def _put(
    tx: Any, state: list[Any], x: float, y: float, char_space: float, text: str, width: float | None
) -> None:
    """Show ``text`` at (x, y), moving there only if the text cursor is not already there;
    ``width`` None: where the cursor ends is not needed (the next text moves to a new line)."""
    if state[4] != (x, y):
        tx.setTextOrigin(x, y)
    if state[3] != char_space:
        tx.setCharSpace(char_space)
        state[3] = char_space
    tx._textOut(text)
    state[4] = None if width is None else (x + width + char_space * len(text), y)
