"""Everything a document writer needs, gathered once by the services."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from excellence_app.core.awards import AwardProfile
from excellence_app.core.framework import Framework
from excellence_app.core.snapshots import CycleSnapshot
from excellence_app.core.summary import Summary, summarise

# progress(done, total); a writer calls it now and then and stops when cancelled() is true.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """Raised by a writer when the user cancelled; the services then discard the partial file."""


@dataclass(frozen=True)
class CycleHistory:
    """Another cycle of the same project, for year-on-year comparison."""

    snapshot: CycleSnapshot
    summary: Summary


def cycle_history(
    framework: Framework, snapshots: Iterable[CycleSnapshot], award_of: Callable[[str], AwardProfile]
) -> tuple[CycleHistory, ...]:
    """Every cycle given, in the order given, each with its own summary: the one all-cycle history.

    ``award_of`` turns a cycle's award profile id into the profile (its length limits).
    """
    return tuple(
        CycleHistory(snap, summarise(framework, snap, award_of(snap.cycle.award_profile)))
        for snap in snapshots
    )


@dataclass(frozen=True)
class ReportInput:
    framework: Framework
    snapshot: CycleSnapshot
    summary: Summary
    award: AwardProfile
    generated_on: date
    history: tuple[CycleHistory, ...] = ()  # every cycle of the project in order, this one included
    # What was changed so every document can hold the text (core/textclean.py): each writer's
    # result starts with these, so the user learns which texts differ from the project.
    text_warnings: tuple[tuple[str, str], ...] = ()
