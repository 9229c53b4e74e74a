"""What an edit changed: which kinds of thing, and which of them.

Every service mutator reports a :class:`Changes` value (returned where the mutator has
nothing else to return). The interface merges them and lets each page redraw only what a
change touches, instead of re-reading the whole cycle after every keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Kind = Literal[
    "responses",  # clause ids
    "profile",  # profile section ids
    "assessors",  # assessor ids
    "scores",  # item ids
    "consensus",  # item ids
    "comments",  # item ids
    "indicators",  # indicator ids
    "evidence",  # evidence ids
    "actions",  # action plan ids
    "cycles",  # cycle ids
    "settings",  # project-wide settings: names of what changed
]
KINDS: tuple[Kind, ...] = (
    "responses",
    "profile",
    "assessors",
    "scores",
    "consensus",
    "comments",
    "indicators",
    "evidence",
    "actions",
    "cycles",
    "settings",
)
EVERYTHING = None  # in ``ids``: every thing of that kind may have changed


@dataclass(frozen=True)
class Changes:
    """Kinds that changed, each with the ids of the things that changed (``None``: any of them),
    and the cycles they belong to (``None``: any cycle, or project-wide)."""

    ids: Mapping[Kind, frozenset[int | str] | None] = field(default_factory=lambda: MappingProxyType({}))
    cycles: frozenset[int] | None = frozenset()

    @classmethod
    def of(
        cls, kind: Kind, ids: Iterable[int | str] | None = EVERYTHING, *, cycle: int | None = None
    ) -> Changes:
        """One kind of change; ``cycle`` None means project-wide (or not known)."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind of change: {kind}")
        return cls(
            MappingProxyType({kind: None if ids is None else frozenset(ids)}),
            None if cycle is None else frozenset({cycle}),
        )

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(self.ids)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def __or__(self, other: Changes) -> Changes:
        if not other:
            return self
        if not self:
            return other
        merged: dict[Kind, frozenset[int | str] | None] = dict(self.ids)
        for kind, ids in other.ids.items():
            if kind in merged:
                mine = merged[kind]
                merged[kind] = None if mine is None or ids is None else mine | ids
            else:
                merged[kind] = ids
        cycles = None if self.cycles is None or other.cycles is None else self.cycles | other.cycles
        return Changes(MappingProxyType(merged), cycles)

    def with_kinds(self, *kinds: Kind) -> Changes:
        """Also every thing of ``kinds`` (e.g. removing an assessor removes their scores)."""
        more = Changes(MappingProxyType(dict.fromkeys(kinds)), self.cycles)
        return self | more

    def touches(self, *kinds: Kind, cycle: int | None = None) -> bool:
        """Whether any of ``kinds`` changed (in ``cycle``, when given)."""
        if cycle is not None and self.cycles is not None and cycle not in self.cycles:
            return False
        return any(kind in self.ids for kind in kinds)

    def touches_one(self, kind: Kind, key: int | str, cycle: int | None = None) -> bool:
        """Whether the thing ``key`` of ``kind`` may have changed (in ``cycle``, when given)."""
        if not self.touches(kind, cycle=cycle):
            return False
        ids = self.ids[kind]
        return ids is None or key in ids

    def which(self, kind: Kind) -> frozenset[int | str] | None:
        """The ids of ``kind`` that changed: empty when none, ``None`` when any may have."""
        if kind not in self.ids:
            return frozenset()
        return self.ids[kind]


NOTHING = Changes()
