"""Scoring rules: percentages, bands, item and category scores, points still open.

Scores are kept exact by working in "percent × points" integers and dividing by
100 once, so 8.25 + 27.5 never turns into 35.749999.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from excellence_app.core.errors import InvalidValue
from excellence_app.core.framework import Band, Framework

STEP = 5


def check_percent(value: object) -> int:
    """Return the percentage as an int, or refuse anything but 0–100 in steps of 5."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValue(
            f"评分百分比应为数字，收到 {value!r}", f"a percentage must be a number, got {value!r}"
        )
    if isinstance(value, float):
        if not value.is_integer():
            raise InvalidValue(
                f"评分百分比应为 5 的整数倍，收到 {value}",
                f"a percentage must be a multiple of 5, got {value}",
            )
        value = int(value)
    if not 0 <= value <= 100:
        raise InvalidValue(
            f"评分百分比应在 0–100 之间，收到 {value}",
            f"a percentage must lie between 0 and 100, got {value}",
        )
    if value % STEP:
        raise InvalidValue(
            f"评分百分比应为 5 的整数倍，收到 {value}", f"a percentage must be a multiple of 5, got {value}"
        )
    return value


def band_of(percent: float, bands: Sequence[Band]) -> Band:
    """The band a percentage falls in; values between two bands belong to the lower one."""
    chosen = bands[0]
    for band in bands:
        if percent >= band.low:
            chosen = band
    return chosen


@dataclass(frozen=True)
class BandPlacement:
    """Where a share of the maximum (a total, in %) falls among the bands. Item scores are
    steps of 5 and always fall inside a band; a total can fall between two (45 < 49.6 < 50):
    it has not reached the upper band's floor, so it counts in the lower band."""

    percent: float
    band: Band
    next_band: Band | None  # the band above, when the share lies in the gap below it

    def rule(self) -> tuple[str, str]:
        """The placement in words (zh, en), as the dashboard and the report show it."""
        p, b = f"{self.percent:.1f}", self.band
        if self.next_band is None:
            return (
                f"总分为满分的 {p}%，在第 {b.number} 分数段（{b.label}）内。",
                f"The total is {p}% of the maximum, inside band {b.number} ({b.label}).",
            )
        n = self.next_band
        return (
            f"总分为满分的 {p}%，在第 {b.number} 分数段（{b.label}）与第 {n.number} 分数段（{n.label}）之间；"
            f"尚未达到 {n.low}%，按较低的第 {b.number} 分数段计。",
            f"The total is {p}% of the maximum, between band {b.number} ({b.label}) and band "
            f"{n.number} ({n.label}); it has not reached {n.low}%, so it counts in the lower band {b.number}.",
        )


def place(percent: float, bands: Sequence[Band]) -> BandPlacement:
    band = band_of(percent, bands)
    above = next((b for b in bands if b.number == band.number + 1), None)
    gap = above is not None and band.high < percent < above.low
    return BandPlacement(percent, band, above if gap else None)


def check_band_number(number: object, bands: Sequence[Band]) -> int:
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= len(bands):
        raise InvalidValue(
            f"分数段应为 1–{len(bands)}，收到 {number!r}", f"a band must be 1–{len(bands)}, got {number!r}"
        )
    return number


def hundredths(percent: int, points: int) -> int:
    """An item's score in hundredths of a point (percent × points)."""
    return percent * points


def item_score(percent: int | None, points: int) -> float:
    """Item score = percentage × item points (0 when not scored)."""
    if percent is None:
        return 0.0
    return hundredths(percent, points) / 100


def points_open(percent: int | None, points: int) -> float:
    """Points the item could still gain: the improvement priority."""
    return (points * 100 - hundredths(percent or 0, points)) / 100


def provisional_percent(percents: Iterable[int]) -> int | None:
    """The score used while the team has not agreed: the median, rounded down to a step of 5."""
    values = sorted(percents)
    if not values:
        return None
    mid = len(values) // 2
    median = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
    return int(median // STEP * STEP)


@dataclass(frozen=True)
class Totals:
    total: float
    process: float
    results: float
    categories: dict[str, float]
    # The most each part can score: the framework's own points, never an assumed 1000.
    total_max: int
    process_max: int
    results_max: int

    @property
    def percent(self) -> float:
        """The total as a share of the framework's points, to one decimal."""
        return percent_of(self.total, self.total_max)


def percent_of(score: float, points: int) -> float:
    """A score as a percentage of the points it could reach, to one decimal (0 when nothing to reach)."""
    return round(score / points * 100, 1) if points else 0.0


def totals(framework: Framework, percents: Mapping[str, int | None]) -> Totals:
    """Category, process, results and overall scores from each item's percentage, and their maxima."""
    cats: dict[str, int] = {}
    by_kind = {"process": 0, "results": 0}
    most = {"process": 0, "results": 0}
    for category in framework.categories:
        acc = 0
        for item in category.items:
            h = hundredths(percents.get(item.id) or 0, item.points)
            acc += h
            by_kind[item.kind] += h
            most[item.kind] += item.points
        cats[category.id] = acc
    return Totals(
        total=sum(cats.values()) / 100,
        process=by_kind["process"] / 100,
        results=by_kind["results"] / 100,
        categories={cid: h / 100 for cid, h in cats.items()},
        total_max=framework.total_points,
        process_max=most["process"],
        results_max=most["results"],
    )


def factor_span(bands: Sequence[Band], factor_bands: Iterable[int | None]) -> tuple[int, int] | None:
    """The percentages the factors' bands cover, from the lowest band's low to the highest's high."""
    numbers = [n for n in factor_bands if n is not None]
    if not numbers:
        return None
    return bands[min(numbers) - 1].low, bands[max(numbers) - 1].high


def outside_factor_span(
    percent: int | None, bands: Sequence[Band], factor_bands: Iterable[int | None]
) -> bool:
    """True when an overall percentage lies outside what its factor judgements support."""
    span = factor_span(bands, factor_bands)
    if percent is None or span is None:
        return False
    return not span[0] <= percent <= span[1]
