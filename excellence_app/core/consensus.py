"""Statistics over the assessors' percentages for one item."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_SPREAD_THRESHOLD = 20


@dataclass(frozen=True)
class SpreadStats:
    count: int
    mean: float | None
    median: float | None
    minimum: int | None
    maximum: int | None
    spread: int | None
    flagged: bool


def spread_stats(percents: Iterable[int], threshold: int = DEFAULT_SPREAD_THRESHOLD) -> SpreadStats:
    """Mean, median, range and whether the spread calls for a consensus discussion."""
    values = list(percents)
    if not values:
        return SpreadStats(0, None, None, None, None, None, False)
    lo, hi = min(values), max(values)
    spread = hi - lo
    return SpreadStats(
        count=len(values),
        mean=round(statistics.fmean(values), 2),
        median=float(statistics.median(values)),
        minimum=lo,
        maximum=hi,
        spread=spread,
        flagged=len(values) > 1 and spread >= threshold,
    )
