"""resources/fonts/coverage.json: which characters each bundled font draws, as code point ranges.

With it an export knows which fonts a text needs without parsing all 56 MB of them; the two
fallback faces are read only when a character asks for them. Regenerate after changing a
font: ``python -m tools.font_coverage``; a test fails while the file is stale.
"""

from __future__ import annotations

import json
from pathlib import Path

from excellence_app import paths
from excellence_app.export.pdf.fonts import COVERAGE_FILE, FONT_FILES


def ranges(points: set[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in sorted(points):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def measure() -> str:
    """The file's text, from the fonts as they are on disk."""
    from reportlab.pdfbase.ttfonts import TTFont

    table = {
        name: ranges(set(TTFont(name, str(paths.fonts_dir() / file)).face.charToGlyph))
        for name, file in FONT_FILES.items()
    }
    return json.dumps(table, separators=(",", ":")) + "\n"


def target() -> Path:
    return paths.fonts_dir() / COVERAGE_FILE


if __name__ == "__main__":
    target().write_text(measure(), encoding="ascii")
    print(f"wrote {target()}")
