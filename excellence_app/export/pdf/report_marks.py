"""How the report's later parts print a percentage and a signed change, coloured by direction.

A change carries its sign as well as its colour, so it reads the same in black and white.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from excellence_app.export.pdf.chartkit import format_number
from excellence_app.export.pdf.context import BuildContext
from excellence_app.export.pdf.fonts import HEADING_FONT
from excellence_app.export.pdf.styles import ALERT, MUTED

GOOD = colors.HexColor("#38761D")
MINUS = "-"  # the bundled fonts have no U+2212 minus sign
DASH = "—"


def percent(value: int | None) -> str:
    return DASH if value is None else f"{value}%"


def number(value: float | None) -> str:
    return DASH if value is None else format_number(value)


def signed(value: float | None) -> str:
    """+5, −2.5, 0."""
    if value is None:
        return DASH
    if value == 0:
        return "0"
    return ("+" if value > 0 else MINUS) + format_number(abs(value))


def _cell(ctx: BuildContext, name: str, color: colors.Color) -> ParagraphStyle:
    return ParagraphStyle(name, parent=ctx.styles.cell_center, fontName=HEADING_FONT, textColor=color)


def change_style(ctx: BuildContext, value: float | None, *, higher_is_better: bool = True) -> ParagraphStyle:
    """Green for a change for the better, red for the worse, grey for none."""
    if not value:
        return ParagraphStyle("change_none", parent=ctx.styles.cell_center, textColor=MUTED)
    better = (value > 0) == higher_is_better
    return _cell(ctx, "change_good" if better else "change_bad", GOOD if better else ALERT)


def tone_style(ctx: BuildContext, tone: str) -> ParagraphStyle:
    """A centred cell in the colour of a verdict: "good", "bad" or "warn"."""
    color = {"good": GOOD, "bad": ALERT, "warn": colors.HexColor("#B45F06")}[tone]
    return _cell(ctx, f"tone_{tone}", color)
