"""Ruled tables with a shaded header row that repeats on every page the table reaches."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from excellence_app.export.pdf.fonts import BODY_FONT
from excellence_app.export.pdf.styles import ALERT_FILL, FRAME_WIDTH, GRID, HEAD_FILL, INK, ZEBRA_FILL

PAD_X = 4.0
CELL_SIZE = 9.0
CELL_LEADING = 13.5
ROW_SPLIT_MIN = 40.0  # points of a split row on either page, at least
MIN_COLUMN = 30.0  # about two characters plus padding


def natural_widths(texts: Sequence[Sequence[str]], size: float = 9) -> list[float]:
    """Each column's width if nothing wrapped, from the plain cell texts (capped per cell)."""
    columns = max((len(r) for r in texts), default=0)
    widths = [MIN_COLUMN] * columns
    for row in texts:
        for i, text in enumerate(row):
            w = stringWidth(text, BODY_FONT, size) + 2 * PAD_X + 2
            widths[i] = max(widths[i], min(w, FRAME_WIDTH * 0.6))
    return widths


def fit_widths(natural: Sequence[float], available: float = FRAME_WIDTH) -> list[float]:
    """Share the available width: in proportion to the natural widths when they fit,
    otherwise wide columns give way while narrow ones (numbers, short labels) stay whole."""
    total = sum(natural)
    if total <= available:
        return [w * available / total for w in natural]  # tables span the text width
    widths = list(natural)
    fixed: set[int] = set()
    while True:
        free = available - sum(widths[i] for i in fixed)
        flexible = [i for i in range(len(widths)) if i not in fixed]
        share = free / max(sum(natural[i] for i in flexible), 1)
        shrunk = False
        for i in flexible:
            widths[i] = max(natural[i] * share, MIN_COLUMN)
            if natural[i] * share < MIN_COLUMN:
                fixed.add(i)
                shrunk = True
        if not shrunk or len(fixed) == len(widths):
            return widths


def data_table(
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    zebra: bool = False,
    alert_rows: Sequence[int] = (),
    align_right: Sequence[int] = (),
    size: float = CELL_SIZE,
) -> Table:
    """A table of ready-made cells (paragraphs) across the text width (``widths`` are relative);
    the first ``header_rows`` rows are shaded and repeat after a page break. ``alert_rows``
    (body row numbers) are tinted red; ``size`` is that of cells given as plain strings."""
    scale = FRAME_WIDTH / sum(widths)
    # A row taller than what is left of the page may split inside, or a very long cell
    # could never be placed at all.
    table = Table(
        [list(r) for r in rows],
        colWidths=[w * scale for w in widths],
        repeatRows=header_rows,
        hAlign="LEFT",
        splitInRow=ROW_SPLIT_MIN,
    )
    commands: list[tuple] = [
        # for cells given as plain strings (and empty ones: never the unembedded default font)
        ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * CELL_LEADING / CELL_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, colors.HexColor("#5A6E94")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if header_rows == 0:
        commands = [c for c in commands if c[0] not in ("LINEBELOW", "BACKGROUND")]
    if zebra:
        for r in range(header_rows + 1, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA_FILL))
    for r in alert_rows:
        commands.append(("BACKGROUND", (0, header_rows + r), (-1, header_rows + r), ALERT_FILL))
    for c in align_right:
        commands.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table
