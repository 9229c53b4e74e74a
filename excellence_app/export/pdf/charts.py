"""Figures: an indicator's results over time, and the category radar and bars of the report."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, KeepTogether

from excellence_app.core import comparisons
from excellence_app.core.snapshots import Indicator
from excellence_app.export.package_text import figure_caption, figure_source
from excellence_app.export.pdf import chartkit as kit
from excellence_app.export.pdf.context import BuildContext, Where
from excellence_app.export.pdf.figure import Figure
from excellence_app.export.pdf.styles import ACCENT, FRAME_WIDTH, GRID, HEAD_FILL, MUTED

CHART_HEIGHT = 185.0
COMPARISON_KINDS = {kind: zh for kind, (zh, _en) in comparisons.LABELS.items()}
MAX_VALUE_LABELS = 12  # beyond this many periods, value labels would overlap


@dataclass(frozen=True)
class Series:
    name: str
    values: dict[str, float]
    color: Color
    marker: str
    labelled: bool = False  # print each value next to its point or bar


def indicator_figure(ctx: BuildContext, ind: Indicator, label: str) -> Flowable:
    """The indicator as a line chart (three periods or more) or a bar chart, with its target,
    comparisons, legend, numbered caption and data source, kept together on one page."""
    drawing, legend = indicator_chart(ctx, ind, label)
    where = Where(f"指标“{ind.name}”", f"indicator {ind.name}")
    parts = [
        drawing,
        legend,
        ctx.para(figure_caption(label, ind), ctx.styles.caption, where),
        ctx.para(figure_source(ctx.snap.project.org_name, ind), ctx.styles.source, where),
    ]
    return KeepTogether(parts)


def indicator_chart(ctx: BuildContext, ind: Indicator, label: str) -> tuple[Figure, Flowable]:
    """The chart of an indicator and its legend, the figure ``label`` counted as placed: what
    the PDF sets above the caption, and the Word writer turns into one picture."""
    where = Where(f"指标“{ind.name}”", f"indicator {ind.name}")
    series = [
        Series(
            "本组织",
            {p.period: p.value for p in ind.values},
            kit.SERIES_COLORS[0],
            kit.MARKERS[0],
            labelled=True,
        )
    ]
    for i, comp in enumerate(ind.comparisons, start=1):
        kind = COMPARISON_KINDS.get(comp.kind, "")
        series.append(
            Series(
                f"{comp.name}（{kind}）" if kind and kind not in comp.name else comp.name,
                {p.period: p.value for p in comp.values},
                kit.SERIES_COLORS[i % len(kit.SERIES_COLORS)],
                kit.MARKERS[i % len(kit.MARKERS)],
            )
        )
    periods = sorted({p for s in series for p in s.values})
    bars = len(periods) <= 2
    drawing = _chart(ctx, series, periods, ind.target, ind.unit, bars, where)
    entries = [
        kit.LegendEntry(s.name, s.color, "bar" if bars else s.marker)
        for s in series
        if s.values or s is series[0]
    ]
    if ind.target is not None:
        target = kit.format_number(ind.target, decimals=_decimals(series, ind.target))
        entries.append(kit.LegendEntry(f"目标值 {target}{ind.unit}", kit.TARGET_COLOR, "dash"))
    ctx.placed_figure(label)
    return drawing, kit.legend(ctx, entries, FRAME_WIDTH * 0.9, where)


def _decimals(series: Sequence[Series], target: float | None) -> int:
    """One format for every value printed against the axis: labels and the target alike."""
    values = [v for s in series if s.labelled for v in s.values.values()]
    return kit.decimals_for(values + ([target] if target is not None else []))


def _chart(
    ctx: BuildContext,
    series: Sequence[Series],
    periods: Sequence[str],
    target: float | None,
    unit: str,
    bars: bool,
    where: Where,
) -> Figure:
    values = [v for s in series for v in s.values.values()]
    if target is not None:
        values.append(target)
    axis = kit.nice_axis(values, include_zero=bars)
    tick_labels = [kit.format_number(t, axis.step) for t in axis.ticks()]
    left = max(kit.text_width(ctx, t, where) for t in tick_labels) + 10
    x0, y0 = left, 18.0
    w, h = FRAME_WIDTH - left - 8, CHART_HEIGHT - 18 - 20
    fig = Figure(FRAME_WIDTH, CHART_HEIGHT)
    for tick, text in zip(axis.ticks(), tick_labels, strict=True):
        y = y0 + axis.scale(tick, h)
        fig.line(x0, y, x0 + w, y, GRID if tick else MUTED, 0.4)
        kit.text(ctx, fig, x0 - 4, y - 2.5, text, where, anchor="end")
    fig.line(x0, y0, x0, y0 + h, MUTED, 0.6)
    fig.line(x0, y0, x0 + w, y0, MUTED, 0.6)
    if unit:
        kit.text(ctx, fig, x0 - 4, y0 + h + 8, f"单位：{unit}", where, anchor="start", color=MUTED)
    if not periods:
        kit.text(ctx, fig, x0 + w / 2, y0 + h / 2, "暂无数据", where, size=10, color=MUTED)
        return fig
    slot = w / len(periods)
    every = max(1, math.ceil(max(kit.text_width(ctx, p, where) for p in periods) * 1.3 / slot))
    for i, period in enumerate(periods):
        if i % every == 0:
            kit.text(ctx, fig, x0 + slot * (i + 0.5), y0 - 11, period, where)
    if target is not None:  # drawn first, so that value labels sit on top of it, never struck through
        y = y0 + axis.scale(target, h)
        fig.line(x0, y, x0 + w, y, kit.TARGET_COLOR, 1, dash=(4, 2.5))
    box = (x0, y0, w, h)
    decimals = _decimals(series, target)
    if bars:
        _bars(ctx, fig, series, periods, axis, box, decimals, where)
    else:
        _lines(ctx, fig, series, periods, axis, box, decimals, where, target)
    return fig


def _lines(
    ctx: BuildContext,
    fig: Figure,
    series: Sequence[Series],
    periods: Sequence[str],
    axis: kit.Axis,
    box: tuple[float, float, float, float],
    decimals: int,
    where: Where,
    target: float | None,
) -> None:
    x0, y0, w, h = box
    slot = w / len(periods)
    # A period a comparison has no figure for is bridged: the line joins its neighbours.
    lines = [
        [
            (x0 + slot * (i + 0.5), y0 + axis.scale(s.values[p], h))
            for i, p in enumerate(periods)
            if p in s.values
        ]
        for s in series
    ]
    for s, points in reversed(list(zip(series, lines, strict=True))):  # our own line on top
        if len(points) >= 2:
            fig.polyline(points, s.color, 1.6 if s.labelled else 1.1)
        for x, y in points:
            fig.marker(s.marker, x, y, s.color)
    own = series[0]
    if len(periods) > MAX_VALUE_LABELS:
        return
    # What a label must not cover: every line and its markers, the target's line, the labels
    # placed before it.
    segments = [pair for points in lines for pair in itertools.pairwise(points)]
    if target is not None:
        ty = y0 + axis.scale(target, h)
        segments.append(((x0, ty), (x0 + w, ty)))
    placed: list[kit.Box] = [(x - 3.5, y - 3.5, x + 3.5, y + 3.5) for points in lines for x, y in points]
    for i, p in enumerate(periods):
        if p not in own.values:
            continue
        value = own.values[p]
        others = [s.values[p] for s in series[1:] if p in s.values]
        # the side where fewer of the other lines run is tried first
        above = sum(o > value for o in others) <= sum(o < value for o in others)
        x, y = x0 + slot * (i + 0.5), y0 + axis.scale(value, h)
        label = kit.format_number(value, decimals=decimals)
        width = kit.text_width(ctx, label, where)
        spot = kit.free_spot(x, y, width, above, (x0, y0, w, h), segments, placed)
        placed.append(spot.box)
        kit.text(ctx, fig, spot.x, spot.y, label, where, color=own.color, halo=True)


def _bars(
    ctx: BuildContext,
    fig: Figure,
    series: Sequence[Series],
    periods: Sequence[str],
    axis: kit.Axis,
    box: tuple[float, float, float, float],
    decimals: int,
    where: Where,
) -> None:
    x0, y0, w, h = box
    slot = w / len(periods)
    group = min(slot * 0.7, 60.0 * len(series))
    bar = group / len(series)
    base = y0 + axis.scale(max(axis.low, min(0.0, axis.high)), h)
    for i, p in enumerate(periods):
        left = x0 + slot * i + (slot - group) / 2
        for j, s in enumerate(series):
            if p not in s.values:
                continue
            top = y0 + axis.scale(s.values[p], h)
            fig.rect(left + j * bar + 1, min(base, top), bar - 2, abs(top - base), s.color)
            if s.labelled:
                label = kit.format_number(s.values[p], decimals=decimals)
                kit.text(ctx, fig, left + j * bar + bar / 2, max(base, top) + 3, label, where, color=s.color)


def radar_chart(
    ctx: BuildContext,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], Color]],
    where: Where,
    size: float = 250.0,
) -> Figure:
    """Percentages (0–100) on one spoke per label; several series may be overlaid."""
    fig = Figure(FRAME_WIDTH, size)
    cx, cy, r = FRAME_WIDTH / 2, size / 2, size / 2 - 28
    n = len(labels)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        return cx + r * value / 100 * math.cos(angle), cy + r * value / 100 * math.sin(angle)

    for ring in (100, 80, 60, 40, 20):
        fill = HEAD_FILL if ring == 100 else None
        fig.polygon([point(i, ring) for i in range(n)], stroke=GRID, width=0.4, fill=fill, fill_alpha=0.35)
    for ring in (20, 40, 60, 80, 100):
        x, y = point(0, ring)
        kit.text(ctx, fig, x + 3, y - 3, f"{ring}%", where, size=6.5, anchor="start", color=MUTED)
    for i, text in enumerate(labels):
        fig.line(cx, cy, *point(i, 100), GRID, 0.4)
        lx, ly = point(i, 100 + 1400 / r)
        anchor = "middle" if abs(lx - cx) < 4 else ("start" if lx > cx else "end")
        kit.text(ctx, fig, lx, ly - 3, text, where, size=8.5, anchor=anchor)
    for _, values, color in series:
        points = [point(i, v) for i, v in enumerate(values)]
        fig.polygon(points, stroke=color, width=1.5, fill=color, fill_alpha=0.15)
        for x, y in points:
            fig.marker("circle", x, y, color, 2.4)
    return fig


def category_bars(ctx: BuildContext, rows: Sequence[tuple[str, float, int]], where: Where) -> Figure:
    """One bar per category: the grey track is its points, the dark bar its score."""
    row_h, label_w = 22.0, 120.0
    fig = Figure(FRAME_WIDTH, row_h * len(rows) + 6)
    most = max((points for _, _, points in rows), default=1) or 1
    track_w = FRAME_WIDTH - label_w - 70
    decimals = kit.decimals_for([score for _, score, _ in rows])
    for i, (label, score, points) in enumerate(rows):
        y = fig.height - row_h * (i + 1)
        kit.text(ctx, fig, label_w - 8, y + 7, label, where, size=8.5, anchor="end")
        full = track_w * points / most
        fig.rect(label_w, y + 3, full, 13, HEAD_FILL)
        fig.rect(label_w, y + 3, full * score / points if points else 0, 13, ACCENT)
        shown = f"{kit.format_number(score, decimals=decimals)} / {points}"
        kit.text(ctx, fig, label_w + full + 5, y + 7, shown, where, size=8, anchor="start", role="body")
    return fig


def score_chart(
    ctx: BuildContext,
    periods: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    unit: str,
    where: Where,
    *,
    bars: bool,
) -> list[Flowable]:
    """Scores drawn like an indicator (totals over the cycles, or categories this year and
    last), every value labelled: the chart and the legend under it, for report_parts.figure
    to keep together (a KeepTogether inside another would always start a new page)."""
    drawn = [
        Series(
            name,
            dict(zip(periods, values, strict=True)),
            kit.SERIES_COLORS[i % len(kit.SERIES_COLORS)],
            kit.MARKERS[i % len(kit.MARKERS)],
            labelled=True,
        )
        for i, (name, values) in enumerate(series)
    ]
    drawing = _chart(ctx, drawn, periods, None, unit, bars, where)
    entries = [kit.LegendEntry(s.name, s.color, "bar" if bars else s.marker) for s in drawn]
    return [drawing, kit.legend(ctx, entries, FRAME_WIDTH * 0.9, where)]
