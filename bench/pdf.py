"""How long the package export takes, next to plain ReportLab setting the same text.

The yardstick is ReportLab alone in the same process: a SimpleDocTemplate with one
Paragraph per block of every response and profile section, in the body font, with
ReportLab's own CJK wrapping. The package adds headings, lists, tables, figures,
the table of contents, font fallback and the page furniture on top of that.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from excellence_app.core.markdown import plain_text
from excellence_app.core.report import ReportInput
from excellence_app.export.pdf import write_pdf
from excellence_app.export.pdf.fonts import BODY_FONT, load_fonts
from excellence_app.export.pdf.styles import (
    BODY_LEADING,
    BODY_SIZE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
)


def plain_reportlab(data: ReportInput, out: Path) -> int:
    """The yardstick: the texts as plain paragraphs; returns the number of paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle(
        "plain",
        fontName=BODY_FONT,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        wordWrap="CJK",
        firstLineIndent=2 * BODY_SIZE,
        spaceAfter=4,
    )
    texts = [*data.snapshot.profile.values(), *(r.text for r in data.snapshot.responses.values())]
    story = [
        Paragraph(escape(line), style)
        for text in texts
        for line in plain_text(text).splitlines()
        if line.strip()
    ]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=BODY_FONT,
    )
    doc.build(story)
    return len(story)


def bench_pdf(data: ReportInput, repeat: int = 3) -> dict[str, float]:
    """Seconds for the package export and for the yardstick (best of ``repeat`` runs each),
    their ratio, and the one-off font registration (0 when already done in this process)."""
    start = time.perf_counter()
    load_fonts()
    fonts = time.perf_counter() - start
    package = reportlab = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(max(1, repeat)):
            start = time.perf_counter()
            plain_reportlab(data, Path(tmp) / "plain.pdf")
            reportlab = min(reportlab, time.perf_counter() - start)
            start = time.perf_counter()
            write_pdf(data, Path(tmp) / "package.pdf", kind="package")
            package = min(package, time.perf_counter() - start)
        sizes = {name: (Path(tmp) / name).stat().st_size for name in ("plain.pdf", "package.pdf")}
    return {
        "package_seconds": round(package, 3),
        "reportlab_seconds": round(reportlab, 3),
        "ratio": round(package / reportlab, 2),
        "fonts_seconds": round(fonts, 3),
        "package_bytes": sizes["package.pdf"],
        "reportlab_bytes": sizes["plain.pdf"],
    }


# Long texts (tests/test_long_texts_in_a_pdf.py): with few or with many distinct characters,
# so that a cost per distinct character shows as plainly as a cost per character.
FEW_CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
# The CJK Unified Ideographs as of Unicode 4.1 (U+4E00–U+9FA5), all in the bundled fonts, so
# that the figures time drawing characters, not the □ of missing ones.
_IDEOGRAPHS = range(0x4E00, 0x9FA6)


def long_text(length: int, distinct: int, seed: int = 11) -> str:
    """One paragraph of ``length`` characters: the FEW_CHARS when ``distinct`` is no more than
    their number, else that many ideographs drawn from the block; each about equally often,
    in a random but repeatable order."""
    rng = random.Random(seed)
    if distinct <= len(FEW_CHARS):
        pool = FEW_CHARS[:distinct]
    else:
        pool = "".join(map(chr, rng.sample(_IDEOGRAPHS, min(distinct, len(_IDEOGRAPHS)))))
    chars = list(pool * (length // len(pool) + 1))[:length]
    rng.shuffle(chars)
    return "".join(chars)
