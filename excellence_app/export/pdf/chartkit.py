"""What the charts share: axis scaling, number formats, labels, legends.

The charts are drawn from primitives rather than ReportLab's chart widgets so
that every label goes through the font chain and every figure looks alike.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.figure import Figure
from excellence_app.export.pdf.styles import ACCENT, ALERT

SERIES_COLORS = (
    ACCENT,
    colors.HexColor("#C55A11"),
    colors.HexColor("#548235"),
    colors.HexColor("#7F7F7F"),
    colors.HexColor("#7030A0"),
    colors.HexColor("#BF9000"),
)
TARGET_COLOR = ALERT
MARKERS = ("circle", "square", "triangle", "diamond")
LABEL_SIZE = 7.5


@dataclass(frozen=True)
class Axis:
    low: float
    high: float
    step: float

    def ticks(self) -> list[float]:
        count = round((self.high - self.low) / self.step)
        return [self.low + i * self.step for i in range(count + 1)]

    def scale(self, value: float, length: float) -> float:
        return (value - self.low) / (self.high - self.low) * length


def nice_axis(values: Sequence[float], include_zero: bool = False, target_ticks: int = 5) -> Axis:
    lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
    if include_zero:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    if hi == lo:
        pad = abs(hi) * 0.1 or 1.0
        lo, hi = (lo if include_zero and lo == 0 else lo - pad), hi + pad
    else:
        span = hi - lo
        if not (include_zero and lo == 0):
            lo -= span * 0.1
        hi += span * 0.1
    raw = (hi - lo) / target_ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    low = math.floor(lo / step + 1e-9) * step
    high = math.ceil(hi / step - 1e-9) * step
    if low < 0 <= min(values, default=0) and not include_zero:
        low = 0.0  # a share or a count below zero would only confuse
    return Axis(low, high, step)


def format_number(value: float, step: float | None = None, decimals: int | None = None) -> str:
    """Digits as a reader expects them: thousands separated; with ``step`` (an axis), as many
    decimals as the step needs; with ``decimals``, that many (see :func:`decimals_for`);
    otherwise at most two and no trailing zeros."""
    if step is not None:
        decimals = next((d for d in range(4) if abs(round(step, d) - step) < 1e-9), 4)
    if decimals is not None:
        text = f"{value:,.{decimals}f}"
        return text.lstrip("-") if text.startswith("-") and not text.strip("-0.,") else text
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def decimals_for(values: Sequence[float], most: int = 2) -> int:
    """The decimals every value on one axis is printed with: as many as the most precise needs
    (up to ``most``), so that 98.5 and 99 read 98.5 and 99.0, never two formats side by side."""
    need = 0
    for v in values:
        d = next((d for d in range(most + 1) if abs(round(v, d) - v) < 1e-9), most)
        need = max(need, d)
    return need


def text(
    ctx: BuildContext,
    fig: Figure,
    x: float,
    y: float,
    value: str,
    where: Where,
    *,
    size: float = LABEL_SIZE,
    anchor: str = "middle",
    color: Color = colors.black,
    role: str = "heading",
    halo: bool = False,
) -> None:
    """A label, each character in a font that has it (a label may mix, say, a CJK Ext. B
    name with ordinary characters); ``halo`` keeps it readable where it crosses a line."""
    fig.text(x, y, ctx.label(value, where, role), size, anchor=anchor, color=color, halo=halo)


Box = tuple[float, float, float, float]  # left, bottom, right, top
Segment = tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class Spot:
    x: float  # the label's centre
    y: float  # its baseline
    box: Box


def free_spot(
    x: float,
    y: float,
    width: float,
    above: bool,
    plot: tuple[float, float, float, float],
    segments: Sequence[Segment],
    placed: Sequence[Box],
    size: float = LABEL_SIZE,
) -> Spot:
    """Where a value label of ``width`` for the point (x, y) covers no line, no label placed
    before it and stays in the plot: above or below the point (``above`` first), then further
    off, then beside it; if no place is free, the first choice (its halo keeps it readable)."""
    x0, y0, w, h = plot
    first, second = (6.0, -size - 5.5) if above else (-size - 5.5, 6.0)
    tries = [(0.0, first), (0.0, second), (0.0, first * 2.2), (0.0, second * 1.8)]
    side = width / 2 + 5
    tries += [(side, -size / 2 + 1), (-side, -size / 2 + 1)]
    for dx, dy in tries:
        cx, base = x + dx, y + dy
        box = (cx - width / 2 - 1, base - 1.5, cx + width / 2 + 1, base + size)
        inside = box[0] >= x0 and box[2] <= x0 + w and box[1] >= y0 and box[3] <= y0 + h + 8
        if (
            inside
            and not any(_overlap(box, other) for other in placed)
            and not any(_crosses(a, b, box) for a, b in segments)
        ):
            return Spot(cx, base, box)
    cx, base = x, y + first
    return Spot(cx, base, (cx - width / 2 - 1, base - 1.5, cx + width / 2 + 1, base + size))


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _crosses(p: tuple[float, float], q: tuple[float, float], box: Box) -> bool:
    """Whether the segment p–q passes through the box (Liang–Barsky clipping)."""
    (px, py), (qx, qy) = p, q
    dx, dy = qx - px, qy - py
    low, high = 0.0, 1.0
    for edge_p, edge_q in ((-dx, px - box[0]), (dx, box[2] - px), (-dy, py - box[1]), (dy, box[3] - py)):
        if edge_p == 0:
            if edge_q < 0:
                return False
            continue
        t = edge_q / edge_p
        if edge_p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def text_width(
    ctx: BuildContext, value: str, where: Where, size: float = LABEL_SIZE, role: str = "heading"
) -> float:
    return sum(stringWidth(r.text, r.font, size) for r in ctx.label(value, where, role))


@dataclass(frozen=True)
class LegendEntry:
    name: str
    color: Color
    kind: str  # a marker kind, "bar" or "dash"


LEGEND_SIZE = 8.5
LEGEND_ROW = 13.0
SWATCH_W, SWATCH_GAP, ENTRY_GAP = 22.0, 3.0, 14.0


def legend(ctx: BuildContext, entries: Sequence[LegendEntry], width: float, where: Where) -> Flowable:
    """The series names under a chart, in centred rows: an entry never breaks inside its name;
    a row takes as many whole entries as fit, and a name wider than a row is set smaller."""
    sized: list[tuple[LegendEntry, float, float]] = []  # entry, text size, its width
    for e in entries:
        size = LEGEND_SIZE
        w = text_width(ctx, e.name, where, size, role="body")
        room = width - SWATCH_W - SWATCH_GAP
        if w > room:
            size, w = size * room / w, room
        sized.append((e, size, w))
    rows: list[list[tuple[LegendEntry, float, float]]] = [[]]
    used = 0.0
    for entry in sized:
        need = SWATCH_W + SWATCH_GAP + entry[2]
        if rows[-1] and used + ENTRY_GAP + need > width:
            rows.append([])
            used = 0.0
        used += (ENTRY_GAP if rows[-1] else 0.0) + need
        rows[-1].append(entry)
    fig = Figure(width, LEGEND_ROW * len(rows) + 2)
    for r, row in enumerate(rows):
        row_w = sum(SWATCH_W + SWATCH_GAP + w for _, _, w in row) + ENTRY_GAP * (len(row) - 1)
        x = (width - row_w) / 2
        y = fig.height - LEGEND_ROW * (r + 1) + 3
        for e, size, w in row:
            _swatch(fig, e, x, y)
            text(
                ctx, fig, x + SWATCH_W + SWATCH_GAP, y, e.name, where, size=size, anchor="start", role="body"
            )
            x += SWATCH_W + SWATCH_GAP + w + ENTRY_GAP
    return fig


def _swatch(fig: Figure, entry: LegendEntry, x: float, y: float) -> None:
    """The series' mark, 22 × 9 points, its middle at the height of the name's middle."""
    mid = y + 3
    if entry.kind == "bar":
        fig.rect(x + 5, mid - 3.5, 12, 7, entry.color)
    elif entry.kind == "dash":
        fig.line(x + 1, mid, x + 21, mid, entry.color, 1.2, dash=(3, 2))
    else:
        fig.line(x + 1, mid, x + 21, mid, entry.color, 1.2)
        fig.marker(entry.kind, x + 11, mid, entry.color, 2.6)
