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
from reportlab.platypus import Flowable, Table, TableStyle

from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.figure import Figure
from excellence_app.export.pdf.fonts import BODY_FONT
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


def format_number(value: float, step: float | None = None) -> str:
    """Digits as a reader expects them: thousands separated; with ``step`` (an axis), as many
    decimals as the step needs, otherwise at most two and no trailing zeros."""
    if step is not None:
        decimals = next((d for d in range(4) if abs(round(step, d) - step) < 1e-9), 4)
        return f"{value:,.{decimals}f}"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


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


def text_width(
    ctx: BuildContext, value: str, where: Where, size: float = LABEL_SIZE, role: str = "heading"
) -> float:
    return sum(stringWidth(r.text, r.font, size) for r in ctx.label(value, where, role))


@dataclass(frozen=True)
class LegendEntry:
    name: str
    color: Color
    kind: str  # a marker kind, "bar" or "dash"


def _swatch(entry: LegendEntry) -> Figure:
    fig = Figure(22, 9)
    if entry.kind == "bar":
        fig.rect(5, 1, 12, 7, entry.color)
    elif entry.kind == "dash":
        fig.line(1, 4.5, 21, 4.5, entry.color, 1.2, dash=(3, 2))
    else:
        fig.line(1, 4.5, 21, 4.5, entry.color, 1.2)
        fig.marker(entry.kind, 11, 4.5, entry.color, 2.6)
    return fig


def legend(
    ctx: BuildContext, entries: Sequence[LegendEntry], width: float, where: Where, per_row: int = 3
) -> Flowable:
    """The series names under a chart, as paragraphs so that any character can be shown."""
    style = ctx.styles.legend
    cells = [(_swatch(e), ctx.para(e.name, style, where)) for e in entries]
    per_row = max(1, min(per_row, len(cells)))
    label_w = width / per_row - 26
    rows = []
    for i in range(0, len(cells), per_row):
        row: list[object] = []
        for swatch, para in cells[i : i + per_row]:
            row += [swatch, para]
        row += ["", ""] * (per_row - len(cells[i : i + per_row]))
        rows.append(row)
    table = Table(rows, colWidths=[26, label_w] * per_row, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table
