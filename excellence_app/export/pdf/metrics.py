"""The width of every character of a text, for breaking it into lines (linebreak.py)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont


class _Widths(dict[str, float]):
    """Character → width in one TrueType font and size, filled in as characters come up: the
    same product as ``charWidths.get(ord(c), default) * size * 0.001``, looked up at C speed
    (the package measures some 100,000 characters, and most of them many times)."""

    def __init__(self, font: TTFont, size: float) -> None:
        super().__init__()
        self._get, self._default, self._scale = font.face.charWidths.get, font.face.defaultWidth, size * 0.001

    def __missing__(self, ch: str) -> float:
        width = self[ch] = self._get(ord(ch), self._default) * self._scale
        return width


# per font object (not name: a font registered anew under a name has its own widths) and size
_width_tables: dict[tuple[TTFont, float], _Widths] = {}


def char_widths(text: str, font_name: str, size: float) -> list[float]:
    """The width of each character of ``text``, as ReportLab measures it one by one."""
    font = getFont(font_name)
    if isinstance(font, TTFont):
        table = _width_tables.get((font, size))
        if table is None:
            table = _width_tables[(font, size)] = _Widths(font, size)
        return list(map(table.__getitem__, text))
    return [stringWidth(c, font_name, size) for c in text]
