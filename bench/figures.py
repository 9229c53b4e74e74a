"""One figure of the bench: its value, its baseline from the same run, the ratio and the aim.

An aim is either a ratio to the baseline ("≤ 2.5×") or an absolute limit ("≤ 8 ms"); a figure
without an aim is printed for context only (``met`` is then ``None``). Every figure the issue
gives a baseline for carries it; an absolute aim keeps the nearest raw yardstick as its
baseline, so the ratio still says how far from the libraries' own pace it is.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["ratio", "absolute", "info"]


@dataclass
class Figure:
    key: str  # the stable JSON name
    label: str  # the line's words
    value: float | None  # None: could not be measured here (the note says why)
    unit: str  # "s", "ms" or "MB"
    baseline_name: str
    baseline: float | None
    kind: Kind = "info"
    limit: float | None = None  # the aim: a ratio (kind "ratio") or a value in ``unit``
    strict: bool = False  # "<" rather than "≤"
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def aim(self) -> str:
        if self.kind == "info" or self.limit is None:
            return ""
        sign = "<" if self.strict else "≤"
        if self.kind == "ratio":
            return f"{sign} {self.limit:g}×"
        return f"{sign} {self.limit:g} {self.unit}"

    @property
    def met(self) -> bool | None:
        if self.kind == "info" or self.limit is None:
            return None
        measured = self.ratio if self.kind == "ratio" else self.value
        if measured is None:
            return None
        return measured < self.limit if self.strict else measured <= self.limit

    def to_json(self) -> dict[str, Any]:
        ratio = self.ratio
        return {
            "name": self.key,
            "label": self.label,
            "value": _round(self.value),
            "unit": self.unit,
            "baseline_name": self.baseline_name,
            "baseline_value": _round(self.baseline),
            "ratio": None if ratio is None else round(ratio, 3),
            "aim": self.aim,
            "aim_kind": self.kind,
            "aim_limit": self.limit,
            "met": self.met,
            "note": self.note,
            **self.extra,
        }


def _round(value: float | None) -> float | None:
    if value is None or math.isnan(value):
        return None
    return round(value, 4 if abs(value) < 1 else 2)


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return f"{'n/a':>9} {unit:<2}"
    digits = 3 if unit == "s" else 1 if unit == "MB" else 2
    return f"{value:9.{digits}f} {unit:<2}"


def _width(text: str, width: int) -> str:
    """Pad to a display width: a CJK character takes two columns."""
    shown = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    return text + " " * max(0, width - shown)


HEADER = (
    f"{_width('figure', 46)} {'value':>12}   {_width('baseline', 40)} {'value':>12}   "
    f"{'ratio':>7}   {'aim':<9} result"
)


def line(fig: Figure) -> str:
    ratio = fig.ratio
    verdict = {True: "met", False: "NOT MET", None: ""}[fig.met]
    base = _number(fig.baseline, fig.unit) if fig.baseline_name else " " * 12
    text = (
        f"{_width(fig.label, 46)} {_number(fig.value, fig.unit)}   {_width(fig.baseline_name, 40)} {base}   "
        f"{'' if ratio is None else f'×{ratio:.2f}':>7}   {fig.aim:<9} {verdict}"
    ).rstrip()
    return text + (f"\n{'':4}{fig.note}" if fig.note else "")


def report_text(figures: list[Figure]) -> str:
    aims = [f for f in figures if f.kind != "info"]
    met = sum(1 for f in aims if f.met)
    return "\n".join([HEADER, *(line(f) for f in figures), "", f"aims met: {met} of {len(aims)}"])


def report_json(figures: list[Figure], **context: Any) -> str:
    aims = [f for f in figures if f.kind != "info"]
    return json.dumps(
        {
            **context,
            "aims_met": sum(1 for f in aims if f.met),
            "aims": len(aims),
            "figures": {f.key: f.to_json() for f in figures},
        },
        ensure_ascii=False,
        indent=2,
    )
