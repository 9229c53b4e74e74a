"""Scoring rules and their invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from excellence_app import paths
from excellence_app.core import scoring
from excellence_app.core.consensus import spread_stats
from excellence_app.core.errors import InvalidValue
from excellence_app.core.framework import find_framework

FW = find_framework("gbt19580-2012", paths.criteria_dir(), None)
ITEMS = list(FW.items())
percents = st.sampled_from(range(0, 101, 5))


@pytest.mark.parametrize("bad", [37, 105, -5, 2.5, "50", True, None, 100.5])
def test_only_multiples_of_five_from_0_to_100_are_accepted(bad: object) -> None:
    with pytest.raises(InvalidValue):
        scoring.check_percent(bad)


def test_item_score_is_percent_times_points() -> None:
    assert scoring.item_score(35, 50) == 17.5
    assert scoring.item_score(55, 15) == 8.25
    assert scoring.item_score(None, 50) == 0
    assert scoring.points_open(35, 50) == 32.5


@pytest.mark.parametrize(
    ("pct", "band"), [(0, 1), (5, 1), (10, 2), (25, 2), (30, 3), (65, 4), (70, 5), (100, 6)]
)
def test_band_of_a_percentage(pct: int, band: int) -> None:
    assert scoring.band_of(pct, FW.bands).number == band


def test_percent_outside_the_factors_span_is_noticed() -> None:
    assert scoring.factor_span(FW.bands, [3, 4, None]) == (30, 65)
    assert scoring.outside_factor_span(75, FW.bands, [3, 4])
    assert not scoring.outside_factor_span(50, FW.bands, [3, 4])


def test_provisional_percent_is_the_median_rounded_down_to_a_step() -> None:
    assert scoring.provisional_percent([40, 50, 65]) == 50
    assert scoring.provisional_percent([40, 55]) == 45
    assert scoring.provisional_percent([]) is None


@given(st.lists(percents, min_size=23, max_size=23))
def test_totals_add_up_and_stay_within_1000(values: list[int]) -> None:
    by_item = {item.id: v for item, v in zip(ITEMS, values, strict=True)}
    t = scoring.totals(FW, by_item)
    expected = sum(scoring.item_score(by_item[i.id], i.points) for i in ITEMS)
    assert t.total == pytest.approx(expected, abs=1e-9)
    assert t.total == pytest.approx(t.process + t.results, abs=1e-9)
    assert t.total == pytest.approx(sum(t.categories.values()), abs=1e-9)
    assert 0 <= t.total <= 1000
    for item in ITEMS:
        assert scoring.item_score(by_item[item.id], item.points) + scoring.points_open(
            by_item[item.id], item.points
        ) == pytest.approx(item.points)


@given(percents, percents)
def test_bands_never_go_down_as_the_percentage_goes_up(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    assert scoring.band_of(lo, FW.bands).number <= scoring.band_of(hi, FW.bands).number


@given(st.lists(percents, min_size=1, max_size=8))
def test_spread_statistics(values: list[int]) -> None:
    s = spread_stats(values, threshold=20)
    assert s.minimum <= s.median <= s.maximum
    assert s.minimum <= s.mean <= s.maximum
    assert s.spread == s.maximum - s.minimum
    assert s.flagged == (len(values) > 1 and s.spread >= 20)


def test_spread_threshold_is_configurable() -> None:
    assert spread_stats([40, 55], threshold=15).flagged
    assert not spread_stats([40, 55], threshold=20).flagged
