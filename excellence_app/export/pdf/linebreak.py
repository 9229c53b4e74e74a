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
linedraw.py draws the lines.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, chain
from typing import Any

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.platypus.paragraph import (
    FragLine,
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    cjkFragSplit,
    textTransformFrags,
)
from reportlab.rl_config import _FUZZ

from excellence_app.export.pdf.linedraw import draw_justified, plain_lines
from excellence_app.export.pdf.metrics import char_widths
from excellence_app.export.pdf.paraparse import fast_frags

CANNOT_START = frozenset(
    ALL_CANNOT_START + "，。、；：！？）》」』】〕〉］｝”’…·‧%‰℃,.;:!?)]}>"
    "\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\uff09\uff3d\uff5d\uff60\u3009\u300b\u300d\u300f\u3011"
)
# …and signs that belong to the number after them (≤300ppm, ±0.5, ￥120) stay with it
CANNOT_END = frozenset(ALL_CANNOT_END + "（《「『【〔〈［｛“‘([{<≤≥±＜＞￥¥$€£№#")
UNSPLITTABLE = frozenset("—…")  # ——破折号 and ……省略号 are never cut in two
# How far back a break may move: a line never gives up more than this many characters.
MAX_PULL = 4
# A paragraph's last line holds at least this many characters (fewer looks like a stray).
MIN_LAST_LINE = 3


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


def _line_ends(text: str, widths: list[float], max_widths: list[float]) -> list[tuple[int, int, float]]:
    """(start, end, unused width) of each line: the widest that fits, then moved back by the
    rules; a last line of one or two characters gets company from the line before."""
    run = [0.0, *accumulate(widths)]
    out: list[tuple[int, int, float]] = []
    start, n = 0, len(text)
    while start < n:
        max_width = max_widths[min(len(out), len(max_widths) - 1)]
        stop = max(bisect_right(run, run[start] + max_width + _FUZZ) - 1, start + 1)
        end = n if stop >= n else break_at(text, start, stop)
        out.append((start, end, max_width - (run[end] - run[start])))
        start = end
    if len(out) >= 2 and _visible(text, out[-1][0], n) < MIN_LAST_LINE:
        _pull_down(text, run, max_widths, out)
    return out


def _visible(text: str, start: int, end: int) -> int:
    return end - start - text.count(" ", start, end)


def _pull_down(
    text: str, run: list[float], max_widths: list[float], out: list[tuple[int, int, float]]
) -> None:
    """Give a short last line characters from the line before (a line of 字。 alone at the end of
    a paragraph is what typesetters call a widow), as long as the break rules allow it and the
    last line still fits; the line before, shorter now, is justified like any other."""
    n, k = len(text), len(out) - 2
    start, end, _ = out[k]
    last_width = max_widths[min(k + 1, len(max_widths) - 1)]
    stop = end - 1
    while stop > start + 1 and end - stop <= MAX_PULL + MIN_LAST_LINE:
        b = break_at(text, start, stop)
        if b <= start or run[n] - run[b] > last_width + _FUZZ:
            return  # nothing to give, or the last line would overflow: leave it
        if _visible(text, b, n) >= MIN_LAST_LINE:
            width = max_widths[min(k, len(max_widths) - 1)]
            out[k] = (start, b, width - (run[b] - run[start]))
            out[k + 1] = (b, n, last_width - (run[n] - run[b]))
            return
        stop = b - 1 if b < stop else stop - 1


def split_single(frag: Any, max_widths: list[float]) -> Any:
    """One font and style throughout (most paragraphs): plain lines of text, as ReportLab
    itself returns for a single fragment, which are the quickest to draw."""
    text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
    widths = char_widths(text, frag.fontName, frag.fontSize)
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
        widths += char_widths(f.text, f.fontName, f.fontSize)
        starts.append(starts[-1] + len(f.text))
    metrics = {key: getAscentDescent(*key) for key in {(f.fontName, f.fontSize) for f in frags}}
    # each fragment's size, ascent and descent, for the line's maximum over its pieces
    sizes = [f.fontSize for f in frags]
    ascents = [metrics[(f.fontName, f.fontSize)][0] for f in frags]
    descents = [metrics[(f.fontName, f.fontSize)][1] for f in frags]
    lines = []
    k = 0
    for start, end, extra in _line_ends(text, widths, max_widths):
        while starts[k + 1] <= start:
            k += 1
        words, j = [], k
        while j < len(frags) and starts[j] < end:
            words.append(_piece(frags[j], text[max(starts[j], start) : min(starts[j + 1], end)]))
            j += 1
        lines.append(
            FragLine(
                kind=1,
                extraSpace=extra,
                wordCount=1,
                words=words,
                fontSize=max(sizes[k:j]),
                ascent=max(ascents[k:j]),
                descent=min(descents[k:j]),
                maxWidth=max_widths[min(len(lines), len(max_widths) - 1)],
                currentWidth=sum(widths[start:end]),
                lineBreak=False,
            )
        )
    return ParaLines(kind=1, lines=lines)


def _piece(frag: Any, text: str) -> Any:
    """A copy of ``frag`` holding ``text``: what ``frag.clone(text=text)`` gives, at a third
    of the cost (a paragraph of the package makes one for every run on every line)."""
    piece = frag.__class__.__new__(frag.__class__)
    piece.__dict__.update(frag.__dict__)
    piece.text = text
    return piece


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
    # The widths the lines were last broken for and the lines: a paragraph is often wrapped
    # twice at the same width (to see whether a heading's text fits, then to place it; a
    # table cell to measure its row, then to draw it), and its lines are not changed after.
    _broken: tuple[list[float], Any] | None = None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        # Our own markup is cut into fragments without ReportLab's XML parser (paraparse.py).
        if frags is None and isinstance(text, str):
            text = cleaner(text)
            frags = fast_frags(text, style)
            if frags is not None:
                textTransformFrags(frags, style)
        super()._setup(text, style, bulletText, frags, cleaner)

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
        if len(frags) == 1 and hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return frags[0].clone(kind=0, lines=self.blPara.lines)  # as ReportLab does
        if len(frags) > 1 and hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        widths = list(maxWidths)
        self._later_width = widths[-1]
        if self._broken is not None and self._broken[0] == widths:
            return self._broken[1]
        if len(frags) == 1:
            lines = split_single(frags[0], widths)
        else:
            lines = split_frags(frags, widths, auto not in ("", "off"))
        self._broken = (widths, lines)
        return lines

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

    def drawPara(self, debug: int = 0) -> None:
        # ReportLab justifies by widening spaces, which Chinese text has none of.
        if self.style.alignment != TA_JUSTIFY or debug or not plain_lines(self.blPara):
            super().drawPara(debug)
            return
        draw_justified(self)
