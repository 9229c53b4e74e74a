"""Analysis of a results indicator: level, trend, comparison and integration (LeTCI)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from excellence_app.core import wording
from excellence_app.core.comparisons import STRONG

MIN_TREND_PERIODS = 3
# A slope smaller than this share of the series' mean level per period reads as flat.
FLAT_SHARE = 0.002


@dataclass(frozen=True)
class Series:
    """A named run of (period, value) pairs, periods sortable as text (2024, 2025Q1 …)."""

    name: str
    points: tuple[tuple[str, float], ...]
    kind: str = "own"
    source: str = ""


@dataclass(frozen=True)
class ComparisonResult:
    name: str
    kind: str
    period: str
    ours: float
    theirs: float
    beaten: bool


@dataclass(frozen=True)
class Gap:
    factor: str  # level | trend | comparison | integration
    zh: str
    en: str


@dataclass(frozen=True)
class IndicatorAnalysis:
    periods: int
    current_period: str | None
    current: float | None
    direction: str | None  # improving | worsening | flat (None: too few periods)
    slope: float | None
    favourable: bool | None
    target: float | None
    target_met: bool | None
    comparisons: tuple[ComparisonResult, ...]
    level: bool
    trend: bool
    comparison: bool
    integration: bool
    gaps: tuple[Gap, ...]


def sorted_points(points: Sequence[tuple[str, float]]) -> list[tuple[str, float]]:
    return sorted(points, key=lambda p: p[0])


def slope(values: Sequence[float]) -> float:
    """Least-squares slope per period of equally spaced values."""
    n = len(values)
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    num = sum((i - mean_x) * (v - mean_y) for i, v in enumerate(values))
    den = sum((i - mean_x) ** 2 for i in range(n))
    return num / den if den else 0.0


def better(a: float, b: float, direction: str) -> bool:
    """True when ``a`` is better than or equal to ``b`` for this better-direction."""
    return a <= b if direction == "down" else a >= b


def analyse(
    own: Series,
    better_direction: str,
    target: float | None,
    comparisons: Sequence[Series],
    strategic_link: str,
) -> IndicatorAnalysis:
    pts = sorted_points(own.points)
    gaps: list[Gap] = []
    current_period, current = pts[-1] if pts else (None, None)
    if current is None:
        gaps.append(Gap("level", "没有任何数据，无法说明当前水平", "no data: the current level is unknown"))

    direction = s = favourable = None
    if len(pts) >= MIN_TREND_PERIODS:
        values = [v for _, v in pts]
        s = slope(values)
        scale = abs(sum(values) / len(values)) or 1.0
        if abs(s) < FLAT_SHARE * scale:
            direction = "flat"
            favourable = None
        else:
            improving = s > 0 if better_direction == "up" else s < 0
            direction = "improving" if improving else "worsening"
            favourable = improving
        if direction == "worsening":
            gaps.append(
                Gap(
                    "trend",
                    "近几期的数据在变差（不利趋势），需说明原因和对策",
                    "adverse trend: the figures are getting worse; explain why and what is done",
                )
            )
    else:
        gaps.append(
            Gap(
                "trend",
                f"只有 {len(pts)} 期数据，至少需要 {MIN_TREND_PERIODS} 期才能说明趋势",
                f"only {wording.count(len(pts), 'period')}; at least {MIN_TREND_PERIODS} are needed to show a trend",
            )
        )

    target_met = None
    if target is not None and current is not None:
        target_met = better(current, target, better_direction)

    results: list[ComparisonResult] = []
    own_map = dict(pts)
    for comp in comparisons:
        cpts = sorted_points(comp.points)
        common = [p for p, _ in cpts if p in own_map]
        if not common:
            continue
        period = common[-1]
        theirs = dict(cpts)[period]
        ours = own_map[period]
        results.append(
            ComparisonResult(
                comp.name, comp.kind, period, ours, theirs, better(ours, theirs, better_direction)
            )
        )
    strong = [r for r in results if r.kind in STRONG]
    if not results:
        gaps.append(
            Gap("comparison", "没有可比的竞争对手或标杆数据", "no comparison with competitors or benchmarks")
        )
    elif not strong:
        # Ahead of an average or a requirement shows adequacy, not a lead.
        gaps.append(
            Gap(
                "comparison",
                "只与行业平均或要求对比，缺少与竞争对手或标杆的对比",
                "compared only with averages or requirements, not with competitors or benchmarks",
            )
        )
    if results and not all(r.beaten for r in results):
        lost = "、".join(r.name for r in results if not r.beaten)
        gaps.append(Gap("comparison", f"落后于对比对象：{lost}", f"behind {lost}"))

    integration = bool(strategic_link.strip())
    if not integration:
        gaps.append(
            Gap(
                "integration",
                "未关联战略目标或关键要求",
                "not linked to a strategic objective or key requirement",
            )
        )

    return IndicatorAnalysis(
        periods=len(pts),
        current_period=current_period,
        current=current,
        direction=direction,
        slope=s,
        favourable=favourable,
        target=target,
        target_met=target_met,
        comparisons=tuple(results),
        level=current is not None,
        trend=len(pts) >= MIN_TREND_PERIODS,
        comparison=bool(strong),
        integration=integration,
        gaps=tuple(gaps),
    )
