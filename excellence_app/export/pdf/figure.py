"""A figure drawn straight onto the page canvas.

ReportLab's graphics shapes check every attribute as it is set, which made a
package with thirty charts spend a third of its time building shapes. A Figure
only records what to draw and replays it onto the canvas in one saved state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from excellence_app.export.pdf.fonts import PLACEHOLDER_COLOR, Run

Op = Callable[[Any], None]
WHITE = colors.white
ANCHORS = {"start": 0.0, "middle": 0.5, "end": 1.0}


class Figure(Flowable):
    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        self._ops: list[Op] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        for op in self._ops:
            op(canv)
        canv.restoreState()

    # --- what can be drawn -----------------------------------------------------------------
    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        color: Color,
        width: float = 0.5,
        dash: Sequence[float] = (),
    ) -> None:
        def op(c: Any) -> None:
            c.setStrokeColor(color)
            c.setLineWidth(width)
            c.setDash(list(dash) if dash else [])
            c.line(x1, y1, x2, y2)

        self._ops.append(op)

    def polyline(self, points: Sequence[tuple[float, float]], color: Color, width: float) -> None:
        self.polygon(points, stroke=color, width=width, closed=False)

    def polygon(
        self,
        points: Sequence[tuple[float, float]],
        *,
        stroke: Color | None = None,
        width: float = 0.5,
        fill: Color | None = None,
        fill_alpha: float = 1.0,
        closed: bool = True,
    ) -> None:
        def op(c: Any) -> None:
            path = c.beginPath()
            path.moveTo(*points[0])
            for x, y in points[1:]:
                path.lineTo(x, y)
            if closed:
                path.close()
            c.setDash([])
            c.setLineJoin(1)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(width)
            if fill is not None:
                c.setFillColor(fill, alpha=fill_alpha)
            c.drawPath(path, stroke=stroke is not None, fill=fill is not None)
            if fill is not None:
                c.setFillAlpha(1)

        self._ops.append(op)

    def rect(self, x: float, y: float, w: float, h: float, fill: Color, alpha: float = 1.0) -> None:
        def op(c: Any) -> None:
            c.setFillColor(fill, alpha=alpha)
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillAlpha(1)

        self._ops.append(op)

    def marker(self, kind: str, x: float, y: float, color: Color, size: float = 3.2) -> None:
        if kind == "square":
            s = size * 0.85
            points = [(x - s, y - s), (x + s, y - s), (x + s, y + s), (x - s, y + s)]
        elif kind == "triangle":
            points = [(x - size, y - size * 0.8), (x + size, y - size * 0.8), (x, y + size * 1.1)]
        elif kind == "diamond":
            s = size * 1.1
            points = [(x, y - s), (x + s, y), (x, y + s), (x - s, y)]
        else:

            def op(c: Any) -> None:
                c.setFillColor(color)
                c.setStrokeColor(WHITE)
                c.setLineWidth(0.5)
                c.setDash([])
                c.circle(x, y, size, stroke=1, fill=1)

            self._ops.append(op)
            return
        self.polygon(points, stroke=WHITE, width=0.5, fill=color)

    def text(
        self,
        x: float,
        y: float,
        runs: Sequence[Run],
        size: float,
        *,
        anchor: str = "middle",
        color: Color = colors.black,
        halo: bool = False,
    ) -> None:
        """Text in font runs, laid side by side; ``halo`` puts a white patch behind it."""
        widths = [stringWidth(r.text, r.font, size) for r in runs]
        left = x - ANCHORS[anchor] * sum(widths)
        if halo:
            self.rect(left - 1.5, y - 1.5, sum(widths) + 3, size + 1, WHITE, alpha=0.85)

        def op(c: Any) -> None:
            at = left
            for run, w in zip(runs, widths, strict=True):
                c.setFont(run.font, size)
                c.setFillColor(colors.HexColor(PLACEHOLDER_COLOR) if run.missing else color)
                c.drawString(at, y, run.text)
                at += w

        self._ops.append(op)
