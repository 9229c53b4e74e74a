"""The trainer's calibration exercise: trainees' percents against the reference consensus."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ItemCalibration:
    item_id: str
    reference: int
    percents: dict[str, int]  # trainee → percent
    deviations: dict[str, int]  # trainee → percent − reference
    class_mean: float | None
    class_spread: int | None
    mean_abs_deviation: float | None


@dataclass(frozen=True)
class TraineeCalibration:
    name: str
    items_scored: int
    mean_abs_deviation: float | None
    bias: float | None  # mean signed deviation: above zero scores too high


@dataclass(frozen=True)
class Calibration:
    items: tuple[ItemCalibration, ...]
    trainees: tuple[TraineeCalibration, ...]
    mean_abs_deviation: float | None

    def most_disputed(self, n: int = 5) -> tuple[ItemCalibration, ...]:
        """The items where the class disagrees most (widest spread, then farthest off)."""
        scored = [i for i in self.items if i.class_spread is not None]
        return tuple(
            sorted(scored, key=lambda i: (-(i.class_spread or 0), -(i.mean_abs_deviation or 0), i.item_id))[
                :n
            ]
        )


def _mean(values: Sequence[float]) -> float | None:
    return round(statistics.fmean(values), 2) if values else None


def calibrate(
    reference: Mapping[str, int], trainees: Mapping[str, Mapping[str, int | None]], items: Sequence[str]
) -> Calibration:
    """Compare each trainee's percent per item with the reference; items without a reference are left out."""
    out_items = []
    for item_id in items:
        if item_id not in reference:
            continue
        ref = reference[item_id]
        given = {name: p for name, scores in trainees.items() if (p := scores.get(item_id)) is not None}
        devs = {name: p - ref for name, p in given.items()}
        out_items.append(
            ItemCalibration(
                item_id,
                ref,
                given,
                devs,
                _mean(list(given.values())),
                (max(given.values()) - min(given.values())) if given else None,
                _mean([abs(d) for d in devs.values()]),
            )
        )
    out_trainees = []
    for name in trainees:
        devs = [i.deviations[name] for i in out_items if name in i.deviations]
        out_trainees.append(TraineeCalibration(name, len(devs), _mean([abs(d) for d in devs]), _mean(devs)))
    all_devs = [abs(d) for i in out_items for d in i.deviations.values()]
    return Calibration(tuple(out_items), tuple(out_trainees), _mean(all_devs))
