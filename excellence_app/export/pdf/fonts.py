"""The bundled CJK fonts: chosen character by character, each parsed once per process and
only when a character needs it.

ReportLab draws a character its font lacks as an empty box without a word, so
every piece of text is cut into runs, each in the first font of its chain that
has the character. Which characters a font has is read from coverage.json beside
the fonts (tools/font_coverage.py writes it from the fonts' own cmaps), so the two
fallback faces (27 MB) are parsed only for a text that holds a character only they
draw. A character no bundled font has is drawn as a red □ and reported, never
dropped in silence.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from excellence_app import paths
from excellence_app.core.errors import AppError

BODY_FONT = "ARPLUMingCN"
HEADING_FONT = "WenQuanYiZenHei"
LATIN_FONT = "LiberationSerif"
FONT_FILES = {
    LATIN_FONT: "LiberationSerif-Regular.ttf",
    BODY_FONT: "ARPLUMingCN.ttf",
    HEADING_FONT: "WenQuanYiZenHei.ttf",
    "HanaMinA": "HanaMinA.ttf",
    "HanaMinB": "HanaMinB.ttf",
}
COVERAGE_FILE = "coverage.json"
# Paragraph styles name these, so ReportLab must know them before any text is measured.
STYLE_FONTS = (LATIN_FONT, BODY_FONT, HEADING_FONT)
# Body text stays Ming-style as long as any Ming face has the character; Latin letters and
# digits are set in a Times-like serif, as Chinese documents usually pair 宋体 with one
# (the Ming face's own Latin is a typewriter design).
BODY_CHAIN = (LATIN_FONT, BODY_FONT, "HanaMinA", HEADING_FONT, "HanaMinB")
# The Latin face draws only these: Chinese quotes, dashes and × stay with the CJK fonts.
LATIN_CHARS = frozenset(range(0x20, 0x7F)) | frozenset(c for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7))
# Headings, bold and chart labels are 黑体, but their Latin letters and digits are set in the
# same serif as the body: one Latin face throughout, as a Word document whose 西文字体 is
# Times New Roman has (the sans face's own digits would make "4.1.2" look two ways).
HEADING_CHAIN = (LATIN_FONT, HEADING_FONT, "HanaMinA", "HanaMinB", BODY_FONT)
CHAINS = {"body": BODY_CHAIN, "heading": HEADING_CHAIN}


def role_of(font: str) -> str:
    """The chain for text whose paragraph style is in ``font``: 黑体 text is a heading's."""
    return "heading" if font == HEADING_FONT else "body"


PLACEHOLDER = "\u25a1"  # □, which both the body and the heading font have
PLACEHOLDER_COLOR = "#C00000"
# Variation selectors only pick a glyph variant; without them the base character still shows.
_SELECTORS = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF))

OnMissing = Callable[[str], None]
_WHITESPACE = str.maketrans("\n\t\r", "   ")
_LATIN_SPLIT = re.compile(
    r"[\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+|[^\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+"
)


@dataclass(frozen=True)
class Run:
    font: str
    text: str
    missing: bool = False


def _invisible(ch: str) -> bool:
    """Controls, format marks and selectors: nothing a reader would miss if no font draws them."""
    cp = ord(ch)
    if any(lo <= cp <= hi for lo, hi in _SELECTORS):
        return True
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


class FontSet:
    """The registered fonts and what each one can draw."""

    def __init__(self, cmaps: dict[str, frozenset[int]], register: Callable[[str], None]) -> None:
        self._cmaps = cmaps
        self._register = register  # parses and registers a font the first time a run needs it
        self._registered: set[str] = set(STYLE_FONTS)

    def _used(self, font: str) -> str:
        if font not in self._registered:
            with _lock:
                if font not in self._registered:
                    self._register(font)
                    self._registered.add(font)
        return font

    def has(self, font: str, ch: str) -> bool:
        return ord(ch) in self._cmaps[font]

    def covers(self, font: str, text: str) -> bool:
        return self._cmaps[font].issuperset(map(ord, text))

    def has_latin(self, text: str) -> bool:
        """Whether any character of ``text`` (spaces aside) is drawn in the Latin face."""
        return not self._cmaps[LATIN_FONT].isdisjoint(map(ord, text.replace(" ", "")))

    def font_for(self, ch: str, chain: tuple[str, ...] = BODY_CHAIN) -> str | None:
        cp = ord(ch)
        for font in chain:
            if cp in self._cmaps[font]:
                return font
        return None

    def runs(self, text: str, chain: tuple[str, ...], on_missing: OnMissing) -> Iterator[Run]:
        """Cut text into runs of one font each; a character no font has becomes a visible □ run.

        Every font a run names is registered with ReportLab by the time the run is seen."""
        for run in self._runs(text, chain, on_missing):
            self._used(run.font)
            yield run

    def _runs(self, text: str, chain: tuple[str, ...], on_missing: OnMissing) -> Iterator[Run]:
        text = text.translate(_WHITESPACE)
        if self._cmaps[chain[0]].issuperset(map(ord, text)):
            yield Run(chain[0], text)  # the usual case, checked at C speed
            return
        if chain[0] == LATIN_FONT and self._cmaps[chain[1]].issuperset(map(ord, text)):
            yield from self._latin_runs(text, chain[1])  # CJK text that one face draws whole
            return
        font: str | None = None
        buf: list[str] = []
        for ch in text:
            chosen = self.font_for(ch, chain)
            if chosen is None:
                if unicodedata.category(ch) == "Zs":
                    ch, chosen = " ", chain[0]
                elif _invisible(ch):
                    continue
                else:
                    on_missing(ch)
                    if buf:
                        yield Run(font or chain[0], "".join(buf))
                        buf, font = [], None
                    yield Run(chain[0], PLACEHOLDER, missing=True)
                    continue
            if chosen != font and buf:
                yield Run(font or chain[0], "".join(buf))
                buf = []
            font = chosen
            buf.append(ch)
        if buf:
            yield Run(font or chain[0], "".join(buf))

    def _latin_runs(self, text: str, cjk: str) -> Iterator[Run]:
        latin = self._cmaps[LATIN_FONT]
        for match in _LATIN_SPLIT.finditer(text):
            piece = match.group()
            yield Run(LATIN_FONT if ord(piece[0]) in latin else cjk, piece)

    def markup(self, parts: Iterable[tuple[str, str]], base: str, on_missing: OnMissing) -> str:
        """Paragraph markup for (text, role) parts, role "body" or "heading" (used for bold).

        Runs in the paragraph style's own font (``base``) need no tag, which keeps
        ordinary text as cheap to lay out as plain text.
        """
        out: list[str] = []
        for text, role in parts:
            chain = CHAINS[role]
            if self._plain_markup(text, chain, base, out):
                continue
            for run in self.runs(text, chain, on_missing):
                body = escape(run.text)
                if run.missing:
                    out.append(f'<font name="{run.font}" color="{PLACEHOLDER_COLOR}">{body}</font>')
                elif run.font == base:
                    out.append(body)
                else:
                    out.append(f'<font name="{run.font}">{body}</font>')
        return "".join(out)

    def _plain_markup(self, text: str, chain: tuple[str, ...], base: str, out: list[str]) -> bool:
        """Append the markup of a text that the first font of the chain draws whole, or the
        first two between them with the Latin face first (almost every text): the runs
        :meth:`_runs` gives, written straight away instead of one Run object each. False,
        with nothing appended, for any other text."""
        text = text.translate(_WHITESPACE)
        first = chain[0]
        # issuperset over an iterator stops at the first character the font lacks
        if self._cmaps[first].issuperset(map(ord, text)):  # an empty text too: one empty run
            runs = [(first, text)]
        elif first == LATIN_FONT and self._cmaps[chain[1]].issuperset(map(ord, text)):
            latin, cjk = self._cmaps[first], chain[1]
            runs = [(first if ord(p[0]) in latin else cjk, p) for p in _LATIN_SPLIT.findall(text)]
        else:
            return False
        for font, piece in runs:
            self._used(font)
            body = escape(piece)
            out.append(body if font == base else f'<font name="{font}">{body}</font>')
        return True


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap with each code point written as UTF-16BE, so that a
    character beyond U+FFFF (CJK Ext. B) becomes a surrogate pair and copies out right."""

    def utf16(cp: int) -> str:
        return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(cp)}>" for i, cp in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _fix_to_unicode() -> None:
    """Replace ReportLab's ToUnicode writer where it still writes <20BB7> for U+20BB7."""
    from reportlab.pdfbase import ttfonts

    if "<20BB7>" in ttfonts.makeToUnicodeCMap("probe", [0x20BB7]):
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


_lock = threading.RLock()


def _register(name: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    path = paths.fonts_dir() / FONT_FILES[name]
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except (OSError, TTFError) as exc:
        raise AppError(
            f"无法读取内置字体 {path}，请重新安装本程序",
            f"cannot read the bundled font {path} ({exc}); please reinstall",
        ) from None


def _coverage() -> dict[str, frozenset[int]]:
    path = paths.fonts_dir() / COVERAGE_FILE
    try:
        table = json.loads(path.read_text(encoding="ascii"))
        cmaps = {
            name: frozenset(cp for lo, hi in table[name] for cp in range(lo, hi + 1)) for name in FONT_FILES
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AppError(
            f"无法读取内置字体的字符表 {path}，请重新安装本程序",
            f"cannot read the bundled fonts' coverage table {path} ({exc}); please reinstall",
        ) from None
    cmaps[LATIN_FONT] = cmaps[LATIN_FONT] & LATIN_CHARS
    return cmaps


@cache
def _load() -> FontSet:
    _fix_to_unicode()
    for name in STYLE_FONTS:
        _register(name)
    return FontSet(_coverage(), _register)


def load_fonts() -> FontSet:
    """The fonts the styles name, registered with ReportLab on first use (about a third of a
    second); the fallback faces when a run first needs them."""
    with _lock:
        return _load()
