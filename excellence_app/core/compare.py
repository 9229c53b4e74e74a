"""Year on year: two cycles side by side, and what became of last year's opportunities."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from excellence_app.core.snapshots import ActionPlan, Comment, CycleSnapshot
from excellence_app.core.summary import Summary

# Two opportunities on the same item sharing this share of their wording (character pairs) are
# taken as the same one raised again; measured on the sample, where the true pair scores 0.25.
SIMILAR = 0.22


@dataclass(frozen=True)
class Change:
    id: str
    title: str
    points: int
    old_percent: int | None
    new_percent: int | None
    old_score: float
    new_score: float

    @property
    def delta(self) -> float:
        return round(self.new_score - self.old_score, 2)


@dataclass(frozen=True)
class CategoryChange:
    id: str
    title: str
    points: int
    old_score: float
    new_score: float

    @property
    def delta(self) -> float:
        return round(self.new_score - self.old_score, 2)


FATES = ("closed", "open", "re-raised")


@dataclass(frozen=True)
class OfiFate:
    ofi: Comment
    fate: str  # one of FATES
    actions: tuple[ActionPlan, ...]
    raised_again_as: Comment | None


@dataclass(frozen=True)
class CycleComparison:
    old_cycle: str
    new_cycle: str
    old_total: float
    new_total: float
    categories: tuple[CategoryChange, ...]
    items: tuple[Change, ...]
    fates: tuple[OfiFate, ...]

    @property
    def delta(self) -> float:
        return round(self.new_total - self.old_total, 2)

    @property
    def fate_counts(self) -> dict[str, int]:
        """How many of last cycle's opportunities met each fate, every fate named, in FATES' order."""
        return {fate: sum(1 for f in self.fates if f.fate == fate) for fate in FATES}

    @property
    def items_up(self) -> int:
        return sum(1 for i in self.items if i.delta > 0)

    @property
    def items_down(self) -> int:
        return sum(1 for i in self.items if i.delta < 0)

    @property
    def biggest_rise(self) -> Change | None:
        """The item that gained most, or None when none gained."""
        best = max(self.items, key=lambda i: i.delta, default=None)
        return best if best is not None and best.delta > 0 else None


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if not c.isspace()]
    return {a + b for a, b in pairwise(chars)}


def similarity(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / len(x | y) if x and y else 0.0


def _fate(ofi: Comment, old: CycleSnapshot, new: CycleSnapshot) -> OfiFate:
    actions = tuple(a for a in old.actions if a.comment_id == ofi.id)
    candidates = [c for c in new.comments_for(ofi.item_id) if c.kind == "ofi"]
    best = max(candidates, key=lambda c: similarity(ofi.text, c.text), default=None)
    if best is not None and similarity(ofi.text, best.text) >= SIMILAR:
        return OfiFate(ofi, "re-raised", actions, best)
    if any(a.status == "done" for a in actions):
        return OfiFate(ofi, "closed", actions, None)
    return OfiFate(ofi, "open", actions, None)


def compare(
    old: CycleSnapshot, old_summary: Summary, new: CycleSnapshot, new_summary: Summary
) -> CycleComparison:
    items = tuple(
        Change(n.id, n.title, n.points, o.percent, n.percent, o.score, n.score)
        for o, n in zip(old_summary.items, new_summary.items, strict=True)
    )
    categories = tuple(
        CategoryChange(n.id, n.title, n.points, o.score, n.score)
        for o, n in zip(old_summary.categories, new_summary.categories, strict=True)
    )
    fates = tuple(_fate(c, old, new) for c in old.comments if c.kind == "ofi" and c.assessor_id is None)
    return CycleComparison(
        old.cycle.name, new.cycle.name, old_summary.total, new_summary.total, categories, items, fates
    )
