"""Chinese line breaking for ReportLab paragraphs.

ReportLab's CJK wrapping lets one closing mark hang into the margin, but its
list lacks most Chinese marks (，；：！？》”) and a second mark (。” or ）。) still
starts the next line. Here the character before such a mark moves down with
it instead, an opening mark never ends a line, a Latin word or number is not
cut in the middle, and a two-em dash or ellipsis stays whole.

It is also quicker than ReportLab's: widths come straight from the fonts'
width tables, each line's end is found by bisection over the running widths,
and a line is cut from whole fragments instead of character by character.
A paragraph is broken into lines once: when it runs over a page, the part
that moves on keeps its lines instead of being broken again from its text,
which for one long paragraph would cost the rest of it on every page.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, chain
from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.paragraph import (
    FragLine,
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    cjkFragSplit,
)
from reportlab.rl_config import _FUZZ

CANNOT_START = frozenset(
    ALL_CANNOT_START + "，。、；：！？）》」』】〕〉］｝”’…·‧%‰℃,.;:!?)]}>"
    "\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\uff09\uff3d\uff5d\uff60\u3009\u300b\u300d\u300f\u3011"
)
CANNOT_END = frozenset(ALL_CANNOT_END + "（《「『【〔〈［｛“‘([{<")
UNSPLITTABLE = frozenset("—…")  # ——破折号 and ……省略号 are never cut in two
# How far back a break may move: a line never gives up more than this many characters.
MAX_PULL = 4


def _is_word(ch: str) -> bool:
    """Part of a Latin word or a number, which should not be broken."""
    return ord(ch) < 0x2000 and not ch.isspace() and ch not in CANNOT_END


def break_at(text: str, start: int, stop: int) -> int:
    """Where the line from ``start`` should end, given that ``text[stop]`` no longer fits."""
    b, pulls = stop, 0
    while True:
        if _is_word(text[b]) and _is_word(text[b - 1]):
            k = b - 1
            while k > start and _is_word(text[k - 1]):
                k -= 1
            if k == start:
                break  # a word longer than the line is cut where it overflows
            b = k
        nxt, prev = text[b], text[b - 1]
        if (
            pulls < MAX_PULL
            and b - 1 > start
            and (nxt in CANNOT_START or prev in CANNOT_END or (nxt in UNSPLITTABLE and nxt == prev))
        ):
            b -= 1
            pulls += 1
            continue
        break
    while b < len(text) and text[b] == " ":
        b += 1  # a space at the break hangs at the end of the line instead of indenting the next
    return b


def _widths(text: str, font_name: str, size: float) -> list[float]:
    font = getFont(font_name)
    if isinstance(font, TTFont):
        get, default, scale = font.face.charWidths.get, font.face.defaultWidth, size * 0.001
        return [get(ord(c), default) * scale for c in text]
    return [stringWidth(c, font_name, size) for c in text]


def _line_ends(text: str, widths: list[float], max_widths: list[float]) -> list[tuple[int, int, float]]:
    """(start, end, width) of each line: the widest that fits, then moved back by the rules."""
    run = [0.0, *accumulate(widths)]
    out: list[tuple[int, int, float]] = []
    start, n = 0, len(text)
    while start < n:
        max_width = max_widths[min(len(out), len(max_widths) - 1)]
        stop = max(bisect_right(run, run[start] + max_width + _FUZZ) - 1, start + 1)
        end = n if stop >= n else break_at(text, start, stop)
        out.append((start, end, max_width - (run[end] - run[start])))
        start = end
    return out


def split_single(frag: Any, max_widths: list[float]) -> Any:
    """One font and style throughout (most paragraphs): plain lines of text, as ReportLab
    itself returns for a single fragment, which are the quickest to draw."""
    text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
    widths = _widths(text, frag.fontName, frag.fontSize)
    lines = [(extra, [text[a:b]]) for a, b, extra in _line_ends(text, widths, max_widths)]
    return frag.clone(kind=0, lines=lines, ascent=frag.fontSize, descent=-0.2 * frag.fontSize)


def split_frags(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> ParaLines:
    """Several fonts or styles: lines of fragments, each cut from the paragraph's fragments."""
    frags = [f for f in frags if f.text]
    text = "".join(f.text for f in frags)
    if not text:
        return cjkFragSplit(frags, max_widths, calc_bounds)
    widths: list[float] = []
    starts = [0]
    for f in frags:
        widths += _widths(f.text, f.fontName, f.fontSize)
        starts.append(starts[-1] + len(f.text))
    metrics = {(f.fontName, f.fontSize): getAscentDescent(f.fontName, f.fontSize) for f in frags}
    lines = []
    k = 0
    for start, end, extra in _line_ends(text, widths, max_widths):
        while starts[k + 1] <= start:
            k += 1
        words, j = [], k
        while j < len(frags) and starts[j] < end:
            piece = frags[j].clone()
            piece.text = text[max(starts[j], start) : min(starts[j + 1], end)]
            words.append(piece)
            j += 1
        lines.append(
            FragLine(
                kind=1,
                extraSpace=extra,
                wordCount=1,
                words=words,
                fontSize=max(w.fontSize for w in words),
                ascent=max(metrics[(w.fontName, w.fontSize)][0] for w in words),
                descent=min(metrics[(w.fontName, w.fontSize)][1] for w in words),
                maxWidth=max_widths[min(len(lines), len(max_widths) - 1)],
                currentWidth=sum(widths[start:end]),
                lineBreak=False,
            )
        )
    return ParaLines(kind=1, lines=lines)


def _split_lines(para: Any, start: int, stop: int) -> list[Any]:
    """The fragments of lines ``start:stop``, for a part of a split paragraph.

    ReportLab's own version walks word by word and appends a space to the last
    word of every line, which Chinese text must not get; this one copies.
    """
    lines = para.lines[start:stop]
    if para.kind == 0:
        frag = para.clone()
        for name in ("lines", "kind", "text"):
            if hasattr(frag, name):
                delattr(frag, name)
        frag.words = list(chain.from_iterable(line[1] for line in lines))
        return [frag]
    return list(chain.from_iterable(line.words for line in lines))


class CJKParagraph(Paragraph):
    """A Paragraph (style.wordWrap must be 'CJK') that breaks lines by the rules above."""

    # Set by breakLinesCJK when these rules broke the lines (not ReportLab's fallback):
    # the width of every line after the first, which the part after a split will have.
    _later_width: float | None = None
    # On the part after a split: (the width its lines were broken for, the split paragraph's
    # lines, the first of them that is this part's), taken over as they are if the width holds.
    _carried: tuple[float, Any, int] | None = None

    def breakLinesCJK(self, maxWidths: Any) -> ParaLines:
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        self._later_width = None
        if self._carried is not None:
            width, para, first = self._carried
            if all(abs(w - width) < 1e-6 for w in maxWidths):
                self._later_width = width
                lines = para.lines[first:]
                return para.clone(lines=lines) if para.kind == 0 else ParaLines(kind=1, lines=lines)
        if not self.frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        frags = self.frags
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        if any(hasattr(f, "cbDefn") or hasattr(f, "lineBreak") for f in frags):
            # images and <br/>, which these documents never use: ReportLab's own wrapping
            return cjkFragSplit(frags, list(maxWidths), auto not in ("", "off"))
        if len(frags) == 1:
            if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
                return frags[0].clone(kind=0, lines=self.blPara.lines)  # as ReportLab does
            self._later_width = maxWidths[-1]
            return split_single(frags[0], list(maxWidths))
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        self._later_width = maxWidths[-1]
        return split_frags(frags, list(maxWidths), auto not in ("", "off"))

    def _get_split_blParaFunc(self) -> Any:
        if self._later_width is None:
            return super()._get_split_blParaFunc()
        return _split_lines

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self._later_width is not None:
            head, rest = parts
            rest._carried = (self._later_width, self.blPara, len(head.blPara.lines))
        return parts
